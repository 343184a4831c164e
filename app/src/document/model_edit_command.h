// The undo step of an edit of the model (docs/editing.md). It keeps only the difference
// (dealgraph/edit.h: the runs of each list that changed), so a long history of small edits of a
// large model stays small; undo and redo give back the models before and after exactly. The
// kind of edit (ModelEdit::Kind) and the name it shows come from Document's edit functions,
// which check the edit before a step is made.
#pragma once

#include "document/document.h"

#include "dealgraph/edit.h"

#include <QUndoCommand>

#include <cstdint>

namespace dealgraph::app {

class ModelEditCommand : public QUndoCommand {
public:
    // `edit` names the step and says what it changes; the states are the Document's numbers
    // for the model before and after (Document::isModified compares them with the saved one).
    ModelEditCommand(Document* document, ModelDiff diff, ModelEdit edit, std::uint64_t stateBefore,
                     std::uint64_t stateAfter);
    void undo() override;
    void redo() override;

    const ModelDiff& diff() const { return diff_; }
    ModelEdit::Kind kind() const { return edit_.kind; }

private:
    Document* document_;
    ModelDiff diff_;
    ModelEdit edit_;
    std::uint64_t stateBefore_;
    std::uint64_t stateAfter_;
};

// The names of the steps, as the Edit menu and the undo history show them.
namespace edit_names {
QString replaceEntity(const Entity& before, const Entity& after);
QString addEntity(const Entity& entity);
QString deleteEntity(const Entity& entity, int dealsDeleted);
QString replaceSource(const Source& before, const Source& after);
QString addSource(const Source& source);
QString deleteSource(const Source& source);
// "Change status of 'Stargate joint venture' to abandoned", "Add a flow to 'X'", ...
QString replaceDeal(const Deal& before, const Deal& after);
QString addDeal(const Deal& deal);
QString deleteDeal(const Deal& deal);
QString replaceStories();
QString setTitle(const std::string& title);
} // namespace edit_names

} // namespace dealgraph::app
