// GraphView's overview image: a big graph zoomed out is drawn from one image of the whole
// scene (graph_view.h). Every rendering of it comes from worker threads as the frame's
// refinement does (background_render.h): rendered on the UI thread, a draft held input up for
// 150 ms at 5,000 entities and 0.4-0.6 s at 20,000 (the first picture after an open, every
// step through dates), full quality 0.24 s and 0.85 s. A change starts a draft (no
// antialiasing: about half the time), so stepping through dates keeps up; once the changes
// stop, the full-quality image follows. Until a rendering is in, the window keeps showing the
// last image of the same layout, and nothing (the background) after a new layout.
#include "scene/background_render.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include <QPaintEvent>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace dealgraph::app {

void GraphView::setUpOverview() {
    overviewBackground_ = new BackgroundRender(scene_, this);
    overviewBackground_->recordByItself(kRefineSliceMs);
    // A change meanwhile cancels the rendering: what finishes shows the scene as it is. (Its
    // valid part is all of it: the overview image never moves with the window.)
    connect(overviewBackground_, &BackgroundRender::finished, this,
            [this](const QPoint&, const QImage& image, const QRegion&, double) {
                overview_ = image;
                overviewSceneRect_ = overviewRenderRect_;
                overviewItems_ = overviewRenderItems_;
                overviewCurrent_ = true;
                overviewDraft_ = overviewBackground_->isDraft();
                ++overviewRenders_;
                overviewDraftRenders_ += overviewDraft_ ? 1 : 0;
                if (showsOverview())
                    viewport()->update();
                // The changes stopped while the draft was drawn: full quality now.
                if (overviewDraft_ && !moving_ && !settleTimer_->isActive())
                    startOverviewRender(false);
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
    overviewCurrent_ = false;
    overviewBackground_->cancel(); // it would show the graph as it was
}

void GraphView::startOverviewRender(bool draft) {
    if (overviewBackground_->isActive())
        return; // under way already, for the scene as it is (a change cancels it)
    const QRectF rect = sceneRect();
    const qreal zoomLevel = overviewZoom();
    if (rect.isEmpty() || zoomLevel <= 0)
        return;
    // The image's own pixels, the whole scene rectangle mapped exactly onto them.
    const QSize area = (rect.size() * zoomLevel).toSize().expandedTo(QSize(1, 1));
    overviewRenderRect_ = rect;
    overviewRenderItems_ = scene_->itemsGeneration();
    const QTransform toImage =
        QTransform::fromTranslate(-rect.left(), -rect.top()) *
        QTransform::fromScale(area.width() / rect.width(), area.height() / rect.height());
    overviewBackground_->start(QRect(QPoint(0, 0), area), toImage, viewport()->devicePixelRatioF(),
                               viewport()->logicalDpiY(), draft);
    if (draft)
        settleTimer_->start(); // full quality once the changes stop
}

bool GraphView::overviewFitsScene() const {
    return !overview_.isNull() && overviewSceneRect_ == sceneRect() &&
           overviewItems_ == scene_->itemsGeneration();
}

void GraphView::paintOverview(QPaintEvent* event) {
    // The frame is not kept up to date under the overview: it would be out of date after.
    dropFrame();
    // A change (a date, a filter, the selection, a new layout) renders the image again in the
    // background, fast first.
    if (!overviewCurrent_)
        startOverviewRender(true);
    QPainter painter(viewport());
    painter.fillRect(event->rect(), scene_->backgroundBrush());
    // Meanwhile the last image, if it is of this layout: the graph a step earlier.
    if (!overviewFitsScene())
        return;
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !moving_);
    painter.drawImage(viewportTransform().mapRect(sceneRect()), overview_);
}

} // namespace dealgraph::app
