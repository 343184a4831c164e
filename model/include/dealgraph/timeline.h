// The model over time: the dates on which something happened, and what changed between two
// dates. Pure functions of the model, for the date slider and for "compare two dates".
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace dealgraph {

// Every day on which the record changes, in order: for each status step the last day its date
// may mean, as a full date (a step dated "2025-09" counts from 2025-09-30, one dated "2025" from
// 2025-12-31, as statusAsOf has it). The date slider steps through these: between two of them
// nothing on record changes, and moving forward never hides a deal.
std::vector<Date> eventDates(const Model& model);

enum class ChangeKind {
    Appeared,      // not on record at the first date, on record at the second
    StatusChanged, // on record at both, in a different status
    Ended,         // became abandoned or superseded between the dates
};

struct DealChange {
    std::size_t deal = 0; // index into Model::deals()
    ChangeKind kind = ChangeKind::Appeared;
    std::optional<Status> before; // status at the first date (nullopt: not on record)
    Status after = Status::Announced;
};

// What happened between `from` and `to` among the deals `filter` shows as of `to` (the filter's
// own date is ignored; `to` nullopt means the latest statuses). Sorted by deal index. A deal that
// appeared and ended in between counts as Ended: what matters on the later slide is its end.
std::vector<DealChange> compareDates(const Model& model, const Filter& filter, const Date& from,
                                     const std::optional<Date>& to);

} // namespace dealgraph
