// GraphScene: items from a layout. A small graph's are made at once; a big graph's (more than
// kSlicedBuildItems boxes and flows) a slice of about kBuildSliceMs at a time from the event
// loop: at 5,000 entities making 35,000 items took 0.2 s in one piece, a frozen window. The
// slices are: the boxes and the spreading of flow ends, the flows (several slices), then the
// scene rectangle and hand-placed positions, and the view's state. A newer layout, a new model
// or clearItems drops a build under way.
#include "scene/graph_scene.h"

#include "document/document.h"
#include "scene/entity_item.h"
#include "scene/flow_ends.h"
#include "scene/flow_item.h"

#include <QElapsedTimer>
#include <QTimer>

namespace dealgraph::app {

namespace {

// Room around the drawing, so boxes at the edge do not touch the window frame.
constexpr qreal kSceneMargin = 36;
// Least distance between two flow ends on one side of a box, in amount-font heights: an
// arrowhead is about half of one wide, so neighbours keep a gap.
constexpr qreal kFlowEndSpacing = 0.7;

} // namespace

struct GraphScene::Build {
    GraphInput input;
    layout::LayoutResult result;
    std::vector<layout::EdgeGeometry> routes; // the layout's, flow ends spread along boxes
    std::size_t nextEdge = 0;
    enum class Stage { Entities, Flows, Bounds, Place, Apply } stage = Stage::Entities;
};

void GraphScene::buildItems(const GraphInput& input, const layout::LayoutResult& result) {
    Build build{input, result, {}, 0, Build::Stage::Entities};
    buildEntityItems(build);
    buildFlowItems(build, -1);
    boundBuiltItems(build);
    placeBuiltItems();
    applyToBuiltItems();
}

void GraphScene::buildEntityItems(Build& build) {
    clearItems();
    const GraphInput& input = build.input;
    const layout::LayoutResult& result = build.result;
    // A scene without a rectangle of its own works out the bounds of every item (sorted by
    // stacking order first) whenever items were added: between two slices of a 5,000-entity
    // build that was up to 100 ms. The layout's bounds stand in until the Bounds stage.
    setSceneRect(QRectF(0, 0, result.bounds.width, result.bounds.height)
                     .adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
    // Collapsed groups are boxes of the drawn model; its deals and flows are the model's.
    const Model& model = document_->drawnModel();

    for (std::size_t node = 0; node < input.nodeEntity.size(); ++node) {
        const Entity& entity = model.entities()[input.nodeEntity[node]];
        const layout::NodeGeometry& geometry = result.nodes[node];
        const layout::Size requested = input.request.nodes[node].size;
        // The box the layout routed edges to; the requested one if it reported none.
        const QSizeF size(geometry.size.width > 0 ? geometry.size.width : requested.width,
                          geometry.size.height > 0 ? geometry.size.height : requested.height);
        auto* item = new EntityItem(entity.id, entity.kind, input.nodeText[node], size);
        item->setPos(geometry.centre.x, geometry.centre.y);
        addToScene(item);
        entities_[entity.id] = item;
    }

    // The ends Graphviz piles onto one point of a hub's border, spread along it.
    build.routes = result.edges;
    std::vector<FlowEnds> ends;
    ends.reserve(input.request.edges.size());
    for (const layout::EdgeSpec& edge : input.request.edges)
        ends.push_back({edge.tail, edge.head});
    std::vector<QRectF> boxes;
    boxes.reserve(input.nodeEntity.size());
    for (std::size_t node = 0; node < input.nodeEntity.size(); ++node)
        if (const EntityItem* item = entityItem(model.entities()[input.nodeEntity[node]].id))
            boxes.push_back(item->mapRectToScene(item->boxRect()));
    if (boxes.size() == input.nodeEntity.size())
        spreadFlowEnds(build.routes, ends, boxes,
                       kFlowEndSpacing * style_.amountFont().pixelSize());
    build.stage = Build::Stage::Flows;
}

bool GraphScene::buildFlowItems(Build& build, qint64 untilMs) {
    const GraphInput& input = build.input;
    const Model& model = document_->drawnModel();
    QElapsedTimer clock;
    clock.start();
    for (; build.nextEdge < input.edgeFlow.size(); ++build.nextEdge) {
        // Checked every 64 flows: reading the clock costs more than making one.
        if (untilMs >= 0 && build.nextEdge % 64 == 0 && clock.elapsed() >= untilMs)
            return false;
        const std::size_t edge = build.nextEdge;
        const FlowRef ref = input.edgeFlow[edge];
        const Deal& deal = model.deals()[ref.deal];
        const Flow& flow = deal.flows[ref.flow];
        const layout::EdgeGeometry& geometry = build.routes[edge];
        auto* item =
            new FlowItem(deal.id, static_cast<int>(ref.flow), flow.type,
                         GraphStyle::flowWidth(flow.amounts), {flow.from, flow.to}, geometry);
        addToScene(item);
        if (!input.edgeLabel[edge].isEmpty() && geometry.labelCentre) {
            const layout::Size labelSize = input.request.edges[edge].labelSize;
            auto* label = new FlowLabelItem(item, input.edgeLabel[edge],
                                            QSizeF(labelSize.width, labelSize.height));
            label->setPos(geometry.labelCentre->x, geometry.labelCentre->y);
            addToScene(label);
            item->setLabel(label);
        }
        flows_[{deal.id, static_cast<int>(ref.flow)}] = item;
        flowsByDeal_[deal.id].push_back(item);
    }
    build.stage = Build::Stage::Bounds;
    return true;
}

void GraphScene::boundBuiltItems(const Build& build) {
    // What was just built, from the scene's own maps: QGraphicsScene::itemsBoundingRect sorts
    // every item by stacking order before it looks at one.
    QRectF bounds(0, 0, build.result.bounds.width, build.result.bounds.height);
    for (const auto& [id, item] : entities_)
        bounds |= item->sceneBoundingRect();
    for (const auto& [key, item] : flows_) {
        bounds |= item->sceneBoundingRect();
        if (const FlowLabelItem* label = item->label())
            bounds |= label->sceneBoundingRect();
    }
    setSceneRect(bounds.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

void GraphScene::placeBuiltItems() {
    rememberLayoutGeometry(); // and moves the hand-placed boxes
}

void GraphScene::applyToBuiltItems() {
    applyView();
    applySelection();
    applyHover(); // a highlight or comparison set before the layout dims what it leaves out
}

void GraphScene::startSlicedBuild(GraphInput input, const layout::LayoutResult& result) {
    build_ = std::make_shared<Build>();
    build_->input = std::move(input);
    build_->result = result;
    continueSlicedBuild();
}

void GraphScene::continueSlicedBuild() {
    if (!build_)
        return;
    const std::shared_ptr<Build> build = build_;
    switch (build->stage) {
    case Build::Stage::Entities:
        buildEntityItems(*build); // clearItems drops build_: this build goes on
        build_ = build;
        break;
    case Build::Stage::Flows:
        buildFlowItems(*build, kBuildSliceMs);
        break;
    case Build::Stage::Bounds:
        boundBuiltItems(*build);
        build->stage = Build::Stage::Place;
        break;
    case Build::Stage::Place:
        placeBuiltItems();
        build->stage = Build::Stage::Apply;
        break;
    case Build::Stage::Apply:
        applyToBuiltItems();
        build_.reset();
        emit layoutFinished();
        return;
    }
    // The next slice after whatever else waits (input, paints, timers): a timer, not a posted
    // event, which would run before them; a newer build (or none) makes this one stop there.
    QTimer::singleShot(1, this, [this, weak = std::weak_ptr<Build>(build)] {
        if (weak.lock() == build_)
            continueSlicedBuild();
    });
}

void GraphScene::finishSlicedBuildNow() {
    const std::shared_ptr<Build> build = build_;
    if (!build)
        return;
    if (build->stage == Build::Stage::Entities) {
        buildEntityItems(*build);
        build_ = build;
    }
    buildFlowItems(*build, -1);
    if (build->stage == Build::Stage::Bounds) {
        boundBuiltItems(*build);
        build->stage = Build::Stage::Place;
    }
    if (build->stage == Build::Stage::Place)
        placeBuiltItems();
    applyToBuiltItems();
    build_.reset();
    emit layoutFinished();
}

} // namespace dealgraph::app
