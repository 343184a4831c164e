<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BadgeText</name>
    <message>
        <source>+ new</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>status changed</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>× ended</source>
        <translation>× 已结束</translation>
    </message>
</context>
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
    <message>
        <source>Announced as:</source>
        <translation>宣布规模：</translation>
    </message>
    <message>
        <source>A group of %1 entities, drawn as one box. Double-click the box to show them one by one.</source>
        <translation>由 %1 个实体组成的分组，合并为一个方框显示。双击方框可逐一展开。</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Boxes placed by hand: type drawn at %1 pt (View &gt; Reset Positions lays the graph out for the slide at %2 pt)</source>
        <translation>手动摆放的方框：文字以 %1 磅绘制（“视图 &gt; 重置位置”可按 %2 磅为幻灯片重新布局）</translation>
    </message>
</context>
<context>
    <name>HtmlPage</name>
    <message>
        <source>Previous</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 entities · %2 deals · %3 sources</source>
        <translation>%1 个主体 · %2 笔交易 · %3 条来源</translation>
    </message>
    <message>
        <source>Point at a box or an arrow to light what it is tied to; click it to read its deals and their sources.</source>
        <translation>将指针移到方框或箭头上，可突出显示与之相关的部分；点击即可查看其交易及来源。</translation>
    </message>
    <message>
        <source>Arrow keys, Page Up and Page Down or the space bar move through the steps.</source>
        <translation>用方向键、Page Up/Page Down 或空格键在各步之间切换。</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>交易（%1）</translation>
    </message>
    <message>
        <source>No deals in this view.</source>
        <translation>此视图中没有交易。</translation>
    </message>
    <message>
        <source>%1 more not in this view.</source>
        <translation>另有 %1 笔不在此视图中。</translation>
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
        <source>Stands for:</source>
        <translation>代表：</translation>
    </message>
    <message>
        <source>%1 · first reported %2</source>
        <translation>%1 · 首次报道于 %2</translation>
    </message>
    <message>
        <source>Status now:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>as of %1: %2</source>
        <translation>截至 %1：%2</translation>
    </message>
    <message>
        <source>not yet on record</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Announced as:</source>
        <translation>宣布规模：</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>参与方：</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
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
        <source>citing %1</source>
        <translation>援引 %1</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>返回概览</translation>
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
    <message>
        <source>Summed: one curve per pair and type</source>
        <translation>合并：每对主体每种类型一条曲线</translation>
    </message>
    <message>
        <source>Disc area: money in + out</source>
        <translation>圆盘面积：资金流入 + 流出</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>自 %1 以来</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新交易</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
</context>
<context>
    <name>ModelEditCommand</name>
    <message>
        <source>Rename &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将“%1”改名为“%2”</translation>
    </message>
    <message>
        <source>Change the id of &apos;%1&apos; to %2</source>
        <translation>将“%1”的标识改为 %2</translation>
    </message>
    <message>
        <source>Change kind of &apos;%1&apos; to %2</source>
        <translation>将“%1”的类型改为%2</translation>
    </message>
    <message>
        <source>Take &apos;%1&apos; out of group &apos;%2&apos;</source>
        <translation>将“%1”移出分组“%2”</translation>
    </message>
    <message>
        <source>Put &apos;%1&apos; in group &apos;%2&apos;</source>
        <translation>将“%1”放入分组“%2”</translation>
    </message>
    <message>
        <source>Edit the description of &apos;%1&apos;</source>
        <translation>编辑“%1”的简介</translation>
    </message>
    <message>
        <source>Edit entity &apos;%1&apos;</source>
        <translation>编辑主体“%1”</translation>
    </message>
    <message>
        <source>Add entity &apos;%1&apos;</source>
        <translation>添加主体“%1”</translation>
    </message>
    <message>
        <source>Delete entity &apos;%1&apos;</source>
        <translation>删除主体“%1”</translation>
    </message>
    <message>
        <source>Delete entity &apos;%1&apos; and its deal</source>
        <translation>删除主体“%1”及其交易</translation>
    </message>
    <message numerus="yes">
        <source>Delete entity &apos;%1&apos; and its %n deals</source>
        <translation>
            <numerusform>删除主体“%1”及其 %n 项交易</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit source &apos;%1&apos;</source>
        <translation>编辑来源“%1”</translation>
    </message>
    <message>
        <source>Add source &apos;%1&apos;</source>
        <translation>添加来源“%1”</translation>
    </message>
    <message>
        <source>Delete source &apos;%1&apos;</source>
        <translation>删除来源“%1”</translation>
    </message>
    <message>
        <source>Rename deal &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>将交易“%1”改名为“%2”</translation>
    </message>
    <message>
        <source>Change status of &apos;%1&apos; to %2</source>
        <translation>将“%1”的状态改为%2</translation>
    </message>
    <message>
        <source>Add a status step to &apos;%1&apos;</source>
        <translation>为“%1”添加一个状态节点</translation>
    </message>
    <message>
        <source>Delete a status step of &apos;%1&apos;</source>
        <translation>删除“%1”的一个状态节点</translation>
    </message>
    <message>
        <source>Edit the status history of &apos;%1&apos;</source>
        <translation>编辑“%1”的状态历史</translation>
    </message>
    <message>
        <source>Add a flow to &apos;%1&apos;</source>
        <translation>为“%1”添加一条流向</translation>
    </message>
    <message>
        <source>Delete a flow of &apos;%1&apos;</source>
        <translation>删除“%1”的一条流向</translation>
    </message>
    <message>
        <source>Edit the flows of &apos;%1&apos;</source>
        <translation>编辑“%1”的流向</translation>
    </message>
    <message>
        <source>Edit the sources of &apos;%1&apos;</source>
        <translation>编辑“%1”的来源</translation>
    </message>
    <message>
        <source>Edit the notes of &apos;%1&apos;</source>
        <translation>编辑“%1”的备注</translation>
    </message>
    <message>
        <source>Edit the headline of &apos;%1&apos;</source>
        <translation>编辑“%1”的总额</translation>
    </message>
    <message>
        <source>Edit the translations of &apos;%1&apos;</source>
        <translation>编辑“%1”的译文</translation>
    </message>
    <message>
        <source>Edit deal &apos;%1&apos;</source>
        <translation>编辑交易“%1”</translation>
    </message>
    <message>
        <source>Add deal &apos;%1&apos;</source>
        <translation>添加交易“%1”</translation>
    </message>
    <message>
        <source>Delete deal &apos;%1&apos;</source>
        <translation>删除交易“%1”</translation>
    </message>
    <message>
        <source>Edit stories</source>
        <translation>编辑故事</translation>
    </message>
    <message>
        <source>Change the model&apos;s title to &apos;%1&apos;</source>
        <translation>将模型标题改为“%1”</translation>
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
    <message>
        <source>up to about %1 + ?</source>
        <translation>最多约 %1 + ?</translation>
    </message>
    <message>
        <source>up to %1 + ?</source>
        <translation>最多 %1 + ?</translation>
    </message>
    <message>
        <source>up to about %1</source>
        <translation>最多约 %1</translation>
    </message>
    <message>
        <source>at least about %1</source>
        <translation>至少约 %1</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>繁体中文</translation>
    </message>
</context>
<context>
    <name>MoveEntityCommand</name>
    <message>
        <source>Move %1</source>
        <translation>移动 %1</translation>
    </message>
    <message>
        <source>Reset Positions</source>
        <translation>重置位置</translation>
    </message>
</context>
<context>
    <name>PositionsText</name>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>%1: not a positions file (expected a JSON object)</source>
        <translation>%1：不是位置文件（应为 JSON 对象）</translation>
    </message>
    <message>
        <source>%1: at &quot;format&quot;: not a positions file (expected &quot;%2&quot;)</source>
        <translation>%1：在 &quot;format&quot; 处：不是位置文件（应为 &quot;%2&quot;）</translation>
    </message>
    <message>
        <source>%1: at &quot;version&quot;: version %2 is not one this dealgraph reads (%3)</source>
        <translation>%1：在 &quot;version&quot; 处：此版本的 dealgraph 无法读取版本 %2（%3）</translation>
    </message>
    <message>
        <source>%1: at &quot;positions&quot;: expected an object of entity ids</source>
        <translation>%1：在 &quot;positions&quot; 处：应为以主体 ID 为键的对象</translation>
    </message>
    <message>
        <source>%1: at &quot;%2&quot;: expected {&quot;x&quot;: number, &quot;y&quot;: number} within ±%3; this entry is ignored</source>
        <translation>%1：在 &quot;%2&quot; 处：应为 {&quot;x&quot;: 数值, &quot;y&quot;: 数值} 且在 ±%3 以内；已忽略此条目</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; not a positions file</source>
        <translation>%1：大于 %2 MiB，不是位置文件</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2)</source>
        <translation>%1：无法写入（%2）</translation>
    </message>
    <message>
        <source>%1: too many earlier copies (.bak … .bak99) to keep another</source>
        <translation>%1：旧副本过多（.bak … .bak99），无法再保留一份</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2</source>
        <translation>%1：无法重命名为 %2</translation>
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
    <name>SlideLayout</name>
    <message>
        <source>Others (%1)</source>
        <translation>其他 (%1)</translation>
    </message>
    <message>
        <source>type drawn at %1 pt</source>
        <translation>文字以 %1 磅绘制</translation>
    </message>
    <message>
        <source>To keep %1 pt type: %2</source>
        <translation>为保持 %1 磅文字：%2</translation>
    </message>
    <message>
        <source>1 group drawn as one box</source>
        <translation>1 个分组合并为一个方框</translation>
    </message>
    <message>
        <source>%1 groups drawn as one box each</source>
        <translation>%1 个分组各合并为一个方框</translation>
    </message>
    <message>
        <source>1 services or rights flow without an amount left out</source>
        <translation>略去 1 条未报道金额的服务或权利流向</translation>
    </message>
    <message>
        <source>%1 services and rights flows without an amount left out</source>
        <translation>略去 %1 条未报道金额的服务和权利流向</translation>
    </message>
    <message>
        <source>1 smaller entity grouped as “Others”</source>
        <translation>1 个较小主体归入“其他”</translation>
    </message>
    <message>
        <source>%1 smaller entities grouped as “Others”</source>
        <translation>%1 个较小主体归入“其他”</translation>
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
    <message>
        <source>%1; changes since %2</source>
        <translation>%1；自 %2 以来的变化</translation>
    </message>
    <message>
        <source>%1 (citing %2)</source>
        <translation>%1（援引 %2）</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::AnalysisPanels</name>
    <message>
        <source>&amp;Summed Flows</source>
        <translation>合并流向(&amp;S)</translation>
    </message>
    <message>
        <source>Draw one line per pair of entities and flow type, carrying the total</source>
        <translation>每对主体的每种流向类型只画一条线，显示其合计</translation>
    </message>
    <message>
        <source>Summed</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Size &amp;Entities by Money</source>
        <translation>按资金量显示主体大小(&amp;E)</translation>
    </message>
    <message>
        <source>Give each entity a disc sized by the money it pays and receives</source>
        <translation>为每个主体画一个圆盘，大小反映其支付和收到的资金</translation>
    </message>
    <message>
        <source>&amp;Circular Flows</source>
        <translation>循环流向(&amp;C)</translation>
    </message>
    <message>
        <source>List the cycles of money among the entities shown</source>
        <translation>列出所显示主体之间的资金循环</translation>
    </message>
    <message>
        <source>Compare &amp;Dates…</source>
        <translation>对比日期(&amp;D)…</translation>
    </message>
    <message>
        <source>List and highlight what changed between two dates</source>
        <translation>列出并高亮显示两个日期之间的变化</translation>
    </message>
    <message>
        <source>C&amp;lear Highlight</source>
        <translation>清除高亮(&amp;L)</translation>
    </message>
    <message>
        <source>Stop pointing out the highlighted cycle</source>
        <translation>取消高亮显示当前循环</translation>
    </message>
    <message>
        <source>&amp;Reset Filters and Date</source>
        <translation>重置筛选和日期(&amp;R)</translation>
    </message>
    <message>
        <source>Show the whole model, as it stands</source>
        <translation>按最新状态显示整个模型</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Circular Flows</source>
        <translation>循环流向</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>变化(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>分析(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Highlight Cycle</source>
        <translation>高亮循环(&amp;H)</translation>
    </message>
    <message>
        <source>Point out one circular flow on the graph</source>
        <translation>在关系图上高亮显示一个循环流向</translation>
    </message>
    <message>
        <source>No circular flows in this view</source>
        <translation>当前视图中没有循环流向</translation>
    </message>
    <message>
        <source>All %1 in the Circular Flows panel…</source>
        <translation>在“循环流向”面板中查看全部 %1 个…</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::BirdEyeMap</name>
    <message>
        <source>The whole graph: click or drag to move the view</source>
        <translation>整张图：点击或拖动以移动视图</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::ChangesPanel</name>
    <message>
        <source>Appeared</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Not comparing. Turn on “Compare with…” under the graph, or use Analysis &gt; Compare Dates…, to list what changed between two dates.</source>
        <translation>当前未对比。勾选关系图下方的“对比…”，或选择“分析 &gt; 对比日期…”，即可列出两个日期之间的变化。</translation>
    </message>
    <message>
        <source>the latest statuses</source>
        <translation>最新状态</translation>
    </message>
    <message>
        <source>Between %1 and %2: %3 appeared, %4 changed, %5 ended</source>
        <translation>%1 至 %2：新增 %3 笔，状态变化 %4 笔，结束 %5 笔</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::CyclesPanel</name>
    <message>
        <source>All flow types</source>
        <translation>所有流向类型</translation>
    </message>
    <message>
        <source>Also follow compute, chips, equity and the other flow types, not only money</source>
        <translation>除资金外，也追踪算力、芯片、股权等其他流向类型</translation>
    </message>
    <message>
        <source>No circular flows in this view.</source>
        <translation>当前视图中没有循环流向。</translation>
    </message>
    <message>
        <source>No circular flows of money in this view.</source>
        <translation>当前视图中没有资金的循环流向。</translation>
    </message>
    <message>
        <source>1 circular flow in this view:</source>
        <translation>当前视图中有 1 个循环流向：</translation>
    </message>
    <message>
        <source>%1 circular flows in this view:</source>
        <translation>当前视图中有 %1 个循环流向：</translation>
    </message>
    <message>
        <source>Deals along the cycle:</source>
        <translation>循环中的交易：</translation>
    </message>
    <message>
        <source>Select a cycle to highlight it and list its deals.</source>
        <translation>选择一个循环，即可高亮显示并列出其中的交易。</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DateCaption</name>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DateField</name>
    <message>
        <source>A date as YYYY-MM-DD, YYYY-MM or YYYY; press Enter</source>
        <translation>输入日期（YYYY-MM-DD、YYYY-MM 或 YYYY）后按回车</translation>
    </message>
    <message>
        <source>Pick a date on a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Not a date: write YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>不是有效日期：请输入 YYYY-MM-DD、YYYY-MM 或 YYYY</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::DealForm</name>
    <message>
        <source>From</source>
        <translation>来源方</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>In headline</source>
        <translation>计入总额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sources (ids)</source>
        <translation>来源（id）</translation>
    </message>
    <message>
        <source>Edit Deal</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>新建交易</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>What was agreed: OpenAI buys $300B of Oracle compute</source>
        <translation>协议内容：OpenAI 购买 3000 亿美元甲骨文算力</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>The figure as announced, if the split is not known: $500B</source>
        <translation>宣布的总额（各方分配未知时）：$500B</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>宣布规模(&amp;H)：</translation>
    </message>
    <message>
        <source>over four years</source>
        <translation>四年内</translation>
    </message>
    <message>
        <source>Headline &amp;span:</source>
        <translation>规模期限(&amp;S)：</translation>
    </message>
    <message>
        <source>Headline drawn &amp;on:</source>
        <translation>规模标注在(&amp;O)：</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>流向</translation>
    </message>
    <message>
        <source>Add Flow</source>
        <translation>添加流向</translation>
    </message>
    <message>
        <source>Remove Flow</source>
        <translation>删除流向</translation>
    </message>
    <message>
        <source>Amounts as the article gave them: &quot;up to $100B&quot;, &quot;about 1 GW; 300k GPUs&quot;, &quot;$4B-5B&quot;, &quot;49%&quot;</source>
        <translation>按文章原样填写金额：&quot;up to $100B&quot;、&quot;about 1 GW; 300k GPUs&quot;、&quot;$4B-5B&quot;、&quot;49%&quot;，也可写“约”“最多”“至少”</translation>
    </message>
    <message>
        <source>Status over time</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Add Status</source>
        <translation>添加状态</translation>
    </message>
    <message>
        <source>Remove Status</source>
        <translation>删除状态</translation>
    </message>
    <message>
        <source>Sources cited</source>
        <translation>引用的来源</translation>
    </message>
    <message>
        <source>New Source…</source>
        <translation>新建来源…</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
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
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>宣布规模</translation>
    </message>
    <message>
        <source>Headline drawn on</source>
        <translation>规模标注在</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>none reported</source>
        <translation>未报道</translation>
    </message>
    <message>
        <source>Part of the headline figure: counted in it, never added to it</source>
        <translation>属于宣布总额的一部分：已计入总额，不再另加</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>source ids, comma-separated</source>
        <translation>来源 id，以逗号分隔</translation>
    </message>
    <message>
        <source>Flow %1</source>
        <translation>流向 %1</translation>
    </message>
    <message>
        <source>%1, from</source>
        <translation>%1，来源方</translation>
    </message>
    <message>
        <source>%1, to</source>
        <translation>%1，接收方</translation>
    </message>
    <message>
        <source>%1, type</source>
        <translation>%1，类型</translation>
    </message>
    <message>
        <source>%1, amounts</source>
        <translation>%1，金额</translation>
    </message>
    <message>
        <source>%1, note</source>
        <translation>%1，备注</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>%1, date</source>
        <translation>%1，日期</translation>
    </message>
    <message>
        <source>%1, status</source>
        <translation>%1，状态</translation>
    </message>
    <message>
        <source>%1, sources</source>
        <translation>%1，来源</translation>
    </message>
    <message>
        <source>not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>不是日期：请写作 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this deal is no longer in the model</source>
        <translation>模型中已没有这笔交易</translation>
    </message>
    <message>
        <source>%1 is already the id of &apos;%2&apos;: choose another</source>
        <translation>%1 已是“%2”的标识：请另选一个</translation>
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
    <name>dealgraph::app::DeckActions</name>
    <message>
        <source>Export Story &amp;Deck…</source>
        <translation>导出故事演示文稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Save the story chosen in the Stories panel as a deck: a PDF, a PowerPoint file of editable shapes or a web page</source>
        <translation>将“故事”面板中选定的故事保存为演示文稿：PDF、由可编辑图形构成的 PowerPoint 文件或网页</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>the model has no such story</source>
        <translation>模型中没有这个故事</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <source>This model tells no stories</source>
        <translation>此模型没有故事</translation>
    </message>
    <message>
        <source>PDF, one page per step (*.pdf)</source>
        <translation>PDF，每步一页 (*.pdf)</translation>
    </message>
    <message>
        <source>PowerPoint, one slide per step (*.pptx)</source>
        <translation>PowerPoint，每步一张幻灯片 (*.pptx)</translation>
    </message>
    <message>
        <source>Web page that plays the steps (*.html)</source>
        <translation>逐步播放的网页 (*.html)</translation>
    </message>
    <message>
        <source>Export Story Deck</source>
        <translation>导出故事演示文稿</translation>
    </message>
    <message>
        <source>The deck could not be exported.

%1</source>
        <translation>无法导出演示文稿。

%1</translation>
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
    <message>
        <source>Hand-placed positions not read: %1. The file stays as it is until you move an entity; then it is kept as a .bak copy.</source>
        <translation>未能读取手动摆放的位置：%1。在您移动主体之前，该文件保持不变；移动后，它会保留为 .bak 副本。</translation>
    </message>
    <message>
        <source>Positions not saved: %1</source>
        <translation>位置未保存：%1</translation>
    </message>
    <message>
        <source>Saved the positions in a new %1; the unreadable one is kept as %2</source>
        <translation>已将位置保存到新的 %1；无法读取的旧文件保留为 %2</translation>
    </message>
    <message>
        <source>There are no unsaved changes to restore.</source>
        <translation>没有可恢复的未保存更改。</translation>
    </message>
    <message>
        <source>The unsaved changes could not be read: %1</source>
        <translation>无法读取未保存的更改：%1</translation>
    </message>
    <message>
        <source>Restore unsaved changes</source>
        <translation>恢复未保存的更改</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The built-in dataset cannot be changed; save a copy of it instead.</source>
        <translation>内置数据集不能修改；请另存一份副本。</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::EditActions</name>
    <message>
        <source>New &amp;Entity…</source>
        <translation>新建主体(&amp;E)…</translation>
    </message>
    <message>
        <source>Add a company, fund, site or other party</source>
        <translation>添加公司、基金、园区或其他参与方</translation>
    </message>
    <message>
        <source>New &amp;Deal…</source>
        <translation>新建交易(&amp;D)…</translation>
    </message>
    <message>
        <source>Add a deal with its flows, status and sources</source>
        <translation>添加一笔交易及其流向、状态和来源</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>New &amp;Source…</source>
        <translation>新建来源(&amp;S)…</translation>
    </message>
    <message>
        <source>Add an article that deals can cite</source>
        <translation>添加可供交易引用的文章</translation>
    </message>
    <message>
        <source>S&amp;ources…</source>
        <translation>来源(&amp;O)…</translation>
    </message>
    <message>
        <source>Edit or delete the articles the deals cite</source>
        <translation>编辑或删除交易引用的文章</translation>
    </message>
    <message>
        <source>Ed&amp;it Selected…</source>
        <translation>编辑所选(&amp;I)…</translation>
    </message>
    <message>
        <source>Edit the selected entity or deal</source>
        <translation>编辑所选主体或交易</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete the selected entity (with its deals) or deal</source>
        <translation>删除所选主体（连同其交易）或交易</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <source>Delete the deal “%1”?</source>
        <translation>删除交易“%1”？</translation>
    </message>
    <message>
        <source>Stories that show it change: %1.</source>
        <translation>展示它的故事将随之改变：%1。</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>“编辑 &gt; 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>It could not be deleted: %1</source>
        <translation>无法删除：%1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message numerus="yes">
        <source>Delete this source? %n deal(s) stop citing it. Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>删除此来源？%n 笔交易将不再引用它。“编辑 &gt; 撤销”可恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Source</source>
        <translation>删除来源</translation>
    </message>
    <message>
        <source>Its deal goes with it:</source>
        <translation>其交易将一并删除：</translation>
    </message>
    <message>
        <source>Its %1 deals go with it:</source>
        <translation>其 %1 项交易将一并删除：</translation>
    </message>
    <message>
        <source>  … and %1 more</source>
        <translation>  …… 另有 %1 项</translation>
    </message>
    <message>
        <source>1 other deal loses a reference to it.</source>
        <translation>另有 1 项交易将失去对它的引用。</translation>
    </message>
    <message>
        <source>%1 other deals lose a reference to it.</source>
        <translation>另有 %1 项交易将失去对它的引用。</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::EntityForm</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>New Entity</source>
        <translation>新建主体</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id：</translation>
    </message>
    <message>
        <source>How deals name this entity: letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;</source>
        <translation>交易引用此主体所用的标识：字母、数字、“-”“_”或“.”</translation>
    </message>
    <message>
        <source>Language (BCP 47)</source>
        <translation>语言（BCP 47）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add Name</source>
        <translation>添加名称</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>删除名称</translation>
    </message>
    <message>
        <source>Names in other languages:</source>
        <translation>其他语言的名称：</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>别名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Entities with the same group can be drawn as one box</source>
        <translation>同一分组的主体可合并为一个方框显示</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>分组(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D)：</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Names in other languages</source>
        <translation>其他语言的名称</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>简介</translation>
    </message>
    <message>
        <source>this entity is no longer in the model</source>
        <translation>模型中已没有这个主体</translation>
    </message>
    <message>
        <source>%1 is already the id of %2: choose another</source>
        <translation>%1 已是 %2 的标识：请另选一个</translation>
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
    <message>
        <source>the graph is still being laid out</source>
        <translation>图形仍在布局中</translation>
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
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <source>The smallest text of the graph on the slide (names are 1.2 times it). A graph that cannot fit at this size is simplified, and the slide says how.</source>
        <translation>幻灯片上图中最小的文字（名称为其 1.2 倍）。在此字号下放不下的图会被简化，并在幻灯片上注明。</translation>
    </message>
    <message>
        <source>Fail rather than &amp;group or fold entities to fit</source>
        <translation>放不下时报错，而不&amp;合并或折叠主体</translation>
    </message>
    <message>
        <source>Fit what is shown</source>
        <translation>按显示内容布局</translation>
    </message>
    <message>
        <source>Keep the whole graph&apos;s positions</source>
        <translation>保持整张图的位置</translation>
    </message>
    <message>
        <source>Keep the whole graph&apos;s positions so that slides of different dates or filters line up</source>
        <translation>保持整张图的位置，使不同日期或筛选的幻灯片彼此对齐</translation>
    </message>
    <message>
        <source>&amp;Other-language names under the boxes</source>
        <translation>方框下显示另一种语言的名称(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;mallest type:</source>
        <translation>最小字号(&amp;M)：</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>布局(&amp;Y)：</translation>
    </message>
    <message>
        <source>Drawing the preview…</source>
        <translation>正在绘制预览…</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <source>No preview: DOT, GraphML and JSON are the graph&apos;s data, for other tools, not a picture.</source>
        <translation>无预览：DOT、GraphML 和 JSON 是供其他工具使用的图数据，不是图片。</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;PowerPoint, editable shapes (*.pptx);;Web page (*.html);;Graphviz DOT (*.dot);;GraphML (*.graphml);;dealgraph model, as shown (*.json)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;PowerPoint，可编辑图形 (*.pptx);;网页 (*.html);;Graphviz DOT (*.dot);;GraphML (*.graphml);;dealgraph 模型（按当前显示）(*.json)</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::FilterBar</name>
    <message>
        <source>Entities: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Focus: %1, 1 step</source>
        <translation>聚焦：%1，1 步</translation>
    </message>
    <message>
        <source>Focus: %1, %2 steps</source>
        <translation>聚焦：%1，%2 步</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>与 %1 对比</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Clear every filter, the date and the comparison: show everything</source>
        <translation>清除所有筛选条件、日期和对比，显示全部内容</translation>
    </message>
    <message>
        <source>Active filters:</source>
        <translation>当前筛选：</translation>
    </message>
    <message>
        <source>Showing:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>every deal, in its latest reported status</source>
        <translation>全部交易，按最新报道状态</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>, deals among them</source>
        <translation>，含其间交易</translation>
    </message>
    <message>
        <source>Grouped: %1</source>
        <translation>已合并：%1</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::FilterPanel</name>
    <message>
        <source>US$</source>
        <translation>美元</translation>
    </message>
    <message>
        <source>GW</source>
        <translation>GW</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>chips</source>
        <translation>芯片</translation>
    </message>
    <message>
        <source>e.g. 1B or 500M; a plain number is billions</source>
        <translation>例如 1B 或 500M；纯数字按十亿计</translation>
    </message>
    <message>
        <source>e.g. 2.5 or 300k</source>
        <translation>例如 2.5 或 300k</translation>
    </message>
    <message>
        <source>Tick values to show only those; with none ticked, all show.</source>
        <translation>勾选后只显示所选项；都不勾选则全部显示。</translation>
    </message>
    <message>
        <source>Flow types</source>
        <translation>流向类型</translation>
    </message>
    <message>
        <source>Deal statuses</source>
        <translation>交易状态</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Entity kinds (both ends)</source>
        <translation>主体类型（两端）</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>Any entity (type a name)</source>
        <translation>任意主体（输入名称）</translation>
    </message>
    <message>
        <source>Focus on</source>
        <translation>聚焦</translation>
    </message>
    <message>
        <source>How many deals away from the focus entity to show</source>
        <translation>显示与聚焦主体相隔几笔交易以内的内容</translation>
    </message>
    <message>
        <source>Steps away</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Reset Filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <source>Show everything again (the date stays)</source>
        <translation>重新显示全部内容（日期保持不变）</translation>
    </message>
    <message>
        <source>“%1” is not an amount. %2.</source>
        <translation>“%1”不是金额。%2。</translation>
    </message>
    <message>
        <source>No entity is called “%1”.</source>
        <translation>没有名为“%1”的主体。</translation>
    </message>
    <message>
        <source>Include deals among them</source>
        <translation>包括它们之间的交易</translation>
    </message>
    <message>
        <source>Also show the deals between the focus entity&apos;s partners that do not involve it</source>
        <translation>同时显示焦点实体的合作方之间、与其无关的交易</translation>
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
    <message>
        <source>%1 deals</source>
        <translation>%1 笔交易</translation>
    </message>
    <message>
        <source>no amount reported</source>
        <translation>未报道金额</translation>
    </message>
    <message>
        <source>dot took longer than %1 s on this graph; laid out with sfdp instead</source>
        <translation>dot 在此图上用时超过 %1 秒；已改用 sfdp 布局</translation>
    </message>
    <message>
        <source>Laid out with sfdp: %1</source>
        <translation>已改用 sfdp 布局：%1</translation>
    </message>
    <message>
        <source>Double-click to show them one by one</source>
        <translation>双击可逐一展开</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::LayoutProgress</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop laying out the graph; the previous picture stays</source>
        <translation>停止布局关系图；保留之前的画面</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
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
    <message>
        <source>Layout cancelled; the previous picture stays</source>
        <translation>已取消布局；保留之前的画面</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;Positions</source>
        <translation>重置位置(&amp;P)</translation>
    </message>
    <message>
        <source>Put every entity you placed by hand back where the layout puts it</source>
        <translation>将所有手动摆放的主体放回自动布局的位置</translation>
    </message>
    <message>
        <source>&amp;Other-Language Names</source>
        <translation>另一种语言的名称(&amp;O)</translation>
    </message>
    <message>
        <source>Show each entity&apos;s name in the other language under its box</source>
        <translation>在每个主体的方框下显示其另一种语言的名称</translation>
    </message>
    <message>
        <source>Deal %1 of %2</source>
        <translation>第 %1 笔，共 %2 笔</translation>
    </message>
    <message>
        <source>The selected deal&apos;s place among the %1 deals shown, by date</source>
        <translation>所选交易在显示的 %1 笔交易中按日期的位置</translation>
    </message>
    <message>
        <source>&amp;Collapse Groups</source>
        <translation>合并分组(&amp;C)</translation>
    </message>
    <message>
        <source>Draw each group of entities (the format&apos;s &quot;group&quot;) as one box</source>
        <translation>将每个实体分组（格式中的“group”）合并为一个方框</translation>
    </message>
    <message>
        <source>&amp;Expand Groups</source>
        <translation>展开分组(&amp;E)</translation>
    </message>
    <message>
        <source>Draw every entity of every group</source>
        <translation>逐一显示每个分组中的所有实体</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>故事</translation>
    </message>
    <message>
        <source>&amp;Stories</source>
        <translation>故事(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Present Story</source>
        <translation>放映故事(&amp;P)</translation>
    </message>
    <message>
        <source>Tell the story chosen in the Stories panel full screen; Esc leaves</source>
        <translation>全屏放映“故事”面板中选中的故事；按 Esc 退出</translation>
    </message>
    <message>
        <source>This model tells no stories</source>
        <translation>此模型没有故事</translation>
    </message>
    <message>
        <source>As opened</source>
        <translation>刚打开时</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>撤销历史(&amp;H)</translation>
    </message>
    <message>
        <source>%1[*] — dealgraph</source>
        <translation>%1[*] — dealgraph</translation>
    </message>
    <message>
        <source>Undo the last change or move</source>
        <translation>撤销上一次更改或移动</translation>
    </message>
    <message>
        <source>Redo the change or move just undone</source>
        <translation>重做刚刚撤销的更改或移动</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>S&amp;tories</source>
        <translation>故事(&amp;T)</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::ModelForm</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>dealgraph::app::Presentation</name>
    <message>
        <source>Presenting</source>
        <translation>放映中</translation>
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
    <name>dealgraph::app::SaveActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Write your changes to the model&apos;s file</source>
        <translation>将更改写入模型文件</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the built-in dataset, with your changes, to a file of your own and go on editing that</source>
        <translation>将内置数据集连同您的更改写入您自己的文件，并继续编辑该文件</translation>
    </message>
    <message>
        <source>Write the model to another file and go on editing that</source>
        <translation>将模型写入另一个文件，并继续编辑该文件</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>&amp;Reload and Lose My Changes</source>
        <translation>重新载入并放弃我的更改(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep My Changes</source>
        <translation>保留我的更改(&amp;K)</translation>
    </message>
    <message>
        <source>Save Mine &amp;Elsewhere…</source>
        <translation>将我的版本另存(&amp;E)…</translation>
    </message>
    <message>
        <source>dealgraph</source>
        <translation>dealgraph</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>dealgraph models (*.json)</source>
        <translation>dealgraph 模型 (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before going on?</source>
        <translation>%1 有尚未保存的更改。继续之前要保存吗？</translation>
    </message>
    <message>
        <source>Reloading %1 loses the changes you have not saved.</source>
        <translation>重新载入 %1 会丢失您尚未保存的更改。</translation>
    </message>
    <message>
        <source>dealgraph kept changes to %1 that were not saved (last kept %2), probably because it closed unexpectedly. Restore them?</source>
        <translation>dealgraph 保留了 %1 尚未保存的更改（最后保留于 %2），可能是因为程序意外关闭。要恢复这些更改吗？</translation>
    </message>
    <message>
        <source>Restored the unsaved changes; Undo takes them back</source>
        <translation>已恢复未保存的更改；撤销可以将其取消</translation>
    </message>
    <message>
        <source>%1 changed on disk, and you have changes that are not saved. Reload it and lose your changes, keep your changes (saving then overwrites the file), or save yours to another file?</source>
        <translation>磁盘上的 %1 已被修改，而您有尚未保存的更改。要重新载入并丢失您的更改、保留您的更改（之后保存会覆盖该文件），还是将您的版本另存为其他文件？</translation>
    </message>
    <message>
        <source>Kept your changes; %1 on disk is different</source>
        <translation>已保留您的更改；磁盘上的 %1 与之不同</translation>
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
        <source>No company, fund or site matches “%1”</source>
        <translation>没有与“%1”匹配的公司、基金或园区</translation>
    </message>
    <message>
        <source>Selected %1</source>
        <translation>已选择 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
<context>
    <name>dealgraph::app::SourceForm</name>
    <message>
        <source>Edit Source</source>
        <translation>编辑来源</translation>
    </message>
    <message>
        <source>New Source</source>
        <translation>新建来源</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>发布方(&amp;P)：</translation>
    </message>
    <message>
        <source>As the article names it: Financial Times</source>
        <translation>按文章所写：Financial Times</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Citing:</source>
        <translation>援引(&amp;C)：</translation>
    </message>
    <message>
        <source>The reporter the article cites, if any</source>
        <translation>文章援引的原始报道方（如有）</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id：</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>发布方</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Citing</source>
        <translation>援引</translation>
    </message>
    <message>
        <source>not a date: write YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>不是日期：请写作 YYYY、YYYY-MM 或 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>this source is no longer in the model</source>
        <translation>模型中已没有这个来源</translation>
    </message>
    <message>
        <source>%1 is already the id of %2: choose another</source>
        <translation>%1 已是 %2 的标识：请另选一个</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::StoriesPanel</name>
    <message>
        <source>Present</source>
        <translation>放映</translation>
    </message>
    <message>
        <source>Tell the chosen story full screen: arrow keys, space, Page Up/Down or a clicker move through its steps; Esc leaves</source>
        <translation>全屏放映选中的故事：方向键、空格、Page Up/Down 或翻页笔逐步切换；按 Esc 退出</translation>
    </message>
    <message>
        <source>Export Deck…</source>
        <translation>导出演示文稿…</translation>
    </message>
    <message>
        <source>Save the chosen story as a deck: a PDF, a PowerPoint file of editable shapes or a web page that plays its steps</source>
        <translation>将选定的故事保存为演示文稿：PDF、由可编辑图形构成的 PowerPoint 文件或逐步播放的网页</translation>
    </message>
    <message>
        <source>This model tells no stories yet. Set up a view and choose Add Current View as Step… to start one.</source>
        <translation>此模型还没有故事。设置好视图后，选择“将当前视图添加为一步…”即可开始一个故事。</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 步</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::StoryActions</name>
    <message>
        <source>New Story from Current View…</source>
        <translation>以当前视图新建故事…</translation>
    </message>
    <message>
        <source>Add Current View as Step…</source>
        <translation>将当前视图添加为一步…</translation>
    </message>
    <message>
        <source>Edit Step…</source>
        <translation>编辑此步…</translation>
    </message>
    <message>
        <source>Update Step to Current View</source>
        <translation>将此步更新为当前视图</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Start a story whose first step is what the window shows now</source>
        <translation>新建一个故事，其第一步即窗口当前所示内容</translation>
    </message>
    <message>
        <source>Add what the window shows now (date, comparison, filters, focus, groups, highlight) as a step after the chosen one</source>
        <translation>将窗口当前所示内容（日期、对比、筛选、焦点、分组、突出显示）作为一步添加到选中的步骤之后</translation>
    </message>
    <message>
        <source>Change the chosen step&apos;s title, caption and layout</source>
        <translation>修改选中步骤的标题、说明和布局</translation>
    </message>
    <message>
        <source>Make the chosen step show what the window shows now, keeping its title and caption</source>
        <translation>让选中的步骤显示窗口当前所示内容，保留其标题和说明</translation>
    </message>
    <message>
        <source>Tell the chosen step (or story) one place earlier</source>
        <translation>将选中的步骤（或故事）提前一位</translation>
    </message>
    <message>
        <source>Tell the chosen step (or story) one place later</source>
        <translation>将选中的步骤（或故事）推后一位</translation>
    </message>
    <message>
        <source>Delete the chosen step, or the chosen story with its steps</source>
        <translation>删除选中的步骤，或删除选中的故事及其全部步骤</translation>
    </message>
    <message>
        <source>Update the view of step &apos;%1&apos;</source>
        <translation>更新步骤“%1”的视图</translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; up</source>
        <translation>上移步骤“%1”</translation>
    </message>
    <message>
        <source>Move step &apos;%1&apos; down</source>
        <translation>下移步骤“%1”</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>删除故事</translation>
    </message>
    <message>
        <source>Delete the story &apos;%1&apos; and its %2 steps? Undo brings it back.</source>
        <translation>要删除故事“%1”及其 %2 个步骤吗？撤销可以恢复。</translation>
    </message>
    <message>
        <source>Delete story &apos;%1&apos;</source>
        <translation>删除故事“%1”</translation>
    </message>
    <message>
        <source>Delete step &apos;%1&apos; from &apos;%2&apos;</source>
        <translation>从“%2”中删除步骤“%1”</translation>
    </message>
    <message>
        <source>Move story &apos;%1&apos; up</source>
        <translation>上移故事“%1”</translation>
    </message>
    <message>
        <source>Move story &apos;%1&apos; down</source>
        <translation>下移故事“%1”</translation>
    </message>
    <message>
        <source>Add Step</source>
        <translation>添加一步</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the only step of the story &apos;%2&apos;: delete the story? Undo brings it back.</source>
        <translation>“%1”是故事“%2”唯一的一步：要删除这个故事吗？撤销可以恢复。</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::StoryStepForm</name>
    <message>
        <source>New Story</source>
        <translation>新建故事</translation>
    </message>
    <message>
        <source>Add Step to &apos;%1&apos;</source>
        <translation>向“%1”添加步骤</translation>
    </message>
    <message>
        <source>Edit Step %1 of &apos;%2&apos;</source>
        <translation>编辑“%2”的第 %1 步</translation>
    </message>
    <message>
        <source>&amp;Story title:</source>
        <translation>故事标题(&amp;S)：</translation>
    </message>
    <message>
        <source>What the story tells: The closed loop</source>
        <translation>故事讲述的内容：闭环</translation>
    </message>
    <message>
        <source>Story &amp;id:</source>
        <translation>故事标识(&amp;I)：</translation>
    </message>
    <message>
        <source>What --story takes on the command line</source>
        <translation>命令行 --story 参数所用的标识</translation>
    </message>
    <message>
        <source>Step &amp;title:</source>
        <translation>步骤标题(&amp;T)：</translation>
    </message>
    <message>
        <source>The slide&apos;s title</source>
        <translation>幻灯片标题</translation>
    </message>
    <message>
        <source>Title in Chinese:</source>
        <translation>中文标题：</translation>
    </message>
    <message>
        <source>A few sentences; every claim carried by a deal the step shows, numbers as the source said them</source>
        <translation>几句话即可；每个说法都应有此步所示的交易为据，数字照来源原文</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>说明(&amp;C)：</translation>
    </message>
    <message>
        <source>Caption in Chinese:</source>
        <translation>中文说明：</translation>
    </message>
    <message>
        <source>Fit what it shows</source>
        <translation>按所示内容布局</translation>
    </message>
    <message>
        <source>Keep the whole graph&apos;s positions</source>
        <translation>保持整张图的位置</translation>
    </message>
    <message>
        <source>Keeping the positions makes consecutive slides line up</source>
        <translation>保持位置可使相邻幻灯片对齐</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>布局(&amp;L)：</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Show the window&apos;s current view instead</source>
        <translation>改为显示窗口的当前视图</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>步骤标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>View</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>故事标题</translation>
    </message>
    <message>
        <source>Story id</source>
        <translation>故事标识</translation>
    </message>
    <message>
        <source>Add story &apos;%1&apos;</source>
        <translation>添加故事“%1”</translation>
    </message>
    <message>
        <source>Add step &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>向“%2”添加步骤“%1”</translation>
    </message>
    <message>
        <source>Edit step &apos;%1&apos; of &apos;%2&apos;</source>
        <translation>编辑“%2”的步骤“%1”</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Latest statuses</source>
        <translation>最新状态</translation>
    </message>
    <message>
        <source>changes since %1</source>
        <translation>自 %1 以来的变化</translation>
    </message>
    <message>
        <source>around %1 (its own deals)</source>
        <translation>以%1为中心（其自身交易）</translation>
    </message>
    <message>
        <source>around %1 (%2 steps out)</source>
        <translation>以%1为中心（向外 %2 步）</translation>
    </message>
    <message>
        <source>1 group as one box</source>
        <translation>1 个分组合并为一个方框</translation>
    </message>
    <message>
        <source>%1 groups as one box</source>
        <translation>%1 个分组各合并为一个方框</translation>
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
        <source>points out %1</source>
        <translation>突出显示 %1</translation>
    </message>
    <message>
        <source>Story title in Chinese:</source>
        <translation>故事中文标题：</translation>
    </message>
    <message>
        <source>Story title in Chinese</source>
        <translation>故事中文标题</translation>
    </message>
</context>
<context>
    <name>dealgraph::app::TimePanel</name>
    <message>
        <source>Latest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>对比…</translation>
    </message>
    <message>
        <source>Show the deals as they stood on each date on record</source>
        <translation>按记录中的各个日期显示交易当时的状态</translation>
    </message>
    <message>
        <source>Show the deals as they stood on this date (YYYY-MM-DD, YYYY-MM or YYYY); empty for the latest statuses</source>
        <translation>显示交易在此日期的状态（YYYY-MM-DD、YYYY-MM 或 YYYY）；留空则显示最新状态</translation>
    </message>
    <message>
        <source>List and highlight what appeared, changed status or ended between an earlier date and the date shown</source>
        <translation>列出并高亮显示从较早日期到当前所示日期之间新增、状态变化或结束的交易</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Stop at this date</source>
        <translation>停在此日期</translation>
    </message>
    <message>
        <source>Step through the dates on record, from the first</source>
        <translation>从最早的日期起，逐一播放记录中的日期</translation>
    </message>
</context>
</TS>
