// The loader's words for what it found: JSON type names, quoted values, lists, numbers as
// people write them, and the id rule. Shared by the parser's parts (parse_model.cpp).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace dealgraph::detail {

// "a string", "an array", "null"…
std::string typeName(const nlohmann::json& value);
// A value in quotes, cut to 60 characters and one line.
std::string quote(std::string_view text);
// "a, b, c".
template <typename Range> std::string listOf(const Range& names) {
    std::string out;
    for (auto name : names) {
        if (!out.empty())
            out += ", ";
        out += name;
    }
    return out;
}
// 120 rather than nlohmann's "120.0": messages quote numbers as people wrote them.
std::string plain(double value);
// 1 to 200 of A-Z a-z 0-9 . _ : - starting with a letter or digit.
bool isValidId(std::string_view id);

} // namespace dealgraph::detail
