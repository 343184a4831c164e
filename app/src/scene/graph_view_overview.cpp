// GraphView's overview image: a big graph zoomed out is drawn from one image of the whole
// scene (graph_view.h). A change renders it again at once as a draft (no antialiasing, a few
// tens of milliseconds), so stepping through dates stays fluid; once the changes stop, the
// full-quality image comes from worker threads as the frame's refinement does
// (background_render.h): rendered on the UI thread it held input up for 0.24 s at 5,000
// entities and 0.85 s at 20,000.
#include "scene/background_render.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene/paint_detail.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace dealgraph::app {

void GraphView::setUpOverview() {
    overviewBackground_ = new BackgroundRender(scene_, this);
    overviewTimer_ = new QTimer(this);
    overviewTimer_->setSingleShot(true);
    overviewTimer_->setInterval(0);
    connect(overviewTimer_, &QTimer::timeout, this, [this] {
        if (overviewBackground_->recordSome(kRefineSliceMs))
            overviewTimer_->start();
    });
    connect(overviewBackground_, &BackgroundRender::wantsRecording, overviewTimer_,
            qOverload<>(&QTimer::start));
    connect(overviewBackground_, &BackgroundRender::finished, this,
            [this](const QPoint&, const QImage& image, const QRegion& valid, double) {
                // Changed meanwhile: a draft of the new state is shown, and its own
                // full-quality image follows.
                if (overviewStale_ || valid != QRegion(QRect(QPoint(0, 0), overviewArea_)))
                    return;
                overview_ = image;
                overviewDraft_ = false;
                ++overviewRenders_;
                if (showsOverview())
                    viewport()->update();
            });
}

qreal GraphView::overviewZoom() const {
    const QRectF rect = sceneRect();
    if (rect.isEmpty())
        return 0;
    const qreal dpr = viewport()->devicePixelRatioF();
    const qreal largest = kOverviewMaxSide / (std::max(rect.width(), rect.height()) * dpr);
    return std::min(fitZoom() * kOverviewOversample, largest);
}

bool GraphView::showsOverview() const {
    return largeScene_ && zoom() <= overviewZoom() * 1.0001;
}

bool GraphView::isRenderingOverview() const {
    return overviewBackground_->isActive();
}

void GraphView::markOverviewStale() {
    overviewStale_ = true;
    overviewBackground_->cancel(); // it would show the graph as it was
    overviewTimer_->stop();
}

void GraphView::renderOverview(bool draft) {
    overviewBackground_->cancel();
    overviewTimer_->stop();
    const QRectF rect = sceneRect();
    const qreal zoomLevel = overviewZoom();
    const qreal dpr = viewport()->devicePixelRatioF();
    const QSize pixels = (rect.size() * zoomLevel * dpr).toSize().expandedTo(QSize(1, 1));
    if (overview_.size() != pixels)
        overview_ = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    overview_.setDevicePixelRatio(dpr);
    overview_.fill(scene_->backgroundBrush().color());
    QPainter painter(&overview_);
    painter.setRenderHints(renderHints());
    painter.setRenderHint(QPainter::Antialiasing, !draft); // paint_detail.h: a draft frame
    overviewPainter() = &painter; // paint as for the view: level of detail applies
    scene_->render(&painter, QRectF(QPointF(0, 0), rect.size() * zoomLevel), rect);
    overviewPainter() = nullptr;
    overviewStale_ = false;
    overviewDraft_ = draft;
    if (draft)
        settleTimer_->start(); // full quality once the changes stop
}

void GraphView::startOverviewRender() {
    if (overviewBackground_->isActive() || overviewStale_)
        return; // under way already; or a draft of the latest state comes first
    const QRectF rect = sceneRect();
    const qreal zoomLevel = overviewZoom();
    if (rect.isEmpty() || zoomLevel <= 0)
        return;
    // The image's own pixels, the whole scene rectangle mapped exactly onto them.
    overviewArea_ = (rect.size() * zoomLevel).toSize().expandedTo(QSize(1, 1));
    const QTransform toImage = QTransform::fromTranslate(-rect.left(), -rect.top()) *
                               QTransform::fromScale(overviewArea_.width() / rect.width(),
                                                     overviewArea_.height() / rect.height());
    overviewBackground_->start(QRect(QPoint(0, 0), overviewArea_), toImage,
                               viewport()->devicePixelRatioF(), viewport()->logicalDpiY());
    overviewTimer_->start();
}

void GraphView::paintOverview(QPaintEvent* event) {
    // The frame is not kept up to date under the overview: it would be out of date after.
    dropFrame();
    // A change (a date, a filter, the selection) renders the image again: fast first, so
    // stepping through dates stays fluid, then at full quality once the changes stop.
    if (overviewStale_ || overview_.isNull())
        renderOverview(true);
    QPainter painter(viewport());
    painter.fillRect(event->rect(), scene_->backgroundBrush());
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !moving_);
    painter.drawImage(viewportTransform().mapRect(sceneRect()), overview_);
}

} // namespace dealgraph::app
