// How model values read in the shell's widgets: names, dates, amounts, statuses. Plain text
// (not HTML): callers that build HTML escape it.
#pragma once

#include "dealgraph/amount_sum.h"
#include "dealgraph/model.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <string_view>

namespace dealgraph::app {

inline QString qstr(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// The language entity names are shown in, as a model `names` tag ("zh-Hans"); empty for the
// model's own (English) names. Set once at start-up from the interface language, so the graph,
// details, table and search all agree.
void setNameLanguage(const QString& tag);
QString nameLanguage();
// The name to show first: the entity's name in the name language when the model has one,
// else its own name.
QString primaryName(const Entity& entity);
// The other name worth a second line: the model's own name when the primary is a translation,
// else the Simplified Chinese name; empty when it would repeat the primary.
QString secondaryName(const Entity& entity);

// The entity's primary name, or its id when the model does not know it.
QString entityName(const Model& model, std::string_view id);
// Every name people may search for: primary name first, other-language names, aliases.
QStringList allNamesOf(const Entity& entity);

// Reader-facing text (titles, notes, descriptions, source lines) in the interface's language:
// its translation for nameLanguage() ("zh-Hans" in the Chinese interface, "en" otherwise),
// else the text as written.
QString localized(const Translations& translations, const char* member, const std::string& text);
QString titleOf(const Deal& deal);
QString titleOf(const Model& model);
QString publisherOf(const Source& source);
// "甲骨文 (zh-Hans)" reads as code: "Simplified Chinese", "Traditional Chinese", "English".
QString languageName(const QString& tag);
// One headline figure with its span: "$500B over four years".
QString figureText(const HeadlineAmount& figure);
// The deal's headline as one line, "$500B over four years · $100B to be deployed
// immediately · 10 GW compute target"; empty without one.
QString headlineText(const Deal& deal);

// "2025-09-22", "2025-09", "2025"; "undated" for an invalid date.
QString dateText(const Date& date);

// "about $300B" in the interface language (the model's humanize() is English).
QString amountText(const Amount& amount);
// A sum of amounts as its qualifiers allow (AmountSum::reading): "up to $110B",
// "at least about $13B", "about $4B–5B", "up to $100B + ?".
QString sumText(const AmountSum& sum);
// "about $300B · 4.5 GW"; empty when the flow has no amounts.
QString amountsText(const Flow& flow);
// The largest money amount of the deal's flows (by nominal value), if any.
std::optional<Amount> largestMoney(const Deal& deal);
// The money one if any; else the largest count or capacity (GW, GPUs, chips); else a percentage.
std::optional<Amount> largestAmount(const Deal& deal);

// Entity ids that take part in the deal, in order of first appearance in its flows.
std::vector<std::string> partiesOf(const Deal& deal);
// The deal's sources in the order its details number them: its own list, then those only a
// status step cites.
std::vector<std::string> numberedSources(const Deal& deal);
// Publishers of the deal's sources, without repeats, in the deal's order.
QStringList publishersOf(const Model& model, const Deal& deal);

// Kinds, statuses and flow types as the interface language says them (the model's
// displayName() is English and Qt-free).
QString displayText(Status status);
QString displayText(DealKind kind);
QString displayText(EntityKind kind);
QString displayText(FlowType type);

} // namespace dealgraph::app
