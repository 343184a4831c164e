// Parses JSON text into a DOM while enforcing what plain nlohmann::json::parse does not:
// duplicate keys are errors (they would silently lose data), nesting and string length are
// bounded. Syntax errors carry line and column; the others carry the JSON pointer.
#pragma once

#include "dealgraph/load.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::detail {

struct JsonReadResult {
    nlohmann::json value; // meaningful only when errors is empty
    std::vector<Diagnostic> errors;
};

JsonReadResult readJson(std::string_view text);

// "/deals/3/title": appends a member name to a JSON pointer, escaping '~' and '/'.
std::string pointerAppend(const std::string& pointer, std::string_view key);
std::string pointerAppend(const std::string& pointer, std::size_t index);

// 1-based line and column (in code points) of a byte offset.
void lineAndColumn(std::string_view text, std::size_t offset, int& line, int& column);

} // namespace dealgraph::detail

namespace dealgraph::detail {

// The byte offset where the value at a JSON pointer starts in `text`, found by scanning the
// text (the DOM keeps no positions). nullopt when the pointer does not lead anywhere.
std::optional<std::size_t> locatePointer(std::string_view text, std::string_view pointer);

} // namespace dealgraph::detail
