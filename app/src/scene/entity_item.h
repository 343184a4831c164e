// An entity on the graph: a box styled by its kind with its name and, when known, its
// Simplified Chinese name. Holds only its id and the text it shows; the style comes from the
// scene at paint time so a theme change restyles without a rebuild.
#pragma once

#include "scene/graph_input.h"

#include "dealgraph/kinds.h"

#include <QFont>
#include <QGraphicsItem>

#include <string>

namespace dealgraph::app {

class GraphScene;

// How an item relates to what the pointer hovers: part of it, dimmed, or nothing is hovered.
enum class Emphasis { Normal, Highlighted, Dimmed };

class EntityItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    EntityItem(std::string entityId, EntityKind kind, EntityText text, QSizeF boxSize);

    int type() const override { return Type; }
    const std::string& entityId() const { return entityId_; }
    EntityKind kind() const { return kind_; }
    const EntityText& text() const { return text_; }
    QRectF boxRect() const; // the box in item coordinates, centred on the origin

    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return emphasis_; }
    void setSelectedInDocument(bool selected);
    bool isSelectedInDocument() const { return selected_; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    // Dragging with the left button places the box by hand: its flows follow live and the
    // release keeps the place (one undo step). A press without a move only selects.
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    // Opens a collapsed group's box, or closes the group this entity belongs to.
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    GraphScene* graphScene() const;

    std::string entityId_;
    EntityKind kind_;
    EntityText text_;
    QSizeF boxSize_;
    Emphasis emphasis_ = Emphasis::Normal;
    bool selected_ = false;
    // The left button went down on this box at pressScenePos_, with the box at pressItemPos_;
    // dragging_ once it moved further than the platform's drag distance.
    bool pressed_ = false;
    bool dragging_ = false;
    bool linking_ = false; // a Shift-drag: drawing a new flow from this entity
    QPointF pressScenePos_;
    QPointF pressItemPos_;
    // Text extents and the fonts they were measured with (see paint()).
    bool measured_ = false;
    QFont measuredWith_;
    QFont measuredSecondaryWith_;
    QFont measuredAmountWith_;
    QSizeF nameSize_;
    QSizeF secondarySize_;
    QSizeF headlineSize_;
};

} // namespace dealgraph::app
