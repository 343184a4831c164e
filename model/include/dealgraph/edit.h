// Editing a model (docs/editing.md): the edited parts are checked with the loader's own rules,
// typical edits keep references whole (a renamed id is renamed where it is used, what goes with
// a deleted entity goes too), and the difference between two models is kept small enough for
// an undo step to hold. Qt-free: the app's undo commands (app/src/document) are built on this.
#pragma once

#include "dealgraph/load.h"
#include "dealgraph/model.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// ---- Checking ----

// Brings edited parts into the shape a load gives: each deal's history in date order (stable),
// no "max" outside a range, no headline without amounts. Idempotent.
void normalize(ModelParts& parts);

// Every error the loader would report for these parts, each with the JSON pointer of its place
// in them ("/deals/3/flows/0/to": flow 0 of parts.deals[3]); no line or column, since there is
// no file. Empty when the parts make a valid model. Checks the parts as they are: normalize
// first to check what an edit would install.
std::vector<Diagnostic> validate(const ModelParts& parts);

// The errors under one object's pointer, with that prefix taken off ("/flows/0/to" for
// "/deals/3/flows/0/to" under "/deals/3"); the object's own errors get "". For a form that
// shows each error beside its field.
std::vector<Diagnostic> errorsUnder(const std::vector<Diagnostic>& errors,
                                    std::string_view pointer);

// "/entities/4", "/sources/0", "/deals/12", "/stories/1".
std::string entityPointer(std::size_t index);
std::string sourcePointer(std::size_t index);
std::string dealPointer(std::size_t index);
std::string storyPointer(std::size_t index);

// ---- Typical edits: each returns the whole edited parts, not yet normalized or checked ----

// Replaces the entity `id` (the same place in the list). When the new entity has another id,
// every reference to the old one follows it (flows, headlines' "at", stories' focus and
// highlights). Story steps that collapse a group no entity has any more stop collapsing it.
ModelParts withEntityReplaced(const Model& model, std::string_view id, Entity entity);
ModelParts withEntityAdded(const Model& model, Entity entity); // appended
// Removes the entity and the deals it takes part in (whatGoesWithEntity), and every story
// reference to what went (a focus on it is dropped, highlights forget it).
ModelParts withoutEntity(const Model& model, std::string_view id);

// A renamed source id is renamed in the deals and status steps that cite it.
ModelParts withSourceReplaced(const Model& model, std::string_view id, Source source);
ModelParts withSourceAdded(const Model& model, Source source);
// Removes the source and every citation of it.
ModelParts withoutSource(const Model& model, std::string_view id);

// A renamed deal id is renamed in the stories' highlights.
ModelParts withDealReplaced(const Model& model, std::string_view id, Deal deal);
ModelParts withDealAdded(const Model& model, Deal deal);
// Removes the deal, and it from the stories' highlights.
ModelParts withoutDeal(const Model& model, std::string_view id);

ModelParts withStories(const Model& model, std::vector<Story> stories);
ModelParts withTitle(const Model& model, std::string title, Translations titleTranslations);

// What else a deletion changes, for a confirmation that names it: the deals that go, the
// deals that only lose a citation or a headline's "at", the stories whose steps change.
struct DeletionEffects {
    std::vector<std::string> deletedDeals; // ids
    std::vector<std::string> changedDeals; // ids
    std::vector<std::string> changedStories;
    bool empty() const {
        return deletedDeals.empty() && changedDeals.empty() && changedStories.empty();
    }
};
DeletionEffects whatGoesWithEntity(const Model& model, std::string_view id);
DeletionEffects whatGoesWithSource(const Model& model, std::string_view id);
DeletionEffects whatGoesWithDeal(const Model& model, std::string_view id);

// ---- Differences, for undo steps ----

// The elements of one list that changed: from `at`, `removed` were replaced by `inserted`
// (the run between the longest common head and tail).
template <typename T> struct Splice {
    std::size_t at = 0;
    std::vector<T> removed;
    std::vector<T> inserted;
    bool empty() const { return removed.empty() && inserted.empty(); }
    bool operator==(const Splice&) const = default;
};

// What a model holds besides its lists.
struct ModelHeader {
    std::string title;
    Translations titleTranslations;
    UnknownFields unknown;
    bool operator==(const ModelHeader&) const = default;
};

// The difference between two models' parts: applying it to `before` gives `after` exactly,
// reverting it to `after` gives `before` exactly.
struct ModelDiff {
    std::optional<ModelHeader> headerBefore; // both set when the header changed
    std::optional<ModelHeader> headerAfter;
    Splice<Entity> entities;
    Splice<Source> sources;
    Splice<Deal> deals;
    Splice<Story> stories;
    bool empty() const {
        return !headerAfter && entities.empty() && sources.empty() && deals.empty() &&
               stories.empty();
    }
};

ModelDiff diffParts(const ModelParts& before, const ModelParts& after);
// Turn the diff's `before` into its `after` (apply) or back (revert). Parts that do not hold
// what the diff replaces are left unchanged and false is returned: an undo step never cuts a
// model at the wrong place.
bool applyDiff(ModelParts& parts, const ModelDiff& diff);
bool revertDiff(ModelParts& parts, const ModelDiff& diff);

} // namespace dealgraph
