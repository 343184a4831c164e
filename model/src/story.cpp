#include "dealgraph/story.h"

#include "dealgraph/filter_spec.h"

namespace dealgraph {

Filter stepFilter(const StoryStep& step) {
    Filter filter;
    filter.asOf = step.asOf;
    for (const std::string& clause : step.filters) {
        Filter with = filter; // a bad clause may have added some of its values before failing
        if (addFilterClause(clause, with, nullptr))
            filter = std::move(with);
    }
    if (step.focus)
        filter.focus = Focus{step.focus->entity, step.focus->depth, step.focus->includeDealsAmong};
    return filter;
}

std::vector<std::size_t> dealsShownBy(const Model& model, const StoryStep& step) {
    return applyFilter(model, stepFilter(step)).deals;
}

} // namespace dealgraph
