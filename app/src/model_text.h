// How model values read in the shell's widgets: names, dates, amounts, statuses. Plain text
// (not HTML): callers that build HTML escape it.
#pragma once

#include "dealgraph/model.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace dealgraph::app {

inline QString qstr(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The entity's display name, or its id when the model does not know it.
QString entityName(const Model& model, std::string_view id);
// Every name people may search for: display name, other-language names, aliases.
QStringList allNamesOf(const Entity& entity);

// "2025-09-22", "2025-09", "2025"; "undated" for an invalid date.
QString dateText(const Date& date);

// "about $300B · 4.5 GW"; empty when the flow has no amounts.
QString amountsText(const Flow& flow);
// The largest money amount of the deal's flows (by nominal value), if any.
std::optional<Amount> largestMoney(const Deal& deal);

// Entity ids that take part in the deal, in order of first appearance in its flows.
std::vector<std::string> partiesOf(const Deal& deal);
// Publishers of the deal's sources, without repeats, in the deal's order.
QStringList publishersOf(const Model& model, const Deal& deal);

QString displayText(Status status);
QString displayText(DealKind kind);
QString displayText(EntityKind kind);
QString displayText(FlowType type);

} // namespace dealgraph::app
