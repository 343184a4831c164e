#include "dealgraph/generate.h"
#include "dealgraph/load.h"
#include "dealgraph/query.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

namespace dealgraph {
namespace {

// The loader is the judge of validity: what the generator writes must load with no error.
Model reloaded(const Model& model) {
    LoadResult result = loadModelFromString(saveModelToString(model));
    std::string errors;
    for (std::size_t i = 0; i < result.errors.size() && i < 10; ++i)
        errors += result.errors[i].format("generated") + "\n";
    EXPECT_TRUE(result.ok()) << result.errors.size() << " errors, first:\n" << errors;
    return result.ok() ? std::move(*result.model) : Model{};
}

TEST(Generate, IsValidForSeveralSizesAndSeeds) {
    for (std::size_t n : {1u, 2u, 3u, 7u, 100u, 1000u, 5000u})
        for (std::uint64_t seed : {1u, 2u, 99u}) {
            SCOPED_TRACE("entities " + std::to_string(n) + ", seed " + std::to_string(seed));
            const Model model = generateModel({n, seed});
            EXPECT_EQ(model.entities().size(), n);
            const Model back = reloaded(model);
            // Saving what was loaded gives the same text: nothing was lost or reordered.
            EXPECT_EQ(saveModelToString(back), saveModelToString(model));
        }
}

TEST(Generate, SameSeedSameModelOtherSeedOtherModel) {
    const std::string a = saveModelToString(generateModel({500, 7}));
    EXPECT_EQ(a, saveModelToString(generateModel({500, 7})));
    EXPECT_NE(a, saveModelToString(generateModel({500, 8})));
}

TEST(Generate, AboutFourDealsPerEntity) {
    const Model model = generateModel({2000, 3});
    std::size_t memberships = 0;
    for (const auto& entity : model.entities())
        memberships += model.dealsOf(entity.id).size();
    const double perEntity = double(memberships) / double(model.entities().size());
    EXPECT_GE(perEntity, 3.5);
    EXPECT_LE(perEntity, 5.5);
}

TEST(Generate, HasHubsLikeTheRealWeb) {
    const Model model = generateModel({5000, 1});
    std::vector<std::size_t> degrees;
    for (const auto& entity : model.entities())
        degrees.push_back(model.dealsOf(entity.id).size());
    std::sort(degrees.rbegin(), degrees.rend());
    EXPECT_GE(degrees[0], 100u) << "the biggest hub has hundreds of deals";
    EXPECT_GE(degrees[4], 50u) << "a few hubs, not one";
    EXPECT_LE(degrees[degrees.size() / 2], 3u) << "most entities have few deals";
}

TEST(Generate, EveryKindTypeUnitQualifierAndStatusOccurs) {
    const Model model = generateModel({2000, 5});
    std::set<EntityKind> entityKinds;
    std::set<DealKind> dealKinds;
    std::set<FlowType> flowTypes;
    std::set<Unit> units;
    std::set<Qualifier> qualifiers;
    std::set<Status> statuses;
    std::set<Date::Precision> precisions;
    int sourced = 0, noted = 0, chinese = 0;
    for (const auto& entity : model.entities()) {
        entityKinds.insert(entity.kind);
        chinese += entity.names.count("zh-Hans") ? 1 : 0;
    }
    for (const auto& deal : model.deals()) {
        dealKinds.insert(deal.kind);
        sourced += deal.sources.empty() ? 0 : 1;
        noted += deal.notes.empty() ? 0 : 1;
        for (const auto& flow : deal.flows) {
            flowTypes.insert(flow.type);
            for (const auto& amount : flow.amounts) {
                units.insert(amount.unit);
                qualifiers.insert(amount.qualifier);
            }
        }
        for (const auto& step : deal.history) {
            statuses.insert(step.status);
            precisions.insert(step.date.precision());
            EXPECT_GE(step.date.year(), 2019);
            EXPECT_LE(step.date.year(), 2026);
        }
    }
    EXPECT_EQ(entityKinds.size(), kAllEntityKinds.size());
    EXPECT_EQ(dealKinds.size(), kAllDealKinds.size());
    EXPECT_EQ(flowTypes.size(), kAllFlowTypes.size());
    EXPECT_EQ(units.size(), kAllUnits.size());
    EXPECT_EQ(qualifiers.size(), kAllQualifiers.size());
    EXPECT_EQ(statuses.size(), kAllStatuses.size());
    EXPECT_EQ(precisions.size(), 3u);
    EXPECT_GT(sourced, 0);
    EXPECT_GT(noted, 0);
    EXPECT_GT(chinese, 0);
}

TEST(Generate, SitesAreLinkedAsTheFormatSays) {
    const Model model = generateModel({1000, 4});
    int siteFlows = 0;
    for (const auto& deal : model.deals())
        for (const auto& flow : deal.flows) {
            const bool fromSite = model.entity(flow.from)->kind == EntityKind::Site;
            const bool toSite = model.entity(flow.to)->kind == EntityKind::Site;
            EXPECT_FALSE(toSite && flow.type != FlowType::Services) << deal.id;
            EXPECT_FALSE(fromSite && flow.type != FlowType::Compute) << deal.id;
            siteFlows += fromSite || toSite ? 1 : 0;
        }
    EXPECT_GT(siteFlows, 0);
}

TEST(Generate, HasMoneyCyclesAtEverySize) {
    for (std::size_t n : {3u, 100u, 1000u}) {
        const Model model = generateModel({n, 1});
        EXPECT_FALSE(findCycles(model, wholeModel(model)).empty()) << n << " entities";
    }
}

TEST(Generate, TinyModelsHaveNoImpossibleDeals) {
    EXPECT_TRUE(generateModel({1, 1}).deals().empty()); // a flow needs two entities
    EXPECT_TRUE(generateModel({0, 1}).entities().empty());
    EXPECT_FALSE(generateModel({2, 1}).deals().empty());
}

// The shapes that stall dot (tests/app/layout_shapes_test.cpp): valid, deterministic, and the
// shape they say.
TEST(GenerateShapes, AreValidForSeveralSizes) {
    for (GraphShape shape : {GraphShape::Ring, GraphShape::Core, GraphShape::Chain})
        for (std::size_t n : {0u, 1u, 2u, 3u, 10u, 300u, 1000u}) {
            SCOPED_TRACE(std::string(toString(shape)) + ", " + std::to_string(n) + " entities");
            const Model model = generateModel({n, 1, shape});
            EXPECT_EQ(model.entities().size(), n);
            const Model back = reloaded(model);
            EXPECT_EQ(back.deals().size(), model.deals().size());
            EXPECT_EQ(saveModelToString(generateModel({n, 1, shape})), saveModelToString(model));
        }
}

TEST(GenerateShapes, ARingPutsEveryEntityOnOneLoopWithAChordPerThree) {
    const Model model = generateModel({300, 1, GraphShape::Ring});
    EXPECT_EQ(model.deals().size(), 400u);
    for (std::size_t i = 0; i < 300; ++i) {
        const Deal& deal = model.deals()[i];
        EXPECT_EQ(deal.flows.at(0).from, model.entities()[i].id);
        EXPECT_EQ(deal.flows.at(0).to, model.entities()[(i + 1) % 300].id);
    }
}

TEST(GenerateShapes, AChainIsOneLineWithLinksBack) {
    const Model model = generateModel({100, 1, GraphShape::Chain});
    std::size_t back = 0;
    for (const Deal& deal : model.deals()) {
        const std::size_t from = *model.entityIndex(deal.flows.at(0).from);
        const std::size_t to = *model.entityIndex(deal.flows.at(0).to);
        back += to < from ? 1 : 0;
        EXPECT_TRUE(to == from + 1 || to < from) << deal.id;
    }
    EXPECT_EQ(back, 24u); // every four entities from the sixth
}

TEST(GenerateShapes, NamesRoundTrip) {
    for (GraphShape shape :
         {GraphShape::Web, GraphShape::Ring, GraphShape::Core, GraphShape::Chain})
        EXPECT_EQ(graphShapeFromString(toString(shape)), shape);
    EXPECT_FALSE(graphShapeFromString("Ring"));
    EXPECT_FALSE(graphShapeFromString(""));
}

} // namespace
} // namespace dealgraph
