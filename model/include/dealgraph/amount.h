// Amounts are plain numbers in base units (300000000000 for $300B, 10 for 10 GW,
// 300000 for 300k GPUs, 20 for 20%) with a qualifier saying how exact they are.
#pragma once

#include "dealgraph/kinds.h"

#include <string>

namespace dealgraph {

struct Amount {
    Unit unit = Unit::Usd;
    Qualifier qualifier = Qualifier::Exact;
    double value = 0;    // for a range, its lower end
    double max = 0;      // the upper end of a range; unused otherwise
    std::string unknown; // JSON members this version does not know (see UnknownFields)

    // The number used for totals and widths: the value, or a range's midpoint.
    // Halves before adding: (value + max) / 2 overflows to inf for a range near 1e308.
    double nominal() const { return qualifier == Qualifier::Range ? value / 2 + max / 2 : value; }
    bool operator==(const Amount&) const = default;
};

// "$300B", "up to $100B", "about 10 GW", "300k GPUs", "20%", "$4B–5B".
std::string humanize(const Amount& amount);
// Only the number with its unit: "$300B", "10 GW", "4M–5M GPUs".
std::string humanizeValue(Unit unit, double value);

} // namespace dealgraph
