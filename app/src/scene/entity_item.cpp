#include "scene/entity_item.h"

#include "scene/graph_scene.h"
#include "scene/paint_detail.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace dealgraph::app {

namespace {

constexpr qreal kHaloWidth = 5; // room for the selection ring around a selected box
// A box lower than this on screen has text of two or three pixels: unreadable, and costly to
// shape. (The bundled dataset fitted in a small window keeps its text.)
constexpr qreal kMinTextBoxPixels = 6;

qreal cornerRadius(const EntityBoxStyle& box, const QRectF& rect) {
    return std::min(box.cornerRadius, rect.height() / 2);
}

} // namespace

EntityItem::EntityItem(std::string entityId, EntityKind kind, EntityText text, QSizeF boxSize)
    : entityId_(std::move(entityId)), kind_(kind), text_(std::move(text)), boxSize_(boxSize) {
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(2); // boxes above lines and labels
}

GraphScene* EntityItem::graphScene() const {
    return qobject_cast<GraphScene*>(scene());
}

QRectF EntityItem::boxRect() const {
    return {-boxSize_.width() / 2, -boxSize_.height() / 2, boxSize_.width(), boxSize_.height()};
}

QRectF EntityItem::boundingRect() const {
    const qreal margin = kHaloWidth + 2;
    return boxRect().adjusted(-margin, -margin, margin, margin);
}

QPainterPath EntityItem::shape() const {
    QPainterPath path;
    path.addRect(boxRect());
    return path;
}

void EntityItem::setEmphasis(Emphasis emphasis) {
    if (emphasis == emphasis_)
        return;
    emphasis_ = emphasis;
    setOpacity(emphasis == Emphasis::Dimmed ? GraphStyle::kDimmedOpacity : 1.0);
    update();
}

void EntityItem::setSelectedInDocument(bool selected) {
    if (selected == selected_)
        return;
    selected_ = selected;
    update();
}

void EntityItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    GraphScene* owner = graphScene();
    if (!owner)
        return;
    const GraphStyle& style = owner->graphStyle();
    const EntityBoxStyle box = style.entityBox(kind_);
    const QRectF rect = boxRect();
    const qreal radius = cornerRadius(box, rect);

    // Level of detail in a view only (paint_detail.h): antialiasing as the view says, no text
    // too small to read. Exports get everything.
    const PaintDetail detail = paintDetail(painter, option, widget);
    if (!detail.inView)
        painter->setRenderHint(QPainter::Antialiasing);
    if (selected_) {
        // An outline ring just outside the box, in the selection colour.
        QPen ring(style.selection(), 2.5);
        painter->setPen(ring);
        painter->setBrush(Qt::NoBrush);
        const qreal offset = 3.5;
        const QRectF ringRect = rect.adjusted(-offset, -offset, offset, offset);
        painter->drawRoundedRect(ringRect, radius + offset, radius + offset);
    }

    // Hovered boxes get a heavier border in the text colour, so they stand out from the rest.
    const bool strong = emphasis_ == Emphasis::Highlighted || selected_;
    QPen border(strong ? style.text() : box.border, box.borderWidth + (strong ? 0.8 : 0),
                box.borderStyle);
    border.setJoinStyle(Qt::MiterJoin);
    painter->setPen(border);
    painter->setBrush(box.fill);
    const qreal inset = border.widthF() / 2; // keep the stroke inside the measured box
    // As a path: QPainter's own rounded rectangle starts its outline, and so a dashed border's
    // pattern, elsewhere on a screen than in a recording (paint_recording.h), and a window
    // refined in the background would show the dashes of a box jump.
    QPainterPath outline;
    outline.addRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->drawPath(outline);

    if (detail.inView && rect.height() * detail.scale < kMinTextBoxPixels)
        return;

    // Text lines centred as a block, each in the height it was measured with. Shaping is
    // costly and hover repaints every item, so the extents are kept until the fonts change.
    if (!measured_ || measuredWith_ != style.nameFont() ||
        measuredSecondaryWith_ != style.secondaryNameFont() ||
        measuredAmountWith_ != style.amountFont()) {
        measured_ = true;
        measuredWith_ = style.nameFont();
        measuredSecondaryWith_ = style.secondaryNameFont();
        measuredAmountWith_ = style.amountFont();
        nameSize_ = textExtent(text_.name, measuredWith_);
        secondarySize_ = text_.secondary.isEmpty()
                             ? QSizeF()
                             : textExtent(text_.secondary, measuredSecondaryWith_);
        headlineSize_ =
            text_.headline.isEmpty() ? QSizeF() : textExtent(text_.headline, measuredAmountWith_);
    }
    const QSizeF nameSize = nameSize_;
    const QSizeF secondarySize = secondarySize_;
    const qreal block =
        nameSize.height() +
        (text_.secondary.isEmpty() ? 0 : GraphStyle::kLineGap + secondarySize.height()) +
        (text_.headline.isEmpty() ? 0 : GraphStyle::kLineGap + headlineSize_.height());
    qreal y = -block / 2;
    painter->setFont(style.nameFont());
    painter->setPen(style.text());
    painter->drawText(QRectF(rect.left(), y, rect.width(), nameSize.height()), Qt::AlignCenter,
                      text_.name);
    if (!text_.secondary.isEmpty()) {
        y += nameSize.height() + GraphStyle::kLineGap;
        painter->setFont(style.secondaryNameFont());
        painter->setPen(style.secondaryText());
        painter->drawText(QRectF(rect.left(), y, rect.width(), secondarySize.height()),
                          Qt::AlignCenter, text_.secondary);
        y += secondarySize.height() - nameSize.height();
    }
    if (!text_.headline.isEmpty()) {
        // The commitment as announced, in the colour of money, under the name.
        y += nameSize.height() + GraphStyle::kLineGap;
        painter->setFont(style.amountFont());
        painter->setPen(style.flowColour(FlowType::Money).darker(115));
        painter->drawText(QRectF(rect.left(), y, rect.width(), headlineSize_.height()),
                          Qt::AlignCenter, text_.headline);
    }
}

void EntityItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    if (GraphScene* owner = graphScene())
        owner->hoverEntity(entityId_);
}

void EntityItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    if (GraphScene* owner = graphScene())
        owner->clearHover();
}

void EntityItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    // Accepting the press also keeps the view from starting a hand-drag pan.
    event->accept();
    pressed_ = event->button() == Qt::LeftButton;
    dragging_ = false;
    linking_ = pressed_ && (event->modifiers() & Qt::ShiftModifier);
    pressScenePos_ = event->scenePos();
    pressItemPos_ = pos();
    if (GraphScene* owner = graphScene())
        owner->selectInDocument(Selection::entity(entityId_));
}

void EntityItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    event->accept();
    if (GraphScene* owner = graphScene(); owner && event->button() == Qt::LeftButton)
        owner->toggleGroupOf(entityId_);
}

void EntityItem::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    GraphScene* owner = graphScene();
    if (!pressed_ || !owner || !isVisible() || !(event->buttons() & Qt::LeftButton))
        return;
    if (linking_) {
        owner->linkDragged(entityId_, event->scenePos());
        return;
    }
    if (!dragging_) {
        const QPoint moved = event->screenPos() - event->buttonDownScreenPos(Qt::LeftButton);
        if (moved.manhattanLength() < QApplication::startDragDistance())
            return;
        dragging_ = true;
        setCursor(Qt::ClosedHandCursor);
    }
    setPos(pressItemPos_ + event->scenePos() - pressScenePos_);
    owner->entityDragged(entityId_);
}

void EntityItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (linking_) {
        linking_ = false;
        pressed_ = false;
        if (GraphScene* owner = graphScene(); owner && event->button() == Qt::LeftButton)
            owner->linkDropped(entityId_, event->scenePos());
        return;
    }
    const bool dropped = dragging_ && event->button() == Qt::LeftButton;
    pressed_ = false;
    dragging_ = false;
    if (!dropped)
        return;
    setCursor(Qt::PointingHandCursor);
    if (GraphScene* owner = graphScene())
        owner->entityDropped(entityId_, pos());
}

} // namespace dealgraph::app
