// The lossless part of saving: a model's freshly written JSON merged with the text it was loaded
// from, keeping what the model does not hold. See keepOriginalForm.
#pragma once

#include "json_tree.h"

namespace dealgraph::detail {

// `fresh` (the model as written now), with from `original` (the file as it was read or last
// saved) what would otherwise change without a change of the model:
// - the order of an object's members; members new in `fresh` go after the member that comes
//   before them in the documented order;
// - the text of each number whose value is unchanged ("4.50", "1e9");
// - members the file wrote with a value that means the same as leaving them out ("qualifier":
//   "exact", "note": "", "aliases": []), and leaves out "depth": 1 where the file did.
// Lists of objects with ids (entities, sources, deals, stories) are matched by id, other lists
// by position. Never changes a value: the result reads as the same model as `fresh`.
JsonNode keepOriginalForm(const JsonNode& original, JsonNode fresh);

} // namespace dealgraph::detail
