#include "dealgraph/summary.h"

namespace dealgraph {

Summary summarize(const Model& model) {
    Summary summary;
    for (const auto& entity : model.entities())
        ++summary.entitiesByKind[entity.kind];
    for (const auto& deal : model.deals()) {
        ++summary.dealsByKind[deal.kind];
        for (const auto& flow : deal.flows)
            ++summary.flowsByType[flow.type];
        for (const auto& step : deal.history) {
            if (!summary.firstDate || step.date < *summary.firstDate)
                summary.firstDate = step.date;
            if (!summary.lastDate || step.date.lastDay() > summary.lastDate->lastDay())
                summary.lastDate = step.date;
        }
    }
    summary.sources = model.sources().size();
    return summary;
}

namespace {
template <typename Map> std::string countLines(const Map& counts) {
    std::string out;
    for (const auto& [kind, count] : counts)
        out += "  " + std::string(toString(kind)) + ": " + std::to_string(count) + "\n";
    return out;
}

template <typename Map> int sum(const Map& counts) {
    int total = 0;
    for (const auto& entry : counts)
        total += entry.second;
    return total;
}
} // namespace

std::string formatSummary(const Model& model, const Summary& summary) {
    std::string out;
    if (!model.title().empty())
        out += model.title() + "\n";
    out += "entities: " + std::to_string(model.entities().size()) + "\n" +
           countLines(summary.entitiesByKind);
    out +=
        "deals: " + std::to_string(model.deals().size()) + "\n" + countLines(summary.dealsByKind);
    out += "flows: " + std::to_string(sum(summary.flowsByType)) + "\n" +
           countLines(summary.flowsByType);
    out += "sources: " + std::to_string(summary.sources) + "\n";
    if (summary.firstDate && summary.lastDate)
        out += "dates: " + summary.firstDate->toString() + " to " + summary.lastDate->toString() +
               "\n";
    return out;
}

} // namespace dealgraph
