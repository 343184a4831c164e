// The counts `dealgraph --check` prints.
#pragma once

#include "dealgraph/model.h"

#include <map>
#include <optional>
#include <string>

namespace dealgraph {

struct Summary {
    std::map<EntityKind, int> entitiesByKind;
    std::map<DealKind, int> dealsByKind;
    std::map<FlowType, int> flowsByType;
    std::optional<Date> firstDate;
    std::optional<Date> lastDate;
    std::size_t sources = 0;
};

Summary summarize(const Model& model);
std::string formatSummary(const Model& model, const Summary& summary);

} // namespace dealgraph
