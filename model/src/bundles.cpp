#include "dealgraph/bundles.h"

#include <algorithm>
#include <tuple>

namespace dealgraph {

std::vector<FlowBundle> bundleFlows(const Model& model, const View& view) {
    std::map<std::tuple<std::size_t, std::size_t, FlowType>, FlowBundle> groups;
    for (const FlowRef& ref : view.flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        const auto from = model.entityIndex(flow.from);
        const auto to = model.entityIndex(flow.to);
        if (!from || !to)
            continue;
        FlowBundle& bundle = groups[{*from, *to, flow.type}];
        bundle.from = *from;
        bundle.to = *to;
        bundle.type = flow.type;
        bundle.flows.push_back(ref);
    }

    std::vector<FlowBundle> bundles;
    bundles.reserve(groups.size());
    for (auto& [key, bundle] : groups) {
        // Two passes: a member without an amount in a unit only matters once some other member
        // brought that unit in ("at least $13B" when one of two deals gives no figure).
        std::vector<const Flow*> standing;
        for (const FlowRef& ref : bundle.flows) {
            const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
            const auto status =
                ref.deal < view.status.size() ? view.status[ref.deal] : std::nullopt;
            const bool summable =
                std::any_of(flow.amounts.begin(), flow.amounts.end(),
                            [](const Amount& amount) { return amount.unit != Unit::Percent; });
            if (!status || !countsTowardsTotals(*status) || !summable) {
                ++bundle.uncounted;
                if (status && countsTowardsTotals(*status))
                    standing.push_back(&flow);
                continue;
            }
            standing.push_back(&flow);
            for (const Amount& amount : flow.amounts)
                if (amount.unit != Unit::Percent)
                    bundle.total.try_emplace(amount.unit, amount.unit).first->second.add(amount);
        }
        for (auto& [unit, sum] : bundle.total)
            for (const Flow* flow : standing)
                if (std::none_of(flow->amounts.begin(), flow->amounts.end(),
                                 [unit = unit](const Amount& a) { return a.unit == unit; }))
                    sum.addUnknown();
        bundles.push_back(std::move(bundle));
    }
    return bundles;
}

} // namespace dealgraph
