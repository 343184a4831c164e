#include "dealgraph/amount.h"

#include <cmath>
#include <cstdio>
#include <span>

namespace dealgraph {
namespace {

// Numbers past the named scales in scientific notation, without the "+": 1e308, 2.5e20.
std::string scientific(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.3g", value);
    std::string text = buffer;
    if (auto plus = text.find("e+"); plus != std::string::npos)
        text.erase(plus + 1, 1);
    return text;
}

// At or past this, a number is shown in scientific notation rather than as a row of digits.
constexpr double kScientificFrom = 1e6;

// A number with up to three significant digits and no trailing zeros: 6.6, 13, 455, 0.25.
std::string compactNumber(double value) {
    if (!std::isfinite(value))
        return "\u221E"; // a total past the double range (the loader refuses non-finite amounts)
    if (std::fabs(value) >= kScientificFrom)
        return scientific(value);
    char buffer[64];
    if (value >= 100 || value == std::floor(value))
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else if (value >= 10)
        std::snprintf(buffer, sizeof buffer, "%.1f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string text = buffer;
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text;
}

// Scales to a suffix so that people read "$300B" and "300k GPUs", not digits to count.
std::string scaled(double value, bool dollars) {
    struct Scale {
        double factor;
        const char* suffix;
    };
    static constexpr Scale kDollarScales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    static constexpr Scale kCountScales[] = {{1e9, "B"}, {1e6, "M"}, {1e3, "k"}};
    const auto scales =
        dollars ? std::span<const Scale>(kDollarScales) : std::span<const Scale>(kCountScales);
    if (!std::isfinite(value))
        return compactNumber(value); // no suffix on infinity
    for (const auto& scale : scales) {
        if (std::fabs(value) >= scale.factor) {
            // A million of the largest suffix ("$1000000T") reads better as 1e18.
            if (std::fabs(value / scale.factor) >= kScientificFrom)
                return scientific(value);
            return compactNumber(value / scale.factor) + scale.suffix;
        }
    }
    return compactNumber(value);
}

struct Parts {
    std::string prefix; // "$"
    std::string suffix; // " GW", " GPUs", "%"
};

Parts partsFor(Unit unit, double value) {
    switch (unit) {
    case Unit::Usd:
        return {"$", ""};
    case Unit::Gigawatts:
        return {"", " GW"};
    case Unit::Gpus:
        return {"", value == 1 ? " GPU" : " GPUs"};
    case Unit::Chips:
        return {"", value == 1 ? " chip" : " chips"};
    case Unit::Percent:
        return {"", "%"};
    }
    return {};
}

std::string numberFor(Unit unit, double value) {
    switch (unit) {
    case Unit::Usd:
        return scaled(value, true);
    case Unit::Gpus:
    case Unit::Chips:
        return scaled(value, false);
    case Unit::Gigawatts:
    case Unit::Percent:
        break;
    }
    return compactNumber(value);
}

} // namespace

std::string humanizeValue(Unit unit, double value) {
    const Parts parts = partsFor(unit, value);
    return parts.prefix + numberFor(unit, value) + parts.suffix;
}

std::string humanize(const Amount& amount) {
    switch (amount.qualifier) {
    case Qualifier::Exact:
        return humanizeValue(amount.unit, amount.value);
    case Qualifier::About:
        return "about " + humanizeValue(amount.unit, amount.value);
    case Qualifier::UpTo:
        return "up to " + humanizeValue(amount.unit, amount.value);
    case Qualifier::AtLeast:
        return "at least " + humanizeValue(amount.unit, amount.value);
    case Qualifier::Range: {
        const Parts parts = partsFor(amount.unit, amount.max);
        return parts.prefix + numberFor(amount.unit, amount.value) + "\u2013" +
               numberFor(amount.unit, amount.max) + parts.suffix;
    }
    }
    return humanizeValue(amount.unit, amount.value);
}

} // namespace dealgraph
