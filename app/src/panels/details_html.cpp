#include "panels/details_html.h"

#include "document/model_text.h"
#include "panels/details_links.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace dealgraph::app {

namespace {

// lupdate's context for the panel's words (the functions here are free, not QObject members).
struct DetailsText {
    Q_DECLARE_TR_FUNCTIONS(DetailsText)
};

QString esc(std::string_view text) {
    return qstr(text).toHtmlEscaped();
}
QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

// Free text keeps its line breaks.
QString paragraphs(const QString& text) {
    return esc(text).replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString link(const QUrl& url, const QString& escapedText) {
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(), escapedText);
}

QString entityAnchor(const Model& model, std::string_view id) {
    return link(entityLink(id), esc(entityName(model, id)));
}

QString labelled(const QString& label, const QString& html) {
    return QStringLiteral("<p><span class=\"label\">%1</span> %2</p>").arg(esc(label), html);
}

QString unitLabel(FlowType type, Unit unit) {
    // Only compute can come in two units; say which.
    if (type != FlowType::Compute)
        return displayText(type);
    return QStringLiteral("%1 (%2)").arg(
        displayText(type), unit == Unit::Gigawatts ? QStringLiteral("GW") : QStringLiteral("GPUs"));
}

// The total says what its members allow: "up to $110B (2 flows)", never a rounder "≈".
QString totalCell(const AmountSum& sum) {
    if (sum.empty())
        return QStringLiteral("—");
    const int flows = sum.members();
    const QString count =
        flows == 1 ? DetailsText::tr("1 flow") : DetailsText::tr("%1 flows").arg(flows);
    return QStringLiteral("%1 <span class=\"meta\">(%2)</span>").arg(esc(sumText(sum)), count);
}

QString statusOf(const View& view, std::size_t dealIndex) {
    if (dealIndex < view.status.size() && view.status[dealIndex])
        return displayText(*view.status[dealIndex]);
    return DetailsText::tr("not yet on record");
}

// "Not counted: 3 flows reported without an amount; 1 of deals on hold, abandoned or
// superseded." Totals that silently skip flows read as complete; this says they are not.
QString uncountedNote(const DetailsContext& context, const Entity& entity) {
    int withoutAmount = 0;
    int notStanding = 0;
    for (const auto& [type, uncounted] : uncountedFor(context.model, context.view, entity.id)) {
        withoutAmount += uncounted.withoutAmount;
        notStanding += uncounted.notStanding;
    }
    QStringList parts;
    // Singular and plural spelled out: the interface has no English translation file to
    // resolve "%n flow(s)" forms.
    if (withoutAmount == 1)
        parts << DetailsText::tr("1 flow reported without an amount");
    else if (withoutAmount > 1)
        parts << DetailsText::tr("%1 flows reported without an amount").arg(withoutAmount);
    if (notStanding == 1)
        parts << DetailsText::tr("1 flow of a deal on hold, abandoned or superseded");
    else if (notStanding > 1)
        parts << DetailsText::tr("%1 flows of deals on hold, abandoned or superseded")
                     .arg(notStanding);
    if (parts.isEmpty())
        return {};
    return QStringLiteral("<p class=\"meta\">%1</p>")
        .arg(DetailsText::tr("Not counted: %1.").arg(parts.join(QStringLiteral("; "))));
}

QString totalsSection(const DetailsContext& context, const Entity& entity) {
    const Totals totals = totalsFor(context.model, context.view, entity.id);
    const QString uncounted = uncountedNote(context, entity);
    if (totals.empty())
        return uncounted.isEmpty()
                   ? QString()
                   : QStringLiteral("<h3>%1</h3>").arg(DetailsText::tr("Totals")) + uncounted;
    QString html = QStringLiteral("<h3>%1</h3><table width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"4\"><tr><th align=\"left\">%2</th>"
                                  "<th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                       .arg(DetailsText::tr("Totals"), DetailsText::tr("Flow"),
                            DetailsText::tr("In"), DetailsText::tr("Out"));
    for (const auto& [key, total] : totals) {
        const auto [type, unit] = key;
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(esc(unitLabel(type, unit)), totalCell(total.inSum), totalCell(total.outSum));
    }
    html += QStringLiteral("</table>");
    html += uncounted;
    if (!context.filter.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(DetailsText::tr("Over the deals the current filter shows."));
    return html;
}

// One deal of a list: its title as a link, then kind, date and status.
QString dealListItem(const DetailsContext& context, std::size_t index) {
    const Deal& deal = context.model.deals()[index];
    return QStringLiteral("<li>%1<br><span class=\"meta\">%2 · %3 · %4</span></li>")
        .arg(link(dealLink(deal.id), esc(titleOf(deal))), esc(displayText(deal.kind)),
             esc(dateText(deal.firstDate())), esc(statusOf(context.view, index)));
}

// "Deals (n)" and the deals any of `parties` takes part in, in date order, each once: those
// the view shows, then how many more the filter hides.
QString dealsSection(const DetailsContext& context, const std::set<std::string>& parties) {
    QString items;
    int shown = 0;
    int hidden = 0;
    for (std::size_t index : context.model.chronological()) {
        const Deal& deal = context.model.deals()[index];
        const bool involved = std::any_of(deal.flows.begin(), deal.flows.end(), [&](const Flow& f) {
            return parties.contains(f.from) || parties.contains(f.to);
        });
        if (!involved)
            continue;
        if (!context.view.containsDeal(index)) {
            ++hidden;
            continue;
        }
        items += dealListItem(context, index);
        ++shown;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(DetailsText::tr("Deals (%1)").arg(shown));
    if (shown > 0)
        html += QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
    else
        html +=
            QStringLiteral("<p class=\"meta\">%1</p>").arg(DetailsText::tr("No deals in view."));
    if (hidden > 0)
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(DetailsText::tr("%1 more hidden by the filter.").arg(hidden));
    return html;
}

// The deal's sources numbered in the order shown: its own list, then any only a step cites.
std::vector<std::string> sourcesOf(const Deal& deal) {
    std::vector<std::string> ids = deal.sources;
    for (const StatusStep& step : deal.history)
        for (const auto& id : step.sources)
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
    return ids;
}

QString sourceReference(const Model& model, const std::vector<std::string>& numbered,
                        const std::string& id) {
    const auto it = std::find(numbered.begin(), numbered.end(), id);
    const long number = it - numbered.begin() + 1;
    const Source* source = model.source(id);
    return QStringLiteral("[%1] %2").arg(number).arg(source ? esc(publisherOf(*source)) : esc(id));
}

QString flowsSection(const DetailsContext& context, const Deal& deal, int selectedFlow) {
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(DetailsText::tr("Flows"));
    for (std::size_t i = 0; i < deal.flows.size(); ++i) {
        const Flow& flow = deal.flows[i];
        const bool selected = static_cast<int>(i) == selectedFlow;
        QString line = QStringLiteral("%1 → %2 · %3")
                           .arg(entityAnchor(context.model, flow.from),
                                entityAnchor(context.model, flow.to), esc(displayText(flow.type)));
        if (const QString amounts = amountsText(flow); !amounts.isEmpty())
            line += QStringLiteral(" · <b>%1</b>").arg(esc(amounts));
        if (!flow.note.empty())
            line += QStringLiteral("<br><span class=\"meta\">%1</span>")
                        .arg(paragraphs(localized(flow.translations, "note", flow.note)));
        html += selected ? QStringLiteral("<tr><td class=\"selected\">▶ %1</td></tr>").arg(line)
                         : QStringLiteral("<tr><td>%1</td></tr>").arg(line);
    }
    return html + QStringLiteral("</table>");
}

QString historySection(const DetailsContext& context, const Deal& deal,
                       const std::vector<std::string>& numbered) {
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(DetailsText::tr("History"));
    for (const StatusStep& step : deal.history) {
        QString what = QStringLiteral("<b>%1</b>").arg(esc(displayText(step.status)));
        if (!step.note.empty())
            what +=
                QStringLiteral(" — ") + paragraphs(localized(step.translations, "note", step.note));
        QStringList refs;
        for (const auto& id : step.sources)
            refs << sourceReference(context.model, numbered, id);
        if (!refs.isEmpty())
            what += QStringLiteral("<br><span class=\"meta\">%1</span>")
                        .arg(refs.join(QStringLiteral("; ")));
        html += QStringLiteral("<tr><td valign=\"top\" class=\"date\">%1</td><td>%2</td></tr>")
                    .arg(esc(dateText(step.date)), what);
    }
    return html + QStringLiteral("</table>");
}

QString sourceItem(const Source& source) {
    QStringList parts{QStringLiteral("<b>%1</b>").arg(esc(publisherOf(source)))};
    if (!source.title.empty())
        parts << QStringLiteral("“%1”").arg(
            esc(localized(source.translations, "title", source.title)));
    if (source.date)
        parts << esc(dateText(*source.date));
    if (!source.citing.empty())
        parts << DetailsText::tr("citing %1")
                     .arg(esc(localized(source.translations, "citing", source.citing)));
    // The article's file name (`seed`) is provenance kept in the data, not a reader's concern.
    QString html = parts.join(QStringLiteral(", "));
    if (!source.url.empty()) {
        const QUrl url(qstr(source.url));
        // Only http(s) becomes a link; anything else is shown as text and cannot be clicked.
        html += QStringLiteral("<br>") +
                (isOpenableExternalLink(url) ? link(url, esc(source.url)) : esc(source.url));
    }
    return html;
}

QString sourcesSection(const DetailsContext& context, const std::vector<std::string>& numbered) {
    if (numbered.empty())
        return QStringLiteral("<h3>%1</h3><p class=\"meta\">%2</p>")
            .arg(DetailsText::tr("Sources"), DetailsText::tr("No sources recorded."));
    QString html = QStringLiteral("<h3>%1</h3><ol>").arg(DetailsText::tr("Sources"));
    for (const auto& id : numbered) {
        const Source* source = context.model.source(id);
        html += QStringLiteral("<li>%1</li>").arg(source ? sourceItem(*source) : esc(id));
    }
    return html + QStringLiteral("</ol>");
}

} // namespace

QString detailsStyleSheet() {
    return QStringLiteral("h2 { margin-bottom: 2px; }"
                          "h3 { margin-top: 14px; margin-bottom: 4px; }"
                          ".label { font-weight: bold; }"
                          ".meta { color: #666666; }"
                          ".date { white-space: nowrap; padding-right: 8px; }"
                          ".selected { background-color: #fff2b3; color: #000000; }"
                          "th { background-color: #e8e8e8; color: #000000; }");
}

QString welcomeHtml(const DetailsContext& context) {
    const Model& model = context.model;
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(model.title().empty() ? QStringLiteral("dealgraph") : esc(titleOf(model)));
    html += QStringLiteral("<p>%1</p>")
                .arg(DetailsText::tr("%1 entities · %2 deals · %3 sources")
                         .arg(model.entities().size())
                         .arg(model.deals().size())
                         .arg(model.sources().size()));
    if (!context.filter.isEmpty())
        html += QStringLiteral("<p class=\"meta\">%1</p>")
                    .arg(DetailsText::tr("The filter shows %1 entities and %2 deals.")
                             .arg(context.view.entities.size())
                             .arg(context.view.deals.size()));
    html += DetailsText::tr(
        "<h3>How to use</h3><ul>"
        "<li>Click a company, fund or site in the graph to see its deals and totals.</li>"
        "<li>Click an arrow or a row of the deals table to see what was agreed, how much, when, "
        "what became of it and who reported it.</li>"
        "<li><b>Ctrl+F</b> searches names in any language: <span style=\"white-space: "
        "nowrap\">甲骨文</span> finds Oracle.</li>"
        "<li><b>Ctrl+]</b> and <b>Ctrl+[</b> walk through the deals in date order; "
        "<b>Alt+Left</b> goes back.</li>"
        "<li>Open another model with <b>Ctrl+O</b> or by dropping a .json file on the window; "
        "it reloads by itself when the file changes.</li></ul>");
    return html;
}

QString entityHtml(const DetailsContext& context, const Entity& entity) {
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(primaryName(entity)), esc(displayText(entity.kind)));
    // Group language tags that share a spelling: 甲骨文 (zh-Hans, zh-Hant).
    std::map<std::string, QStringList> tagsByName;
    std::vector<std::string> order;
    for (const auto& [tag, name] : entity.names) {
        if (!tagsByName.count(name))
            order.push_back(name);
        tagsByName[name] << languageName(qstr(tag));
    }
    QStringList others;
    if (primaryName(entity) != qstr(entity.name))
        others << esc(entity.name);
    for (const auto& name : order)
        others << QStringLiteral("%1 <span class=\"meta\">(%2)</span>")
                      .arg(esc(name), esc(tagsByName[name].join(QStringLiteral(", "))));
    if (!others.isEmpty())
        html += labelled(DetailsText::tr("Other names:"), others.join(QStringLiteral(", ")));
    if (!entity.aliases.empty()) {
        QStringList aliases;
        for (const auto& alias : entity.aliases)
            aliases << esc(alias);
        html += labelled(DetailsText::tr("Also known as:"), aliases.join(QStringLiteral(", ")));
    }
    if (!entity.description.empty())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(paragraphs(localized(entity.translations, "description", entity.description)));
    html += totalsSection(context, entity);
    html += dealsSection(context, {entity.id});
    return html;
}

QString groupHtml(const DetailsContext& context, const std::string& groupName) {
    std::set<std::string> members;
    QStringList anchors;
    for (const Entity& entity : context.model.entities())
        if (entity.group == groupName) {
            members.insert(entity.id);
            anchors << entityAnchor(context.model, entity.id);
        }
    QString html =
        QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
            .arg(esc(groupName),
                 esc(DetailsText::tr("A group of %1 entities, drawn as one box. Double-click "
                                     "the box to show them one by one.")
                         .arg(members.size())));
    html += labelled(DetailsText::tr("Members:"), anchors.join(QStringLiteral(", ")));
    html += dealsSection(context, members);
    return html;
}

QString dealHtml(const DetailsContext& context, const Deal& deal, int selectedFlow) {
    const Model& model = context.model;
    QString html = QStringLiteral("<h2>%1</h2><p class=\"meta\">%2</p>")
                       .arg(esc(titleOf(deal)),
                            DetailsText::tr("%1 · first reported %2")
                                .arg(esc(displayText(deal.kind)), esc(dateText(deal.firstDate()))));

    QString status = QStringLiteral("<b>%1</b>").arg(esc(displayText(deal.latestStatus())));
    if (!deal.history.empty())
        status += DetailsText::tr(" since %1").arg(esc(dateText(deal.history.back().date)));
    if (context.filter.asOf) {
        const auto index = model.dealIndex(deal.id);
        status += DetailsText::tr("; as of %1: %2")
                      .arg(esc(dateText(*context.filter.asOf)),
                           esc(index ? statusOf(context.view, *index) : QString()));
    }
    html += labelled(DetailsText::tr("Status now:"), status);
    if (!deal.headline.empty())
        html += labelled(DetailsText::tr("Announced as:"), esc(headlineText(deal)));

    QStringList parties;
    for (const auto& id : partiesOf(deal))
        parties << entityAnchor(model, id);
    html += labelled(DetailsText::tr("Parties:"), parties.join(QStringLiteral(", ")));

    const std::vector<std::string> numbered = sourcesOf(deal);
    html += flowsSection(context, deal, selectedFlow);
    html += historySection(context, deal, numbered);
    if (!deal.notes.empty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(DetailsText::tr("Notes"),
                         paragraphs(localized(deal.translations, "notes", deal.notes)));
    html += sourcesSection(context, numbered);
    return html;
}

} // namespace dealgraph::app
