<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>DetailsText</name>
    <message>
        <source>1 flow</source>
        <translation>1 笔流向</translation>
    </message>
    <message>
        <source>%1 flows</source>
        <translation>%1 笔流向</translation>
    </message>
    <message>
        <source>not yet on record</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>In</source>
        <translation>流入</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>流出</translation>
    </message>
    <message>
        <source>≈ includes amounts reported as “about”, “up to”, “at least” or a range (counted at its midpoint).</source>
        <translation>≈ 表示含有报道为“约”“最多”“至少”或区间的金额（区间按中点计）。</translation>
    </message>
    <message>
        <source>Over the deals the current filter shows.</source>
        <translation>仅统计当前筛选显示的交易。</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>交易（%1）</translation>
    </message>
    <message>
        <source>No deals in view.</source>
        <translation>当前视图中没有交易。</translation>
    </message>
    <message>
        <source>%1 more hidden by the filter.</source>
        <translation>另有 %1 笔被筛选隐藏。</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>History</source>
        <translation>进展</translation>
    </message>
    <message>
        <source>citing %1</source>
        <translation>援引 %1</translation>
    </message>
    <message>
        <source>Seed file: %1</source>
        <translation>原始文件：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>未记录来源。</translation>
    </message>
    <message>
        <source>%1 entities · %2 deals · %3 sources</source>
        <translation>%1 个主体 · %2 笔交易 · %3 条来源</translation>
    </message>
    <message>
        <source>The filter shows %1 entities and %2 deals.</source>
        <translation>筛选后显示 %1 个主体、%2 笔交易。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;How to use&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;Click a company, fund or site in the graph to see its deals and totals.&lt;/li&gt;&lt;li&gt;Click an arrow or a row of the deals table to see what was agreed, how much, when, what became of it and who reported it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; searches names in any language: &lt;span style=&quot;white-space: nowrap&quot;&gt;甲骨文&lt;/span&gt; finds Oracle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; and &lt;b&gt;Ctrl+[&lt;/b&gt; walk through the deals in date order; &lt;b&gt;Alt+Left&lt;/b&gt; goes back.&lt;/li&gt;&lt;li&gt;Open another model with &lt;b&gt;Ctrl+O&lt;/b&gt; or by dropping a .json file on the window; it reloads by itself when the file changes.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;使用方法&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;点击图中的公司、基金或园区，查看其交易和合计金额。&lt;/li&gt;&lt;li&gt;点击箭头或交易表中的一行，查看协议内容、金额、时间、后续进展及报道来源。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+F&lt;/b&gt; 可用任何语言搜索名称：输入 &lt;span style=&quot;white-space: nowrap&quot;&gt;Oracle&lt;/span&gt; 或 &lt;span style=&quot;white-space: nowrap&quot;&gt;甲骨文&lt;/span&gt; 均可找到。&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+]&lt;/b&gt; 和 &lt;b&gt;Ctrl+[&lt;/b&gt; 按日期顺序逐笔浏览交易；&lt;b&gt;Alt+←&lt;/b&gt; 返回上一步。&lt;/li&gt;&lt;li&gt;按 &lt;b&gt;Ctrl+O&lt;/b&gt; 或把 .json 文件拖到窗口上即可打开其他模型；文件改动后会自动重新载入。&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Other names:</source>
        <translation>其他名称：</translation>
    </message>
    <message>
        <source>Also known as:</source>
        <translation>又称：</translation>
    </message>
    <message>
        <source>%1 · first reported %2</source>
        <translation>%1 · 首次报道于 %2</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation>，自 %1 起</translation>
    </message>
    <message>
        <source>; as of %1: %2</source>
        <translation>；截至 %1：%2</translation>
    </message>
    <message>
        <source>Status now:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>1 flow reported without an amount</source>
        <translation>1 笔流向未报道金额</translation>
    </message>
    <message>
        <source>%1 flows reported without an amount</source>
        <translation>%1 笔流向未报道金额</translation>
    </message>
    <message>
        <source>1 flow of a deal on hold, abandoned or superseded</source>
        <translation>1 笔流向属于搁置、已放弃或已被取代的交易</translation>
    </message>
    <message>
        <source>%1 flows of deals on hold, abandoned or superseded</source>
        <translation>%1 笔流向属于搁置、已放弃或已被取代的交易</translation>
    </message>
    <message>
        <source>Not counted: %1.</source>
        <translation>未计入：%1。</translation>
    </message>
</context>
<context>
    <name>LegendText</name>
    <message>
        <source>Signed / active</source>
        <translation>已签署 / 执行中</translation>
    </message>
    <message>
        <source>Abandoned / superseded</source>
        <translation>已放弃 / 已被取代</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Width: amount (log)</source>
        <translation>线宽：金额（对数）</translation>
    </message>
    <message>
        <source>Deal status</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>主体</translation>
    </message>
</context>
<context>
    <name>ModelText</name>
    <message>
        <source>undated</source>
        <translation>日期不详</translation>
    </message>
    <message>
        <source>Rumoured</source>
        <translation>传闻</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>已宣布</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>执行中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>搁置</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Equity investment</source>
        <translation>股权投资</translation>
    </message>
    <message>
        <source>Cloud / compute contract</source>
        <translation>云 / 算力合同</translation>
    </message>
    <message>
        <source>Chip supply</source>
        <translation>芯片供应</translation>
    </message>
    <message>
        <source>Joint-venture commitment</source>
        <translation>合资承诺</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>收入分成</translation>
    </message>
    <message>
        <source>Exclusivity / right of first refusal</source>
        <translation>独家 / 优先购买权</translation>
    </message>
    <message>
        <source>Lease</source>
        <translation>租赁</translation>
    </message>
    <message>
        <source>Acquisition / hire</source>
        <translation>收购 / 招揽</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>合作</translation>
    </message>
    <message>
        <source>Financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Investor or fund</source>
        <translation>投资者或基金</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Data-center site</source>
        <translation>数据中心园区</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Nonprofit</source>
        <translation>非营利组织</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>算力</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>股权</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>权利</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>约 %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>最多 %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>至少 %1</translation>
    </message>
</context>
<context>
    <name>SettingsActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, layout engine and export defaults</source>
        <translation>界面语言、主题、布局引擎和导出默认设置</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>List every action that has a keyboard shortcut</source>
        <translation>列出所有带键盘快捷键的操作</translation>
    </message>
</context>
<context>
    <name>SlideRenderer</name>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Latest reported status, %1</source>
        <translation>最新报道状态，%1</translation>
    </message>
    <message>
        <source>Sources: </source>
        <translation>来源：</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等另外 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DealTable</name>
    <message>
        <source>Filter deals by title, party (any language or alias), kind or status</source>
        <translation>按标题、参与方（任意语言或别名）、类型或状态筛选交易</translation>
    </message>
    <message>
        <source>Shows only the deals whose title, parties, kind or status contain this text</source>
        <translation>只显示标题、参与方、类型或状态中包含此文字的交易</translation>
    </message>
    <message>
        <source>1 deal</source>
        <translation>1 笔交易</translation>
    </message>
    <message>
        <source>%1 deals</source>
        <translation>%1 笔交易</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DealTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>参与方</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>not yet on record</source>
        <translation>尚无记录</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DetailsPanel</name>
    <message>
        <source>That link points to something this model does not have.</source>
        <translation>该链接指向的内容在此模型中不存在。</translation>
    </message>
    <message>
        <source>Refused to open “%1”: only http and https links are opened.</source>
        <translation>已拒绝打开“%1”：只打开 http 和 https 链接。</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Opened %1 in the browser</source>
        <translation>已在浏览器中打开 %1</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::Document</name>
    <message>
        <source>AI deals</source>
        <translation>AI 交易</translation>
    </message>
    <message>
        <source>%1: the embedded dataset is missing from this build</source>
        <translation>%1：此版本缺少内置数据集</translation>
    </message>
    <message>
        <source>%1: the model could not be loaded</source>
        <translation>%1：无法载入模型</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::ExportActions</name>
    <message>
        <source>&amp;Export Image…</source>
        <translation>导出图片(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the graph as a slide (PNG, SVG, PDF) or as DOT or GraphML for other tools</source>
        <translation>将关系图保存为幻灯片（PNG、SVG、PDF），或保存为供其他工具使用的 DOT、GraphML</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the graph as a 16:9 slide, to paste into a presentation</source>
        <translation>将关系图复制为 16:9 幻灯片，可直接粘贴到演示文稿中</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Nothing to copy yet: the graph is still being laid out</source>
        <translation>暂时无法复制：关系图仍在布局中</translation>
    </message>
    <message>
        <source>Copied the graph as an image (PNG and SVG)</source>
        <translation>已将关系图复制为图片（PNG 和 SVG）</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>The image could not be exported.

%1</source>
        <translation>无法导出图片。

%1</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::ExportDialog</name>
    <message>
        <source>Export Image</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>自定义尺寸</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Whole graph</source>
        <translation>整张关系图</translation>
    </message>
    <message>
        <source>Current view</source>
        <translation>当前视图</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Legend of what is shown</source>
        <translation>所示内容的图例(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Sources footer</source>
        <translation>页脚注明来源(&amp;S)</translation>
    </message>
    <message>
        <source>&quot;&amp;As of&quot; date</source>
        <translation>“截至”日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>范围(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;Graphviz DOT (*.dot);;GraphML (*.graphml)</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::GraphScene</name>
    <message>
        <source>The layout returned %1 nodes and %2 edges for a graph of %3 and %4.</source>
        <translation>布局返回了 %1 个节点和 %2 条边，而关系图有 %3 个节点和 %4 条边。</translation>
    </message>
    <message>
        <source>Not yet on record</source>
        <translation>尚无记录</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::LoadErrorsDialog</name>
    <message>
        <source>Could not load the model</source>
        <translation>无法载入模型</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy every error to the clipboard</source>
        <translation>将所有错误复制到剪贴板</translation>
    </message>
    <message>
        <source>The built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 条</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>无法载入 %1。</translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2 errors).</source>
        <translation>无法载入 %1（%2 个错误）。</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::MainWindow</name>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The built-in dataset is shown instead.</source>
        <translation>现改为显示内置数据集。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open one of the last files you opened</source>
        <translation>打开最近用过的文件</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Show or hide the toolbar</source>
        <translation>显示或隐藏工具栏</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>D&amp;eals</source>
        <translation>交易(&amp;E)</translation>
    </message>
    <message>
        <source>Reloaded %1</source>
        <translation>已重新载入 %1</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在布局关系图…</translation>
    </message>
    <message>
        <source>Layout ready</source>
        <translation>布局完成</translation>
    </message>
    <message>
        <source>Layout failed: %1</source>
        <translation>布局失败：%1</translation>
    </message>
    <message>
        <source>%1 — dealgraph</source>
        <translation>%1 — dealgraph</translation>
    </message>
    <message>
        <source>%1 entities · %2 deals</source>
        <translation>%1 个主体 · %2 笔交易</translation>
    </message>
    <message>
        <source>%1 of %2 deals shown</source>
        <translation>显示 %1 / %2 笔交易</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>dealgraph models (*.json);;All files (*)</source>
        <translation>dealgraph 模型 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The last version that loaded stays open; it reloads when the file is saved again.</source>
        <translation>仍显示上次成功载入的版本；文件再次保存后会自动重新载入。</translation>
    </message>
    <message>
        <source>%1 stays open.</source>
        <translation>%1 保持打开。</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>无法载入 %1</translation>
    </message>
    <message>
        <source>the built-in dataset</source>
        <translation>内置数据集</translation>
    </message>
    <message>
        <source>About dealgraph</source>
        <translation>关于 dealgraph</translation>
    </message>
    <message>
        <source>&lt;h3&gt;dealgraph %1&lt;/h3&gt;&lt;p&gt;A viewer for the web of money and compute deals around the AI build-out: who agreed what with whom, how much, when, what became of it, and who reported it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;dealgraph %1&lt;/h3&gt;&lt;p&gt;AI 基础设施建设中资金与算力交易网络的查看工具：谁与谁达成了什么协议、金额多少、何时达成、后续如何，以及由谁报道。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a dealgraph model (JSON)</source>
        <translation>打开 dealgraph 模型（JSON）</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>重新读取当前文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit dealgraph</source>
        <translation>退出 dealgraph</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Go back to the previous selection</source>
        <translation>返回上一个选择</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>Go forward again in the selection history</source>
        <translation>在选择历史中前进</translation>
    </message>
    <message>
        <source>&amp;Previous Deal</source>
        <translation>上一笔交易(&amp;P)</translation>
    </message>
    <message>
        <source>Select the deal made just before this one</source>
        <translation>选择时间上紧挨在此之前的交易</translation>
    </message>
    <message>
        <source>&amp;Next Deal</source>
        <translation>下一笔交易(&amp;N)</translation>
    </message>
    <message>
        <source>Select the deal made just after this one</source>
        <translation>选择时间上紧接在此之后的交易</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Enlarge the graph</source>
        <translation>放大关系图</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Shrink the graph</source>
        <translation>缩小关系图</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole graph</source>
        <translation>显示整张关系图</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Show the graph at 100%</source>
        <translation>以 100% 比例显示关系图</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>图例(&amp;L)</translation>
    </message>
    <message>
        <source>Show or hide the legend in the graph&apos;s corner</source>
        <translation>显示或隐藏关系图角落的图例</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find a company, fund or site by any of its names</source>
        <translation>按任一名称查找公司、基金或园区</translation>
    </message>
    <message>
        <source>&amp;About dealgraph</source>
        <translation>关于 dealgraph(&amp;A)</translation>
    </message>
    <message>
        <source>Show the version and what dealgraph is</source>
        <translation>显示版本及 dealgraph 简介</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>The new language applies when dealgraph starts again.</source>
        <translation>更改语言后需重新启动 dealgraph 才能生效。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Automatic (by graph size)</source>
        <translation>自动（按关系图规模）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Layout &amp;engine:</source>
        <translation>布局引擎(&amp;E)：</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>Le&amp;gend of what is shown</source>
        <translation>所示内容的图例(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Sources footer</source>
        <translation>页脚注明来源(&amp;S)</translation>
    </message>
    <message>
        <source>&quot;&amp;As of&quot; date</source>
        <translation>“截至”日期(&amp;A)</translation>
    </message>
    <message>
        <source>Exported slides</source>
        <translation>导出的幻灯片</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::RecentFiles</name>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>清除最近打开的文件记录</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::SearchBox</name>
    <message>
        <source>Find a company, fund or site (any language)…</source>
        <translation>查找公司、基金或园区（任意语言）…</translation>
    </message>
    <message>
        <source>Type a name, an alias or a Chinese name (甲骨文, 软银) and press Enter</source>
        <translation>输入名称、别名或英文名（如 Oracle、SoftBank）后按回车</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No company, fund or site matches “%1”</source>
        <translation>没有与“%1”匹配的公司、基金或园区</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>已选择 %1</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
</TS>
