// Filters written as text, for the command line: "flow=money,compute", "kind=cloud-contract",
// "status=active", "entity=company,site", "min=usd:1e9", and "ID[:STEPS]" for a focus.
#pragma once

#include "dealgraph/query.h"

#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// Adds one KEY=VALUE[,VALUE...] clause to `filter`. On a bad clause returns false and says why
// in `error` (naming the accepted keys or values).
bool addFilterClause(std::string_view clause, Filter& filter, std::string* error);

// The clauses that addFilterClause reads back into the filter's flow types, deal kinds,
// statuses, entity kinds and minimum amount (its date and focus are not clauses), one per key
// in the order flow, kind, status, entity, min: what a story step keeps of a view.
std::vector<std::string> filterClauses(const Filter& filter);

// "openai" or "openai:2" (steps 0 to 10).
bool parseFocus(std::string_view text, Focus& focus, std::string* error);

} // namespace dealgraph
