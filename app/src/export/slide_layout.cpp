#include "export/slide_layout.h"

#include "document/document.h"
#include "document/group_box.h"
#include "document/layout_runner.h"
#include "document/model_text.h"
#include "export/exporter.h"
#include "export/slide_renderer.h"
#include "scene/graph_input.h"
#include "scene/graph_scene.h"
#include "scene/graph_style.h"

#include "dealgraph/simplify.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace dealgraph::app {
namespace {

// Separations in units of the slide's smallest text: a quarter of it between boxes of a rank,
// one and a half between ranks. The window's defaults (10 and 36 points at 11-13 px type)
// spread a slide's graph over twice the frame it needs.
constexpr double kNodeSeparationPerText = 0.9;
constexpr double kRankSeparationPerText = 1.0;
constexpr double kLabelMarginPerText = 0.3;
// Folding rounds after the groups: each keeps the last count times the last scale. Area
// shrinks with the square of the scale, but edges and labels do not shrink with the boxes:
// folding by the square folded half of a graph that lacked a fifth of its room. Near the end a
// round folds one entity (8 at 0.98 keeps 7), so the rounds must not run out before the type
// holds: the 4:3 slide needed eight.
constexpr int kMaxFoldRounds = 12;
constexpr std::size_t kFewestKept = 3;
// Below this scale, estimated from the boxes alone (scaleFromBoxes), a layout is not worth
// running: the graph is folded first.
constexpr double kHopelessScale = 0.5;
// Up to this many entities a slide is laid out with dot whatever its density: dot takes a
// fraction of a second there (the bundled 32 entities and 89 flows: 0.05 s).
constexpr std::size_t kMaxDotSlideEntities = 60;

struct Attempt {
    std::unique_ptr<Document> document;
    std::unique_ptr<GraphScene> scene;
    double scale = 0; // slide units per scene unit at which the graph fills its room
};

// What the slide's room for the graph is, in slide units, before anything is laid out: the
// frame less the title, the footer (and a line for what gets folded) and the legend below.
QRectF graphRoom(const Document& source, const ExportOptions& options, const GraphStyle& style) {
    Slide slide;
    slide.size = options.size;
    slide.textUnits = options.minTypePt * options.unitsPerPoint();
    slide.captionUnits = options.captionUnits();
    slide.text = slideTextFor(source, source.view(), options);
    slide.text.simplification = QStringLiteral("-");
    slide.legend = options.legend;
    slide.legendContent = legendContentFor(source, source.view());
    return slideGeometry(slide, style).graph;
}

// The source's highlight (a story step's, a cycle) in a slide's own model: the same entities by
// id, and of each highlighted deal the flows of the same type between the same ends, an end
// folded into a group or "Others" standing for its members. A box that stands for folded
// entities is lit when a lit flow reaches it.
Highlight carriedHighlight(const Model& from, const Highlight& lit, const Model& to,
                           const View& shown) {
    Highlight out;
    out.title = lit.title;
    if (lit.isEmpty())
        return out;
    for (std::size_t e : lit.entities)
        if (const auto index = to.entityIndex(from.entities()[e].id))
            out.entities.insert(*index);
    auto sameEnd = [&](const std::string& was, const std::string& is) {
        return was == is || (!to.entity(was) && !from.entity(is));
    };
    for (const FlowRef& ref : shown.flows) {
        const Deal& deal = to.deals()[ref.deal];
        const Flow& flow = deal.flows[ref.flow];
        const auto source = from.dealIndex(deal.id);
        if (!source)
            continue;
        const auto first =
            std::lower_bound(lit.flows.begin(), lit.flows.end(), FlowRef{*source, 0});
        for (auto it = first; it != lit.flows.end() && it->deal == *source; ++it) {
            const Flow& was = from.deals()[*source].flows[it->flow];
            if (was.type == flow.type && sameEnd(was.from, flow.from) && sameEnd(was.to, flow.to)) {
                out.flows.insert(ref);
                for (const std::string* end : {&flow.from, &flow.to})
                    if (!from.entity(*end))
                        out.entities.insert(*to.entityIndex(*end));
                break;
            }
        }
    }
    return out;
}

std::optional<Attempt> layOut(Model model, const Filter& filter, GraphScene& source,
                              const ExportOptions& options, const GraphStyle& style,
                              double textUnits, double aspect, QString* error) {
    Attempt attempt;
    attempt.document = std::make_unique<Document>();
    attempt.scene = std::make_unique<GraphScene>(attempt.document.get());
    GraphScene& scene = *attempt.scene;
    LayoutRunner& runner = scene.layoutRunner();
    const LayoutRunner& like = source.layoutRunner();
    runner.setProgram(like.program(), like.arguments());
    runner.setTimeout(like.timeout());
    runner.setMemoryLimit(like.memoryLimit());
    runner.setCacheDirectory(like.cacheDirectory());
    // A slide forces dot below kMaxDotSlideEntities; the budget keeps a shape dot stalls on
    // (a folded ring, a dense core) from holding the slide up, as in the window.
    scene.setDotBudget(source.dotBudget());
    // dot gives the clearest picture of a graph a slide can hold; layout::defaultEngineFor
    // turns to sfdp by density too, which a small graph folded into "Others" always has.
    std::optional<layout::Engine> engine =
        options.engine ? options.engine : source.engineOverride();
    if (!engine && model.entities().size() <= kMaxDotSlideEntities)
        engine = layout::Engine::Dot;
    scene.setEngineOverride(engine);
    scene.setLayoutFrame({aspect, kNodeSeparationPerText * textUnits,
                          kRankSeparationPerText * textUnits, kLabelMarginPerText * textUnits});
    scene.setGraphStyle(style);

    const Document& from = *source.document();
    QString failure;
    if (!model.empty())
        failure = layOutAndWait(scene, [&] { attempt.document->setModel(std::move(model)); });
    attempt.document->setFilter(filter);
    attempt.document->setCompareFrom(from.compareFrom());
    attempt.document->setDisplayOptions(from.displayOptions());
    attempt.document->setHighlight(carriedHighlight(
        from.model(), from.highlight(), attempt.document->model(), attempt.document->view()));
    if (!failure.isEmpty()) {
        if (error)
            *error = QStringLiteral("layout failed: %1").arg(failure);
        return std::nullopt;
    }
    ExportOptions whole = options;
    whole.scope = ExportScope::WholeGraph;
    Slide slide = composeSlide(scene, *attempt.document, whole, QRectF());
    // Room for the line that says what was folded, whether or not it will be needed: the
    // graph is measured in no more room than it will be drawn in.
    slide.text.simplification = QStringLiteral("-");
    const SlideGeometry geometry = slideGeometry(slide, style);
    attempt.scale = slide.source.isValid() && !slide.source.isEmpty()
                        ? std::min(geometry.graph.width() / slide.source.width(),
                                   geometry.graph.height() / slide.source.height())
                        : 1.0;
    if (qEnvironmentVariableIsSet("DEALGRAPH_DEBUG_SLIDE"))
        qWarning("slide layout: %d entities, source %.0fx%.0f, room %.0fx%.0f, scale %.2f",
                 int(attempt.document->model().entities().size()), slide.source.width(),
                 slide.source.height(), geometry.graph.width(), geometry.graph.height(),
                 attempt.scale);
    return attempt;
}

// Collapses into one box each the groups named in `only` (every group when null), but one
// holding an entity of `keep` (the focused entity; with no list, also what a step points out).
Model collapseGroups(const Model& model, const std::set<std::string>& keep, QStringList* named,
                     const std::set<std::string>* only = nullptr) {
    Model out = model;
    for (const EntityGroup& group : entityGroups(model)) {
        if ((only && !only->contains(group.name)) ||
            std::any_of(group.members.begin(), group.members.end(),
                        [&](const std::string& id) { return keep.count(id) > 0; }))
            continue;
        Entity box = groupBox(out, group, unusedEntityId(out, "group"));
        named->append(QString::fromStdString(box.name));
        out = foldEntities(out, group.members, std::move(box));
    }
    return out;
}

// Folds the lightest entities of the view into "Others" until `keep` boxes remain (Others
// counted). Entities of `never` (the focused one, what a story step points out) never fold;
// `othersId` is Others' id once it exists.
Model foldLightest(const Model& model, const View& view, std::size_t keep,
                   const std::set<std::string>& never, std::string* othersId, int* folded) {
    std::vector<std::string> order = entitiesByWeight(model, view);
    const std::size_t boxes = order.size(); // every box the view shows, Others included
    std::erase_if(order, [&](const std::string& id) { return never.count(id) > 0; });
    const bool hasOthers = !othersId->empty();
    if (hasOthers)
        std::erase(order, *othersId); // already Others: it takes in more, it is not recounted
    // Folding n entities leaves boxes - n, plus the new Others box the first time.
    const std::size_t fold = boxes > keep ? boxes - keep + (hasOthers ? 0 : 1) : 0;
    if (fold < (hasOthers ? 1u : 2u) || fold > order.size())
        return model;
    std::vector<std::string> members(order.begin(),
                                     order.begin() + static_cast<std::ptrdiff_t>(fold));
    *folded += static_cast<int>(members.size());
    if (hasOthers)
        members.push_back(*othersId);
    Entity others;
    others.id = hasOthers ? *othersId : unusedEntityId(model, "others");
    others.kind = EntityKind::Other;
    others.name =
        QCoreApplication::translate("SlideLayout", "Others (%1)").arg(*folded).toStdString();
    *othersId = others.id;
    return foldEntities(model, members, std::move(others), FoldedFlows::OnePerPartner);
}

// Singular and plural spelled out: the interface has no English translation file to resolve
// "%n" plural forms ("1 groups").
QString groupsSentence(int groups) {
    return groups == 1
               ? QCoreApplication::translate("SlideLayout", "1 group drawn as one box")
               : QCoreApplication::translate("SlideLayout", "%1 groups drawn as one box each")
                     .arg(groups);
}

QString unpricedSentence(int flows) {
    return flows == 1
               ? QCoreApplication::translate("SlideLayout",
                                             "1 services or rights flow without an amount left out")
               : QCoreApplication::translate(
                     "SlideLayout", "%1 services and rights flows without an amount left out")
                     .arg(flows);
}

// How large the graph could be drawn, judged from its boxes alone: a layout of boxes whose
// area is more than kBoxShare of the room cannot be drawn at scale 1 (edges, labels and
// ranks take the rest). Saves laying out a thousand entities to learn that they do not fit.
constexpr double kBoxShare = 0.2;
double scaleFromBoxes(const Model& model, const View& view, const GraphStyle& style,
                      const QRectF& room) {
    double area = 0;
    for (std::size_t e : view.entities) {
        const QSizeF box =
            entityBoxSize(entityText(model.entities()[e], style.secondaryNames()), style);
        area += box.width() * box.height();
    }
    return area > 0 ? std::sqrt(kBoxShare * room.width() * room.height() / area) : 1.0;
}

} // namespace

GraphStyle slideGraphStyle(const GraphStyle& base, const ExportOptions& options) {
    GraphStyle style = base;
    const double textUnits = options.minTypePt * options.unitsPerPoint();
    style.setTypeSizes(kNameTypeFactor * textUnits, textUnits);
    style.setSecondaryNames(options.secondaryNames.value_or(!nameLanguage().isEmpty()));
    return style;
}

std::optional<SlideGraph> layOutSlideGraph(GraphScene& source, const ExportOptions& options,
                                           QString* error) {
    const Document& from = *source.document();
    const GraphStyle style = slideGraphStyle(source.graphStyle(), options);
    const double textUnits = options.minTypePt * options.unitsPerPoint();
    const QRectF room = graphRoom(from, options, style);
    const double aspect = room.height() > 0 ? room.width() / room.height() : 16.0 / 9.0;

    // Fit what is shown: the view's subset with only the date (and comparison) left to apply.
    // Keep positions: the whole model under the whole filter, the same layout at every date.
    const bool fitShown = options.layout == SlideLayout::FitShown;
    Model model = fitShown ? subsetModel(from.model(), from.view()) : from.model();
    Filter filter = from.filter();
    if (fitShown) {
        filter = Filter{};
        filter.asOf = from.filter().asOf;
    }
    // Never grouped or folded away: the focus of a slide that keeps it, and what is pointed out.
    std::set<std::string> kept;
    if (!fitShown && filter.focus)
        kept.insert(filter.focus->entity);
    // Groups the window or a story step names collapse even around what is pointed out (that
    // was asked for), but not around the focus.
    const std::set<std::string> focusOnly = kept;
    for (std::size_t e : from.highlight().entities)
        kept.insert(from.model().entities()[e].id);

    // Lays out `next`, unless its boxes alone say it cannot come near fitting: then the
    // estimate stands in for the scale and no layout is spent on it.
    std::optional<Attempt> attempt;
    View view;
    double scale = 1;
    SlideGraph graph;
    auto tryModel = [&](Model next, bool forceLayout) {
        view = applyFilter(next, filter);
        const double estimate = scaleFromBoxes(next, view, style, room);
        if (!forceLayout && estimate < kHopelessScale) {
            attempt.reset();
            scale = estimate;
            model = std::move(next);
            return true;
        }
        attempt = layOut(next, filter, source, options, style, textUnits, aspect, error);
        if (!attempt)
            return false;
        scale = attempt->scale;
        view = attempt->document->view();
        model = std::move(next);
        return true;
    };
    QStringList chosen; // groups collapsed because the options or the window say so, not to fit
    if (options.groups == GroupDisplay::Collapsed)
        model = collapseGroups(model, kept, &chosen);
    else if (options.groups == GroupDisplay::Auto && !from.collapsedGroups().empty())
        model = collapseGroups(model, focusOnly, &chosen, &from.collapsedGroups());
    if (!tryModel(std::move(model), false))
        return std::nullopt;
    if (scale < 1 && options.strictType) {
        if (error)
            *error = QStringLiteral("the graph fits a %1x%2 slide only with %3%4 pt type, smaller "
                                    "than --min-type %5; leave out --strict-type to group and "
                                    "fold entities until it fits at %5 pt")
                         .arg(options.size.width())
                         .arg(options.size.height())
                         .arg(attempt ? QString() : QStringLiteral("about "))
                         .arg(std::floor(options.minTypePt * scale * 10) / 10)
                         .arg(options.minTypePt);
        return std::nullopt;
    }

    QStringList grouped;
    if (scale < 1 && options.groups == GroupDisplay::Auto) {
        Model collapsed = collapseGroups(model, kept, &grouped);
        if (!grouped.isEmpty() && !tryModel(std::move(collapsed), false))
            return std::nullopt;
    }
    // Lines that carry no amount (services, rights) say least on an overview: they go before
    // any entity folds.
    const std::set<FlowType> unpricedTypes{FlowType::Services, FlowType::Rights};
    int thinned = 0;
    if (options.unpriced == UnpricedFlows::Hidden ||
        (options.unpriced == UnpricedFlows::Auto && scale < 1)) {
        // What is pointed out stays: a step's caption speaks of its deals ("a right of first
        // refusal"), and a slide without them would contradict it.
        std::set<std::string> pointedOut;
        for (const FlowRef& ref : from.highlight().flows)
            pointedOut.insert(from.model().deals()[ref.deal].id);
        Model lighter = withoutUnpricedFlows(model, unpricedTypes, &thinned, pointedOut);
        if (thinned > 0 && !tryModel(std::move(lighter), false))
            return std::nullopt;
    }
    std::string othersId;
    int folded = 0;
    for (int round = 0; round < kMaxFoldRounds && scale < 1; ++round) {
        const std::size_t shown = view.entities.size();
        if (shown <= kFewestKept)
            break;
        const auto keep =
            std::clamp(static_cast<std::size_t>(std::floor(static_cast<double>(shown) * scale)),
                       kFewestKept, shown - 1);
        Model smaller = foldLightest(model, view, keep, kept, &othersId, &folded);
        if (smaller.entities().size() >= model.entities().size())
            break; // nothing left to fold
        if (!tryModel(std::move(smaller), false))
            return std::nullopt;
    }
    if (!attempt && !tryModel(std::move(model), true))
        return std::nullopt;

    QStringList said;
    // Counted, not listed: each box names its group, and the list of four groups made the
    // line too long for the slide.
    if (!grouped.isEmpty())
        said << groupsSentence(static_cast<int>(grouped.size()));
    if (thinned > 0 && options.unpriced == UnpricedFlows::Auto)
        said << unpricedSentence(thinned);
    if (folded > 0)
        said << (folded == 1
                     ? QCoreApplication::translate("SlideLayout",
                                                   "1 smaller entity grouped as \u201cOthers\u201d")
                     : QCoreApplication::translate(
                           "SlideLayout", "%1 smaller entities grouped as \u201cOthers\u201d")
                           .arg(folded));
    if (attempt->scale < 1)
        said << QCoreApplication::translate("SlideLayout", "type drawn at %1 pt")
                    .arg(std::floor(options.minTypePt * attempt->scale * 10) / 10);
    QStringList sentences;
    if (!chosen.isEmpty())
        sentences << groupsSentence(static_cast<int>(chosen.size()));
    if (thinned > 0 && options.unpriced == UnpricedFlows::Hidden)
        sentences << unpricedSentence(thinned);
    if (!said.isEmpty())
        sentences << QCoreApplication::translate("SlideLayout", "To keep %1 pt type: %2")
                         .arg(options.minTypePt)
                         .arg(said.join(QStringLiteral("; ")));
    graph.simplification = sentences.join(QStringLiteral(". "));
    graph.document = std::move(attempt->document);
    graph.scene = std::move(attempt->scene);
    return graph;
}

} // namespace dealgraph::app
