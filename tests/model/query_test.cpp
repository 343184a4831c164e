#include "test_support.h"

#include "dealgraph/query.h"

#include <algorithm>

using namespace dealgraph;

namespace {

class Queries : public ::testing::Test {
protected:
    Model model = test::loadValid(test::dataPath("valid/loop.json"));

    Date day(const char* text) { return *Date::parse(text); }
    std::size_t dealIndex(const char* id) { return *model.dealIndex(id); }
    std::set<std::string> dealIds(const View& view) {
        std::set<std::string> ids;
        for (auto d : view.deals)
            ids.insert(model.deals()[d].id);
        return ids;
    }
    std::set<std::string> entityIds(const View& view) {
        std::set<std::string> ids;
        for (auto e : view.entities)
            ids.insert(model.entities()[e].id);
        return ids;
    }
};

} // namespace

TEST_F(Queries, StatusAsOfFollowsTheHistory) {
    const Deal& invest = *model.deal("invest");
    EXPECT_FALSE(statusAsOf(invest, day("2025-09-21")));
    EXPECT_EQ(statusAsOf(invest, day("2025-09-22")), Status::Announced);
    EXPECT_EQ(statusAsOf(invest, day("2025-10-05")), Status::Announced);
    EXPECT_EQ(statusAsOf(invest, day("2025-10-06")), Status::Signed);

    const Deal& exclusive = *model.deal("exclusive");
    EXPECT_EQ(statusAsOf(exclusive, day("2025-01-20")), Status::Active);
    EXPECT_EQ(statusAsOf(exclusive, day("2025-01-21")), Status::Superseded);
}

TEST_F(Queries, PartialDatesCountFromTheirLastDay) {
    const Deal& cloud = *model.deal("cloud"); // signed "2025-09"
    EXPECT_FALSE(statusAsOf(cloud, day("2025-09-15")));
    EXPECT_EQ(statusAsOf(cloud, day("2025-09-30")), Status::Signed);
    EXPECT_EQ(statusAsOf(cloud, day("2025-09")), Status::Signed);
    const Deal& lease = *model.deal("lease"); // announced 2024-06, on hold "2026"
    EXPECT_EQ(statusAsOf(lease, day("2026-06-01")), Status::Announced);
    EXPECT_EQ(statusAsOf(lease, day("2026-12-31")), Status::OnHold);
}

TEST_F(Queries, AsOfFilterHidesDealsNotYetOnRecord) {
    Filter filter;
    filter.asOf = day("2025-01-21");
    const View view = applyFilter(model, filter);
    EXPECT_EQ(dealIds(view), (std::set<std::string>{"exclusive", "lease", "revshare"}));
    EXPECT_EQ(view.status[dealIndex("exclusive")], Status::Superseded);
    EXPECT_FALSE(view.status[dealIndex("cloud")]);
    EXPECT_FALSE(view.containsEntity(*model.entityIndex("nvidia")));
}

TEST_F(Queries, WholeModelShowsLatestStatuses) {
    const View view = wholeModel(model);
    EXPECT_EQ(view.deals.size(), model.deals().size());
    EXPECT_EQ(view.entities.size(), model.entities().size());
    EXPECT_EQ(view.status[dealIndex("lease")], Status::OnHold);
    std::size_t flows = 0;
    for (const auto& deal : model.deals())
        flows += deal.flows.size();
    EXPECT_EQ(view.flows.size(), flows);
}

TEST_F(Queries, FiltersByFlowTypeDealKindStatusAndEntityKind) {
    Filter byType;
    byType.flowTypes = {FlowType::Compute};
    EXPECT_EQ(dealIds(applyFilter(model, byType)), (std::set<std::string>{"cloud", "lease"}));

    Filter byKind;
    byKind.dealKinds = {DealKind::Exclusivity, DealKind::RevenueShare};
    EXPECT_EQ(dealIds(applyFilter(model, byKind)),
              (std::set<std::string>{"exclusive", "revshare"}));

    Filter byStatus;
    byStatus.statuses = {Status::Signed};
    EXPECT_EQ(dealIds(applyFilter(model, byStatus)), (std::set<std::string>{"cloud", "invest"}));

    Filter noSites;
    noSites.entityKinds = {EntityKind::Company};
    const View view = applyFilter(model, noSites);
    EXPECT_FALSE(dealIds(view).count("lease"));
    EXPECT_FALSE(entityIds(view).count("abilene"));
}

TEST_F(Queries, FiltersByMinimumAmountInItsUnit) {
    Filter filter;
    filter.minAmount = Amount{Unit::Usd, Qualifier::Exact, 200e9, 0, {}};
    EXPECT_EQ(dealIds(applyFilter(model, filter)), (std::set<std::string>{"cloud"}));
    filter.minAmount = Amount{Unit::Gigawatts, Qualifier::Exact, 1, 0, {}};
    EXPECT_EQ(dealIds(applyFilter(model, filter)), (std::set<std::string>{"cloud", "lease"}));
    filter.minAmount = Amount{Unit::Chips, Qualifier::Exact, 450000, 0, {}};
    EXPECT_EQ(dealIds(applyFilter(model, filter)), (std::set<std::string>{"gpus"}))
        << "range midpoint";
}

TEST_F(Queries, FocusKeepsTheNeighbourhood) {
    Filter filter;
    filter.focus = Focus{"abilene", 1};
    View view = applyFilter(model, filter);
    EXPECT_EQ(entityIds(view), (std::set<std::string>{"abilene", "openai"}));
    EXPECT_EQ(dealIds(view), (std::set<std::string>{"lease"}));

    filter.focus = Focus{"abilene", 2};
    view = applyFilter(model, filter);
    EXPECT_EQ(entityIds(view),
              (std::set<std::string>{"abilene", "openai", "oracle", "nvidia", "microsoft"}));
    // Oracle-Nvidia involves neither Abilene nor its partner OpenAI: a deal among the parties
    // reached, not one of theirs.
    EXPECT_FALSE(dealIds(view).count("gpus"));
    filter.focus->includeDealsAmong = true;
    EXPECT_TRUE(dealIds(applyFilter(model, filter)).count("gpus"))
        << "asked for: both ends of Oracle-Nvidia are within two steps";
}

// "Oracle's deals": --focus oracle:1 on the bundled dataset draws no OpenAI-Microsoft revenue
// share (20% and 75%), though both are Oracle's partners.
TEST(FocusOnTheDataset, OneStepIsTheEntitysOwnDeals) {
    const Model model = test::loadValid(DEALGRAPH_DATASET);
    Filter filter;
    filter.focus = Focus{"oracle", 1};
    const View view = applyFilter(model, filter);
    ASSERT_TRUE(view.containsEntity(*model.entityIndex("microsoft")));
    ASSERT_TRUE(view.containsEntity(*model.entityIndex("openai")));
    for (std::size_t d : view.deals) {
        const Deal& deal = model.deals()[d];
        const bool oracles = std::any_of(deal.flows.begin(), deal.flows.end(), [](const Flow& f) {
            return f.from == "oracle" || f.to == "oracle";
        });
        EXPECT_TRUE(oracles) << deal.id << " does not involve Oracle";
    }
    for (const FlowRef& ref : view.flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        EXPECT_FALSE(flow.type == FlowType::RevenueShare &&
                     ((flow.from == "openai" && flow.to == "microsoft") ||
                      (flow.from == "microsoft" && flow.to == "openai")))
            << model.deals()[ref.deal].id;
    }
    filter.focus->includeDealsAmong = true;
    const View among = applyFilter(model, filter);
    EXPECT_GT(among.deals.size(), view.deals.size());
    EXPECT_TRUE(among.containsDeal(*model.dealIndex("microsoft-openai-investment")));
}

TEST_F(Queries, NeighbourhoodCountsSteps) {
    const View view = wholeModel(model);
    EXPECT_EQ(neighbourhood(model, view, "abilene", 0).size(), 1u);
    EXPECT_EQ(neighbourhood(model, view, "abilene", 1).size(), 2u);
    EXPECT_EQ(neighbourhood(model, view, "abilene", 2).size(), 5u);
    EXPECT_TRUE(neighbourhood(model, view, "nobody", 3).empty());
}

TEST_F(Queries, TotalsSumInAndOutPerFlowTypeAndUnit) {
    const View view = wholeModel(model);
    const Totals totals = totalsFor(model, view, "openai");
    const Total& money = totals.at({FlowType::Money, Unit::Usd});
    EXPECT_DOUBLE_EQ(money.out, 300e9);
    EXPECT_DOUBLE_EQ(money.in, 100e9);
    EXPECT_EQ(money.outFlows, 1);
    EXPECT_TRUE(money.approximate);
    const Total& compute = totals.at({FlowType::Compute, Unit::Gigawatts});
    EXPECT_DOUBLE_EQ(compute.in, 4.5) << "the Abilene lease is on hold: not counted";
    EXPECT_DOUBLE_EQ(compute.out, 0);
    EXPECT_FALSE(totals.count({FlowType::RevenueShare, Unit::Percent}))
        << "percentages of different things are not added up";

    Filter early;
    early.asOf = day("2025-06-01");
    const Totals before = totalsFor(model, applyFilter(model, early), "openai");
    EXPECT_FALSE(before.count({FlowType::Money, Unit::Usd})) << "no money deal on record yet";
    EXPECT_DOUBLE_EQ(before.at({FlowType::Compute, Unit::Gigawatts}).in, 1)
        << "before 2026 the Abilene lease still stood";
}

TEST_F(Queries, UncountedSaysWhatTotalsLeaveOut) {
    const View view = wholeModel(model);
    const auto openai = uncountedFor(model, view, "openai");
    EXPECT_EQ(openai.at(FlowType::Compute).notStanding, 1) << "the lease on hold";
    EXPECT_EQ(openai.at(FlowType::RevenueShare).withoutAmount, 1) << "a percentage only";
    EXPECT_EQ(openai.at(FlowType::Equity).withoutAmount, 1);
    EXPECT_EQ(openai.at(FlowType::Rights).notStanding, 1) << "the superseded exclusivity";
    const auto oracle = uncountedFor(model, view, "oracle");
    EXPECT_EQ(oracle.at(FlowType::Money).withoutAmount, 1) << "Oracle pays Nvidia, no number";
}

TEST_F(Queries, FindsTheClosedMoneyLoop) {
    const View view = wholeModel(model);
    const auto cycles = findCycles(model, view);
    ASSERT_EQ(cycles.size(), 1u);
    EXPECT_EQ(describeCycle(model, cycles[0]), "OpenAI \u2192 Oracle \u2192 Nvidia \u2192 OpenAI");
    ASSERT_EQ(cycles[0].hops.size(), 3u);
    EXPECT_EQ(model.deals()[cycles[0].hops[0][0].deal].id, "cloud");
    EXPECT_EQ(model.deals()[cycles[0].hops[1][0].deal].id, "gpus");
    EXPECT_EQ(model.deals()[cycles[0].hops[2][0].deal].id, "invest");
}

TEST_F(Queries, CyclesRespectTypesDatesAndBounds) {
    CycleOptions all;
    all.flowTypes = {};
    const auto every = findCycles(model, wholeModel(model), all);
    EXPECT_GT(every.size(), 1u) << "counter-flows form two-entity loops";
    for (std::size_t i = 1; i < every.size(); ++i)
        EXPECT_LE(every[i - 1].entities.size(), every[i].entities.size()) << "shortest first";

    CycleOptions shortOnly;
    shortOnly.maxLength = 2;
    EXPECT_TRUE(findCycles(model, wholeModel(model), shortOnly).empty());

    Filter early;
    early.asOf = day("2025-09-30");
    EXPECT_TRUE(findCycles(model, applyFilter(model, early)).empty())
        << "the GPU deal is dated only \"2025\", so it counts from 2025-12-31";
}
