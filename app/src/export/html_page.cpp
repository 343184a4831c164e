#include "export/html_page.h"

#include "document/document.h"
#include "document/group_box.h"
#include "document/model_text.h"
#include "export/html_graph.h"
#include "scene/entity_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_style.h"

#include "dealgraph/simplify.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <map>

namespace dealgraph::app {

namespace {

// lupdate's context for the page's own words (the reader's language is the interface's).
struct HtmlPageText {
    Q_DECLARE_TR_FUNCTIONS(HtmlPage)
};

// The legend's rows wrap at this many legend units: about the width of a laptop's page.
constexpr qreal kLegendWidth = 1500;

QString esc(const QString& text) {
    return text.toHtmlEscaped();
}

QJsonArray idsOf(const std::vector<std::string>& ids) {
    QJsonArray out;
    for (const auto& id : ids)
        out.append(qstr(id));
    return out;
}

QJsonObject entityJson(const Model& model, const Entity& entity) {
    QJsonArray names;
    if (primaryName(entity) != qstr(entity.name))
        names.append(qstr(entity.name));
    for (const auto& [tag, name] : entity.names)
        if (qstr(name) != primaryName(entity))
            names.append(QStringLiteral("%1 (%2)").arg(qstr(name), languageName(qstr(tag))));
    QJsonArray aliases;
    for (const auto& alias : entity.aliases)
        aliases.append(qstr(alias));
    return {{QStringLiteral("id"), qstr(entity.id)},
            {QStringLiteral("name"), primaryName(entity)},
            {QStringLiteral("kind"), displayText(entity.kind)},
            {QStringLiteral("names"), names},
            {QStringLiteral("aliases"), aliases},
            {QStringLiteral("description"),
             localized(entity.translations, "description", entity.description)},
            {QStringLiteral("dealCount"), static_cast<int>(model.dealsOf(entity.id).size())}};
}

QJsonObject dealJson(const Deal& deal) {
    QJsonArray flows;
    for (const Flow& flow : deal.flows)
        flows.append(
            QJsonObject{{QStringLiteral("from"), qstr(flow.from)},
                        {QStringLiteral("to"), qstr(flow.to)},
                        {QStringLiteral("type"), displayText(flow.type)},
                        {QStringLiteral("amounts"), amountsText(flow)},
                        {QStringLiteral("note"), localized(flow.translations, "note", flow.note)}});
    QJsonArray history;
    for (const StatusStep& step : deal.history)
        history.append(
            QJsonObject{{QStringLiteral("date"), dateText(step.date)},
                        {QStringLiteral("status"), displayText(step.status)},
                        {QStringLiteral("note"), localized(step.translations, "note", step.note)},
                        {QStringLiteral("sources"), idsOf(step.sources)}});
    return {{QStringLiteral("id"), qstr(deal.id)},
            {QStringLiteral("title"), titleOf(deal)},
            {QStringLiteral("kind"), displayText(deal.kind)},
            {QStringLiteral("date"), dateText(deal.firstDate())},
            {QStringLiteral("status"), displayText(deal.latestStatus())},
            {QStringLiteral("since"),
             deal.history.empty() ? QString() : dateText(deal.history.back().date)},
            {QStringLiteral("headline"), headlineText(deal)},
            {QStringLiteral("parties"), idsOf(partiesOf(deal))},
            {QStringLiteral("flows"), flows},
            {QStringLiteral("history"), history},
            {QStringLiteral("notes"), localized(deal.translations, "notes", deal.notes)},
            {QStringLiteral("sources"), idsOf(numberedSources(deal))}};
}

QJsonObject sourceJson(const Source& source) {
    // Only http(s) with a host becomes a link; anything else a model says is shown as text.
    const QUrl url(qstr(source.url));
    const bool link =
        url.isValid() && !url.host().isEmpty() &&
        (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    return {{QStringLiteral("id"), qstr(source.id)},
            {QStringLiteral("publisher"), publisherOf(source)},
            {QStringLiteral("title"), localized(source.translations, "title", source.title)},
            {QStringLiteral("date"), source.date ? dateText(*source.date) : QString()},
            {QStringLiteral("citing"), localized(source.translations, "citing", source.citing)},
            {QStringLiteral("url"), link ? url.toString(QUrl::FullyEncoded) : QString()},
            {QStringLiteral("urlText"), qstr(source.url)}};
}

// The page's own words, in the interface's language.
QJsonObject uiJson() {
    return {
        {QStringLiteral("previous"), HtmlPageText::tr("Previous")},
        {QStringLiteral("next"), HtmlPageText::tr("Next")},
        {QStringLiteral("counter"), HtmlPageText::tr("%1 / %2")},
        {QStringLiteral("counts"), HtmlPageText::tr("%1 entities · %2 deals · %3 sources")},
        {QStringLiteral("hint"),
         HtmlPageText::tr("Point at a box or an arrow to light what it is tied to; click it to "
                          "read its deals and their sources.")},
        {QStringLiteral("keys"),
         HtmlPageText::tr("Arrow keys, Page Up and Page Down or the space bar move through "
                          "the steps.")},
        {QStringLiteral("deals"), HtmlPageText::tr("Deals (%1)")},
        {QStringLiteral("noDeals"), HtmlPageText::tr("No deals in this view.")},
        {QStringLiteral("moreDeals"), HtmlPageText::tr("%1 more not in this view.")},
        {QStringLiteral("otherNames"), HtmlPageText::tr("Other names:")},
        {QStringLiteral("aliases"), HtmlPageText::tr("Also known as:")},
        {QStringLiteral("members"), HtmlPageText::tr("Stands for:")},
        {QStringLiteral("firstReported"), HtmlPageText::tr("%1 · first reported %2")},
        {QStringLiteral("statusNow"), HtmlPageText::tr("Status now:")},
        {QStringLiteral("since"), HtmlPageText::tr("since %1")},
        {QStringLiteral("asOf"), HtmlPageText::tr("as of %1: %2")},
        {QStringLiteral("notOnRecord"), HtmlPageText::tr("not yet on record")},
        {QStringLiteral("announcedAs"), HtmlPageText::tr("Announced as:")},
        {QStringLiteral("parties"), HtmlPageText::tr("Parties:")},
        {QStringLiteral("flows"), HtmlPageText::tr("Flows")},
        {QStringLiteral("history"), HtmlPageText::tr("History")},
        {QStringLiteral("notes"), HtmlPageText::tr("Notes")},
        {QStringLiteral("sources"), HtmlPageText::tr("Sources")},
        {QStringLiteral("noSources"), HtmlPageText::tr("No sources recorded.")},
        {QStringLiteral("citing"), HtmlPageText::tr("citing %1")},
        {QStringLiteral("back"), HtmlPageText::tr("Back to the overview")},
    };
}

// JSON that cannot end the <script> element holding it: '<', '>' and '&' only occur inside
// JSON strings, where their \u escapes read the same.
QByteArray scriptJson(const QJsonObject& object) {
    QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    return json;
}

QString resourceText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

// A Content-Security-Policy source for an inline element with exactly `text`.
QString cspHash(const QString& text) {
    return QStringLiteral("'sha256-%1'")
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64()));
}

// The drawn flows of each deal numbered as in `model`: a slide's model keeps only the flows it
// shows, in their order, and may fold their ends into a group's box or "Others" (an end the
// other model lacks). Each drawn flow takes the first flow of the same type between the same
// ends that no earlier one took.
class FlowNumbers {
public:
    FlowNumbers(const Model& model, const Model& drawn) : model_(model), drawn_(drawn) {}

    int operator()(const std::string& dealId, int drawnFlow) {
        if (&model_ == &drawn_)
            return drawnFlow;
        auto [it, added] = numbers_.try_emplace(dealId);
        if (added)
            it->second = number(dealId);
        return drawnFlow >= 0 && drawnFlow < static_cast<int>(it->second.size())
                   ? it->second[static_cast<std::size_t>(drawnFlow)]
                   : -1;
    }

private:
    std::vector<int> number(const std::string& dealId) const {
        const Deal* was = model_.deal(dealId);
        const Deal* is = drawn_.deal(dealId);
        if (!was || !is)
            return {};
        auto sameEnd = [&](const std::string& a, const std::string& b) {
            return a == b || (!drawn_.entity(a) && !model_.entity(b));
        };
        std::vector<int> out;
        std::vector<bool> taken(was->flows.size());
        for (const Flow& flow : is->flows) {
            int found = -1;
            for (std::size_t i = 0; i < was->flows.size() && found < 0; ++i) {
                const Flow& f = was->flows[i];
                if (!taken[i] && f.type == flow.type && sameEnd(f.from, flow.from) &&
                    sameEnd(f.to, flow.to)) {
                    taken[i] = true;
                    found = static_cast<int>(i);
                }
            }
            out.push_back(found);
        }
        return out;
    }

    const Model& model_;
    const Model& drawn_;
    std::map<std::string, std::vector<int>> numbers_;
};

// The model's entities a box stands for that `model` lacks: a collapsed group's members (the
// window's own groups, or a slide's, named as groupBox names them), or on a slide whatever of
// the view no box shows ("Others").
std::map<std::string, std::vector<std::string>>
membersOfBoxes(const Model& model, const GraphScene& scene, const std::vector<std::string>& boxes,
               const std::set<std::string>& drawn, const View& view) {
    std::map<std::string, std::vector<std::string>> members;
    const Model& drawnModel = scene.document()->model();
    std::set<std::string> placed;
    std::vector<std::string> rest;
    for (const std::string& box : boxes) {
        if (&drawnModel == &model) {
            for (std::size_t e : scene.modelEntitiesOf(box))
                members[box].push_back(model.entities()[e].id);
            continue;
        }
        const Entity* entity = drawnModel.entity(box);
        bool group = false;
        for (const EntityGroup& g : entityGroups(model))
            if (entity && groupBox(model, g, box).name == entity->name &&
                std::none_of(g.members.begin(), g.members.end(),
                             [&](const std::string& id) { return drawn.contains(id); })) {
                members[box] = g.members;
                placed.insert(g.members.begin(), g.members.end());
                group = true;
                break;
            }
        if (!group)
            rest.push_back(box);
    }
    if (rest.size() == 1) // a slide folds into one "Others" at most
        for (std::size_t e : view.entities) {
            const std::string& id = model.entities()[e].id;
            if (!drawn.contains(id) && !placed.contains(id))
                members[rest.front()].push_back(id);
        }
    return members;
}

} // namespace

HtmlPage::HtmlPage(const Model& model) : model_(model) {}

void HtmlPage::addView(const GraphScene& scene, const Slide& slide, const Document& shown) {
    PageView view;
    FlowNumbers numbers(model_, scene.document()->model());
    view.graph = graphSvg(scene, slide, std::ref(numbers));
    view.legend = legendSvg(scene, slide, kLegendWidth);
    view.text = slide.text;
    view.theme = slide.theme;

    // What the boxes stand for: the model's entities, or groups and "Others" of them.
    std::set<std::string> drawn;
    std::vector<std::string> boxes;
    for (const QGraphicsItem* item : scene.items(slide.source))
        if (item->isVisible() && item->type() == EntityItem::Type) {
            const std::string& id = static_cast<const EntityItem*>(item)->entityId();
            if (const auto index = model_.entityIndex(id)) {
                drawn.insert(id);
                entities_.insert(*index);
            } else {
                boxes.push_back(id);
            }
        }
    std::sort(boxes.begin(), boxes.end());
    const auto members = membersOfBoxes(model_, scene, boxes, drawn, shown.view());
    QJsonArray boxJson;
    for (const std::string& id : boxes) {
        const EntityItem* item = scene.entityItem(id);
        QJsonArray ids;
        if (const auto it = members.find(id); it != members.end())
            for (const std::string& member : it->second) {
                ids.append(qstr(member));
                if (const auto index = model_.entityIndex(member))
                    entities_.insert(*index);
            }
        boxJson.append(
            QJsonObject{{QStringLiteral("id"), qstr(id)},
                        {QStringLiteral("name"), item ? item->text().name.simplified() : qstr(id)},
                        {QStringLiteral("kind"), item ? displayText(item->kind()) : QString()},
                        {QStringLiteral("members"), ids}});
    }

    // The view's deals in date order, with their status as of its date.
    QJsonArray deals;
    QJsonArray status;
    const dealgraph::View& v = shown.view();
    for (std::size_t index : model_.chronological()) {
        if (!v.containsDeal(index))
            continue;
        deals_.insert(index);
        const QString id = qstr(model_.deals()[index].id);
        deals.append(id);
        status.append(QJsonArray{id, index < v.status.size() && v.status[index]
                                         ? displayText(*v.status[index])
                                         : HtmlPageText::tr("not yet on record")});
    }
    const auto asOf = shown.filter().asOf;
    view.data = {{QStringLiteral("asOf"), asOf ? dateText(*asOf) : QString()},
                 {QStringLiteral("deals"), deals},
                 {QStringLiteral("status"), status},
                 {QStringLiteral("boxes"), boxJson}};
    views_.push_back(std::move(view));
}

QJsonObject HtmlPage::dataJson(const QString& title) const {
    // Every party of a deal the page shows is named in its details, drawn or not.
    std::set<std::size_t> entities = entities_;
    std::set<std::string> sources;
    QJsonArray deals;
    for (std::size_t index : model_.chronological()) {
        if (!deals_.contains(index))
            continue;
        const Deal& deal = model_.deals()[index];
        deals.append(dealJson(deal));
        for (const auto& id : partiesOf(deal))
            if (const auto e = model_.entityIndex(id))
                entities.insert(*e);
        for (const auto& id : numberedSources(deal))
            sources.insert(id);
    }
    QJsonArray entityList;
    for (std::size_t e : entities)
        entityList.append(entityJson(model_, model_.entities()[e]));
    QJsonArray sourceList;
    for (const Source& source : model_.sources())
        if (sources.contains(source.id))
            sourceList.append(sourceJson(source));
    QJsonArray views;
    for (const PageView& view : views_)
        views.append(view.data);
    return {{QStringLiteral("title"), title},         {QStringLiteral("ui"), uiJson()},
            {QStringLiteral("entities"), entityList}, {QStringLiteral("deals"), deals},
            {QStringLiteral("sources"), sourceList},  {QStringLiteral("views"), views}};
}

QString HtmlPage::viewHtml(const PageView& view, std::size_t index) const {
    QString html = QStringLiteral("<section class=\"view\" data-view=\"%1\"%2>\n<header>")
                       .arg(index)
                       .arg(index == 0 ? QString() : QStringLiteral(" hidden"));
    if (!view.text.title.isEmpty())
        html += QStringLiteral("<h1>%1</h1>").arg(esc(view.text.title));
    if (!view.text.subtitle.isEmpty())
        html += QStringLiteral("<p class=\"subtitle\">%1</p>").arg(esc(view.text.subtitle));
    if (!view.text.caption.isEmpty())
        html += QStringLiteral("<p class=\"caption\">%1</p>").arg(esc(view.text.caption));
    html +=
        QStringLiteral("</header>\n<div class=\"graph-box\">%1</div>\n<footer>").arg(view.graph);
    if (!view.legend.isEmpty())
        html += QStringLiteral("<div class=\"legend\">%1</div>").arg(view.legend);
    QStringList meta;
    if (!view.text.dateStamp.isEmpty())
        meta << QStringLiteral("<span class=\"stamp\">%1</span>").arg(esc(view.text.dateStamp));
    if (!view.text.sources.isEmpty()) {
        QStringList sources;
        for (const QString& source : view.text.sources)
            sources << esc(source);
        meta << QStringLiteral("<span class=\"sources\"><b>%1:</b> %2</span>")
                    .arg(esc(HtmlPageText::tr("Sources")), sources.join(QStringLiteral(", ")));
    }
    if (!view.text.simplification.isEmpty())
        meta << QStringLiteral("<span class=\"simplified\">%1</span>")
                    .arg(esc(view.text.simplification));
    for (const QString& line : meta)
        html += QStringLiteral("<p class=\"meta\">%1</p>").arg(line);
    return html + QStringLiteral("</footer>\n</section>\n");
}

QByteArray HtmlPage::html(const QString& name) const {
    const QString title = name.isEmpty() ? QStringLiteral("dealgraph") : name;
    const bool deck = views_.size() > 1;
    // The theme of the first view's slide (a deck's steps share one); transparent reads as
    // light on a page.
    const bool dark = !views_.empty() && views_.front().theme == ExportTheme::Dark;
    const GraphStyle style(dark ? Theme::Dark : Theme::Light);
    const QString css =
        QStringLiteral(":root{--bg:%1;--text:%2;--secondary:%3;--selection:%4;"
                       "--plate:%5;}\n")
            .arg(style.background().name(), style.text().name(), style.secondaryText().name(),
                 style.selection().name(), style.labelBackground().name()) +
        resourceText(QStringLiteral(":/dealgraph/web/html_page.css"));
    const QString script = resourceText(QStringLiteral(":/dealgraph/web/html_page.js"));
    const QString language = nameLanguage().isEmpty() ? QStringLiteral("en") : nameLanguage();

    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                                  "<meta charset=\"utf-8\">\n"
                                  "<meta name=\"viewport\" content=\"width=device-width, "
                                  "initial-scale=1\">\n")
                       .arg(language);
    // Nothing but this page's own script and style runs, and nothing is fetched: the page is
    // whole as written, and markup that slipped into it could not run or call out.
    html += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                           "'none'; script-src %1; style-src %2\">\n")
                .arg(cspHash(script), cspHash(css));
    html += QStringLiteral("<meta name=\"generator\" content=\"dealgraph\">\n<title>%1</title>\n"
                           "<style>%2</style>\n</head>\n<body class=\"%3\">\n<div id=\"page\">\n"
                           "<main id=\"stage\">\n")
                .arg(esc(title), css, deck ? QStringLiteral("deck") : QStringLiteral("single"));
    if (deck)
        html += QStringLiteral("<p class=\"story\">%1</p>\n").arg(esc(title));
    for (std::size_t i = 0; i < views_.size(); ++i) {
        if (deck || !views_[i].text.title.isEmpty()) {
            html += viewHtml(views_[i], i);
            continue;
        }
        PageView named = views_[i]; // a page of one graph is headed by its name
        named.text.title = title;
        html += viewHtml(named, i);
    }
    if (deck)
        html += QStringLiteral("<nav class=\"steps\"><button type=\"button\" id=\"previous\">"
                               "%1</button><span id=\"counter\">%3</span><button type=\"button\" "
                               "id=\"next\">%2</button></nav>\n")
                    .arg(esc(HtmlPageText::tr("Previous")), esc(HtmlPageText::tr("Next")),
                         esc(HtmlPageText::tr("%1 / %2").arg(1).arg(views_.size())));
    html += QStringLiteral("</main>\n<aside id=\"details\" aria-live=\"polite\"></aside>\n"
                           "</div>\n<script type=\"application/json\" id=\"dealgraph-data\">");
    QByteArray bytes = html.toUtf8();
    bytes += scriptJson(dataJson(title));
    bytes += "</script>\n<script>";
    bytes += script.toUtf8();
    bytes += "</script>\n</body>\n</html>\n";
    return bytes;
}

} // namespace dealgraph::app
