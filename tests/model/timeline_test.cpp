#include "test_support.h"

#include "dealgraph/bundles.h"
#include "dealgraph/generate.h"
#include "dealgraph/timeline.h"

#include <algorithm>

using namespace dealgraph;

namespace {

class Timeline : public ::testing::Test {
protected:
    Model model = test::loadValid(test::dataPath("valid/loop.json"));

    static Date day(const char* text) { return *Date::parse(text); }
    std::string dealId(std::size_t index) const { return model.deals()[index].id; }
    const DealChange* changeOf(const std::vector<DealChange>& changes, const char* id) const {
        for (const auto& change : changes)
            if (dealId(change.deal) == id)
                return &change;
        return nullptr;
    }
};

} // namespace

TEST_F(Timeline, EventDatesAreTheDaysTheRecordChanges) {
    const std::vector<Date> dates = eventDates(model);
    std::vector<std::string> spelled;
    for (const Date& date : dates)
        spelled.push_back(date.toString());
    // Partial dates count from their last day, so "2025" comes after "2025-10-06".
    EXPECT_EQ(spelled, (std::vector<std::string>{"2019-12-31", "2024-06-30", "2024-10-10",
                                                 "2025-01-21", "2025-09-22", "2025-09-30",
                                                 "2025-10-06", "2025-12-31", "2026-12-31"}));
}

TEST_F(Timeline, CompareListsWhatAppearedChangedAndEnded) {
    const auto changes = compareDates(model, Filter{}, day("2025-01-01"), day("2025-12-31"));
    // exclusive: active -> superseded; cloud, gpus, invest: appeared; lease, revshare unchanged.
    ASSERT_EQ(changes.size(), 4u);
    const DealChange* exclusive = changeOf(changes, "exclusive");
    ASSERT_TRUE(exclusive);
    EXPECT_EQ(exclusive->kind, ChangeKind::Ended);
    EXPECT_EQ(exclusive->before, Status::Active);
    EXPECT_EQ(exclusive->after, Status::Superseded);
    const DealChange* invest = changeOf(changes, "invest");
    ASSERT_TRUE(invest);
    EXPECT_EQ(invest->kind, ChangeKind::Appeared);
    EXPECT_FALSE(invest->before);
    EXPECT_EQ(invest->after, Status::Signed);
    EXPECT_FALSE(changeOf(changes, "lease"));
    EXPECT_FALSE(changeOf(changes, "revshare"));
}

TEST_F(Timeline, CompareSeesStatusChangesAndTheLatestState) {
    // Without a second date the comparison runs to the latest statuses: the lease went on hold.
    const auto changes = compareDates(model, Filter{}, day("2025-12-31"), std::nullopt);
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(dealId(changes[0].deal), "lease");
    EXPECT_EQ(changes[0].kind, ChangeKind::StatusChanged);
    EXPECT_EQ(changes[0].before, Status::Announced);
    EXPECT_EQ(changes[0].after, Status::OnHold);

    // Signed a fortnight after being announced.
    const auto invest = compareDates(model, Filter{}, day("2025-09-30"), day("2025-10-06"));
    ASSERT_EQ(invest.size(), 1u);
    EXPECT_EQ(invest[0].kind, ChangeKind::StatusChanged);
}

TEST_F(Timeline, CompareHonoursTheOtherFilters) {
    Filter filter;
    filter.flowTypes = {FlowType::Rights};
    filter.asOf = day("2019"); // ignored: the comparison's own dates rule
    const auto changes = compareDates(model, filter, day("2025-01-01"), day("2025-12-31"));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(dealId(changes[0].deal), "exclusive");
}

TEST_F(Timeline, BundlesSumStandingFlowsPerPairAndType) {
    // Two more money flows from OpenAI to Oracle: one standing, one abandoned.
    Deal more = *model.deal("cloud");
    more.id = "cloud2";
    more.flows.resize(1);
    more.flows[0].amounts = {Amount{Unit::Usd, Qualifier::Exact, 50e9, 0, {}}};
    Deal dead = more;
    dead.id = "cloud3";
    dead.history.push_back({Status::Abandoned, day("2025-11"), {}, {}, {}, {}});
    std::vector<Deal> deals = model.deals();
    deals.push_back(more);
    deals.push_back(dead);
    const Model extended(model.title(), model.entities(), model.sources(), deals);

    const View view = wholeModel(extended);
    const auto bundles = bundleFlows(extended, view);
    const auto openai = *extended.entityIndex("openai");
    const auto oracle = *extended.entityIndex("oracle");
    auto found = std::find_if(bundles.begin(), bundles.end(), [&](const FlowBundle& b) {
        return b.from == openai && b.to == oracle && b.type == FlowType::Money;
    });
    ASSERT_NE(found, bundles.end());
    EXPECT_EQ(found->flows.size(), 3u);
    EXPECT_EQ(found->uncounted, 1); // the abandoned one
    ASSERT_TRUE(found->total.count(Unit::Usd));
    EXPECT_DOUBLE_EQ(found->total.at(Unit::Usd).nominal(), 350e9);
    EXPECT_EQ(humanize(found->total.at(Unit::Usd)), "about $350B"); // "about $300B" + $50B

    // One bundle per (from, to, type): no two share a key, and every view flow is in one.
    std::size_t members = 0;
    for (std::size_t i = 0; i < bundles.size(); ++i) {
        members += bundles[i].flows.size();
        if (i > 0) {
            EXPECT_TRUE(std::tie(bundles[i - 1].from, bundles[i - 1].to, bundles[i - 1].type) <
                        std::tie(bundles[i].from, bundles[i].to, bundles[i].type));
        }
    }
    EXPECT_EQ(members, view.flows.size());
}

TEST_F(Timeline, BundlesFollowTheViewDate) {
    Filter filter;
    filter.asOf = day("2025-01-21");
    const auto bundles = bundleFlows(model, applyFilter(model, filter));
    // exclusive is superseded then: its rights bundle is drawn but sums nothing.
    std::size_t flows = 0;
    for (const auto& bundle : bundles)
        flows += bundle.flows.size();
    EXPECT_EQ(flows, 3u); // exclusive, lease, revshare: one flow each
    for (const auto& bundle : bundles)
        if (bundle.type == FlowType::Rights) {
            EXPECT_EQ(bundle.uncounted, 1);
        }
}

// Regression: a depth-first search straight to six entities spent its whole budget on long
// paths through the hubs of a 5,000-entity model and found no loop; deepening finds the short
// ones first.
TEST(CycleSearch, FindsLoopsInALargeModelWithTheDefaults) {
    const Model model = generateModel({5000, 1});
    const auto cycles = findCycles(model, wholeModel(model));
    ASSERT_FALSE(cycles.empty());
    EXPECT_EQ(cycles.front().entities.size(), 2u); // shortest first
    for (std::size_t i = 1; i < cycles.size(); ++i)
        EXPECT_LE(cycles[i - 1].entities.size(), cycles[i].entities.size());
    // Every hop of every loop is a real money flow between consecutive entities.
    for (const Cycle& cycle : cycles)
        for (std::size_t i = 0; i < cycle.entities.size(); ++i) {
            ASSERT_FALSE(cycle.hops[i].empty());
            const Flow& flow = model.deals()[cycle.hops[i][0].deal].flows[cycle.hops[i][0].flow];
            EXPECT_EQ(flow.type, FlowType::Money);
            EXPECT_EQ(*model.entityIndex(flow.from), cycle.entities[i]);
            EXPECT_EQ(*model.entityIndex(flow.to), cycle.entities[(i + 1) % cycle.entities.size()]);
        }
}
