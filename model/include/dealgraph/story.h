// What a story step shows, as the queries take it: the step's date, filter clauses and focus
// as one Filter. The format's stories are in model.h; docs/format.md describes them.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

namespace dealgraph {

// The filter of a step's view: asOf, every clause of `filters` (as --filter reads them) and
// the focus. Clauses the loader would refuse are skipped.
Filter stepFilter(const StoryStep& step);

// The deals a step shows (model indexes, sorted): what its caption may speak of.
std::vector<std::size_t> dealsShownBy(const Model& model, const StoryStep& step);

} // namespace dealgraph
