// Document: edits of the model as undo steps (docs/editing.md). Each edit function builds the
// edited parts with dealgraph/edit.h, checks them with the loader's rules and pushes one
// ModelEditCommand; the command's redo and undo come back through applyModelDiff.
#include "document/document.h"

#include "document/model_edit_command.h"

#include <QUndoStack>

#include <algorithm>

namespace dealgraph::app {

namespace {

Diagnostic noSuch(const char* what, const std::string& id) {
    std::string message = "no ";
    message += what;
    message += " \"";
    message += id;
    message += "\" in the model";
    return Diagnostic{"", 0, 0, std::move(message)};
}

template <typename T>
void addIds(std::vector<std::string>& ids, const std::vector<T>& before,
            const std::vector<T>& after) {
    // Within a changed run some elements may be the same on both sides (a deletion of deals
    // far apart keeps those between): only those that differ are named.
    for (const T& item : before) {
        auto other = std::find_if(after.begin(), after.end(),
                                  [&](const T& candidate) { return candidate.id == item.id; });
        if (other == after.end() || !(*other == item))
            ids.push_back(item.id);
    }
    for (const T& item : after)
        if (std::none_of(before.begin(), before.end(),
                         [&](const T& candidate) { return candidate.id == item.id; }))
            ids.push_back(item.id);
}

} // namespace

std::vector<Diagnostic> Document::edit(ModelParts after, const QString& name,
                                       ModelEdit::Kind kind) {
    normalize(after);
    std::vector<Diagnostic> errors = validate(after);
    if (!errors.empty())
        return errors;
    ModelDiff diff = diffParts(model_.parts(), after);
    if (diff.empty())
        return {};
    ModelEdit change;
    change.kind = kind;
    change.name = name;
    change.headerChanged = diff.headerAfter.has_value();
    addIds(change.entities, diff.entities.removed, diff.entities.inserted);
    addIds(change.sources, diff.sources.removed, diff.sources.inserted);
    addIds(change.deals, diff.deals.removed, diff.deals.inserted);
    addIds(change.stories, diff.stories.removed, diff.stories.inserted);
    const std::uint64_t before = modelState_;
    const std::uint64_t next = ++lastState_;
    // push() runs the command's redo, which installs the edit.
    undoStack_->push(new ModelEditCommand(this, std::move(diff), std::move(change), before, next));
    return {};
}

std::vector<Diagnostic> Document::replaceEntity(const std::string& id, const Entity& entity) {
    const Entity* before = model_.entity(id);
    if (!before)
        return {noSuch("entity", id)};
    return edit(withEntityReplaced(model_, id, entity), edit_names::replaceEntity(*before, entity),
                ModelEdit::Kind::ReplaceEntity);
}

std::vector<Diagnostic> Document::addEntity(const Entity& entity) {
    return edit(withEntityAdded(model_, entity), edit_names::addEntity(entity),
                ModelEdit::Kind::AddEntity);
}

std::vector<Diagnostic> Document::deleteEntity(const std::string& id) {
    const Entity* entity = model_.entity(id);
    if (!entity)
        return {noSuch("entity", id)};
    const auto deals = static_cast<int>(whatGoesWithEntity(model_, id).deletedDeals.size());
    return edit(withoutEntity(model_, id), edit_names::deleteEntity(*entity, deals),
                ModelEdit::Kind::DeleteEntity);
}

std::vector<Diagnostic> Document::replaceSource(const std::string& id, const Source& source) {
    const Source* before = model_.source(id);
    if (!before)
        return {noSuch("source", id)};
    return edit(withSourceReplaced(model_, id, source), edit_names::replaceSource(*before, source),
                ModelEdit::Kind::ReplaceSource);
}

std::vector<Diagnostic> Document::addSource(const Source& source) {
    return edit(withSourceAdded(model_, source), edit_names::addSource(source),
                ModelEdit::Kind::AddSource);
}

std::vector<Diagnostic> Document::deleteSource(const std::string& id) {
    const Source* source = model_.source(id);
    if (!source)
        return {noSuch("source", id)};
    return edit(withoutSource(model_, id), edit_names::deleteSource(*source),
                ModelEdit::Kind::DeleteSource);
}

std::vector<Diagnostic> Document::replaceDeal(const std::string& id, const Deal& deal) {
    const Deal* before = model_.deal(id);
    if (!before)
        return {noSuch("deal", id)};
    return edit(withDealReplaced(model_, id, deal), edit_names::replaceDeal(*before, deal),
                ModelEdit::Kind::ReplaceDeal);
}

std::vector<Diagnostic> Document::addDeal(const Deal& deal) {
    return edit(withDealAdded(model_, deal), edit_names::addDeal(deal), ModelEdit::Kind::AddDeal);
}

std::vector<Diagnostic> Document::deleteDeal(const std::string& id) {
    const Deal* deal = model_.deal(id);
    if (!deal)
        return {noSuch("deal", id)};
    return edit(withoutDeal(model_, id), edit_names::deleteDeal(*deal),
                ModelEdit::Kind::DeleteDeal);
}

std::vector<Diagnostic> Document::replaceStories(std::vector<Story> stories, const QString& name) {
    return edit(withStories(model_, std::move(stories)),
                name.isEmpty() ? edit_names::replaceStories() : name,
                ModelEdit::Kind::ReplaceStories);
}

std::vector<Diagnostic> Document::setTitle(const std::string& title,
                                           const Translations& translations) {
    return edit(withTitle(model_, title, translations), edit_names::setTitle(title),
                ModelEdit::Kind::ChangeTitle);
}

bool Document::applyModelDiff(const ModelDiff& diff, bool forward, ModelEdit edit,
                              std::uint64_t modelState) {
    ModelParts parts = model_.parts();
    if (!(forward ? applyDiff(parts, diff) : revertDiff(parts, diff)))
        return false; // not the model the step was made on (install() clears such steps)
    installEdited(Model(std::move(parts)), edit);
    setModelState(modelState);
    return true;
}

void Document::installEdited(Model model, const ModelEdit& edit) {
    const Selection previous = selection_;
    model_ = std::move(model);
    bool filterChanged = false;
    if (filter_.focus && !model_.entity(filter_.focus->entity)) {
        filter_.focus.reset();
        filterChanged = true;
    }
    view_ = applyFilter(model_, filter_);
    refold(); // drops the names that are no longer groups
    keepValidSelection(previous);
    // The highlight names entities and flows by index, which an edit of either may have moved;
    // an edit of stories, sources or the title leaves them where they were (a step added from
    // the view keeps what the view points out).
    const bool indexesKept = edit.entities.empty() && edit.deals.empty();
    const bool hadHighlight = !highlight_.isEmpty() && !indexesKept;
    if (!indexesKept)
        highlight_ = {};

    emit modelReset();
    emit modelEdited(edit);
    if (filterChanged)
        emit viewChanged();
    if (hadHighlight)
        emit highlightChanged();
    recompare();
    if (previous != selection_ || !selection_.isNone())
        emit selectionChanged(selection_);
    emit historyChanged();
}

void Document::setModelState(std::uint64_t state) {
    const bool wasModified = isModified();
    modelState_ = state;
    afterModelStateChange();
    if (isModified() != wasModified)
        emit modifiedChanged(isModified());
}

bool Document::hasModelEditSteps() const {
    for (int i = 0; i < undoStack_->count(); ++i)
        if (dynamic_cast<const ModelEditCommand*>(undoStack_->command(i)))
            return true;
    return false;
}

} // namespace dealgraph::app
