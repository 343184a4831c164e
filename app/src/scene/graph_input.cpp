#include "scene/graph_input.h"

#include "document/model_text.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace dealgraph::app {

// The advance covers the pen movement, the bounding rect any glyph that overhangs it; fallback
// fonts (CJK) may be taller than the primary font's line.
QSizeF textExtent(const QString& text, const QFont& font) {
    const QFontMetricsF metrics(font);
    qreal width = 0;
    qreal height = 0;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRectF bounds = metrics.boundingRect(lines[i]);
        width = std::max({width, metrics.horizontalAdvance(lines[i]), bounds.width()});
        // QPainter::drawText steps lines by the line spacing; the last takes its full height.
        height += i + 1 < lines.size() ? metrics.lineSpacing()
                                       : std::max(metrics.height(), bounds.height());
    }
    return {width, height};
}

namespace {
// A box holds a name, not a paragraph: past this many characters it shows the start and an
// ellipsis (tooltips and the details panel show the whole name), so one 100,000-character
// name cannot stretch the layout, and the slide, into a single line.
constexpr qsizetype kMaxBoxNameLength = 60;
// Longer names take two lines, so a box is never much wider than it is tall enough to read:
// one 45-character name on one line widened its whole rank of the layout.
constexpr qsizetype kWrapNameLength = 18;
// A hub's box is at least this many name-heights wide per two flows it carries: Graphviz spreads
// the ends of edges along a box's border, and OpenAI's fifty flows met its narrow box at one
// point, arrowheads piled into one blob.
constexpr qreal kHubWidthPerFlow = 0.35;

QString shortened(const QString& text) {
    if (text.size() <= kMaxBoxNameLength)
        return text;
    qsizetype keep = kMaxBoxNameLength - 1;
    if (text.at(keep - 1).isHighSurrogate())
        --keep; // never split a character outside the Basic Multilingual Plane
    return text.left(keep) + QChar(0x2026);
}
} // namespace

QString wrappedName(const QString& name) {
    if (name.size() <= kWrapNameLength)
        return name;
    // The space nearest the middle, so both lines are about as long; none: one line.
    const qsizetype middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 1; i + 1 < name.size(); ++i)
        if (name.at(i) == QLatin1Char(' ') &&
            (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    if (best < 0)
        return name;
    return name.left(best) + QLatin1Char('\n') + name.mid(best + 1);
}

EntityText entityText(const Entity& entity, bool secondary) {
    return {wrappedName(shortened(primaryName(entity))),
            secondary ? shortened(secondaryName(entity)) : QString(), QString()};
}

std::unordered_map<std::string, QString> headlinesByEntity(const Model& model) {
    std::unordered_map<std::string, const HeadlineAmount*> best;
    for (const Deal& deal : model.deals()) {
        if (deal.headline.empty() || deal.headline.at.empty())
            continue;
        const HeadlineAmount& first = deal.headline.amounts.front();
        const HeadlineAmount*& kept = best[deal.headline.at];
        if (!kept ||
            (first.amount.unit == Unit::Usd &&
             (kept->amount.unit != Unit::Usd || first.amount.nominal() > kept->amount.nominal())))
            kept = &first;
    }
    std::unordered_map<std::string, QString> texts;
    for (const auto& [entityId, figure] : best)
        texts.emplace(entityId, figureText(*figure));
    return texts;
}

QString headlineOn(const Model& model, const std::string& entityId) {
    const auto texts = headlinesByEntity(model);
    const auto found = texts.find(entityId);
    return found == texts.end() ? QString() : found->second;
}

QSizeF entityBoxSize(const EntityText& text, const GraphStyle& style) {
    const QSizeF name = textExtent(text.name, style.nameFont());
    qreal width = name.width();
    qreal height = name.height();
    if (!text.secondary.isEmpty()) {
        const QSizeF secondary = textExtent(text.secondary, style.secondaryNameFont());
        width = std::max(width, secondary.width());
        height += GraphStyle::kLineGap + secondary.height();
    }
    if (!text.headline.isEmpty()) {
        const QSizeF headline = textExtent(text.headline, style.amountFont());
        width = std::max(width, headline.width());
        height += GraphStyle::kLineGap + headline.height();
    }
    // Whole points keep box edges on pixel boundaries at 100 % zoom.
    return {std::ceil(width + 2 * GraphStyle::kBoxPaddingX),
            std::ceil(height + 2 * GraphStyle::kBoxPaddingY)};
}

QString flowLabel(const Flow& flow) {
    return amountsText(flow);
}

QSizeF flowLabelSize(const QString& label, const GraphStyle& style) {
    if (label.isEmpty())
        return {0, 0};
    const QSizeF extent = textExtent(label, style.amountFont());
    return {std::ceil(extent.width() + 2 * GraphStyle::kLabelPaddingX),
            std::ceil(extent.height() + 2 * GraphStyle::kLabelPaddingY)};
}

void widenHubs(layout::LayoutRequest& request, const GraphStyle& style) {
    std::vector<int> degree(request.nodes.size(), 0);
    for (const layout::EdgeSpec& edge : request.edges) {
        ++degree[static_cast<std::size_t>(edge.tail)];
        if (edge.head != edge.tail)
            ++degree[static_cast<std::size_t>(edge.head)];
    }
    const qreal perFlow = kHubWidthPerFlow * style.nameFont().pixelSize();
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        // Half the flows meet each long side, or thereabouts.
        const double wanted = std::ceil(perFlow * degree[i] / 2.0);
        request.nodes[i].size.width = std::max(request.nodes[i].size.width, wanted);
    }
}

int GraphInput::nodeOf(std::size_t entityIndex) const {
    // Nodes are created in entity order, one per entity.
    return entityIndex < nodeEntity.size() ? static_cast<int>(entityIndex) : -1;
}

GraphInput collectGraphText(const Model& model, const GraphStyle& style) {
    GraphInput input;
    const auto& entities = model.entities();
    input.request.nodes.reserve(entities.size());
    // Once for the model, not once per entity: a scan of every deal per box was quadratic.
    const std::unordered_map<std::string, QString> headlines = headlinesByEntity(model);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        EntityText text = entityText(entities[i], style.secondaryNames());
        if (const auto found = headlines.find(entities[i].id); found != headlines.end())
            text.headline = found->second;
        input.request.nodes.push_back({});
        input.nodeEntity.push_back(i);
        input.nodeText.push_back(std::move(text));
    }

    const auto& deals = model.deals();
    for (std::size_t d = 0; d < deals.size(); ++d) {
        for (std::size_t f = 0; f < deals[d].flows.size(); ++f) {
            const Flow& flow = deals[d].flows[f];
            const auto tail = model.entityIndex(flow.from);
            const auto head = model.entityIndex(flow.to);
            if (!tail || !head) // the loader guarantees both; a hand-built model may not
                continue;
            // A loaded model has no loop: these are flows inside a collapsed group, which
            // the group's box stands for (FoldedFlows::InPlace).
            if (*tail == *head)
                continue;
            layout::EdgeSpec edge;
            edge.tail = static_cast<int>(*tail);
            edge.head = static_cast<int>(*head);
            const FlowRef ref{d, f};
            input.flowEdge[ref] = static_cast<int>(input.request.edges.size());
            input.request.edges.push_back(edge);
            input.edgeFlow.push_back(ref);
            input.edgeLabel.push_back(flowLabel(flow));
        }
    }
    return input;
}

void measureGraphText(GraphInput& input, const GraphStyle& style) {
    for (std::size_t node = 0; node < input.nodeText.size(); ++node) {
        const QSizeF size = entityBoxSize(input.nodeText[node], style);
        input.request.nodes[node].size = {size.width(), size.height()};
    }
    for (std::size_t edge = 0; edge < input.edgeLabel.size(); ++edge) {
        const QSizeF size = flowLabelSize(input.edgeLabel[edge], style);
        input.request.edges[edge].labelSize = {size.width(), size.height()};
    }
    widenHubs(input.request, style);
    input.request.engine =
        layout::defaultEngineFor(input.request.nodes.size(), input.request.edges.size());
}

GraphInput buildGraphInput(const Model& model, const GraphStyle& style) {
    GraphInput input = collectGraphText(model, style);
    measureGraphText(input, style);
    return input;
}

} // namespace dealgraph::app
