// A JSON tree that keeps what a DOM forgets and a lossless save needs: the order of an
// object's members and the text each number was written with ("4.50", "1e9"). Read from text
// with nlohmann's SAX parser, written the way the bundled dataset is (Python's
// json.dumps(indent=2, ensure_ascii=False)): two-space indent, one member or element a line.
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dealgraph::detail {

struct JsonNode {
    enum class Kind { Null, Boolean, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    std::string text; // a string's value, or a number as written
    std::vector<JsonNode> items;
    std::vector<std::pair<std::string, JsonNode>> members;

    const JsonNode* member(std::string_view key) const;
    bool operator==(const JsonNode&) const = default;
};

// nullopt when the text is not JSON or nests deeper than the loader allows.
std::optional<JsonNode> parseJsonTree(std::string_view text);

// From a DOM built in code: numbers written as integers when whole, else as the shortest
// text that reads back as the same double.
JsonNode toJsonTree(const nlohmann::ordered_json& value);

// Two-space indented text, with a final line break.
std::string writeJsonTree(const JsonNode& node);

// The number a number node was written as, exactly as a reader takes it (nullopt: not one).
std::optional<double> numberValue(const JsonNode& node);

} // namespace dealgraph::detail
