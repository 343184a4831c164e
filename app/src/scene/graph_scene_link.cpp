// GraphScene: drawing a new flow. A Shift-drag from an entity shows a dashed line to the
// pointer; released over another entity it asks for a flow between the two (the window opens
// the New Deal form with that flow), released anywhere else it does nothing.
#include "scene/graph_scene.h"

#include "document/document.h"
#include "scene/entity_item.h"

#include <QGraphicsLineItem>
#include <QPen>

namespace dealgraph::app {

namespace {
// Above every box and curve while it is drawn.
constexpr qreal kLinkLineZ = 1000;
} // namespace

std::string GraphScene::entityIdAt(const QPointF& at) const {
    for (QGraphicsItem* item : items(at)) {
        for (QGraphicsItem* up = item; up; up = up->parentItem()) {
            if (const auto* entity = dynamic_cast<const EntityItem*>(up)) {
                if (!entity->isVisible() || document_->collapsedGroupOfBox(entity->entityId()))
                    return {};
                return document_->model().entity(entity->entityId()) ? entity->entityId()
                                                                     : std::string();
            }
        }
    }
    return {};
}

void GraphScene::linkDragged(const std::string& fromId, const QPointF& to) {
    const EntityItem* from = entityItem(fromId);
    if (!from)
        return;
    if (!linkLine_) {
        linkLine_ = new QGraphicsLineItem;
        addToScene(linkLine_);
        QPen pen(graphStyle().text(), 2, Qt::DashLine);
        pen.setCosmetic(true);
        linkLine_->setPen(pen);
        linkLine_->setZValue(kLinkLineZ);
    }
    linkLine_->setLine(QLineF(from->sceneBoundingRect().center(), to));
}

void GraphScene::linkDropped(const std::string& fromId, const QPointF& at) {
    if (linkLine_)
        std::erase(itemsAdded_, static_cast<QGraphicsItem*>(linkLine_));
    delete linkLine_;
    linkLine_ = nullptr;
    ++itemsGeneration_;
    const std::string to = entityIdAt(at);
    if (!to.empty() && to != fromId && document_->model().entity(fromId))
        emit flowDrawn(fromId, to);
}

} // namespace dealgraph::app
