// Filters written as text, for the command line: "flow=money,compute", "kind=cloud-contract",
// "status=active", "entity=company,site", "min=usd:1e9", and "ID[:STEPS]" for a focus.
#pragma once

#include "dealgraph/query.h"

#include <string>
#include <string_view>

namespace dealgraph {

// Adds one KEY=VALUE[,VALUE...] clause to `filter`. On a bad clause returns false and says why
// in `error` (naming the accepted keys or values).
bool addFilterClause(std::string_view clause, Filter& filter, std::string* error);

// "openai" or "openai:2" (steps 0 to 10).
bool parseFocus(std::string_view text, Focus& focus, std::string* error);

} // namespace dealgraph
