#include "parse_messages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

namespace dealgraph::detail {

std::string typeName(const nlohmann::json& value) {
    using nlohmann::json;
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "a number";
    case json::value_t::string:
        return "a string";
    case json::value_t::array:
        return "an array";
    case json::value_t::object:
        return "an object";
    default:
        return "an unsupported value";
    }
}

std::string quote(std::string_view text) {
    // Long or multi-line values would make the message unreadable; a prefix identifies them.
    std::string out = "\"";
    for (char c : text.substr(0, 60))
        out += (c == '\n' || c == '\r') ? ' ' : c;
    if (text.size() > 60)
        out += "...";
    return out + "\"";
}

// 120 rather than nlohmann's "120.0": messages quote numbers as people wrote them.
std::string plain(double value) {
    char buffer[32];
    if (std::floor(value) == value && std::fabs(value) < 1e15)
        std::snprintf(buffer, sizeof buffer, "%.0f", value);
    else
        std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

bool isValidId(std::string_view id) {
    if (id.empty() || id.size() > 200 || !std::isalnum(static_cast<unsigned char>(id[0])))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == ':' ||
               c == '-';
    });
}

} // namespace dealgraph::detail
