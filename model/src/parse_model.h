// Turns a JSON DOM into a Model, checking everything the format promises (docs/format.md).
#pragma once

#include "dealgraph/load.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace dealgraph::detail {

// Returns the model when no error was found; otherwise appends every error to `errors`.
std::optional<Model> parseModel(const nlohmann::json& root, std::vector<Diagnostic>& errors);

} // namespace dealgraph::detail
