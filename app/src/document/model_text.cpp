#include "document/model_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace dealgraph::app {

namespace {
QString& nameLanguageTag() {
    static QString tag;
    return tag;
}

QString nameIn(const Entity& entity, const QString& tag) {
    if (tag.isEmpty())
        return {};
    const auto found = entity.names.find(tag.toStdString());
    return found == entity.names.end() ? QString() : qstr(found->second);
}

} // namespace

void setNameLanguage(const QString& tag) {
    nameLanguageTag() = tag;
}

QString nameLanguage() {
    return nameLanguageTag();
}

QString localized(const Translations& translations, const char* member, const std::string& text) {
    const QString tag = nameLanguageTag();
    const std::string language = tag.isEmpty() ? std::string("en") : tag.toStdString();
    return qstr(translated(translations, language, member, text));
}

QString titleOf(const Deal& deal) {
    return localized(deal.translations, "title", deal.title);
}

QString titleOf(const Model& model) {
    return localized(model.titleTranslations(), "title", model.title());
}

QString publisherOf(const Source& source) {
    return localized(source.translations, "publisher", source.publisher);
}

QString languageName(const QString& tag) {
    if (tag == QLatin1String("zh-Hans") || tag == QLatin1String("zh-CN"))
        return QCoreApplication::translate("ModelText", "Simplified Chinese");
    if (tag == QLatin1String("zh-Hant") || tag == QLatin1String("zh-TW") ||
        tag == QLatin1String("zh-HK"))
        return QCoreApplication::translate("ModelText", "Traditional Chinese");
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return tag;
    // The language's own name in the interface's language would need ICU; Qt names it in
    // English, which is what the English interface shows anyway.
    return QLocale::languageToString(locale.language());
}

QString figureText(const HeadlineAmount& figure) {
    const QString span = localized(figure.translations, "span", figure.span);
    return span.isEmpty() ? amountText(figure.amount)
                          : QStringLiteral("%1 %2").arg(amountText(figure.amount), span);
}

QString headlineText(const Deal& deal) {
    QStringList parts;
    for (const HeadlineAmount& figure : deal.headline.amounts)
        parts << figureText(figure);
    return parts.join(QStringLiteral(" · "));
}

QString primaryName(const Entity& entity) {
    const QString translated = nameIn(entity, nameLanguageTag());
    return translated.isEmpty() ? qstr(entity.name) : translated;
}

QString secondaryName(const Entity& entity) {
    const QString primary = primaryName(entity);
    QString other = qstr(entity.name);
    if (other == primary)
        other = nameIn(entity, QStringLiteral("zh-Hans"));
    return other == primary ? QString() : other;
}

QString entityName(const Model& model, std::string_view id) {
    if (const Entity* entity = model.entity(id))
        return primaryName(*entity);
    return qstr(id);
}

QStringList allNamesOf(const Entity& entity) {
    QStringList names{primaryName(entity), qstr(entity.name)};
    for (const auto& [tag, name] : entity.names)
        names << qstr(name);
    for (const auto& alias : entity.aliases)
        names << qstr(alias);
    names.removeDuplicates();
    return names;
}

QString dateText(const Date& date) {
    if (!date.isValid())
        return QCoreApplication::translate("ModelText", "undated");
    return qstr(date.toString());
}

QString amountText(const Amount& amount) {
    const QString value = qstr(humanizeValue(amount.unit, amount.value));
    switch (amount.qualifier) {
    case Qualifier::About:
        return QCoreApplication::translate("ModelText", "about %1").arg(value);
    case Qualifier::UpTo:
        return QCoreApplication::translate("ModelText", "up to %1").arg(value);
    case Qualifier::AtLeast:
        return QCoreApplication::translate("ModelText", "at least %1").arg(value);
    case Qualifier::Exact:
    case Qualifier::Range:
        break;
    }
    return qstr(humanize(amount)); // numbers and units only: "$300B", "$10–20B"
}

QString sumText(const AmountSum& sum) {
    const Amount reading = sum.reading();
    if (!sum.approximateBound() && !sum.openEndedCeiling())
        return amountText(reading);
    const QString value =
        qstr(reading.qualifier == Qualifier::Range ? humanize(reading)
                                                   : humanizeValue(reading.unit, reading.value));
    switch (reading.qualifier) {
    case Qualifier::UpTo:
        return sum.openEndedCeiling()
                   ? (sum.approximateBound()
                          ? QCoreApplication::translate("ModelText", "up to about %1 + ?")
                          : QCoreApplication::translate("ModelText", "up to %1 + ?"))
                         .arg(value)
                   : QCoreApplication::translate("ModelText", "up to about %1").arg(value);
    case Qualifier::AtLeast:
        return QCoreApplication::translate("ModelText", "at least about %1").arg(value);
    case Qualifier::Range:
        return QCoreApplication::translate("ModelText", "about %1").arg(value);
    case Qualifier::Exact:
    case Qualifier::About:
        break;
    }
    return amountText(reading);
}

QString amountsText(const Flow& flow) {
    QStringList parts;
    for (const Amount& amount : flow.amounts)
        parts << amountText(amount);
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

std::optional<Amount> largestAmount(const Deal& deal) {
    if (auto money = largestMoney(deal))
        return money;
    std::optional<Amount> best;
    for (const Flow& flow : deal.flows)
        for (const Amount& amount : flow.amounts) {
            const bool better = !best ||
                                (best->unit == Unit::Percent && amount.unit != Unit::Percent) ||
                                ((best->unit == Unit::Percent) == (amount.unit == Unit::Percent) &&
                                 amount.nominal() > best->nominal());
            if (better)
                best = amount;
        }
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

std::vector<std::string> numberedSources(const Deal& deal) {
    std::vector<std::string> ids = deal.sources;
    for (const StatusStep& step : deal.history)
        for (const auto& id : step.sources)
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
    return ids;
}

QStringList publishersOf(const Model& model, const Deal& deal) {
    QStringList publishers;
    for (const auto& id : deal.sources)
        if (const Source* source = model.source(id))
            publishers << publisherOf(*source);
    publishers.removeDuplicates();
    return publishers;
}

// The English words are lupdate's source texts (context ModelText); the
// model's own displayName() stays the fallback for a value added later.
QString displayText(Status status) {
    switch (status) {
    case Status::Rumoured:
        return QCoreApplication::translate("ModelText", "Rumoured");
    case Status::Announced:
        return QCoreApplication::translate("ModelText", "Announced");
    case Status::Signed:
        return QCoreApplication::translate("ModelText", "Signed");
    case Status::Active:
        return QCoreApplication::translate("ModelText", "Active");
    case Status::OnHold:
        return QCoreApplication::translate("ModelText", "On hold");
    case Status::Abandoned:
        return QCoreApplication::translate("ModelText", "Abandoned");
    case Status::Superseded:
        return QCoreApplication::translate("ModelText", "Superseded");
    case Status::Completed:
        return QCoreApplication::translate("ModelText", "Completed");
    }
    return qstr(displayName(status));
}

QString displayText(DealKind kind) {
    switch (kind) {
    case DealKind::EquityInvestment:
        return QCoreApplication::translate("ModelText", "Equity investment");
    case DealKind::CloudContract:
        return QCoreApplication::translate("ModelText", "Cloud / compute contract");
    case DealKind::ChipSupply:
        return QCoreApplication::translate("ModelText", "Chip supply");
    case DealKind::JointVenture:
        return QCoreApplication::translate("ModelText", "Joint-venture commitment");
    case DealKind::RevenueShare:
        return QCoreApplication::translate("ModelText", "Revenue share");
    case DealKind::Exclusivity:
        return QCoreApplication::translate("ModelText", "Exclusivity / right of first refusal");
    case DealKind::Lease:
        return QCoreApplication::translate("ModelText", "Lease");
    case DealKind::Acquisition:
        return QCoreApplication::translate("ModelText", "Acquisition / hire");
    case DealKind::Partnership:
        return QCoreApplication::translate("ModelText", "Partnership");
    case DealKind::Financing:
        return QCoreApplication::translate("ModelText", "Financing");
    case DealKind::Other:
        return QCoreApplication::translate("ModelText", "Other");
    }
    return qstr(displayName(kind));
}

QString displayText(EntityKind kind) {
    switch (kind) {
    case EntityKind::Company:
        return QCoreApplication::translate("ModelText", "Company");
    case EntityKind::Investor:
        return QCoreApplication::translate("ModelText", "Investor or fund");
    case EntityKind::JointVenture:
        return QCoreApplication::translate("ModelText", "Joint venture");
    case EntityKind::Site:
        return QCoreApplication::translate("ModelText", "Data-center site");
    case EntityKind::Government:
        return QCoreApplication::translate("ModelText", "Government");
    case EntityKind::Nonprofit:
        return QCoreApplication::translate("ModelText", "Nonprofit");
    case EntityKind::Person:
        return QCoreApplication::translate("ModelText", "Person");
    case EntityKind::Other:
        return QCoreApplication::translate("ModelText", "Other");
    }
    return qstr(displayName(kind));
}

QString displayText(FlowType type) {
    switch (type) {
    case FlowType::Money:
        return QCoreApplication::translate("ModelText", "Money");
    case FlowType::Compute:
        return QCoreApplication::translate("ModelText", "Compute");
    case FlowType::Chips:
        return QCoreApplication::translate("ModelText", "Chips");
    case FlowType::Equity:
        return QCoreApplication::translate("ModelText", "Equity");
    case FlowType::RevenueShare:
        return QCoreApplication::translate("ModelText", "Revenue share");
    case FlowType::Rights:
        return QCoreApplication::translate("ModelText", "Rights");
    case FlowType::Services:
        return QCoreApplication::translate("ModelText", "Services");
    }
    return qstr(displayName(type));
}

} // namespace dealgraph::app
