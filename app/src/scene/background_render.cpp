#include "scene/background_render.h"

#include "scene/graph_scene.h"
#include "scene/paint_detail.h"
#include "scene/paint_recording.h"

#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace dealgraph::app {

BackgroundRender::BackgroundRender(GraphScene* scene, QObject* parent)
    : QObject(parent), scene_(scene), cancelled_(std::make_shared<std::atomic<bool>>(false)) {
    // As many workers as cores: the UI thread mostly waits while they play.
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    pool_.setObjectName(QStringLiteral("dealgraph background render"));
}

BackgroundRender::~BackgroundRender() {
    cancel();
    pool_.waitForDone();
}

void BackgroundRender::recordByItself(int sliceMs) {
    if (recordTimer_)
        return;
    recordTimer_ = new QTimer(this);
    recordTimer_->setSingleShot(true);
    recordTimer_->setInterval(0);
    connect(recordTimer_, &QTimer::timeout, this, [this, sliceMs] {
        if (recordSome(sliceMs))
            recordTimer_->start();
    });
    connect(this, &BackgroundRender::wantsRecording, recordTimer_, qOverload<>(&QTimer::start));
}

void BackgroundRender::cancel() {
    if (recordTimer_)
        recordTimer_->stop();
    if (!active_)
        return;
    cancelled_->store(true);
    cancelled_ = std::make_shared<std::atomic<bool>>(false);
    ++generation_;
    active_ = false;
    items_.clear();
    items_.shrink_to_fit();
    waiting_.clear();
    picture_ = QImage();
}

void BackgroundRender::start(const QRect& area, const QTransform& viewportTransform, qreal dpr,
                             int dpi, bool draft) {
    cancel();
    if (area.isEmpty())
        return;
    active_ = true;
    area_ = area;
    invalid_ = QRegion();
    size_ = area.size();
    dpr_ = dpr;
    dpi_ = dpi;
    draft_ = draft;
    toArea_ = viewportTransform * QTransform::fromTranslate(-area.left(), -area.top());
    source_ = viewportTransform.inverted().mapRect(QRectF(area));
    collectItems();
    next_ = 0;
    itemsGeneration_ = scene_->itemsGeneration();
    background_ = scene_->backgroundBrush().color();
    layersRecorded_ = layersComposed_ = 0;
    waiting_.clear();
    costMs_ = 0;
    if (recordTimer_)
        recordTimer_->start();
}

// What QGraphicsScene::render would draw there, in the order it would.
void BackgroundRender::collectItems() {
    // A part of the scene (a window at 100 %): Qt's index finds the few items there.
    const QRectF scene = scene_->sceneRect();
    const QRectF common = source_.intersected(scene);
    if (common.width() * common.height() < 0.5 * scene.width() * scene.height()) {
        const QList<QGraphicsItem*> items =
            scene_->items(source_, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        items_.assign(items.begin(), items.end());
        return;
    }
    // Most of the scene (the overview, the bird's-eye map): Qt's query sorts every item with
    // its stacking comparisons, 70-170 ms of the UI thread at 20,000 entities. Its stacking
    // order is by z, and among equal z the order items were added in
    // (GraphScene::itemsInOrderAdded): a stable bucketing by z gives it in linear time.
    const bool wholeScene = source_.adjusted(-1, -1, 1, 1).contains(scene);
    std::map<qreal, std::vector<QGraphicsItem*>> byZ;
    for (QGraphicsItem* item : scene_->itemsInOrderAdded())
        // As Qt's query: hidden items (another mode's) are not walked.
        if (item->isVisible() && (wholeScene || item->sceneBoundingRect().intersects(source_)))
            byZ[item->zValue()].push_back(item);
    items_.clear();
    for (const auto& [z, items] : byZ)
        items_.insert(items_.end(), items.begin(), items.end());
}

bool BackgroundRender::recordSome(int sliceMs) {
    if (!active_ || next_ > items_.size())
        return false; // the last layer is recorded (next_ goes past the end with it)
    if (scene_->itemsGeneration() != itemsGeneration_) {
        // Items were deleted: the walk's pointers may dangle. Start again later.
        cancel();
        return false;
    }
    if (layersRecorded_ - layersComposed_ >= kLayersInFlight)
        return false;
    QElapsedTimer clock;
    clock.start();
    auto layer = std::make_shared<PaintRecording>(size_, dpi_);
    {
        QPainter painter(layer.get());
        painter.setRenderHints(QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        painter.setRenderHint(QPainter::Antialiasing, !draft_); // paint_detail.h: a draft
        // The clip tells a curve which part of it can show (FlowItem::paint).
        painter.setClipRect(QRect(QPoint(0, 0), size_));
        overviewPainter() = &painter; // painted as for the view: level of detail applies
        if (layersRecorded_ == 0) {
            painter.setWorldTransform(toArea_);
            scene_->paintBackground(&painter, source_);
        }
        // As QGraphicsScene draws an item: its transform and opacity, its state in the option.
        // Every item here is top-level, unclipped and uncached.
        QStyleOptionGraphicsItem option;
        while (next_ < items_.size()) {
            QGraphicsItem* item = items_[next_++];
            const qreal opacity = item->effectiveOpacity();
            if (item->isVisible() && opacity > 0.001) {
                option.state = QStyle::State_None;
                if (item->isSelected())
                    option.state |= QStyle::State_Selected;
                if (item->isEnabled())
                    option.state |= QStyle::State_Enabled;
                option.exposedRect = item->boundingRect();
                option.rect = option.exposedRect.toAlignedRect();
                painter.save();
                painter.setWorldTransform(item->sceneTransform() * toArea_);
                painter.setOpacity(opacity);
                item->paint(&painter, &option, nullptr);
                painter.restore();
            }
            if ((next_ & 31) == 0 && clock.elapsed() >= sliceMs)
                break;
        }
        overviewPainter() = nullptr;
    }
    if (next_ == items_.size())
        ++next_; // recorded to the end
    costMs_ += static_cast<double>(clock.nsecsElapsed()) / 1e6;
    const int index = layersRecorded_++;
    // The first layer is played over the background and becomes the picture: an image the
    // size of the window takes the UI thread 20 ms to allocate and fill here (page faults).
    const QColor under = index == 0 ? background_ : QColor(Qt::transparent);
    pool_.start([this, index, layer = std::move(layer), generation = generation_,
                 cancelled = cancelled_, size = size_, dpr = dpr_, under] {
        if (cancelled->load())
            return;
        QElapsedTimer playing;
        playing.start();
        QImage image((QSizeF(size) * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        const int dotsPerMeter = qRound(layer->dpi() / 0.0254); // fonts sized in points
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        image.fill(under);
        {
            QPainter painter(&image);
            layer->play(painter, cancelled.get());
        }
        if (cancelled->load())
            return;
        const double playMs = static_cast<double>(playing.nsecsElapsed()) / 1e6;
        // Queued to the UI thread; the destructor waits for this runnable, so `this` lives.
        QMetaObject::invokeMethod(
            this,
            // The image is moved along, never shared: the picture is drawn on, and a second
            // reference would copy all of it first (30 ms of the UI thread's).
            [this, generation, index, image = std::move(image), playMs]() mutable {
                played(generation, index, std::move(image), playMs);
            },
            Qt::QueuedConnection);
    });
    return next_ < items_.size() && layersRecorded_ - layersComposed_ < kLayersInFlight;
}

void BackgroundRender::played(quint64 generation, int index, QImage layer, double playMs) {
    if (generation != generation_ || !active_)
        return;
    if (held_) {
        heldLayers_.push_back([this, generation, index, layer = std::move(layer), playMs] {
            played(generation, index, layer, playMs);
        });
        return;
    }
    costMs_ += playMs;
    waiting_.emplace(index, std::move(layer));
    {
        // Over one another in stacking order: a layer played early waits for those below it.
        QPainter painter;
        for (auto next = waiting_.find(layersComposed_); next != waiting_.end();
             next = waiting_.find(layersComposed_)) {
            if (layersComposed_ == 0) {
                picture_ = std::move(next->second);
            } else {
                if (!painter.isActive())
                    painter.begin(&picture_);
                painter.drawImage(QPointF(0, 0), next->second);
            }
            waiting_.erase(next);
            ++layersComposed_;
        }
    }
    const bool walked = next_ > items_.size();
    if (!walked || layersComposed_ < layersRecorded_) {
        if (!walked)
            emit wantsRecording();
        return;
    }
    const QImage picture = picture_;
    const QRegion valid = QRegion(area_) - invalid_;
    const QPoint at = area_.topLeft();
    const double pixels = static_cast<double>(size_.width()) * size_.height();
    const double msPerPixel = pixels > 0 ? costMs_ / pixels : 0;
    cancel(); // done: nothing under way any more
    emit finished(at, picture, valid, msPerPixel);
}

void BackgroundRender::holdForTest(bool hold) {
    held_ = hold;
    if (hold)
        return;
    for (const std::function<void()>& layer : std::exchange(heldLayers_, {}))
        layer();
}

void BackgroundRender::moved(const QPoint& shift, const QRect& window) {
    if (!active_)
        return;
    area_.translate(shift);
    // What moved out of the window is gone: nothing to show there.
    invalid_ = invalid_.translated(shift) | (QRegion(area_) - QRegion(window));
}

void BackgroundRender::changed(const QRect& rect) {
    if (active_ && area_.intersects(rect))
        invalid_ |= rect;
}

} // namespace dealgraph::app
