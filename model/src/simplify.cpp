#include "dealgraph/simplify.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_set>

namespace dealgraph {

Model subsetModel(const Model& model, const View& view) {
    std::vector<Entity> entities;
    entities.reserve(view.entities.size());
    for (std::size_t e : view.entities)
        entities.push_back(model.entities()[e]);

    std::map<std::size_t, std::vector<std::size_t>> flowsOf; // deal -> shown flow indexes
    for (const FlowRef& ref : view.flows)
        flowsOf[ref.deal].push_back(ref.flow);
    std::vector<Deal> deals;
    std::set<std::string> cited;
    for (std::size_t d : view.deals) {
        Deal deal = model.deals()[d];
        std::vector<Flow> flows;
        if (const auto it = flowsOf.find(d); it != flowsOf.end())
            for (std::size_t f : it->second)
                flows.push_back(deal.flows[f]);
        deal.flows = std::move(flows);
        if (const auto at = model.entityIndex(deal.headline.at); at && !view.containsEntity(*at))
            deal.headline.at.clear(); // drawn on the deal's flows instead
        cited.insert(deal.sources.begin(), deal.sources.end());
        for (const StatusStep& step : deal.history)
            cited.insert(step.sources.begin(), step.sources.end());
        deals.push_back(std::move(deal));
    }
    std::vector<Source> sources;
    for (const Source& source : model.sources())
        if (cited.contains(source.id))
            sources.push_back(source);
    return Model(model.title(), std::move(entities), std::move(sources), std::move(deals),
                 model.unknown(), model.titleTranslations());
}

Model modelAsShown(const Model& model, const View& view, const std::optional<Date>& asOf) {
    Model shown = subsetModel(model, view);
    if (!asOf)
        return shown;
    std::vector<Deal> deals = shown.deals();
    for (Deal& deal : deals)
        std::erase_if(deal.history, [&](const StatusStep& step) {
            return step.date.lastDay() > asOf->lastDay();
        });
    // A deal in the view is on record by then, so it keeps at least one step; a source cited
    // only by a step left out stays listed (harmless, and the deal's own sources still cite it).
    return Model(shown.title(), shown.entities(), shown.sources(), std::move(deals),
                 shown.unknown(), shown.titleTranslations());
}

Model foldEntities(const Model& model, const std::vector<std::string>& members, Entity into,
                   FoldedFlows folding) {
    const std::unordered_set<std::string> folded(members.begin(), members.end());
    std::vector<Entity> entities;
    for (const Entity& entity : model.entities())
        if (!folded.contains(entity.id))
            entities.push_back(entity);
    const std::string target = into.id;
    entities.push_back(std::move(into));

    std::vector<Deal> deals;
    std::set<std::tuple<std::string, std::string, FlowType>> drawn; // OnePerPartner
    for (Deal deal : model.deals()) {
        std::vector<Flow> flows;
        for (Flow flow : deal.flows) {
            const bool fromFolded = folded.contains(flow.from);
            const bool toFolded = folded.contains(flow.to);
            if (fromFolded && toFolded && folding != FoldedFlows::InPlace)
                continue; // inside the fold: nothing to draw between a box and itself
            if (fromFolded)
                flow.from = target;
            if (toFolded)
                flow.to = target;
            if ((fromFolded || toFolded) && folding == FoldedFlows::OnePerPartner) {
                if (!drawn.emplace(flow.from, flow.to, flow.type).second)
                    continue;
                flow.amounts.clear();
            }
            flows.push_back(std::move(flow));
        }
        if (flows.empty() && !deal.flows.empty() && folding != FoldedFlows::InPlace)
            continue;
        if (folded.contains(deal.headline.at))
            deal.headline.at = target; // Stargate's $500B goes with it into its group's box
        deal.flows = std::move(flows);
        deals.push_back(std::move(deal));
    }
    return Model(model.title(), std::move(entities), model.sources(), std::move(deals),
                 model.unknown(), model.titleTranslations());
}

Model withoutUnpricedFlows(const Model& model, const std::set<FlowType>& types, int* removed,
                           const std::set<std::string>& keep) {
    int count = 0;
    std::vector<Deal> deals;
    for (Deal deal : model.deals()) {
        if (keep.contains(deal.id)) {
            deals.push_back(std::move(deal));
            continue;
        }
        const std::size_t before = deal.flows.size();
        std::erase_if(deal.flows, [&](const Flow& flow) {
            return flow.amounts.empty() && types.contains(flow.type);
        });
        count += static_cast<int>(before - deal.flows.size());
        if (deal.flows.empty() && before > 0)
            continue;
        deals.push_back(std::move(deal));
    }
    if (removed)
        *removed = count;
    return Model(model.title(), model.entities(), model.sources(), std::move(deals),
                 model.unknown(), model.titleTranslations());
}

std::vector<EntityGroup> entityGroups(const Model& model) {
    std::vector<EntityGroup> groups;
    std::map<std::string, std::size_t> index;
    for (const Entity& entity : model.entities()) {
        if (entity.group.empty())
            continue;
        auto [it, added] = index.try_emplace(entity.group, groups.size());
        if (added)
            groups.push_back({entity.group, {}});
        groups[it->second].members.push_back(entity.id);
    }
    std::erase_if(groups, [](const EntityGroup& group) { return group.members.size() < 2; });
    return groups;
}

std::string unusedEntityId(const Model& model, const std::string& base) {
    if (!model.entity(base))
        return base;
    for (int n = 2;; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (!model.entity(id))
            return id;
    }
}

std::vector<std::string> entitiesByWeight(const Model& model, const View& view) {
    struct Weight {
        double usd = 0;
        double gigawatts = 0;
        int flows = 0;
    };
    std::map<std::size_t, Weight> weights;
    for (std::size_t e : view.entities)
        weights[e];
    for (const FlowRef& ref : view.flows) {
        const Deal& deal = model.deals()[ref.deal];
        const Flow& flow = deal.flows[ref.flow];
        const auto status = ref.deal < view.status.size() ? view.status[ref.deal] : std::nullopt;
        const bool counts = status && countsTowardsTotals(*status);
        for (const std::string* end : {&flow.from, &flow.to}) {
            const auto index = model.entityIndex(*end);
            if (!index || !weights.contains(*index))
                continue;
            Weight& weight = weights[*index];
            ++weight.flows;
            if (!counts)
                continue;
            for (const Amount& amount : flow.amounts) {
                const double value =
                    amount.qualifier == Qualifier::Range ? amount.max : amount.value;
                if (amount.unit == Unit::Usd)
                    weight.usd += value;
                else if (amount.unit == Unit::Gigawatts)
                    weight.gigawatts += value;
            }
        }
    }
    std::vector<std::size_t> order;
    for (const auto& [e, weight] : weights)
        order.push_back(e);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Weight& x = weights[a];
        const Weight& y = weights[b];
        return std::tie(x.usd, x.gigawatts, x.flows) < std::tie(y.usd, y.gigawatts, y.flows);
    });
    std::vector<std::string> ids;
    ids.reserve(order.size());
    for (std::size_t e : order)
        ids.push_back(model.entities()[e].id);
    return ids;
}

} // namespace dealgraph
