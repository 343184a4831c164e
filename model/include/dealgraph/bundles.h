// Summed flows: the view's flows grouped by (from, to, flow type), one bundle per group carrying
// the total, so a hub with fifty deals draws a handful of curves instead of fifty.
#pragma once

#include "dealgraph/amount_sum.h"
#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace dealgraph {

struct FlowBundle {
    std::size_t from = 0; // entity indexes
    std::size_t to = 0;
    FlowType type = FlowType::Money;
    std::vector<FlowRef> flows; // members in the view, in view order
    // Per unit, the sum of the standing members' amounts. A standing member without an amount
    // in that unit counts as unknown, so the sum reads "at least" (see AmountSum).
    std::map<Unit, AmountSum> total;
    int uncounted = 0; // members not summed: no amount, or their deal does not stand
};

// Groups the view's flows. Sums follow totalsFor's rules: only deals that stand
// (countsTowardsTotals) with their status as of the view's date, no percentages, saturating at
// the largest double; qualifiers combine as AmountSum says. Bundles are sorted by (from, to, type).
std::vector<FlowBundle> bundleFlows(const Model& model, const View& view);

} // namespace dealgraph
