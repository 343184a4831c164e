#include "dealgraph/filter_spec.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace dealgraph {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

template <typename E, typename All, typename Parse>
bool addValues(std::string_view values, std::set<E>& out, const All& all, Parse parse,
               const char* what, std::string* error) {
    for (auto value : split(values, ',')) {
        auto parsed = parse(value);
        if (!parsed) {
            std::string names;
            for (auto v : all)
                names += (names.empty() ? "" : ", ") + std::string(toString(v));
            *error = "unknown " + std::string(what) + " \"" + std::string(value) + "\"; expected " +
                     names;
            return false;
        }
        out.insert(*parsed);
    }
    return true;
}

// "1e9", "300000000000"; a number in base units, finite and not negative.
bool parseNumber(std::string_view text, double& value) {
    const std::string copy(text);
    char* end = nullptr;
    value = std::strtod(copy.c_str(), &end);
    return !copy.empty() && end == copy.c_str() + copy.size() && std::isfinite(value) && value >= 0;
}

} // namespace

bool addFilterClause(std::string_view clause, Filter& filter, std::string* error) {
    std::string ignored;
    error = error ? error : &ignored;
    const std::size_t equals = clause.find('=');
    if (equals == std::string_view::npos || equals + 1 >= clause.size()) {
        *error = "expected KEY=VALUE in \"" + std::string(clause) +
                 "\"; keys: flow, kind, status, entity, min";
        return false;
    }
    const std::string_view key = clause.substr(0, equals);
    const std::string_view values = clause.substr(equals + 1);
    if (key == "flow")
        return addValues(values, filter.flowTypes, kAllFlowTypes, flowTypeFromString, "flow type",
                         error);
    if (key == "kind")
        return addValues(values, filter.dealKinds, kAllDealKinds, dealKindFromString, "deal kind",
                         error);
    if (key == "status")
        return addValues(values, filter.statuses, kAllStatuses, statusFromString, "status", error);
    if (key == "entity")
        return addValues(values, filter.entityKinds, kAllEntityKinds, entityKindFromString,
                         "entity kind", error);
    if (key == "min") {
        const std::size_t colon = values.find(':');
        const auto unit = colon == std::string_view::npos ? std::nullopt
                                                          : unitFromString(values.substr(0, colon));
        double value = 0;
        if (!unit || !parseNumber(values.substr(colon + 1), value)) {
            *error = "expected min=UNIT:AMOUNT in base units, e.g. min=usd:1e9 or min=gw:1; "
                     "units: usd, gw, gpus, chips, percent";
            return false;
        }
        filter.minAmount = Amount{*unit, Qualifier::AtLeast, value, 0, {}};
        return true;
    }
    *error =
        "unknown filter key \"" + std::string(key) + "\"; keys: flow, kind, status, entity, min";
    return false;
}

namespace {
template <typename E>
void addClause(std::vector<std::string>& out, const char* key, const std::set<E>& values) {
    if (values.empty())
        return;
    std::string clause = key;
    clause += '=';
    for (auto value : values) {
        if (clause.back() != '=')
            clause += ',';
        clause += toString(value);
    }
    out.push_back(std::move(clause));
}
} // namespace

std::vector<std::string> filterClauses(const Filter& filter) {
    std::vector<std::string> out;
    addClause(out, "flow", filter.flowTypes);
    addClause(out, "kind", filter.dealKinds);
    addClause(out, "status", filter.statuses);
    addClause(out, "entity", filter.entityKinds);
    if (filter.minAmount) {
        // The shortest of %.15g and %.17g that reads back exactly: "0.1", not
        // "0.10000000000000001"; strtod takes the "1e+20" either may write.
        const double value = filter.minAmount->value;
        char number[32];
        std::snprintf(number, sizeof number, "%.15g", value);
        if (std::strtod(number, nullptr) != value)
            std::snprintf(number, sizeof number, "%.17g", value);
        std::string clause = "min=";
        clause += toString(filter.minAmount->unit);
        clause += ':';
        clause += number;
        out.push_back(std::move(clause));
    }
    return out;
}

bool parseFocus(std::string_view text, Focus& focus, std::string* error) {
    // Ids may contain ':' themselves, so only an all-digit suffix is a step count.
    std::string_view id = text;
    int steps = 1;
    const std::size_t colon = text.rfind(':');
    if (colon != std::string_view::npos && colon + 1 < text.size()) {
        const std::string_view number = text.substr(colon + 1);
        if (number.find_first_not_of("0123456789") == std::string_view::npos) {
            std::from_chars(number.data(), number.data() + number.size(), steps);
            if (number.size() > 2 || steps > 10) {
                if (error)
                    *error = "focus steps must be from 0 to 10, not " + std::string(number);
                return false;
            }
            id = text.substr(0, colon);
        }
    }
    if (id.empty()) {
        if (error)
            *error = "expected ID or ID:STEPS for the focus";
        return false;
    }
    focus = Focus{std::string(id), steps};
    return true;
}

} // namespace dealgraph
