#include "dealgraph/bundles.h"

#include <cmath>
#include <limits>
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

        const auto status = ref.deal < view.status.size() ? view.status[ref.deal] : std::nullopt;
        bool summed = false;
        if (status && countsTowardsTotals(*status)) {
            for (const Amount& amount : flow.amounts) {
                if (amount.unit == Unit::Percent)
                    continue;
                Total& total = bundle.total[amount.unit];
                total.out += amount.nominal();
                if (std::isinf(total.out)) {
                    total.out = std::numeric_limits<double>::max();
                    total.approximate = true;
                }
                ++total.outFlows;
                if (amount.qualifier != Qualifier::Exact)
                    total.approximate = true;
                summed = true;
            }
        }
        if (!summed)
            ++bundle.uncounted;
    }
    std::vector<FlowBundle> bundles;
    bundles.reserve(groups.size());
    for (auto& [key, bundle] : groups)
        bundles.push_back(std::move(bundle));
    return bundles;
}

} // namespace dealgraph
