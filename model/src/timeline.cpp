#include "dealgraph/timeline.h"

#include <algorithm>

namespace dealgraph {

std::vector<Date> eventDates(const Model& model) {
    std::vector<Date> dates;
    for (const Deal& deal : model.deals())
        for (const StatusStep& step : deal.history)
            if (step.date.isValid())
                dates.push_back(Date::fromDayNumber(step.date.lastDay()));
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

namespace {

bool isEnd(Status status) {
    return status == Status::Abandoned || status == Status::Superseded;
}

} // namespace

std::vector<DealChange> compareDates(const Model& model, const Filter& filter, const Date& from,
                                     const std::optional<Date>& to) {
    Filter later = filter;
    later.asOf = to;
    const View view = applyFilter(model, later);
    std::vector<DealChange> changes;
    for (std::size_t d : view.deals) {
        const Deal& deal = model.deals()[d];
        const std::optional<Status> after = view.status[d];
        if (!after)
            continue; // cannot happen for a deal the view shows; kept for safety
        const std::optional<Status> before = statusAsOf(deal, from);
        if (before == after)
            continue;
        ChangeKind kind = ChangeKind::StatusChanged;
        if (isEnd(*after) && !(before && isEnd(*before)))
            kind = ChangeKind::Ended;
        else if (!before)
            kind = ChangeKind::Appeared;
        changes.push_back({d, kind, before, *after});
    }
    return changes;
}

} // namespace dealgraph
