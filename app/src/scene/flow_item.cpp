#include "scene/flow_item.h"

#include "scene/graph_scene.h"
#include "scene/paint_detail.h"
#include "scene/path_clip.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>
#include <optional>

namespace dealgraph::app {

namespace {

// Thin curves are hard to hit: the clickable area is at least this wide (scene units).
constexpr qreal kHitWidth = 9;
// How far the selection highlighter extends beyond the line on each side.
constexpr qreal kHaloExtra = 4;
constexpr qreal kBoundsMargin = GraphStyle::kMaxAmountWidth / 2 + kHaloExtra + 6;

QPointF toQt(const layout::Point& point) {
    return {point.x, point.y};
}

QPainterPath curvePath(const std::vector<layout::Point>& curve) {
    QPainterPath path;
    if (curve.empty())
        return path;
    path.moveTo(toQt(curve[0]));
    for (std::size_t i = 1; i + 2 < curve.size(); i += 3)
        path.cubicTo(toQt(curve[i]), toQt(curve[i + 1]), toQt(curve[i + 2]));
    return path;
}

} // namespace

FlowItem::FlowItem(std::string dealId, int flowIndex, FlowType type, qreal amountWidth, Ends ends,
                   const layout::EdgeGeometry& geometry)
    : dealId_(std::move(dealId)), flowIndex_(flowIndex), type_(type), amountWidth_(amountWidth),
      ends_(std::move(ends)) {
    setRoute(geometry);
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    updateZ();
}

void FlowItem::setRoute(const layout::EdgeGeometry& geometry) {
    prepareGeometryChange();
    route_ = geometry;
    path_ = curvePath(geometry.curve);
    arrows_.clear();
    for (const layout::Arrow& arrow : {geometry.headArrow, geometry.tailArrow})
        if (arrow.present)
            arrows_.push_back(arrow);

    // The hit shape's box without stroking the curve (40 us a flow, most of a 20,000-flow
    // scene build): the curve's exact box grown by half the hit width, and the arrowheads.
    const qreal halfHit = std::max(amountWidth_, kHitWidth) / 2;
    QRectF extent = path_.boundingRect().adjusted(-halfHit, -halfHit, halfHit, halfHit);
    for (const layout::Arrow& arrow : arrows_)
        extent |= arrowHead(arrow, GraphStyle::kMaxAmountWidth).boundingRect();
    bounds_ = extent.adjusted(-kBoundsMargin, -kBoundsMargin, kBoundsMargin, kBoundsMargin);
    update();
}

GraphScene* FlowItem::graphScene() const {
    return qobject_cast<GraphScene*>(scene());
}

void FlowItem::setAmountWidth(qreal width) {
    if (width == amountWidth_)
        return;
    amountWidth_ = width; // the hit shape keeps its width: it is at least kHitWidth anyway
    update();
}

void FlowItem::setStatus(std::optional<Status> status) {
    if (status == status_)
        return;
    status_ = status;
    update();
    if (label_)
        label_->update();
}

void FlowItem::setShown(bool shown) {
    setVisible(shown);
    if (label_)
        label_->setVisible(shown);
}

void FlowItem::setEmphasis(Emphasis emphasis) {
    if (emphasis == emphasis_)
        return;
    emphasis_ = emphasis;
    const qreal opacity = emphasis == Emphasis::Dimmed ? GraphStyle::kDimmedOpacity : 1.0;
    setOpacity(opacity);
    if (label_)
        label_->setOpacity(opacity);
    updateZ();
    update();
}

void FlowItem::setSelectionState(FlowSelection state) {
    if (state == selection_)
        return;
    selection_ = state;
    updateZ();
    update();
    if (label_)
        label_->update();
}

void FlowItem::setToolTips(const QString& toolTip) {
    setToolTip(toolTip);
    if (label_)
        label_->setToolTip(toolTip);
}

// Lines are stacked by interest: what the pointer or the selection points at comes on top.
void FlowItem::updateZ() {
    const bool raised = emphasis_ == Emphasis::Highlighted || selection_ != FlowSelection::None;
    setZValue(raised ? 0.5 : 0);
    if (label_)
        label_->setZValue(raised ? 1.5 : 1);
}

QPen FlowItem::pen(const GraphStyle& style, qreal minimumWidth) const {
    return style.flowPen(type_, amountWidth_, status_, minimumWidth);
}

QPolygonF FlowItem::arrowHead(const layout::Arrow& arrow, qreal lineWidth) const {
    const QPointF tip = toQt(arrow.tip);
    const QPointF base = toQt(arrow.base);
    const QPointF along = tip - base;
    const qreal length = std::hypot(along.x(), along.y());
    if (length <= 0)
        return {};
    // Wide enough to read as an arrow on the thickest line, yet never wider than it is long.
    const qreal halfWidth = std::min(std::max(3.5, lineWidth * 1.1 + 1), length * 0.8);
    const QPointF normal(-along.y() / length * halfWidth, along.x() / length * halfWidth);
    return QPolygonF({tip, base + normal, base - normal});
}

QRectF FlowItem::boundingRect() const {
    return bounds_;
}

// Made each time it is asked for, never kept: an outline is kilobytes, the scene asks for
// the outline of every curve whose box holds the pointer, and keeping them took hundreds of
// megabytes at tens of thousands of flows.
QPainterPath FlowItem::shape() const {
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(amountWidth_, kHitWidth));
    stroker.setCapStyle(Qt::RoundCap);
    QPainterPath outline = stroker.createStroke(path_);
    for (const layout::Arrow& arrow : arrows_)
        outline.addPolygon(arrowHead(arrow, GraphStyle::kMaxAmountWidth));
    outline.setFillRule(Qt::WindingFill);
    return outline;
}

namespace {

// Level of detail in a view (paint_detail.h); exports always get every detail.

// An arrowhead shorter than this on screen is a dot nobody reads as an arrow.
constexpr qreal kMinArrowPixels = 2;
// A label plate lower than this on screen is a smudge; text in one lower than kMinTextPlate
// is a grey line. Low enough that the bundled dataset fitted in a small window (zoom ~0.4)
// looks exactly as it did.
constexpr qreal kMinPlatePixels = 2;
constexpr qreal kMinTextPlatePixels = 4;

// What of the item's coordinates the painter can touch: its clip (the exposed part of the
// window) when it has one, else the whole window.
QRectF paintableRect(const QPainter* painter, const QWidget* widget) {
    const QRectF window = painter->worldTransform().inverted().mapRect(QRectF(widget->rect()));
    return painter->hasClipping() ? painter->clipBoundingRect() & window : window;
}

} // namespace

void FlowItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    GraphScene* owner = graphScene();
    if (!owner)
        return;
    const PaintDetail detail = paintDetail(painter, option, widget);
    // Never thinner than one device pixel, however far the view zooms out.
    QPen line = pen(owner->graphStyle(), detail.scale > 0 ? 1.0 / detail.scale : 0);
    if (!detail.inView) {
        painter->setRenderHint(QPainter::Antialiasing);
    } else if (line.widthF() * detail.scale <= 1.01 ||
               (detail.draft && line.style() != Qt::SolidLine)) {
        // One device pixel either way, dashes included (they are measured in line widths), but
        // the rasteriser draws a cosmetic hairline many times faster than a scaled stroke.
        // Dashing a wide line is the slowest stroke there is: a draft frame draws it thin.
        line.setWidthF(1);
        line.setCosmetic(true);
    }
    const qreal lineWidth = line.isCosmetic() ? 1 / detail.scale : line.widthF();
    const auto arrowVisible = [&](const layout::Arrow& arrow) {
        return !detail.inView ||
               std::hypot(arrow.tip.x - arrow.base.x, arrow.tip.y - arrow.base.y) * detail.scale >=
                   kMinArrowPixels;
    };
    std::optional<QRectF> area; // what can show, when known
    // Zoomed in, only the part of the curve that can show is stroked (path_clip.h); dashes
    // keep their phase along the whole curve.
    // The view's frame is drawn without a widget, in parts (a pan's strip, a hovered box) or
    // in the background (background_render.h): there the painter's clip is what is drawn. The
    // overview image's clip holds every curve whole.
    VisiblePart part{path_, 0, true};
    if (detail.inView && (widget || painter->hasClipping())) {
        const qreal margin = lineWidth / 2 + kHaloExtra + 2;
        area = (widget ? paintableRect(painter, widget) : painter->clipBoundingRect())
                   .adjusted(-margin, -margin, margin, margin);
        if (!area->contains(path_.controlPointRect())) {
            part = visiblePart(path_, *area, line.style() != Qt::SolidLine);
            if (part.lengthBefore > 0 && line.style() != Qt::SolidLine)
                line.setDashOffset(line.dashOffset() + part.lengthBefore / lineWidth);
        }
    }
    // QPainter keeps a converted copy of every path it strokes in the path's shared data, for
    // as long as that data lives: once the overview image and the bird's-eye map had drawn
    // every curve whole, 20,000 deals' flows held 126 MB of such copies. A stroke of a private
    // copy leaves the item's own path without one (converting again costs far less than the
    // stroke itself).
    if (part.whole) {
        QPainterPath own;
        own.addPath(path_);
        part.path = std::move(own);
    }
    const QPainterPath& curve = part.path;

    if (selection_ != FlowSelection::None) {
        // A casing like a road on a map: an outline in the selection colour, separated from
        // the line by a sliver of background so it never merges with the line's own colour.
        const GraphStyle& style = owner->graphStyle();
        const bool strong = selection_ == FlowSelection::Selected;
        QColor outline = style.selection();
        outline.setAlphaF(strong ? 0.9f : 0.4f);
        const qreal outer = strong ? kHaloExtra : kHaloExtra * 0.75;
        const qreal gap = 1.5;
        for (const auto& [colour, extra] :
             {std::pair{outline, outer}, std::pair{style.background(), gap}}) {
            QPen casing(colour, lineWidth + 2 * extra, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter->strokePath(curve, casing);
            painter->setPen(QPen(colour, 2 * extra, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(colour);
            for (const layout::Arrow& arrow : arrows_)
                painter->drawPolygon(arrowHead(arrow, lineWidth));
        }
    }

    // A long curve's box meets many strips its line never crosses: nothing to stroke there.
    if (!curve.isEmpty())
        painter->strokePath(curve, line);
    painter->setPen(Qt::NoPen);
    painter->setBrush(line.color());
    for (const layout::Arrow& arrow : arrows_) {
        if (!arrowVisible(arrow))
            continue;
        // A curve drawn part by part would otherwise fill its arrowheads in every part it
        // meets (7 % of refining a 5,000-entity window at 100 %).
        const QPolygonF head = arrowHead(arrow, lineWidth);
        if (!area || area->intersects(head.boundingRect()))
            painter->drawPolygon(head);
    }
}

void FlowItem::hoverEntered() {
    if (GraphScene* owner = graphScene())
        owner->hoverDeal(dealId_);
}

void FlowItem::hoverLeft() {
    if (GraphScene* owner = graphScene())
        owner->clearHover();
}

void FlowItem::pressed() {
    if (GraphScene* owner = graphScene())
        owner->selectInDocument(Selection::flowOf(dealId_, flowIndex_));
}

void FlowItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    hoverEntered();
}
void FlowItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    hoverLeft();
}

void FlowItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    event->accept(); // also keeps the view from starting a hand-drag pan
    pressed();
}

FlowLabelItem::FlowLabelItem(FlowItem* flow, QString text, QSizeF size)
    : flow_(flow), text_(std::move(text)), size_(size) {
    setAcceptHoverEvents(true);
    setAcceptedMouseButtons(Qt::LeftButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

void FlowLabelItem::setText(QString text, QSizeF size) {
    if (text == text_ && size == size_)
        return;
    prepareGeometryChange();
    text_ = std::move(text);
    size_ = size;
    update();
}

QRectF FlowLabelItem::plateRect() const {
    return {-size_.width() / 2, -size_.height() / 2, size_.width(), size_.height()};
}

QRectF FlowLabelItem::boundingRect() const {
    return plateRect().adjusted(-2, -2, 2, 2);
}

void FlowLabelItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option,
                          QWidget* widget) {
    auto* owner = qobject_cast<GraphScene*>(scene());
    if (!owner)
        return;
    const PaintDetail detail = paintDetail(painter, option, widget);
    const bool inView = detail.inView;
    const qreal plateHeight = size_.height() * detail.scale;
    if (inView && plateHeight < kMinPlatePixels)
        return;
    const GraphStyle& style = owner->graphStyle();
    const QColor lineColour = style.flowStrokeColour(flow_->flowType(), flow_->status());
    const bool selected = flow_->selectionState() == FlowSelection::Selected;

    if (!inView)
        painter->setRenderHint(QPainter::Antialiasing);
    // A cosmetic border: one crisp pixel at any zoom, tinted like its line to tie them together.
    QPen border(selected ? style.selection() : lineColour, selected ? 2 : 1);
    border.setCosmetic(true);
    painter->setPen(border);
    painter->setBrush(style.labelBackground());
    painter->drawRoundedRect(plateRect(), 3, 3);
    if (inView && plateHeight < kMinTextPlatePixels)
        return;

    QColor textColour = style.text();
    textColour.setAlphaF(std::max(0.45f, lineColour.alphaF())); // faded deals fade their numbers
    painter->setPen(textColour);
    painter->setFont(style.amountFont());
    painter->drawText(plateRect(), Qt::AlignCenter, text_);
}

void FlowLabelItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    flow_->hoverEntered();
}
void FlowLabelItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    flow_->hoverLeft();
}

void FlowLabelItem::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    event->accept();
    flow_->pressed();
}

} // namespace dealgraph::app
