#include "document/story_view.h"

#include "document/model_text.h"

#include "dealgraph/story.h"

#include <algorithm>

namespace dealgraph::app {

Highlight stepHighlight(const Model& model, const View& view, const StoryStep& step,
                        const QString& title) {
    Highlight highlight;
    highlight.title = title;
    for (const std::string& id : step.highlight.entities)
        if (const auto index = model.entityIndex(id); index && view.containsEntity(*index))
            highlight.entities.insert(*index);
    for (const std::string& id : step.highlight.deals) {
        const auto deal = model.dealIndex(id);
        if (!deal)
            continue;
        // A deal's parties are lit with it: a lit curve between two dimmed boxes reads as a
        // curve about nothing.
        const auto first =
            std::lower_bound(view.flows.begin(), view.flows.end(), FlowRef{*deal, 0});
        for (auto ref = first; ref != view.flows.end() && ref->deal == *deal; ++ref) {
            highlight.flows.insert(*ref);
            const Flow& flow = model.deals()[*deal].flows[ref->flow];
            for (const std::string* end : {&flow.from, &flow.to})
                if (const auto index = model.entityIndex(*end))
                    highlight.entities.insert(*index);
        }
    }
    return highlight;
}

void showStoryStep(Document& document, const StoryStep& step) {
    document.setFilter(stepFilter(step));
    document.setCompareFrom(step.compareFrom);
    document.setCollapsedGroups({step.collapsedGroups.begin(), step.collapsedGroups.end()});
    document.setHighlight(stepHighlight(document.model(), document.view(), step, titleOf(step)));
}

QString titleOf(const Story& story) {
    return localized(story.translations, "title", story.title);
}

QString titleOf(const StoryStep& step) {
    return localized(step.translations, "title", step.title);
}

QString captionOf(const StoryStep& step) {
    return localized(step.translations, "caption", step.caption);
}

DocumentViewKept::DocumentViewKept(Document& document)
    : document_(document), filter_(document.filter()), compareFrom_(document.compareFrom()),
      collapsedGroups_(document.collapsedGroups()), highlight_(document.highlight()) {}

DocumentViewKept::~DocumentViewKept() {
    document_.setFilter(filter_);
    document_.setCompareFrom(compareFrom_);
    document_.setCollapsedGroups(collapsedGroups_);
    document_.setHighlight(highlight_);
}

} // namespace dealgraph::app
