#include "model_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace dealgraph::app {

QString entityName(const Model& model, std::string_view id) {
    if (const Entity* entity = model.entity(id))
        return qstr(entity->name);
    return qstr(id);
}

QStringList allNamesOf(const Entity& entity) {
    QStringList names{qstr(entity.name)};
    for (const auto& [tag, name] : entity.names)
        names << qstr(name);
    for (const auto& alias : entity.aliases)
        names << qstr(alias);
    names.removeDuplicates();
    return names;
}

QString dateText(const Date& date) {
    if (!date.isValid())
        return QCoreApplication::translate("dealgraph", "undated");
    return qstr(date.toString());
}

QString amountsText(const Flow& flow) {
    QStringList parts;
    for (const Amount& amount : flow.amounts)
        parts << qstr(humanize(amount));
    return parts.join(QStringLiteral(" · "));
}

std::optional<Amount> largestMoney(const Deal& deal) {
    std::optional<Amount> best;
    for (const Flow& flow : deal.flows)
        for (const Amount& amount : flow.amounts)
            if (amount.unit == Unit::Usd && (!best || amount.nominal() > best->nominal()))
                best = amount;
    return best;
}

std::vector<std::string> partiesOf(const Deal& deal) {
    std::vector<std::string> ids;
    auto add = [&](const std::string& id) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    };
    for (const Flow& flow : deal.flows) {
        add(flow.from);
        add(flow.to);
    }
    return ids;
}

QStringList publishersOf(const Model& model, const Deal& deal) {
    QStringList publishers;
    for (const auto& id : deal.sources)
        if (const Source* source = model.source(id))
            publishers << qstr(source->publisher);
    publishers.removeDuplicates();
    return publishers;
}

QString displayText(Status status) {
    return qstr(displayName(status));
}
QString displayText(DealKind kind) {
    return qstr(displayName(kind));
}
QString displayText(EntityKind kind) {
    return qstr(displayName(kind));
}
QString displayText(FlowType type) {
    return qstr(displayName(type));
}

} // namespace dealgraph::app
