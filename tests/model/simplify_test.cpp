// Smaller models for a picture: a view's subset, folding entities into one, groups, weights.
#include "test_support.h"

#include "dealgraph/load.h"
#include "dealgraph/simplify.h"

#include <algorithm>
#include <map>
#include <tuple>

using namespace dealgraph;

namespace {

class Simplify : public ::testing::Test {
protected:
    Model model = test::loadValid(test::dataPath("valid/loop.json"));

    static std::vector<std::string> ids(const Model& m) {
        std::vector<std::string> out;
        for (const Entity& e : m.entities())
            out.push_back(e.id);
        return out;
    }
    // A saved model loads back without errors: every transformation keeps the model valid.
    static void expectValid(const Model& m) {
        const LoadResult again = loadModelFromString(saveModelToString(m));
        EXPECT_TRUE(again.ok()) << (again.errors.empty() ? "" : again.errors.front().message);
    }
};

} // namespace

TEST_F(Simplify, SubsetKeepsWhatTheViewShowsAndOnlyItsSources) {
    Filter filter;
    filter.flowTypes = {FlowType::Money};
    const View view = applyFilter(model, filter);
    const Model subset = subsetModel(model, view);
    expectValid(subset);
    EXPECT_EQ(subset.entities().size(), view.entities.size());
    EXPECT_EQ(subset.deals().size(), view.deals.size());
    for (const Deal& deal : subset.deals())
        for (const Flow& flow : deal.flows)
            EXPECT_EQ(flow.type, FlowType::Money) << deal.id;
    // The kept deals keep their history and notes.
    const Deal* cloud = subset.deal("cloud");
    ASSERT_NE(cloud, nullptr);
    EXPECT_EQ(cloud->history.size(), model.deal("cloud")->history.size());
    EXPECT_EQ(cloud->flows.size(), 1u); // its compute flow is not money
    EXPECT_LE(subset.sources().size(), model.sources().size());
}

TEST_F(Simplify, FoldingRedirectsFlowsAndDropsWhatFallsInside) {
    Entity others;
    others.id = "others";
    others.name = "Others (2)";
    others.kind = EntityKind::Other;
    const Model folded = foldEntities(model, {"oracle", "nvidia", "no-such-id"}, others);
    expectValid(folded);
    EXPECT_EQ(ids(folded), (std::vector<std::string>{"openai", "microsoft", "abilene", "others"}));
    // oracle <-> nvidia (the GPU deal) was inside the fold: that deal is gone.
    EXPECT_EQ(folded.deal("gpus"), nullptr);
    // OpenAI's cloud contract with Oracle now runs to Others, amount and all.
    const Deal* cloud = folded.deal("cloud");
    ASSERT_NE(cloud, nullptr);
    EXPECT_EQ(cloud->flows[0].to, "others");
    EXPECT_EQ(cloud->flows[0].amounts, model.deal("cloud")->flows[0].amounts);
    EXPECT_EQ(cloud->flows[1].from, "others");
    // Deals that did not touch the members are as they were.
    EXPECT_EQ(folded.deal("exclusive")->flows[0].to, "microsoft");
}

TEST_F(Simplify, GroupsNeedTwoMembersAndKeepModelOrder) {
    std::vector<Entity> entities = model.entities();
    entities[4].group = "Sites"; // abilene
    entities[1].group = "Sites"; // oracle
    entities[3].group = "Alone"; // microsoft: a group of one is no group
    const Model grouped(model.title(), entities, model.sources(), model.deals());
    const auto groups = entityGroups(grouped);
    ASSERT_EQ(groups.size(), 1u);
    EXPECT_EQ(groups[0].name, "Sites");
    EXPECT_EQ(groups[0].members, (std::vector<std::string>{"oracle", "abilene"}));
    // The group survives a save and a load.
    const LoadResult again = loadModelFromString(saveModelToString(grouped));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.model->entity("abilene")->group, "Sites");
}

TEST_F(Simplify, AnEmptyGroupIsAPlacedError) {
    const LoadResult result = loadModelFromString(R"({"format":"dealgraph","version":1,
        "entities":[{"id":"a","name":"A","kind":"company","group":"  "}],
        "sources":[],"deals":[]})");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors.front().path, "/entities/0/group");
}

TEST_F(Simplify, UnusedIdsDoNotClash) {
    EXPECT_EQ(unusedEntityId(model, "others"), "others");
    EXPECT_EQ(unusedEntityId(model, "oracle"), "oracle-2");
}

TEST_F(Simplify, WeightOrdersByDollarsThenGigawattsThenFlows) {
    const View view = wholeModel(model);
    const auto order = entitiesByWeight(model, view);
    ASSERT_EQ(order.size(), model.entities().size());
    // Microsoft and Abilene carry no dollars. Abilene's gigawatt lease is on hold at the
    // latest date, so it does not count: Abilene, with one flow, is lighter than Microsoft with
    // two. OpenAI touches the most dollars of all ($300B out, up to $100B in).
    EXPECT_EQ(order.front(), "abilene");
    EXPECT_EQ(order[1], "microsoft");
    EXPECT_EQ(order.back(), "openai");
    // At a date when the lease stood, its gigawatt makes Abilene the heavier of the two.
    Filter before;
    before.asOf = *Date::parse("2025-12-31");
    const auto dated = entitiesByWeight(model, applyFilter(model, before));
    const auto at = [&](const char* id) {
        return std::find(dated.begin(), dated.end(), id) - dated.begin();
    };
    ASSERT_EQ(statusAsOf(*model.deal("lease"), *before.asOf), Status::Announced);
    EXPECT_LT(at("microsoft"), at("abilene"));
}

TEST_F(Simplify, OthersKeepOneFlowPerPartnerDirectionAndTypeWithoutAmounts) {
    Entity others;
    others.id = "others";
    others.name = "Others";
    // OpenAI and Nvidia fold: OpenAI's money to Oracle and Nvidia's chips to Oracle each stay
    // once, amounts dropped (one member's amount would misstate the aggregate).
    const Model folded =
        foldEntities(model, {"openai", "nvidia"}, others, FoldedFlows::OnePerPartner);
    expectValid(folded);
    std::map<std::tuple<std::string, std::string, FlowType>, int> count;
    for (const Deal& deal : folded.deals())
        for (const Flow& flow : deal.flows) {
            ++count[{flow.from, flow.to, flow.type}];
            if (flow.from == "others" || flow.to == "others") {
                EXPECT_TRUE(flow.amounts.empty()) << deal.id;
            }
        }
    for (const auto& [key, n] : count) {
        if (std::get<0>(key) == "others" || std::get<1>(key) == "others") {
            EXPECT_EQ(n, 1) << std::get<0>(key) << " -> " << std::get<1>(key);
        }
    }
    // Microsoft's revenue share now goes to Others, once, without its 20%.
    ASSERT_NE(folded.deal("revshare"), nullptr);
    EXPECT_EQ(folded.deal("revshare")->flows[0].to, "others");
    // With Keep, the same fold keeps every flow and amount.
    const Model kept = foldEntities(model, {"openai", "nvidia"}, others);
    EXPECT_EQ(kept.deal("revshare")->flows[0].amounts, model.deal("revshare")->flows[0].amounts);
}

TEST_F(Simplify, FoldingInPlaceKeepsEveryDealAndFlowAtItsIndex) {
    Entity box;
    box.id = "#group:ai";
    box.name = "AI (2)";
    // OpenAI and Oracle fold: the flows between them stay, as loops on the box, so flow
    // references into the input model still name the same flows.
    const Model folded = foldEntities(model, {"openai", "oracle"}, box, FoldedFlows::InPlace);
    ASSERT_EQ(folded.deals().size(), model.deals().size());
    bool loop = false;
    for (std::size_t d = 0; d < model.deals().size(); ++d) {
        const Deal& before = model.deals()[d];
        const Deal& after = folded.deals()[d];
        EXPECT_EQ(after.id, before.id);
        ASSERT_EQ(after.flows.size(), before.flows.size()) << before.id;
        for (std::size_t f = 0; f < before.flows.size(); ++f) {
            const Flow& was = before.flows[f];
            const Flow& is = after.flows[f];
            const bool fromIn = was.from == "openai" || was.from == "oracle";
            const bool toIn = was.to == "openai" || was.to == "oracle";
            EXPECT_EQ(is.from, fromIn ? box.id : was.from);
            EXPECT_EQ(is.to, toIn ? box.id : was.to);
            EXPECT_EQ(is.amounts, was.amounts);
            loop = loop || (fromIn && toIn);
        }
    }
    EXPECT_TRUE(loop) << "the fixture has a flow between OpenAI and Oracle";
    EXPECT_EQ(folded.entity("openai"), nullptr);
    ASSERT_NE(folded.entity("#group:ai"), nullptr);
}

TEST_F(Simplify, UnpricedFlowsOfTheGivenTypesGoAndSoDoDealsLeftEmpty) {
    int removed = -1;
    const Model thinned =
        withoutUnpricedFlows(model, {FlowType::Money, FlowType::Rights}, &removed);
    expectValid(thinned);
    int expected = 0;
    for (const Deal& deal : model.deals())
        for (const Flow& flow : deal.flows)
            expected += flow.amounts.empty() &&
                        (flow.type == FlowType::Money || flow.type == FlowType::Rights);
    EXPECT_EQ(expected, 2) << "the fixture: GPUs' payment and the exclusivity carry no amount";
    EXPECT_EQ(removed, expected);
    EXPECT_EQ(thinned.deal("exclusive"), nullptr) << "its only flow went";
    ASSERT_NE(thinned.deal("gpus"), nullptr);
    EXPECT_EQ(thinned.deal("gpus")->flows.size(), 1u) << "its chips stay";
    EXPECT_EQ(thinned.entities().size(), model.entities().size());
    for (const Deal& deal : thinned.deals()) {
        EXPECT_FALSE(deal.flows.empty()) << deal.id;
        for (const Flow& flow : deal.flows) {
            EXPECT_FALSE(flow.amounts.empty() &&
                         (flow.type == FlowType::Money || flow.type == FlowType::Rights))
                << deal.id;
        }
    }
    // A deal pointed out keeps its flows, priced or not.
    int kept = -1;
    const Model pointedOut =
        withoutUnpricedFlows(model, {FlowType::Money, FlowType::Rights}, &kept, {"exclusive"});
    expectValid(pointedOut);
    ASSERT_NE(pointedOut.deal("exclusive"), nullptr);
    EXPECT_EQ(pointedOut.deal("exclusive")->flows, model.deal("exclusive")->flows);
    EXPECT_EQ(kept, expected - 1);
    // Other types and priced flows stay whole.
    int none = -1;
    EXPECT_EQ(withoutUnpricedFlows(model, {}, &none).deals().size(), model.deals().size());
    EXPECT_EQ(none, 0);
}
