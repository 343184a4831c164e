// Turns a model into a layout request: one node per entity with the size of the box the scene
// will draw, one edge per flow with the size of its amount label. Lays out ALL of the model so
// positions stay put while a filter hides parts of it; the scene hides what the view excludes.
#pragma once

#include "scene/graph_style.h"

#include "dealgraph/graph_layout.h"
#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <QSizeF>
#include <QString>

#include <cstddef>
#include <map>
#include <unordered_map>
#include <vector>

namespace dealgraph::app {

// The text an entity's box shows: its name in the interface's name language and, as a smaller
// second line, its other name (Chinese under English, English under Chinese); see model_text.h.
struct EntityText {
    QString name;
    QString secondary;
    // The headline of a deal drawn on this box ("$500B over four years" on Stargate): a third
    // line in the amount font, measured with the box so the layout leaves it room.
    QString headline;
};

// For each entity that a headline is drawn on (Deal::headline.at), the first figure of its
// largest headline with its span: "$500B over four years".
std::unordered_map<std::string, QString> headlinesByEntity(const Model& model);
// The same for one entity; empty when no headline names it.
QString headlineOn(const Model& model, const std::string& entityId);

// The box's text: the name, on two lines when long (split at the space nearest its middle),
// and the other-language name under it when `secondary`.
EntityText entityText(const Entity& entity, bool secondary = true);
QString wrappedName(const QString& name);
// Widens the boxes of entities with many flows so their ends spread along the border.
void widenHubs(layout::LayoutRequest& request, const GraphStyle& style);
// The space one line of text needs in `font`, CJK fallback glyphs included.
QSizeF textExtent(const QString& text, const QFont& font);
// The box that holds the text with padding, in scene units (points).
QSizeF entityBoxSize(const EntityText& text, const GraphStyle& style);

// "$300B", "up to $100B · 10 GW"; empty when the flow has no amounts.
QString flowLabel(const Flow& flow);
// The label's box with padding; 0x0 for an empty label.
QSizeF flowLabelSize(const QString& label, const GraphStyle& style);

struct GraphInput {
    layout::LayoutRequest request;
    std::vector<std::size_t> nodeEntity; // node index -> entity index in the model
    std::vector<FlowRef> edgeFlow;       // edge index -> (deal, flow) in the model
    std::map<FlowRef, int> flowEdge;     // (deal, flow) -> edge index
    std::vector<EntityText> nodeText;    // what each node's box shows
    std::vector<QString> edgeLabel;      // each edge's amount label, maybe empty

    int nodeOf(std::size_t entityIndex) const; // -1 when the entity has no node
};

GraphInput buildGraphInput(const Model& model, const GraphStyle& style);
// buildGraphInput in its two halves. The first reads the model (the texts, the edges) and
// leaves every size 0; the second measures the texts with the style's fonts, reads no model,
// and so can run on a worker thread while the model changes (0.1-0.25 s at 5,000 entities).
GraphInput collectGraphText(const Model& model, const GraphStyle& style);
void measureGraphText(GraphInput& input, const GraphStyle& style);

} // namespace dealgraph::app
