#include "flow_text.h"

namespace dealgraph::detail {

std::string amountsText(const Flow& flow) {
    std::string out;
    for (const auto& amount : flow.amounts) {
        if (!out.empty())
            out += " \u00b7 ";
        out += humanize(amount);
    }
    return out;
}

std::string sourcesText(const Model& model, const Deal& deal) {
    std::string out;
    for (const auto& id : deal.sources) {
        const Source* source = model.source(id);
        if (!source)
            continue;
        if (!out.empty())
            out += "; ";
        out += source->publisher;
        if (source->date)
            out += " (" + source->date->toString() + ")";
    }
    return out;
}

std::string entityLabel(const Entity& entity) {
    auto zh = entity.names.find("zh-Hans");
    if (zh == entity.names.end() || zh->second == entity.name)
        return entity.name;
    return entity.name + "\n" + zh->second;
}

} // namespace dealgraph::detail
