// GraphView's frame: the picture of a big graph's window kept between paints (graph_view.h).
// QGraphicsView paints every item under a repainted area at each paint; at 5,000 entities and
// 100 % some 11,000 long curves cross the window and a zoom step cost 0.3-1.2 s. Here a paint
// only copies pixels, except where the scene changed or nothing was drawn yet; a change of
// scale moves and scales the old picture, and full quality comes back from worker threads
// (background_render.h).
#include "scene/background_render.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene/paint_detail.h"

#include <QElapsedTimer>
#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <vector>

namespace dealgraph::app {

namespace {

// Whether `to` is `from` moved by a whole number of device pixels, and by how many.
bool movedOnly(const QTransform& from, const QTransform& to, qreal dpr, QPoint* shift) {
    if (from.type() > QTransform::TxScale || to.type() > QTransform::TxScale ||
        !qFuzzyCompare(from.m11(), to.m11()) || !qFuzzyCompare(from.m22(), to.m22()))
        return false;
    const qreal dx = (to.dx() - from.dx()) * dpr;
    const qreal dy = (to.dy() - from.dy()) * dpr;
    if (std::abs(dx - std::round(dx)) > 1e-3 || std::abs(dy - std::round(dy)) > 1e-3)
        return false;
    *shift = QPoint(static_cast<int>(std::lround(dx)), static_cast<int>(std::lround(dy)));
    return true;
}

qint64 areaOf(const QRect& rect) {
    return static_cast<qint64>(rect.width()) * rect.height();
}

} // namespace

bool GraphView::isRefining() const {
    return !stale_.isEmpty();
}

void GraphView::dropFrame() {
    frameValid_ = false;
    frame_ = QPixmap();
    blank_ = stale_ = dirty_ = QRegion();
    refineTimer_->stop();
    background_->cancel();
}

void GraphView::noteSceneChange(const QList<QRectF>& sceneRects) {
    if (!frameValid_)
        return;
    alignFrame(); // the rectangles are where the graph is now
    const QTransform toView = viewportTransform();
    const QRect whole = viewport()->rect();
    for (const QRectF& rect : sceneRects) {
        // A pixel around for antialiasing, as QGraphicsView pads its own updates.
        const QRect changed = toView.mapRect(rect).toAlignedRect().adjusted(-2, -2, 2, 2) & whole;
        dirty_ |= changed;
        background_->changed(changed); // a picture under way shows the old look there
    }
}

void GraphView::alignFrame() {
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize pixels = (QSizeF(viewport()->size()) * dpr).toSize();
    const QRect whole = viewport()->rect();
    const QTransform now = viewportTransform();
    const bool sameSize = frameValid_ && frame_.size() == pixels;
    if (sameSize && frameTransform_ == now)
        return;
    QPoint shift;
    if (sameSize && movedOnly(frameTransform_, now, dpr, &shift)) {
        // A pan: the picture moves with the graph; what comes in has no picture yet.
        frame_.scroll(shift.x(), shift.y(), frame_.rect());
        const QPoint moved = (QPointF(shift) / dpr).toPoint();
        for (QRegion* region : {&blank_, &stale_, &dirty_})
            *region = region->translated(moved) & whole;
        blank_ |= QRegion(whole) - QRegion(whole.translated(moved));
        background_->moved(moved, whole);
        frameTransform_ = now;
        return;
    }
    // A change of scale or size: the old picture moved and scaled as the graph was, over the
    // overview image where that is up to date. All of it is drawn again in the background; a
    // picture under way was drawn at the old scale.
    background_->cancel();
    QPixmap next(pixels);
    next.setDevicePixelRatio(dpr);
    next.fill(scene_->backgroundBrush().color());
    QRegion blank(whole);
    {
        QPainter painter(&next);
        if (drawUpToDateOverview(painter))
            blank = QRegion(); // outside the scene there is only background
        if (frameValid_) {
            const QTransform move = frameTransform_.inverted() * now;
            painter.setTransform(move);
            painter.setClipRegion(QRegion(whole) - blank_); // only what the old frame had
            painter.drawPixmap(QPointF(0, 0), frame_);
            blank -= QRegion(move.mapRect(QRectF(whole)).toAlignedRect()) - move.map(blank_);
        }
    }
    frame_ = next;
    frameValid_ = true;
    frameTransform_ = now;
    blank_ = blank & whole;
    stale_ = QRegion(whole) - blank_;
    dirty_ = QRegion();
}

void GraphView::renderIntoFrame(const QRect& area, bool draft) {
    QElapsedTimer clock;
    clock.start();
    QPainter painter(&frame_);
    painter.setRenderHints(QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing, !draft); // paint_detail.h: a draft frame
    painter.setClipRect(area);
    painter.fillRect(area, scene_->backgroundBrush().color());
    overviewPainter() = &painter; // paint as for the view: level of detail applies
    const QRectF source = viewportTransform().inverted().mapRect(QRectF(area));
    scene_->render(&painter, QRectF(area), source, Qt::IgnoreAspectRatio);
    overviewPainter() = nullptr;
    ++frameRenders_;
    if (!draft && !area.isEmpty())
        renderMsPerPixel_ =
            static_cast<qreal>(clock.nsecsElapsed()) / 1e6 / static_cast<qreal>(areaOf(area));
}

bool GraphView::drawUpToDateOverview(QPainter& painter) const {
    if (!overviewCurrent_ || !overviewFitsScene())
        return false;
    painter.drawImage(viewportTransform().mapRect(sceneRect()), overview_);
    return true;
}

void GraphView::drawPlaceholder(const QRegion& region) {
    QPainter painter(&frame_);
    painter.setClipRegion(region);
    painter.fillRect(region.boundingRect(), scene_->backgroundBrush().color());
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    drawUpToDateOverview(painter);
}

void GraphView::paintFrame(QPaintEvent* event) {
    alignFrame();
    const QRect whole = viewport()->rect();
    const QRegion area = event->region() & whole;
    // What has no picture yet or changed in the scene is drawn now when it is small (a hovered
    // box, the strip a pan brings in); most of the window (a new date or filter, the margins a
    // zoom out uncovers) is refined in the background, the frame showing what it has meanwhile.
    const QRegion wanted = ((blank_ | dirty_) & area);
    dirty_ -= area;
    if (!wanted.isEmpty()) {
        const qint64 pixels = areaOf(wanted.boundingRect());
        if (pixels > kImmediateShare * areaOf(whole) ||
            renderMsPerPixel_ * static_cast<qreal>(pixels) > immediateMs_) {
            // Refined in the background. What had no picture at all (the strip a pan brings in:
            // 70 ms of long curves at 20,000 entities) shows the overview image meanwhile.
            const QRegion empty = blank_ & wanted;
            if (!empty.isEmpty()) {
                drawPlaceholder(empty);
                blank_ -= empty;
            }
            stale_ |= wanted;
        } else {
            // Many little rectangles (a hover's) are drawn as one: each render walks the scene.
            if (wanted.rectCount() > 8)
                renderIntoFrame(wanted.boundingRect(), moving_);
            else
                for (const QRect& rect : wanted)
                    renderIntoFrame(rect, moving_);
            blank_ -= wanted;
            if (moving_)
                stale_ |= wanted; // a draft: full quality once the movement stops
            else
                stale_ -= wanted;
        }
    }
    if (!stale_.isEmpty())
        scheduleRefine();

    QPainter painter(viewport());
    const qreal dpr = frame_.devicePixelRatio();
    for (const QRect& rect : area)
        painter.drawPixmap(QRectF(rect), frame_,
                           QRectF(QPointF(rect.topLeft()) * dpr, QSizeF(rect.size()) * dpr));
}

void GraphView::scheduleRefine() {
    if (!moving_ && !refineTimer_->isActive())
        refineTimer_->start();
}

bool GraphView::refineSome() {
    if (!frameValid_ || showsOverview() || !largeScene_) {
        stale_ = QRegion();
        background_->cancel();
        return false;
    }
    alignFrame();
    if (!background_->isActive()) {
        if (stale_.isEmpty())
            return false;
        background_->start(stale_.boundingRect(), viewportTransform(), frame_.devicePixelRatio(),
                           viewport()->logicalDpiY());
        return true; // finding the items there is a slice of its own (20 ms at 20,000 entities)
    }
    return background_->recordSome(kRefineSliceMs);
}

void GraphView::holdBackgroundForTest(bool hold) {
    background_->holdForTest(hold);
    overviewBackground_->holdForTest(hold);
}

void GraphView::renderedInBackground(const QPoint& at, const QImage& image, const QRegion& valid,
                                     double msPerPixel) {
    if (frameValid_) {
        // Only what is still owed: a part drawn at once since (a hovered box) is newer.
        const QRegion target = valid & stale_ & viewport()->rect();
        if (!target.isEmpty()) {
            QPainter painter(&frame_);
            painter.setClipRegion(target);
            painter.drawImage(at, image);
            stale_ -= target;
            blank_ -= target;
            viewport()->update(target);
        }
        ++frameRenders_;
        ++backgroundRenders_;
        renderMsPerPixel_ = msPerPixel;
    }
    if (!stale_.isEmpty())
        scheduleRefine(); // what changed meanwhile, or was not part of this picture
}

} // namespace dealgraph::app
