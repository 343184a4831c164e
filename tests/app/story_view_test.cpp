// A story step shown in a document: its filter, comparison and highlight, a highlighted deal
// lit with its parties, and the document's own view put back after a deck.
#include "document/document.h"
#include "document/model_text.h"
#include "document/story_view.h"

#include "dealgraph/filter_spec.h"
#include "dealgraph/story.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

class StoryView : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(document.loadEmbedded()); }

    const StoryStep& step(const char* story, std::size_t index) {
        const Story* found = document.model().story(story);
        EXPECT_NE(found, nullptr) << story;
        return found->steps.at(index);
    }

    std::size_t entity(const char* id) { return *document.model().entityIndex(id); }
    std::size_t deal(const char* id) { return *document.model().dealIndex(id); }

    Document document;
};

} // namespace

TEST_F(StoryView, AStepSetsTheDocumentsFilterComparisonAndHighlight) {
    // "Stargate is announced, and exclusivity ends": as of 2025-01-21, changes since 2024-10-10,
    // OpenAI's deals.
    const StoryStep& announced = step("stargate-announced", 2);
    showStoryStep(document, announced);
    EXPECT_EQ(document.filter().asOf->toString(), "2025-01-21");
    ASSERT_TRUE(document.filter().focus.has_value());
    EXPECT_EQ(document.filter().focus->entity, "openai");
    EXPECT_EQ(document.compareFrom()->toString(), "2024-10-10");
    EXPECT_FALSE(document.changes().empty()) << "the comparison follows the step";
    const Highlight& lit = document.highlight();
    EXPECT_EQ(lit.title, QString::fromStdString(announced.title));
    // Stargate's deal is lit with every party, and no deal the step does not name.
    for (const char* party : {"stargate", "softbank", "oracle", "mgx", "openai", "microsoft"})
        EXPECT_TRUE(lit.entities.count(entity(party))) << party;
    EXPECT_FALSE(lit.entities.count(entity("openai-nonprofit")));
    std::set<std::size_t> litDeals;
    for (const FlowRef& ref : lit.flows)
        litDeals.insert(ref.deal);
    EXPECT_EQ(litDeals, (std::set<std::size_t>{deal("stargate-jv"), deal("microsoft-openai-rofr"),
                                               deal("microsoft-openai-cloud-exclusivity")}));
    // Each lit flow is one the view shows.
    for (const FlowRef& ref : lit.flows)
        EXPECT_TRUE(
            std::binary_search(document.view().flows.begin(), document.view().flows.end(), ref));
}

TEST_F(StoryView, AStepCollapsesItsGroupsInTheDocument) {
    showStoryStep(document, step("stargate-unwinds", 1));
    EXPECT_EQ(document.collapsedGroups(),
              (std::set<std::string>{"Microsoft sites for OpenAI", "Oracle-built sites",
                                     "SoftBank sites"}));
    // The next step names one group: the others open again.
    showStoryStep(document, step("stargate-unwinds", 3));
    EXPECT_EQ(document.collapsedGroups(), std::set<std::string>{"Microsoft sites for OpenAI"});
}

TEST_F(StoryView, AStepWithoutADateShowsTheLatestStatuses) {
    document.setAsOf(*Date::parse("2024"));
    showStoryStep(document, step("stargate-unwinds", 2));
    EXPECT_FALSE(document.filter().asOf.has_value());
    EXPECT_FALSE(document.compareFrom().has_value());
    // The step filters by kind: no revenue share is left.
    for (std::size_t d : document.view().deals)
        EXPECT_NE(document.model().deals()[d].kind, DealKind::RevenueShare);
}

TEST_F(StoryView, HighlightLeavesOutWhatTheViewDoesNotShow) {
    StoryStep step;
    step.title = "Nvidia";
    step.asOf = Date::parse("2025-01-21"); // before Nvidia's investment was announced
    step.highlight.deals = {"nvidia-openai-100b", "stargate-jv"};
    step.highlight.entities = {"nvidia"};
    showStoryStep(document, step);
    const Highlight& lit = document.highlight();
    for (const FlowRef& ref : lit.flows)
        EXPECT_NE(ref.deal, deal("nvidia-openai-100b")) << "lit before it was announced";
    EXPECT_FALSE(lit.flows.empty());
    EXPECT_TRUE(lit.entities.count(entity("nvidia"))) << "Nvidia is a Stargate partner by then";
}

TEST_F(StoryView, TheDocumentsViewComesBackAfterADeck) {
    Filter before;
    before.asOf = Date::parse("2025-06");
    before.flowTypes = {FlowType::Money};
    document.setFilter(before);
    document.setCompareFrom(Date::parse("2025"));
    Highlight cycle;
    cycle.title = QStringLiteral("a cycle");
    cycle.entities = {entity("oracle")};
    document.setHighlight(cycle);
    document.setCollapsedGroups({"Oracle-built sites"});
    {
        const DocumentViewKept kept(document);
        showStoryStep(document, step("stargate-unwinds", 3));
        EXPECT_NE(document.highlight(), cycle);
        EXPECT_EQ(document.collapsedGroups(), std::set<std::string>{"Microsoft sites for OpenAI"});
    }
    EXPECT_EQ(document.collapsedGroups(), std::set<std::string>{"Oracle-built sites"});
    EXPECT_EQ(document.filter().asOf, before.asOf);
    EXPECT_EQ(document.filter().flowTypes, before.flowTypes);
    EXPECT_FALSE(document.filter().focus.has_value());
    EXPECT_EQ(document.compareFrom(), Date::parse("2025"));
    EXPECT_EQ(document.highlight(), cycle);
}

TEST_F(StoryView, TitlesAndCaptionsSpeakTheInterfacesLanguage) {
    const StoryStep& first = step("closed-loop", 0);
    const Story& story = *document.model().story("closed-loop");
    EXPECT_EQ(captionOf(first), QString::fromStdString(first.caption));
    setNameLanguage(QStringLiteral("zh-Hans"));
    EXPECT_EQ(titleOf(story), QStringLiteral("OpenAI、甲骨文与英伟达的闭环"));
    EXPECT_TRUE(captionOf(first).contains(QStringLiteral("3000亿美元")));
    setNameLanguage(QString());
}

// Every bundled step, shown and then taken back as a step, shows the same again: what "Add
// Current View as Step" keeps is the whole view (date, comparison, filters, focus, groups,
// highlight), nothing more, nothing less.
TEST_F(StoryView, TheViewTakenAsAStepShowsTheSameAgain) {
    for (const Story& story : document.model().stories()) {
        for (const StoryStep& step : story.steps) {
            showStoryStep(document, step);
            const Filter filter = document.filter();
            const std::optional<Date> compare = document.compareFrom();
            const std::set<std::string> groups = document.collapsedGroups();
            Highlight lit = document.highlight();
            const StoryStep taken = stepOfView(document);
            EXPECT_EQ(taken.title, "");
            EXPECT_EQ(taken.caption, "");

            Document probe;
            probe.setModel(document.model());
            showStoryStep(probe, taken);
            const std::string where = story.id + ": " + step.title;
            EXPECT_EQ(probe.filter().asOf, filter.asOf) << where;
            EXPECT_EQ(probe.filter().focus, filter.focus) << where;
            EXPECT_EQ(filterClauses(probe.filter()), filterClauses(filter)) << where;
            EXPECT_EQ(probe.compareFrom(), compare) << where;
            EXPECT_EQ(probe.collapsedGroups(), groups) << where;
            EXPECT_EQ(probe.view().flows, document.view().flows) << where;
            Highlight again = probe.highlight();
            again.title = lit.title = QString();
            EXPECT_EQ(again, lit) << where;
            // Taking it once more gives the same step: nothing grows on each round trip.
            EXPECT_EQ(stepOfView(probe), taken) << where;
        }
    }
}

TEST_F(StoryView, WithoutAHighlightTheSelectionIsWhatTheStepPointsOut) {
    document.setHighlight({});
    document.select(Selection::entity("oracle"));
    EXPECT_EQ(stepOfView(document).highlight.entities, std::vector<std::string>{"oracle"});
    EXPECT_TRUE(stepOfView(document).highlight.deals.empty());
    document.select(Selection::flowOf("openai-oracle-300b", 0));
    EXPECT_EQ(stepOfView(document).highlight.deals, std::vector<std::string>{"openai-oracle-300b"});
    document.select(Selection::none());
    EXPECT_TRUE(stepOfView(document).highlight.empty());
}
