// A story step shown in a document: its date, filters and focus as the document's filter, its
// comparison, its collapsed groups, and what it points out as the document's highlight. Used by
// the deck export and meant for the window's Stories panel alike, so a step looks the same in
// both.
#pragma once

#include "document/document.h"

#include "dealgraph/model.h"

#include <QString>

#include <optional>
#include <set>
#include <string>

namespace dealgraph::app {

// What a step points out, in `model` as `view` shows it: its highlighted entities, and each
// highlighted deal's shown flows with the entities at their ends. Ids the view does not show
// are left out. `title` names the highlight (the step's title).
Highlight stepHighlight(const Model& model, const View& view, const StoryStep& step,
                        const QString& title);

// Applies the step's view to the document: filter (stepFilter), comparison, collapsed groups
// and highlight.
void showStoryStep(Document& document, const StoryStep& step);

// The document's view as a story step, without title or caption: its date, comparison,
// filter clauses (filterClauses), focus, collapsed groups, and what it points out: its
// highlight, else its selection (an entity, or a deal). showStoryStep gives this view back.
StoryStep stepOfView(const Document& document);
// `step`'s words (title, caption, their translations), layout and unknown members with the
// view of `view`: a step updated to another view.
StoryStep withViewOf(const StoryStep& step, StoryStep view);

// The step's and story's reader text in the interface's language (model_text.h, localized).
QString titleOf(const Story& story);
QString titleOf(const StoryStep& step);
QString captionOf(const StoryStep& step);

// What a document showed before a step replaced it, put back when this goes out of scope: a
// deck exported from the window leaves the window's view as it was.
class DocumentViewKept {
public:
    explicit DocumentViewKept(Document& document);
    ~DocumentViewKept();
    DocumentViewKept(const DocumentViewKept&) = delete;
    DocumentViewKept& operator=(const DocumentViewKept&) = delete;

private:
    Document& document_;
    Filter filter_;
    std::optional<Date> compareFrom_;
    std::set<std::string> collapsedGroups_;
    Highlight highlight_;
};

} // namespace dealgraph::app
