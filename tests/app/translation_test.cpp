// The Simplified Chinese interface: the compiled translation is embedded and translates the
// menus and the model's vocabulary; the system locale picks it; entity names follow it.
#include "document/entity_positions.h"
#include "document/model_text.h"
#include "graph_test_model.h"
#include "panels/deal_table_model.h"
#include "panels/details_html.h"
#include "panels/filter_bar.h"
#include "scene/graph_input.h"
#include "shell/app_settings.h"
#include "shell/main_window.h"

#include <QCoreApplication>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTranslator>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

// Installs the zh_CN translation for one test and takes it away again, with the name language.
class ZhCnInterface : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_EQ(installTranslations(LanguageChoice::SimplifiedChinese), QStringLiteral("zh_CN"));
    }
    void TearDown() override {
        // A translator removes itself from the application when deleted.
        qDeleteAll(
            QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly));
        setNameLanguage({});
    }
};

TEST_F(ZhCnInterface, MenusOfANewWindowAreChinese) {
    MainWindow window;
    const QList<QAction*> menus = window.menuBar()->actions();
    ASSERT_GE(menus.size(), 5);
    EXPECT_EQ(menus[0]->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(menus[1]->text(), QStringLiteral("编辑(&E)"));
    EXPECT_EQ(window.actions().open->text(), QStringLiteral("打开(&O)…"));
}

TEST_F(ZhCnInterface, KindsStatusesAndFlowTypesAreChinese) {
    EXPECT_EQ(displayText(Status::Signed), QStringLiteral("已签署"));
    EXPECT_EQ(displayText(DealKind::CloudContract), QStringLiteral("云 / 算力合同"));
    EXPECT_EQ(displayText(EntityKind::Site), QStringLiteral("数据中心园区"));
    EXPECT_EQ(displayText(FlowType::Compute), QStringLiteral("算力"));
    EXPECT_EQ(amountText(graphtest::usd(300e9, Qualifier::About)), QStringLiteral("约 $300B"));
    EXPECT_EQ(amountText(graphtest::usd(100e9, Qualifier::UpTo)), QStringLiteral("最多 $100B"));
}

TEST_F(ZhCnInterface, EntityNamesAreShownInChineseFirst) {
    EXPECT_EQ(nameLanguage(), QStringLiteral("zh-Hans"));
    Entity oracle;
    oracle.id = "oracle";
    oracle.name = "Oracle";
    oracle.names["zh-Hans"] = "甲骨文";
    EXPECT_EQ(primaryName(oracle), QStringLiteral("甲骨文"));
    EXPECT_EQ(secondaryName(oracle), QStringLiteral("Oracle"));
    const EntityText text = entityText(oracle);
    EXPECT_EQ(text.name, QStringLiteral("甲骨文"));
    EXPECT_EQ(text.secondary, QStringLiteral("Oracle"));
    EXPECT_EQ(allNamesOf(oracle).front(), QStringLiteral("甲骨文"));

    Entity g42; // no Chinese name: the model's own, with no second line
    g42.id = "g42";
    g42.name = "G42";
    EXPECT_EQ(primaryName(g42), QStringLiteral("G42"));
    EXPECT_TRUE(secondaryName(g42).isEmpty());
}

TEST_F(ZhCnInterface, DetailsAndGraphLeadWithTheChineseName) {
    const Model model = graphtest::smallGraphModel();
    const View view = wholeModel(model);
    const Filter filter;
    const DetailsContext context{model, view, filter};
    const QString oracle = entityHtml(context, *model.entity("oracle"));
    EXPECT_TRUE(oracle.contains(QStringLiteral("<h2>甲骨文</h2>"))) << oracle.toStdString();
    EXPECT_TRUE(oracle.contains(QStringLiteral("其他名称："))) << oracle.toStdString();
    EXPECT_TRUE(oracle.contains(QStringLiteral("Oracle"))); // the English name is still there
    const QString deal = dealHtml(context, *model.deal("openai-oracle-300b"), -1);
    EXPECT_TRUE(deal.contains(QStringLiteral(">甲骨文</a>"))) << deal.toStdString();
    EXPECT_TRUE(deal.contains(QStringLiteral("云 / 算力合同")));
    EXPECT_EQ(entityName(model, "softbank"), QStringLiteral("软银集团"));
    EXPECT_EQ(entityName(model, "openai"), QStringLiteral("OpenAI")); // no Chinese name

    const GraphInput input = buildGraphInput(model, GraphStyle::light());
    const auto oracleIndex = model.entityIndex("oracle");
    ASSERT_TRUE(oracleIndex.has_value());
    EXPECT_EQ(input.nodeText[*oracleIndex].name, QStringLiteral("甲骨文"));
    EXPECT_EQ(input.nodeText[*oracleIndex].secondary, QStringLiteral("Oracle"));
}

TEST_F(ZhCnInterface, MessagesOfTheNewPanelsAndFilesAreChinese) {
    // The positions file's problems once had a context lupdate could not see: always English.
    const PositionsFile broken = parsePositions("[1]", QStringLiteral("x.positions.json"));
    ASSERT_EQ(broken.problems.size(), 1);
    EXPECT_TRUE(broken.problems.first().contains(QStringLiteral("不是位置文件")))
        << broken.problems.first().toStdString();
    // Lists in the filter bar take the Chinese list separator.
    const Model model = graphtest::smallGraphModel();
    Filter filter;
    filter.flowTypes = {FlowType::Money, FlowType::Compute};
    EXPECT_TRUE(describeFilter(model, filter, std::nullopt).contains(QStringLiteral("、")));
}

TEST(EnglishInterface, EntityNamesKeepTheModelsNameWithChineseBelow) {
    setNameLanguage({});
    Entity oracle;
    oracle.name = "Oracle";
    oracle.names["zh-Hans"] = "甲骨文";
    EXPECT_EQ(primaryName(oracle), QStringLiteral("Oracle"));
    EXPECT_EQ(secondaryName(oracle), QStringLiteral("甲骨文"));
    EXPECT_EQ(displayText(Status::Signed), QStringLiteral("Signed"));
}

TEST(LanguageChoice, SystemLocalePicksSimplifiedChineseOnly) {
    EXPECT_EQ(translationForUiLanguages({QStringLiteral("zh-CN")}), QStringLiteral("zh_CN"));
    EXPECT_EQ(translationForUiLanguages({QStringLiteral("zh-Hans-CN")}), QStringLiteral("zh_CN"));
    EXPECT_EQ(translationForUiLanguages({QStringLiteral("zh_SG")}), QStringLiteral("zh_CN"));
    EXPECT_EQ(translationForUiLanguages({QStringLiteral("de-DE"), QStringLiteral("zh-CN")}),
              QStringLiteral("zh_CN"));
    EXPECT_TRUE(translationForUiLanguages({QStringLiteral("zh-TW")}).isEmpty());
    EXPECT_TRUE(translationForUiLanguages({QStringLiteral("zh-Hant-HK")}).isEmpty());
    EXPECT_TRUE(
        translationForUiLanguages({QStringLiteral("en-US"), QStringLiteral("zh-CN")}).isEmpty());
    EXPECT_TRUE(translationFor(LanguageChoice::English).isEmpty());
    EXPECT_EQ(translationFor(LanguageChoice::SimplifiedChinese), QStringLiteral("zh_CN"));
}

// Run by SystemLocale.ZhCnLocalePicksTheChineseInterface in a child process whose locale is
// zh_CN (the system locale is read once per process); skipped in a plain run.
TEST(SystemLocaleChild, ChineseLocaleGivesChineseMenus) {
    if (qEnvironmentVariableIsEmpty("DEALGRAPH_LOCALE_CHILD"))
        GTEST_SKIP()
            << "runs in the child process of SystemLocale.ZhCnLocalePicksTheChineseInterface";
    ASSERT_EQ(installTranslations(LanguageChoice::System), QStringLiteral("zh_CN"));
    MainWindow window;
    EXPECT_EQ(window.menuBar()->actions().value(0)->text(), QStringLiteral("文件(&F)"));
    EXPECT_EQ(nameLanguage(), QStringLiteral("zh-Hans"));
}

TEST(SystemLocale, ZhCnLocalePicksTheChineseInterface) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    env.insert(QStringLiteral("DEALGRAPH_LOCALE_CHILD"), QStringLiteral("1"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--gtest_filter=SystemLocaleChild.*")});
    ASSERT_TRUE(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    EXPECT_EQ(child.exitCode(), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QLatin1String("[  PASSED  ] 1 test"))) << output.toStdString();
}

} // namespace
} // namespace dealgraph::app
