// A small hand-built model for the graph tests: seven entities of five kinds (two with
// Simplified Chinese names, one with no deals), six deals in every kind of status, a deal with
// two flows, a pair of parallel flows between the same two entities, flows with and without
// amounts.
#pragma once

#include "dealgraph/model.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph::graphtest {

inline Amount usd(double value, Qualifier qualifier = Qualifier::Exact) {
    return {Unit::Usd, qualifier, value, 0, {}};
}

inline Amount gigawatts(double value) {
    return {Unit::Gigawatts, Qualifier::Exact, value, 0, {}};
}

inline Entity entity(std::string id, std::string name, EntityKind kind, std::string zh = {}) {
    Entity e;
    e.id = std::move(id);
    e.name = std::move(name);
    e.kind = kind;
    if (!zh.empty())
        e.names["zh-Hans"] = std::move(zh);
    e.description = "Test entity " + e.name + ".";
    return e;
}

inline Flow flow(std::string from, std::string to, FlowType type,
                 std::vector<Amount> amounts = {}) {
    Flow f;
    f.from = std::move(from);
    f.to = std::move(to);
    f.type = type;
    f.amounts = std::move(amounts);
    return f;
}

inline Deal deal(std::string id, DealKind kind, std::vector<Flow> flows, Status status,
                 const char* date) {
    Deal d;
    d.id = std::move(id);
    d.title = "Deal " + d.id;
    d.kind = kind;
    d.flows = std::move(flows);
    d.history.push_back({status, *Date::parse(date), {}, {}, {}, {}});
    return d;
}

inline Model smallGraphModel() {
    std::vector<Entity> entities = {
        entity("openai", "OpenAI", EntityKind::Company),
        entity("oracle", "Oracle", EntityKind::Company, "甲骨文"),
        entity("softbank", "SoftBank Group", EntityKind::Investor, "软银集团"),
        entity("stargate", "Stargate LLC", EntityKind::JointVenture),
        entity("abilene", "Abilene, Texas", EntityKind::Site),
        entity("nvidia", "Nvidia", EntityKind::Company),
        entity("mgx", "MGX", EntityKind::Investor), // takes part in no deal
    };
    std::vector<Deal> deals;
    deals.push_back(deal("openai-oracle-300b", DealKind::CloudContract,
                         {flow("openai", "oracle", FlowType::Money, {usd(300e9, Qualifier::About)}),
                          flow("oracle", "openai", FlowType::Compute, {gigawatts(4.5)})},
                         Status::Signed, "2025-09"));
    deals.push_back(deal("softbank-stargate", DealKind::JointVenture,
                         {flow("softbank", "stargate", FlowType::Money, {usd(19e9)})},
                         Status::Announced, "2025-01-21"));
    deals.push_back(deal(
        "nvidia-openai", DealKind::EquityInvestment,
        {flow("nvidia", "openai", FlowType::Money, {usd(100e9, Qualifier::UpTo), gigawatts(10)})},
        Status::Rumoured, "2025-09-22"));
    deals.push_back(deal("oracle-abilene", DealKind::Lease,
                         {flow("oracle", "abilene", FlowType::Services)}, Status::Active,
                         "2025-06"));
    // A second, parallel money flow between the same two entities.
    deals.push_back(deal("openai-oracle-30b", DealKind::CloudContract,
                         {flow("openai", "oracle", FlowType::Money, {usd(30e9)})}, Status::OnHold,
                         "2025-07"));
    deals.push_back(deal("nvidia-stargate-old", DealKind::ChipSupply,
                         {flow("nvidia", "stargate", FlowType::Chips)}, Status::Abandoned,
                         "2024-05"));
    return Model("Graph test model", std::move(entities), {}, std::move(deals));
}

inline std::size_t flowCount(const Model& model) {
    std::size_t count = 0;
    for (const Deal& d : model.deals())
        count += d.flows.size();
    return count;
}

} // namespace dealgraph::graphtest
