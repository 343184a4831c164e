// The Circular Flows and Changes panels on the bundled dataset: the OpenAI → Oracle → Nvidia
// loop is listed and highlights when selected; the comparison of 2025 lists the right deals.
#include "document/document.h"
#include "panels/changes_panel.h"
#include "panels/cycles_panel.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace dealgraph::app {
namespace {

class CyclesPanelTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(document.loadEmbedded()); }

    std::size_t entity(const char* id) { return *document.model().entityIndex(id); }
    // The row of the cycle through exactly these entities, or -1.
    int rowOf(const std::set<std::size_t>& entities) {
        const auto& cycles = panel.cycles();
        for (std::size_t i = 0; i < cycles.size(); ++i)
            if (std::set<std::size_t>(cycles[i].entities.begin(), cycles[i].entities.end()) ==
                entities)
                return static_cast<int>(i);
        return -1;
    }
    std::set<std::string> dealIdsOf(const std::set<FlowRef>& flows) {
        std::set<std::string> ids;
        for (const FlowRef& ref : flows)
            ids.insert(document.model().deals()[ref.deal].id);
        return ids;
    }

    Document document;
    CyclesPanel panel{&document};
};

TEST_F(CyclesPanelTest, ListsTheOpenAIOracleNvidiaLoopAndHighlightsIt) {
    const std::set<std::size_t> loop = {entity("openai"), entity("oracle"), entity("nvidia")};
    const int row = rowOf(loop);
    ASSERT_GE(row, 0);
    // Money only by default. The other money loops: OpenAI ⇄ Microsoft, and Microsoft paying
    // Oracle for Abilene, Oracle Nvidia, Nvidia OpenAI, OpenAI Microsoft for Azure.
    EXPECT_EQ(panel.cycles().size(), 3u);
    EXPECT_GE(rowOf({entity("openai"), entity("microsoft")}), 0);
    EXPECT_GE(rowOf({entity("openai"), entity("microsoft"), entity("oracle"), entity("nvidia")}),
              0);
    EXPECT_EQ(panel.cycleList()->item(row)->text(),
              QStringLiteral("OpenAI → Oracle → Nvidia → OpenAI"));

    QSignalSpy highlighted(&document, &Document::highlightChanged);
    panel.cycleList()->setCurrentRow(row);
    ASSERT_EQ(highlighted.count(), 1);
    const Highlight& h = document.highlight();
    EXPECT_EQ(h.entities, loop);
    EXPECT_EQ(h.title, QStringLiteral("OpenAI → Oracle → Nvidia → OpenAI"));
    // Every money flow along the loop, and nothing else.
    for (const FlowRef& ref : h.flows)
        EXPECT_EQ(document.model().deals()[ref.deal].flows[ref.flow].type, FlowType::Money);
    EXPECT_EQ(
        dealIdsOf(h.flows),
        (std::set<std::string>{"openai-oracle-abilene-expansion", "openai-oracle-300b",
                               "stargate-oracle-three-sites", "openai-leases-third-party-capacity",
                               "oracle-nvidia-gpus", "nvidia-openai-100b"}));
    // Its deals are listed below; clicking one selects it.
    ASSERT_EQ(panel.dealList()->count(), 6);
    QListWidgetItem* last = panel.dealList()->item(5);
    EXPECT_TRUE(last->text().startsWith(QStringLiteral("Nvidia → OpenAI: ")));
    panel.dealList()->itemClicked(last);
    EXPECT_EQ(document.selection(), Selection::deal("nvidia-openai-100b"));

    // Deselecting clears the highlight.
    panel.cycleList()->clearSelection();
    EXPECT_TRUE(document.highlight().isEmpty());
    EXPECT_EQ(panel.dealList()->count(), 0);
}

TEST_F(CyclesPanelTest, FollowsTheViewAndOtherHighlights) {
    panel.highlightCycle(rowOf({entity("openai"), entity("oracle"), entity("nvidia")}));
    ASSERT_FALSE(document.highlight().isEmpty());

    // Before September 2025 Oracle did not yet buy from Nvidia: the loop, and its highlight, go.
    document.setAsOf(Date::ymd(2025, 6, 30));
    EXPECT_LT(rowOf({entity("openai"), entity("oracle"), entity("nvidia")}), 0);
    EXPECT_TRUE(document.highlight().isEmpty());
    EXPECT_TRUE(panel.cycleList()->selectedItems().isEmpty());

    document.setAsOf(std::nullopt);
    panel.highlightCycle(rowOf({entity("openai"), entity("microsoft")}));
    ASSERT_FALSE(document.highlight().isEmpty());
    document.setHighlight({}); // Analysis > Clear Highlight
    EXPECT_TRUE(panel.cycleList()->selectedItems().isEmpty());

    // All flow types find more loops than money alone.
    const std::size_t moneyOnly = panel.cycles().size();
    panel.allTypesBox()->setChecked(true);
    EXPECT_GT(panel.cycles().size(), moneyOnly);
    EXPECT_EQ(panel.cycleList()->count(), static_cast<int>(panel.cycles().size()));
}

TEST_F(CyclesPanelTest, AHiddenPanelCatchesUpWhenShown) {
    const int before = static_cast<int>(panel.cycles().size()); // asking brings it up to date
    // Before September 2025 only OpenAI and Microsoft paid each other.
    document.setAsOf(Date::ymd(2025, 6, 30));
    panel.show();
    EXPECT_EQ(panel.cycleList()->count(), 1);
    EXPECT_LT(panel.cycleList()->count(), before);
    EXPECT_EQ(panel.cycleList()->item(0)->text(), QStringLiteral("OpenAI → Microsoft → OpenAI"));
    // Shown, it follows each change at once.
    document.setAsOf(std::nullopt);
    EXPECT_EQ(panel.cycleList()->count(), before);
}

class ChangesPanelTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(document.loadEmbedded()); }
    Document document;
    ChangesPanel panel{&document};
};

TEST_F(ChangesPanelTest, ListsWhatHappenedIn2025) {
    EXPECT_EQ(panel.list()->topLevelItemCount(), 0);
    EXPECT_TRUE(panel.header()->text().startsWith(QStringLiteral("Not comparing")));

    document.setAsOf(Date::ymd(2025, 12, 31));
    document.setCompareFrom(Date::ymd(2025, 1, 1));
    EXPECT_EQ(panel.header()->text(),
              QStringLiteral("Between 2025-01-01 and 2025-12-31: 15 appeared, 1 changed, 2 ended"));

    std::map<std::string, QString> kindOf;
    for (int row = 0; row < panel.list()->topLevelItemCount(); ++row)
        kindOf[panel.dealIdAt(row)] =
            panel.list()->topLevelItem(row)->text(ChangesPanel::KindColumn);
    const std::map<std::string, QString> expected = {
        {"microsoft-openai-rofr", "Appeared"},
        {"softbank-openai-40b", "Appeared"},
        {"stargate-jv", "Appeared"},
        {"openai-stargate-compute-plan", "Appeared"},
        {"openai-aws-considered", "Appeared"},
        {"openai-oracle-300b", "Appeared"},
        {"oracle-nvidia-gpus", "Appeared"},
        {"nvidia-openai-100b", "Appeared"},
        {"stargate-oracle-three-sites", "Appeared"},
        {"stargate-softbank-two-sites", "Appeared"},
        {"openai-norway-datacenter", "Appeared"},
        {"openai-india-datacenter", "Appeared"},
        {"uk-stargate", "Appeared"},
        {"softbank-owns-arm", "Appeared"},
        {"softbank-owns-sb-energy", "Appeared"},
        {"openai-oracle-abilene-2024", "Changed"},
        {"microsoft-openai-cloud-exclusivity", "Ended"},
        {"stargate-supercomputer-2024", "Ended"},
    };
    EXPECT_EQ(kindOf, expected);

    // The Abilene lease went from signed to active on 2025-09-23.
    for (int row = 0; row < panel.list()->topLevelItemCount(); ++row) {
        if (panel.dealIdAt(row) != "openai-oracle-abilene-2024")
            continue;
        const QTreeWidgetItem* item = panel.list()->topLevelItem(row);
        EXPECT_EQ(item->text(ChangesPanel::StatusColumn), QStringLiteral("Signed → Active"));
        EXPECT_EQ(item->text(ChangesPanel::DateColumn), QStringLiteral("2025-09-23"));
        // Choosing the row selects the deal.
        panel.list()->setCurrentItem(const_cast<QTreeWidgetItem*>(item));
        EXPECT_EQ(document.selection(), Selection::deal("openai-oracle-abilene-2024"));
    }

    document.setCompareFrom(std::nullopt);
    EXPECT_EQ(panel.list()->topLevelItemCount(), 0);
}

} // namespace
} // namespace dealgraph::app
