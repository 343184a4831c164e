// GraphScene: hand placement. Graphviz's dot ignores pinned positions, so after every layout
// the scene moves hand-placed boxes to their kept centres and routes the flows that touch them
// itself (flow_route.h). The layout's own geometry is kept, so undo and Reset Positions put
// boxes and curves back without running Graphviz again.
#include "scene/graph_scene.h"

#include "document/document.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/flow_route.h"

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

// Room around moved boxes, as GraphScene keeps around the layout.
constexpr qreal kPlacedMargin = 36;

QPointF toQt(const layout::Point& point) {
    return {point.x, point.y};
}

qreal arrowLengthOf(const layout::Arrow& arrow, qreal fallback) {
    if (!arrow.present)
        return fallback;
    const qreal length = std::hypot(arrow.tip.x - arrow.base.x, arrow.tip.y - arrow.base.y);
    return length > 0 ? length : fallback;
}

std::pair<std::string, std::string> pairOf(const FlowItem* curve) {
    const auto& ends = curve->ends();
    return std::minmax(ends.from, ends.to);
}

bool samePlace(const QPointF& a, const QPointF& b) {
    return std::abs(a.x() - b.x()) < 0.01 && std::abs(a.y() - b.y()) < 0.01;
}

// Lanes in a stable order: the pair's canonical direction first, then by deal and flow.
void sortLanes(std::vector<FlowItem*>& group, const std::pair<std::string, std::string>& pair) {
    std::sort(group.begin(), group.end(), [&pair](const FlowItem* a, const FlowItem* b) {
        const bool aForward = a->ends().from == pair.first;
        const bool bForward = b->ends().from == pair.first;
        if (aForward != bForward)
            return aForward;
        if (a->dealId() != b->dealId())
            return a->dealId() < b->dealId();
        return a->flowIndex() < b->flowIndex();
    });
}

} // namespace

std::optional<QPointF> GraphScene::layoutPosition(const std::string& entityId) const {
    auto found = layoutCentres_.find(entityId);
    if (found == layoutCentres_.end())
        return std::nullopt;
    return found->second;
}

void GraphScene::forgetLayoutGeometry() {
    layoutCentres_.clear();
    laidOutCurves_.clear();
    curvesOfEntity_.clear();
    curvesOfPair_.clear();
    curvesIndexed_ = false;
    layoutSceneRect_ = QRectF();
}

void GraphScene::rememberLayoutGeometry() {
    forgetLayoutGeometry();
    layoutSceneRect_ = sceneRect();
    for (const auto& [id, item] : entities_)
        layoutCentres_[id] = item->pos();
    applyPositions({});
}

// Which curves meet each box and each pair of boxes: needed only to reroute curves around a
// box placed by hand, so made the first time that happens rather than after every layout (25 ms
// of one event-loop turn at 5,000 entities).
void GraphScene::indexCurves() {
    if (curvesIndexed_)
        return;
    curvesIndexed_ = true;
    // Every curve: the flows, and whatever else draws a flow (summed bundles), from the scene's
    // own lists (QGraphicsScene::items() sorts every item by stacking order first).
    for (FlowItem* curve : curves()) {
        curvesOfEntity_[curve->ends().from].push_back(curve);
        curvesOfEntity_[curve->ends().to].push_back(curve);
        curvesOfPair_[pairOf(curve)].push_back(curve);
    }
    for (auto& [pair, group] : curvesOfPair_)
        sortLanes(group, pair);
}

void GraphScene::addPlacedCurves(const std::vector<FlowItem*>& curves) {
    if (!curvesIndexed_) {
        // The index, when made, takes them in with every other curve.
        if (!layoutCentres_.empty())
            for (FlowItem* curve : curves)
                rerouteCurve(curve);
        return;
    }
    std::set<std::pair<std::string, std::string>> pairs;
    for (FlowItem* curve : curves) {
        curvesOfEntity_[curve->ends().from].push_back(curve);
        curvesOfEntity_[curve->ends().to].push_back(curve);
        curvesOfPair_[pairOf(curve)].push_back(curve);
        pairs.insert(pairOf(curve));
    }
    for (const auto& pair : pairs)
        sortLanes(curvesOfPair_[pair], pair);
    // New curves follow the boxes already placed by hand (no-op for boxes at their place).
    if (layoutCentres_.empty())
        return; // no layout remembered: rememberLayoutGeometry will index and place them
    for (FlowItem* curve : curves)
        rerouteCurve(curve);
}

std::optional<layout::EdgeGeometry> GraphScene::laidOutRouteOf(const FlowItem* curve) const {
    auto found = laidOutCurves_.find(curve);
    if (found == laidOutCurves_.end())
        return std::nullopt;
    layout::EdgeGeometry route = found->second.route;
    if (found->second.labelCentre)
        route.labelCentre =
            layout::Point{found->second.labelCentre->x(), found->second.labelCentre->y()};
    return route;
}

void GraphScene::applyPositions(const QStringList& entityIds) {
    if (layoutCentres_.empty())
        return; // no layout yet: the next one applies them
    std::set<std::string> touched;
    auto place = [&](const std::string& id, EntityItem* item, bool always) {
        auto laidOut = layoutCentres_.find(id);
        if (laidOut == layoutCentres_.end())
            return;
        const QPointF target = document_->position(id).value_or(laidOut->second);
        if (always || !samePlace(item->pos(), target))
            touched.insert(id);
        item->setPos(target);
    };
    if (entityIds.isEmpty()) {
        for (const auto& [id, item] : entities_)
            place(id, item, false);
    } else {
        for (const QString& id : entityIds)
            if (EntityItem* item = entityItem(id.toStdString()))
                place(id.toStdString(), item, true);
    }
    if (touched.empty())
        return;
    rerouteFlowsOf(touched);
    fitSceneRectToItems();
}

void GraphScene::entityDragged(const std::string& entityId) {
    rerouteFlowsOf({entityId});
}

void GraphScene::entityDropped(const std::string& entityId, const QPointF& centre) {
    document_->moveEntity(entityId, centre);
    // Whatever the document kept (it refuses ids the model lacks), show exactly that.
    applyPositions({QString::fromStdString(entityId)});
}

void GraphScene::rerouteFlowsOf(const std::set<std::string>& entityIds) {
    indexCurves();
    std::set<FlowItem*> done;
    for (const std::string& id : entityIds) {
        auto found = curvesOfEntity_.find(id);
        if (found == curvesOfEntity_.end())
            continue;
        for (FlowItem* curve : found->second)
            if (done.insert(curve).second)
                rerouteCurve(curve);
    }
    if (!done.empty() && document_->compareFrom())
        applyComparison(); // change tags sit by their curve's label
}

void GraphScene::rerouteCurve(FlowItem* curve) {
    EntityItem* from = entityItem(curve->ends().from);
    EntityItem* to = entityItem(curve->ends().to);
    if (!from || !to)
        return;
    FlowLabelItem* label = curve->label();
    // The layout's route is kept only for curves that left it (tens of thousands of flows
    // would otherwise each hold a second copy), and given back when both ends return.
    auto laidOut = laidOutCurves_.find(curve);

    auto atLayoutPlace = [this](const std::string& id, const EntityItem* item) {
        auto centre = layoutCentres_.find(id);
        return centre != layoutCentres_.end() && samePlace(item->pos(), centre->second);
    };
    if (atLayoutPlace(curve->ends().from, from) && atLayoutPlace(curve->ends().to, to)) {
        if (laidOut != laidOutCurves_.end()) {
            curve->setRoute(laidOut->second.route);
            if (label && laidOut->second.labelCentre)
                label->setPos(*laidOut->second.labelCentre);
            laidOutCurves_.erase(laidOut);
        }
        return;
    }
    if (laidOut == laidOutCurves_.end()) {
        LaidOutCurve kept{curve->route(), std::nullopt};
        if (label)
            kept.labelCentre = label->pos();
        laidOut = laidOutCurves_.emplace(curve, std::move(kept)).first;
    }

    // Its lane among the curves of the same kind (flows or summed bundles) between the pair.
    indexCurves();
    const auto& pair = curvesOfPair_[pairOf(curve)];
    std::vector<const FlowItem*> lanes;
    for (const FlowItem* other : pair)
        if (other->type() == curve->type())
            lanes.push_back(other);
    const auto lane = std::find(lanes.begin(), lanes.end(), curve) - lanes.begin();

    const layout::EdgeGeometry& original = laidOut->second.route;
    const QRectF fromBox = from->mapRectToScene(from->boxRect());
    const QRectF toBox = to->mapRectToScene(to->boxRect());
    const QPointF between = toBox.center() - fromBox.center();
    const int laneCount = static_cast<int>(lanes.size());
    FlowRouteOptions options;
    options.bow =
        laneBow(static_cast<int>(lane), laneCount, curve->ends().from != pairOf(curve).first,
                laneSpacing(laneCount, std::hypot(between.x(), between.y())));
    options.headArrow = original.headArrow.present;
    options.tailArrow = original.tailArrow.present;
    options.arrowLength =
        arrowLengthOf(original.headArrow, arrowLengthOf(original.tailArrow, options.arrowLength));
    const layout::EdgeGeometry route = routeBetween(fromBox, toBox, options);
    curve->setRoute(route);
    if (label && route.labelCentre)
        label->setPos(toQt(*route.labelCentre));
}

void GraphScene::fitSceneRectToItems() {
    if (layoutSceneRect_.isNull())
        return;
    // Only what left the layout can lie outside its rectangle: the moved boxes and the curves
    // re-routed for them (measuring every item took most of a move on a large graph).
    QRectF placed;
    for (const auto& [id, item] : entities_) {
        auto laidOut = layoutCentres_.find(id);
        if (laidOut != layoutCentres_.end() && !samePlace(item->pos(), laidOut->second))
            placed |= item->sceneBoundingRect();
    }
    for (const auto& entry : laidOutCurves_) {
        placed |= entry.first->sceneBoundingRect();
        if (const FlowLabelItem* label = entry.first->label())
            placed |= label->sceneBoundingRect();
    }
    if (placed.isNull()) {
        setSceneRect(layoutSceneRect_);
        return;
    }
    setSceneRect(layoutSceneRect_ |
                 placed.adjusted(-kPlacedMargin, -kPlacedMargin, kPlacedMargin, kPlacedMargin));
}

} // namespace dealgraph::app
