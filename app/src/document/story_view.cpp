#include "document/story_view.h"

#include "document/model_text.h"

#include "dealgraph/filter_spec.h"
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

StoryStep stepOfView(const Document& document) {
    const Model& model = document.model();
    const Filter& filter = document.filter();
    StoryStep step;
    step.asOf = filter.asOf;
    step.compareFrom = document.compareFrom();
    step.filters = filterClauses(filter);
    if (filter.focus)
        step.focus = StoryFocus{
            filter.focus->entity, filter.focus->steps, filter.focus->includeDealsAmong, {}};
    step.collapsedGroups.assign(document.collapsedGroups().begin(),
                                document.collapsedGroups().end());
    const Highlight& highlight = document.highlight();
    if (!highlight.isEmpty()) {
        // A lit deal lights its parties when shown (stepHighlight): only the entities lit on
        // their own are named, so the step does not grow on each round trip.
        std::set<std::size_t> parties;
        std::set<std::size_t> deals;
        for (const FlowRef& ref : highlight.flows) {
            deals.insert(ref.deal);
            const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
            for (const std::string* end : {&flow.from, &flow.to})
                if (const auto index = model.entityIndex(*end))
                    parties.insert(*index);
        }
        for (std::size_t deal : deals)
            step.highlight.deals.push_back(model.deals()[deal].id);
        for (std::size_t entity : highlight.entities)
            if (!parties.count(entity))
                step.highlight.entities.push_back(model.entities()[entity].id);
        return step;
    }
    const Selection& selection = document.selection();
    if (selection.kind == Selection::Kind::Entity && model.entity(selection.id))
        step.highlight.entities.push_back(selection.id);
    else if (!selection.dealId().empty() && model.dealIndex(selection.dealId()))
        step.highlight.deals.push_back(selection.dealId());
    return step;
}

StoryStep withViewOf(const StoryStep& step, StoryStep view) {
    view.title = step.title;
    view.caption = step.caption;
    view.translations = step.translations;
    view.layout = step.layout;
    view.unknown = step.unknown;
    return view;
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
