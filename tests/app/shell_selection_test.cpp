// Clicking through deals: the graph, the details panel, the deals table and the search box
// agree on what is selected, however it was selected.
#include "shell_fixture.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QStatusBar>

#include <set>

namespace dealgraph::app::shelltest {
namespace {

TEST_F(ShellTest, TitleNamesTheFile) {
    EXPECT_EQ(window->windowTitle(), QStringLiteral("small-model.json[*] — dealgraph"));
    EXPECT_TRUE(details().contains(QStringLiteral("Small test model"))) << details().toStdString();
}

TEST_F(ShellTest, ClickingAnEntityExplainsItAndDeselectsTheTable) {
    document().select(Selection::deal("stargate-jv"));
    ASSERT_EQ(selectedRow(), "stargate-jv");

    clickEntity("oracle");

    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
    const QString text = details();
    EXPECT_TRUE(text.contains(QStringLiteral("Oracle"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("甲骨文"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("OpenAI buys $300B of Oracle compute")));
    // Oracle's money in: the $300B contract, exact since the audit, and no "≈" before it.
    EXPECT_TRUE(text.contains(QStringLiteral("$300B"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("≈"))) << text.toStdString();
    EXPECT_EQ(selectedRow(), "");
}

TEST_F(ShellTest, ClickingAFlowExplainsTheDealAndSelectsItsRow) {
    clickFlow("openai-oracle-300b", 0);

    EXPECT_EQ(document().selection().dealId(), "openai-oracle-300b");
    const QString text = details();
    EXPECT_TRUE(text.contains(QStringLiteral("OpenAI buys $300B of Oracle compute")));
    EXPECT_TRUE(text.contains(QStringLiteral("证券时报 (Securities Times)"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("citing The Information")));
    // The article's file name is provenance in the data, not something a reader is shown.
    EXPECT_FALSE(text.contains(QStringLiteral("001_be3f9ccde86d9a42.txt")));
    EXPECT_TRUE(text.contains(QStringLiteral("reported, not confirmed by Oracle")));
    EXPECT_EQ(selectedRow(), "openai-oracle-300b");
}

TEST_F(ShellTest, SelectingATableRowSelectsTheDeal) {
    clickTableRow("stargate-jv");

    EXPECT_EQ(document().selection(), Selection::deal("stargate-jv"));
    EXPECT_TRUE(details().contains(QStringLiteral("Stargate joint venture")));
    // And the graph shows it.
    const QRectF visible = view().mapToScene(view().viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.intersects(window->graphScene()->boundsOf(document().selection())));
}

TEST_F(ShellTest, TableFilterMatchesChineseNamesAndKeepsTheSelectionInSync) {
    document().select(Selection::deal("nvidia-openai-chips"));
    window->dealTable()->filterEdit()->setText(QStringLiteral("软银"));
    EXPECT_EQ(window->dealTable()->proxyModel()->rowCount(), 2); // SoftBank's two deals
    EXPECT_EQ(selectedRow(), "");                                // its row is filtered out
    EXPECT_EQ(document().selection(), Selection::deal("nvidia-openai-chips"));

    window->dealTable()->filterEdit()->clear();
    EXPECT_EQ(selectedRow(), "nvidia-openai-chips");
}

TEST_F(ShellTest, NextDealVisitsEveryDealInDateOrder) {
    const std::vector<std::string> expected = {"softbank-openai-2024", "stargate-jv",
                                               "openai-oracle-300b", "nvidia-openai-chips",
                                               "softbank-openai-2024"};
    std::vector<std::string> visited;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        window->actions().nextDeal->trigger();
        const std::string id = document().selection().dealId();
        visited.push_back(id);
        EXPECT_EQ(selectedRow(), id);
        EXPECT_TRUE(details().contains(QString::fromStdString(document().model().deal(id)->title)));
        const QRectF visible = view().mapToScene(view().viewport()->rect()).boundingRect();
        const QRectF bounds = window->graphScene()->boundsOf(document().selection());
        EXPECT_TRUE(visible.intersects(bounds))
            << id << " visible " << visible.x() << "," << visible.y() << " " << visible.width()
            << "x" << visible.height() << " bounds " << bounds.x() << "," << bounds.y() << " "
            << bounds.width() << "x" << bounds.height();
    }
    EXPECT_EQ(visited, expected);

    window->actions().previousDeal->trigger();
    EXPECT_EQ(document().selection().dealId(), "nvidia-openai-chips");
}

TEST_F(ShellTest, BackAndForwardActionsFollowTheHistory) {
    EXPECT_FALSE(window->actions().back->isEnabled());
    clickEntity("softbank");
    clickTableRow("stargate-jv");
    ASSERT_TRUE(window->actions().back->isEnabled());
    window->actions().back->trigger();
    EXPECT_EQ(document().selection(), Selection::entity("softbank"));
    EXPECT_TRUE(window->actions().forward->isEnabled());
    window->actions().forward->trigger();
    EXPECT_EQ(document().selection(), Selection::deal("stargate-jv"));
}

// Chinese is typed through an input method, which commits whole words to the widget.
void typeThroughInputMethod(QWidget* widget, const QString& text) {
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

TEST_F(ShellTest, SearchingAChineseNameSelectsTheEntity) {
    window->actions().find->trigger();
    SearchBox* search = window->searchBox();
    EXPECT_TRUE(search->hasFocus() || !window->isActiveWindow());
    typeThroughInputMethod(search, QStringLiteral("甲骨文"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
    EXPECT_TRUE(details().contains(QStringLiteral("Oracle Corporation")));

    search->clear();
    typeThroughInputMethod(search, QStringLiteral("软银"));
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(document().selection(), Selection::entity("softbank"));

    search->clear();
    typeThroughInputMethod(search, QStringLiteral("星门")); // an alias
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(document().selection(), Selection::entity("stargate"));
}

TEST_F(ShellTest, SearchWithoutAMatchSaysSo) {
    SearchBox* search = window->searchBox();
    search->setText(QStringLiteral("Anthropic"));
    EXPECT_FALSE(search->search());
    EXPECT_TRUE(document().selection().isNone());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Anthropic")))
        << window->statusBar()->currentMessage().toStdString();
}

TEST(SearchBoxFind, PrefersExactNamesThenPrefixesThenShortNames) {
    Document document;
    ASSERT_TRUE(document.loadFile(kSmallModel));
    const Model& model = document.model();
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("oci")), "oracle");
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("  SoftBank ")), "softbank");
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("星际")), "stargate");
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("open")), "openai");
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("")), std::nullopt);
    EXPECT_EQ(SearchBox::findEntity(model, QStringLiteral("Microsoft")), std::nullopt);
}

// Typing "Stargate" lists each entity once, best first, with the alias that matched in brackets
// (the completer listed every alias as a row: five of the joint venture's).
TEST(SearchBoxFind, ListsEachEntityOnceBestFirst) {
    Document document;
    ASSERT_TRUE(document.loadEmbedded());
    const auto matches = SearchBox::matchEntities(document.model(), QStringLiteral("Stargate"));
    ASSERT_GE(matches.size(), 3u);
    std::set<std::string> ids;
    for (const auto& match : matches)
        EXPECT_TRUE(ids.insert(match.entityId).second) << match.entityId << " listed twice";
    EXPECT_EQ(matches.front().entityId, "stargate");
    EXPECT_EQ(SearchBox::rowText(matches.front()), QStringLiteral("Stargate"));
    for (const auto& match : matches)
        if (match.entityId == "uk-stargate-site") {
            EXPECT_EQ(SearchBox::rowText(match),
                      QStringLiteral("UK Stargate data center (Stargate UK)"));
        }
    // A match through an alias names the alias.
    const auto mercury = SearchBox::matchEntities(document.model(), QStringLiteral("Mercury"));
    ASSERT_FALSE(mercury.empty());
    EXPECT_EQ(mercury.front().entityId, "stargate-mercury");
    EXPECT_TRUE(SearchBox::rowText(mercury.front()).endsWith(QStringLiteral("(Mercury)")))
        << SearchBox::rowText(mercury.front()).toStdString();
}

TEST_F(ShellTest, TheCompletionPopupHasOneRowPerEntity) {
    ASSERT_TRUE(document().loadEmbedded());
    SearchBox* search = window->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Stargate"));
    QAbstractItemModel* rows = search->completer()->completionModel();
    ASSERT_NE(rows, nullptr);
    std::set<QString> ids;
    for (int row = 0; row < rows->rowCount(); ++row)
        EXPECT_TRUE(
            ids.insert(rows->index(row, 0).data(SearchBox::EntityIdRole).toString()).second);
    EXPECT_GE(rows->rowCount(), 3);
    EXPECT_EQ(rows->index(0, 0).data(SearchBox::EntityIdRole).toString(),
              QStringLiteral("stargate"));
}

} // namespace
} // namespace dealgraph::app::shelltest
