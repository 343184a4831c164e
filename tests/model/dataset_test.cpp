// The bundled dataset: it loads, every deal is sourced, every seed article is cited, and the
// story the articles tell can be read off it.
#include "test_support.h"

#include "dealgraph/query.h"

#include <algorithm>
#include <filesystem>
#include <set>

using namespace dealgraph;

namespace {

// The five seed articles the dataset is built from (shared/seeds/README.md).
const std::set<std::string> kSeeds = {"000_8fbcad016d344775.txt", "001_be3f9ccde86d9a42.txt",
                                      "002_3e9f369b80233094.txt", "003_3df0a242f14034f0.txt",
                                      "004_d4d90f3b87c4cb53.txt"};

class Dataset : public ::testing::Test {
protected:
    Model model = test::loadValid(DEALGRAPH_DATASET);

    Date day(const char* text) { return *Date::parse(text); }

    // Deals with a flow of this type between these two entities.
    std::vector<const Deal*> dealsBetween(const char* from, const char* to, FlowType type) {
        std::vector<const Deal*> out;
        for (const auto& deal : model.deals())
            for (const auto& flow : deal.flows)
                if (flow.from == from && flow.to == to && flow.type == type) {
                    out.push_back(&deal);
                    break;
                }
        return out;
    }
};

} // namespace

TEST_F(Dataset, LoadsWithEntitiesAndDeals) {
    EXPECT_GE(model.entities().size(), 15u);
    EXPECT_GE(model.deals().size(), 15u);
}

TEST_F(Dataset, EveryDealAndStatusStepIsSourced) {
    for (const auto& deal : model.deals()) {
        EXPECT_FALSE(deal.sources.empty()) << deal.id;
        for (const auto& step : deal.history)
            EXPECT_FALSE(step.sources.empty()) << deal.id << " " << step.date.toString();
    }
}

TEST_F(Dataset, EverySeedArticleIsCitedByADeal) {
    std::set<std::string> cited;
    for (const auto& deal : model.deals())
        for (const auto& id : deal.sources)
            cited.insert(model.source(id)->seed);
    for (const auto& seed : kSeeds)
        EXPECT_TRUE(cited.count(seed)) << seed << " is not cited";
    for (const auto& source : model.sources()) {
        if (!source.seed.empty()) {
            EXPECT_TRUE(kSeeds.count(source.seed)) << source.seed << " is not a seed article";
        }
    }
    // Where the seeds are checked out beside the repository, the names must be real files.
    const std::filesystem::path seeds = DEALGRAPH_SEEDS;
    if (std::filesystem::is_directory(seeds)) {
        for (const auto& seed : kSeeds)
            EXPECT_TRUE(std::filesystem::exists(seeds / seed)) << seed;
    }
}

TEST_F(Dataset, NamesTheMainPlayersInChinese) {
    const std::pair<const char*, const char*> expected[] = {
        {"oracle", "甲骨文"}, {"softbank", "软银"}, {"nvidia", "英伟达"}, {"microsoft", "微软"}};
    for (const auto& [id, name] : expected) {
        const Entity* entity = model.entity(id);
        ASSERT_NE(entity, nullptr) << id;
        ASSERT_TRUE(entity->names.count("zh-Hans")) << id;
        EXPECT_EQ(entity->names.at("zh-Hans"), name) << id;
    }
    for (const char* id : {"openai", "mgx", "arm", "sb-energy", "g42", "broadcom", "stargate"})
        EXPECT_NE(model.entity(id), nullptr) << id;
}

TEST_F(Dataset, OracleContractIsThreeHundredBillion) {
    bool found = false;
    for (const Deal* deal : dealsBetween("openai", "oracle", FlowType::Money))
        for (const auto& flow : deal->flows)
            for (const auto& amount : flow.amounts)
                found |= amount.unit == Unit::Usd && amount.value == 300e9;
    EXPECT_TRUE(found);
}

TEST_F(Dataset, NvidiaInvestsUpToOneHundredBillion) {
    bool found = false;
    for (const Deal* deal : dealsBetween("nvidia", "openai", FlowType::Money))
        for (const auto& flow : deal->flows)
            for (const auto& amount : flow.amounts)
                found |= amount.value == 100e9 && amount.qualifier == Qualifier::UpTo;
    EXPECT_TRUE(found);
}

TEST_F(Dataset, StargateWasAnnouncedThenAbandonedAsAJointVenture) {
    const Deal* stargate = nullptr;
    for (const auto& deal : model.deals())
        if (deal.kind == DealKind::JointVenture && deal.firstDate() == day("2025-01-21"))
            for (const auto& flow : deal.flows)
                if (flow.to == "stargate" || flow.from == "stargate")
                    stargate = &deal;
    ASSERT_NE(stargate, nullptr);
    EXPECT_FALSE(statusAsOf(*stargate, day("2025-01-20")));
    EXPECT_EQ(statusAsOf(*stargate, day("2025-01-21")), Status::Announced);
    EXPECT_EQ(stargate->latestStatus(), Status::Abandoned);
}

TEST_F(Dataset, MicrosoftExclusivityBecameARightOfFirstRefusal) {
    bool superseded = false;
    bool rofrActive = false;
    for (const auto& deal : model.deals()) {
        if (deal.kind != DealKind::Exclusivity)
            continue;
        const auto before = statusAsOf(deal, day("2025-01-20"));
        const auto after = statusAsOf(deal, day("2025-01-21"));
        superseded |= before && isLive(*before) && after == Status::Superseded;
        rofrActive |= !before && after && isLive(*after);
    }
    EXPECT_TRUE(superseded) << "an exclusivity live before 2025-01-21 and superseded that day";
    EXPECT_TRUE(rofrActive) << "a right of first refusal starting 2025-01-21";
}

TEST_F(Dataset, ContainsTheClosedLoop) {
    const auto cycles = findCycles(model, wholeModel(model));
    const auto openai = *model.entityIndex("openai");
    const auto oracle = *model.entityIndex("oracle");
    const auto nvidia = *model.entityIndex("nvidia");
    const bool found = std::any_of(cycles.begin(), cycles.end(), [&](const Cycle& c) {
        const std::set<std::size_t> members(c.entities.begin(), c.entities.end());
        return c.entities.size() == 3 && members == std::set<std::size_t>{openai, oracle, nvidia};
    });
    EXPECT_TRUE(found) << "OpenAI -> Oracle -> Nvidia -> OpenAI";
}

TEST_F(Dataset, RoundTripsUnchanged) {
    LoadResult again = loadModelFromString(saveModelToString(model));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(saveModelToString(*again.model), saveModelToString(model));
}
