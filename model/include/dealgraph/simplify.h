// Smaller models for a picture that must fit its frame at a readable type size: what a view
// shows, groups collapsed into one entity, the least weighty entities folded into "Others".
// Each returns a new, valid model; the input is not changed.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace dealgraph {

// The entities and deals a view shows, each deal with only its shown flows (in their order),
// and the sources those deals cite. Everything else of each kept record is kept as it is.
Model subsetModel(const Model& model, const View& view);
// What a view shows as a model of its own, to share a subset: subsetModel, and with a date
// each deal's history as it stood then (steps that count after `asOf` left out, as statusAsOf
// counts them), so the file says what the slide of that date said.
Model modelAsShown(const Model& model, const View& view, const std::optional<Date>& asOf);

// What becomes of the flows between the fold and the rest.
enum class FoldedFlows {
    Keep,          // every flow, amounts and all (a collapsed group: a handful of deals)
    OnePerPartner, // one flow per partner, direction and type, without amounts: "Others" of a
                   // big model would otherwise carry hundreds of parallel labelled curves, and
                   // one member's amount on the aggregate would misstate it
    InPlace,       // every deal and flow kept at its index, so a view of the input model still
                   // names the right flows (the window's collapsed groups); a flow between two
                   // members runs from `into` to itself, which a picture leaves out
};

// Replaces `members` by `into` (appended after the remaining entities): flows from or to a
// member now run from or to it; flows between two members vanish, and so do deals left with
// no flow (except InPlace). Ids in `members` that the model lacks are ignored. `into.id` must not
// be the id of an entity that stays.
Model foldEntities(const Model& model, const std::vector<std::string>& members, Entity into,
                   FoldedFlows flows = FoldedFlows::Keep);

// Leaves out the flows of `types` that carry no amount (services and rights, at the overview
// level: they draw lines that say little and crowd the ones with money on them), and the deals
// left with no flow. Entities stay. `removed` (optional) counts the flows left out. The deals
// of `keep` (ids: what a story step points out, which its caption speaks of) keep every flow.
Model withoutUnpricedFlows(const Model& model, const std::set<FlowType>& types,
                           int* removed = nullptr, const std::set<std::string>& keep = {});

struct EntityGroup {
    std::string name;                 // Entity::group
    std::vector<std::string> members; // entity ids, in model order
};
// The model's groups with at least two members, in the order of their first member.
std::vector<EntityGroup> entityGroups(const Model& model);

// An id for a new entity, `base` or `base-2`, `base-3`... whichever the model does not use.
std::string unusedEntityId(const Model& model, const std::string& base);

// Entity ids ordered from the least to the most weighty in the view: first by the US dollars
// of standing deals flowing in and out (upper ends of ranges, "up to" at its bound), then by
// gigawatts of compute, then by the number of flows; ties keep model order. Only entities the
// view shows.
std::vector<std::string> entitiesByWeight(const Model& model, const View& view);

} // namespace dealgraph
