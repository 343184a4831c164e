#include "scene/bird_eye_map.h"

#include "scene/background_render.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include <QGraphicsView>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>

#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace dealgraph::app {

namespace {
constexpr int kBorder = 1;
// A scene change repaints the map after this pause: a date or filter change arrives as a
// burst of item updates, and the map needs only the last picture.
constexpr int kRenderDelayMs = 150;
// How much of what is shown may lie outside the view before the map appears (scene units):
// a box's edge cut by the fitting margin is no reason for a map.
constexpr qreal kSlack = 4;
} // namespace

BirdEyeMap::BirdEyeMap(GraphView* view, GraphScene* scene)
    : QWidget(view), view_(view), scene_(scene), renderTimer_(new QTimer(this)),
      rendering_(new BackgroundRender(scene, this)) {
    setObjectName(QStringLiteral("birdEyeMap"));
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("The whole graph: click or drag to move the view"));
    renderTimer_->setSingleShot(true);
    renderTimer_->setInterval(kRenderDelayMs);
    connect(renderTimer_, &QTimer::timeout, this, [this] {
        shown_ = scene_->shownItemsRect();
        measure();
        if (isVisible())
            update();
    });
    rendering_->recordByItself(GraphView::kRefineSliceMs);
    // A change meanwhile cancels the rendering: what finishes shows the scene as it is.
    connect(rendering_, &BackgroundRender::finished, this,
            [this](const QPoint&, const QImage& image, const QRegion&, double) {
                picture_ = image;
                stale_ = false;
                update();
            });
    hide();
}

bool BirdEyeMap::isRendering() const {
    return rendering_->isActive();
}

void BirdEyeMap::place(const QRect& viewportArea) {
    viewportArea_ = viewportArea;
    shown_ = scene_->shownItemsRect();
    measure();
}

void BirdEyeMap::viewMoved() {
    measure();
    if (isVisible())
        update();
}

void BirdEyeMap::sceneChanged() {
    stale_ = true;
    rendering_->cancel();
    renderTimer_->start();
}

void BirdEyeMap::measure() {
    const QRectF shown = shown_;
    covered_ = shown.adjusted(-kSlack * 4, -kSlack * 4, kSlack * 4, kSlack * 4);
    const QRectF inView = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    const bool needed =
        !shown.isEmpty() && !inView.adjusted(-kSlack, -kSlack, kSlack, kSlack).contains(shown);
    // No room for a map in a tiny view: it would cover what it maps.
    const bool room =
        viewportArea_.width() >= 3 * kMaxWidth && viewportArea_.height() >= 2 * kMaxHeight;
    if (!needed || !room || covered_.isEmpty()) {
        hide();
        return;
    }
    const qreal scale = std::min((kMaxWidth - 2 * kBorder) / covered_.width(),
                                 (kMaxHeight - 2 * kBorder) / covered_.height());
    const QSize size(qCeil(covered_.width() * scale) + 2 * kBorder,
                     qCeil(covered_.height() * scale) + 2 * kBorder);
    setGeometry(viewportArea_.right() - kMargin - size.width() + 1,
                viewportArea_.bottom() - kMargin - size.height() + 1, size.width(), size.height());
    if (picture_.deviceIndependentSize().toSize() != mapArea().size().toSize() && !stale_) {
        stale_ = true;
        rendering_->cancel(); // of the old size
    }
    show();
    raise();
}

QRectF BirdEyeMap::mapArea() const {
    return QRectF(rect()).adjusted(kBorder, kBorder, -kBorder, -kBorder);
}

void BirdEyeMap::renderPicture() {
    const QSize size = mapArea().size().toSize().expandedTo(QSize(1, 1));
    picture_ = QImage(size, QImage::Format_ARGB32_Premultiplied);
    picture_.fill(scene_->backgroundBrush().color());
    QPainter painter(&picture_);
    painter.setRenderHint(QPainter::Antialiasing);
    scene_->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), covered_, Qt::KeepAspectRatio);
    stale_ = false;
}

void BirdEyeMap::startRendering() {
    if (rendering_->isActive())
        return; // under way, for the scene as it is
    const QSize size = mapArea().size().toSize().expandedTo(QSize(1, 1));
    if (covered_.isEmpty())
        return;
    // As QGraphicsScene::render with Qt::KeepAspectRatio: scaled to fit, centred.
    const qreal scale =
        std::min(size.width() / covered_.width(), size.height() / covered_.height());
    const QPointF margin((size.width() - covered_.width() * scale) / 2,
                         (size.height() - covered_.height() * scale) / 2);
    const QTransform toPicture = QTransform::fromTranslate(-covered_.left(), -covered_.top()) *
                                 QTransform::fromScale(scale, scale) *
                                 QTransform::fromTranslate(margin.x(), margin.y());
    rendering_->start(QRect(QPoint(0, 0), size), toPicture, devicePixelRatioF(), logicalDpiY());
}

QRectF BirdEyeMap::frameRect() const {
    if (covered_.isEmpty())
        return {};
    const QRectF area = mapArea();
    const qreal sx = area.width() / covered_.width();
    const qreal sy = area.height() / covered_.height();
    const QRectF inView = view_->mapToScene(view_->viewport()->rect()).boundingRect();
    const QRectF frame((inView.left() - covered_.left()) * sx + area.left(),
                       (inView.top() - covered_.top()) * sy + area.top(), inView.width() * sx,
                       inView.height() * sy);
    return frame.intersected(area);
}

QPointF BirdEyeMap::scenePointAt(const QPointF& mapPixel) const {
    const QRectF area = mapArea();
    if (area.isEmpty())
        return covered_.center();
    return {covered_.left() + (mapPixel.x() - area.left()) * covered_.width() / area.width(),
            covered_.top() + (mapPixel.y() - area.top()) * covered_.height() / area.height()};
}

void BirdEyeMap::paintEvent(QPaintEvent*) {
    if (stale_) {
        if (view_->isLargeScene())
            startRendering(); // the last picture shows meanwhile
        else
            renderPicture();
    }
    QPainter painter(this);
    const QColor text = palette().color(QPalette::WindowText);
    painter.setPen(QPen(text, kBorder));
    painter.setBrush(Qt::NoBrush);
    painter.fillRect(mapArea(), scene_->backgroundBrush());
    if (!picture_.isNull())
        painter.drawImage(QRectF(mapArea().topLeft(), QSizeF(picture_.deviceIndependentSize())),
                          picture_);
    painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    // The view's part: a frame in the selection colour over a veil on the rest.
    const QRectF frame = frameRect();
    QColor veil = text;
    veil.setAlphaF(0.12f);
    QPainterPath outside;
    outside.addRect(mapArea());
    QPainterPath inside;
    inside.addRect(frame);
    painter.fillPath(outside.subtracted(inside), veil);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter.drawRect(frame.adjusted(1, 1, -1, -1));
}

void BirdEyeMap::moveViewTo(const QPointF& mapPixel) {
    view_->centerOn(scenePointAt(mapPixel));
}

void BirdEyeMap::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton)
        moveViewTo(event->position());
    event->accept();
}

void BirdEyeMap::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton)
        moveViewTo(event->position());
    event->accept();
}

} // namespace dealgraph::app
