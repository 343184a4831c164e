#include "scene/graph_view.h"

#include "document/document.h"
#include "scene/background_render.h"
#include "scene/bird_eye_map.h"
#include "scene/date_caption.h"
#include "scene/entity_item.h"
#include "scene/graph_scene.h"
#include "scene/legend.h"
#include "scene/paint_detail.h"

#include <QCursor>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QScrollBar>
#include <QTimer>
#include <QVariantAnimation>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

namespace dealgraph::app {

namespace {

constexpr qreal kFitMargin = 8;     // viewport pixels around a fitted graph
constexpr qreal kRevealMargin = 24; // scene units kept around a revealed selection
constexpr qreal kWheelStep = 1.15;  // per wheel notch
// Names are 13 px in scene units; below this zoom they shrink under 10 px and stop being read.
// A selection made from the search box, the table or Next deal zooms in at least this far.
constexpr qreal kReadableZoom = 0.8;

} // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent), scene_(scene),
      legend_(new LegendWidget(scene->document(), this)),
      caption_(new DateCaption(scene->document(), this)), centring_(new QVariantAnimation(this)),
      settleTimer_(new QTimer(this)), map_(new BirdEyeMap(this, scene)),
      refineTimer_(new QTimer(this)), background_(new BackgroundRender(scene, this)) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                   QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // Zooming computes its own anchor (pointer, pinch centre, view centre).
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    // A map-like canvas: dragging pans, the wheel zooms, Ctrl+0 fits; scroll bars would only
    // take room (and would frame the legend strip oddly).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
#ifndef Q_OS_MACOS
    // macOS delivers trackpad pinches as native gestures (below); a pinch recogniser on top of
    // them would zoom twice. Elsewhere this serves touchscreens.
    viewport()->grabGesture(Qt::PinchGesture);
#endif

    legend_->setLegendLayout(LegendLayout::Rows);
    connect(legend_, &LegendWidget::contentChanged, this, &GraphView::placeLegend);
    centring_->setDuration(220);
    centring_->setEasingCurve(QEasingCurve::OutCubic);
    connect(centring_, &QVariantAnimation::valueChanged, this,
            [this](const QVariant& value) { centerOn(value.toPointF()); });

    settleTimer_->setSingleShot(true);
    settleTimer_->setInterval(kSettleMs);
    connect(settleTimer_, &QTimer::timeout, this, &GraphView::settle);
    // Refining runs in slices between other events: input is never held up for long.
    refineTimer_->setSingleShot(true);
    refineTimer_->setInterval(0);
    connect(refineTimer_, &QTimer::timeout, this, [this] {
        if (!moving_ && refineSome())
            refineTimer_->start();
    });
    connect(background_, &BackgroundRender::finished, this, &GraphView::renderedInBackground);
    setUpOverview();
    connect(background_, &BackgroundRender::wantsRecording, this, &GraphView::scheduleRefine);
    const auto countItems = [this] {
        // DEALGRAPH_PLAIN_VIEW=1 paints every frame item by item, as before the large-graph
        // drawing existed: for the scene benchmark's before/after, and to rule it out.
        static const bool plain = qEnvironmentVariableIntValue("DEALGRAPH_PLAIN_VIEW") != 0;
        // (Not items().size(): Qt sorts every item to list them.)
        largeScene_ = !plain && scene_->itemsInOrderAdded().size() > kLargeSceneItems;
        dropFrame(); // a new layout: nothing of the old picture is worth moving
        if (!largeScene_)
            settle();
    };
    countItems(); // a view may come after the layout (tests, the benchmark)
    // Any change of what the scene shows (items, their look, the scene rectangle).
    connect(scene_, &QGraphicsScene::changed, this, [this](const QList<QRectF>& rects) {
        markOverviewStale();
        noteSceneChange(rects);
    });
    connect(scene_, &QGraphicsScene::sceneRectChanged, this, [this] { markOverviewStale(); });
    connect(scene_, &GraphScene::layoutFinished, this, countItems);
    Document* document = scene_->document();
    // An edit of the model lays the graph out again: the user's zoom and place stay, and a
    // view that was fitted fits the edited graph. A new model is fitted readably.
    connect(document, &Document::modelReset, this, [this] { keepViewAtNextLayout_ = false; });
    connect(document, &Document::modelEdited, this, [this] { keepViewAtNextLayout_ = true; });
    connect(scene_, &GraphScene::layoutFinished, this, [this] {
        if (!std::exchange(keepViewAtNextLayout_, false))
            fitReadably();
        else if (fitted_)
            refit();
    });
    connect(document, &Document::selectionChanged, this, &GraphView::revealSelection);
    // A fitted view follows what is shown; a view the user zoomed or panned stays put.
    connect(document, &Document::viewChanged, this, &GraphView::refitFollowingView);
    // A step of a story changes its highlight and groups too; the animated refit goes with
    // whichever change comes first.
    connect(document, &Document::highlightChanged, this, [this] {
        if (animateNextFit_)
            refitFollowingView();
    });
    // The map follows the view's moves at once, and redraws its picture when what the scene
    // shows changes (not at every hover: that would redraw a big graph at each box crossed).
    connect(this, &GraphView::zoomChanged, map_, &BirdEyeMap::viewMoved);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, map_, &BirdEyeMap::viewMoved);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, map_, &BirdEyeMap::viewMoved);
    for (auto signal : {&Document::viewChanged, &Document::displayChanged,
                        &Document::highlightChanged, &Document::comparisonChanged})
        connect(document, signal, map_, &BirdEyeMap::sceneChanged);
    connect(document, &Document::positionsChanged, map_, &BirdEyeMap::sceneChanged);
    connect(scene_, &GraphScene::layoutFinished, map_, &BirdEyeMap::sceneChanged);
    connect(scene_, &QGraphicsScene::sceneRectChanged, map_, &BirdEyeMap::sceneChanged);
    applyPaletteStyle();
    placeLegend();
}

GraphView::~GraphView() {
    background_->cancel(); // the workers stop; the renderer waits for them as it goes
}

void GraphView::setLegendVisible(bool visible) {
    legendVisible_ = visible;
    placeLegend();
}

qreal GraphView::zoom() const {
    return transform().m11();
}

void GraphView::zoomIn() {
    fitted_ = false;
    setZoom(zoom() * kStep, QRectF(viewport()->rect()).center());
}

void GraphView::zoomOut() {
    fitted_ = false;
    setZoom(zoom() / kStep, QRectF(viewport()->rect()).center());
}

void GraphView::resetZoom() {
    fitted_ = false;
    setZoom(1, QRectF(viewport()->rect()).center());
}

QRectF GraphView::fitRect() const {
    // What is shown: with a filter or focus, the boxes and curves left visible, so eight
    // entities of thirty fill the pane rather than sit where the whole graph put them. A date
    // alone keeps the whole graph's frame: playing through the dates never moves the picture.
    Filter undated = scene_->document()->filter();
    undated.asOf.reset();
    const bool everything = undated.isEmpty();
    const QRectF shown = everything ? QRectF() : scene_->shownItemsRect();
    return shown.isEmpty() ? sceneRect() : shown;
}

void GraphView::zoomToFit() {
    centring_->stop();
    const QRectF rect = fitRect();
    const qreal target =
        std::clamp(std::min(fitZoomFor(rect), maxFitZoom_), minimumZoom(), kMaxZoom);
    setTransform(QTransform::fromScale(target, target));
    centerOn(rect.center());
    fitted_ = true;
    readableFit_ = false;
    map_->place(viewport()->geometry());
    emit zoomChanged(target);
}

void GraphView::fitReadably() {
    zoomToFit();
    readableFit_ = true;
    const qreal namePx = scene_->graphStyle().nameFont().pixelSize();
    if (namePx <= 0 || zoom() * namePx >= kReadableNamePx - 1e-6)
        return;
    // The biggest hub: the entity with the most flows the view shows (a collapsed group's
    // box gets its members'), as drawn.
    const Document& document = *scene_->document();
    const Model& drawn = document.drawnModel();
    std::map<std::string, int> flowsAt;
    for (const FlowRef& ref : document.view().flows) {
        const Flow& flow = drawn.deals()[ref.deal].flows[ref.flow];
        ++flowsAt[flow.from];
        ++flowsAt[flow.to];
    }
    const EntityItem* hub = nullptr;
    int most = 0;
    for (const auto& [id, count] : flowsAt)
        if (const EntityItem* item = scene_->entityItem(id);
            item && item->isVisible() && count > most) {
            hub = item;
            most = count;
        }
    const qreal target = kReadableNamePx / namePx;
    setTransform(QTransform::fromScale(target, target));
    // The hub at the centre, unless that leaves empty space at the graph's edge: the view
    // shows as much of the graph as it can around it.
    const QRectF rect = fitRect();
    const QSizeF half = QSizeF(viewport()->size()) / (2 * target);
    QPointF centre = hub ? hub->sceneBoundingRect().center() : rect.center();
    centre.setX(std::clamp(centre.x(), rect.left() + half.width(),
                           std::max(rect.left() + half.width(), rect.right() - half.width())));
    centre.setY(std::clamp(centre.y(), rect.top() + half.height(),
                           std::max(rect.top() + half.height(), rect.bottom() - half.height())));
    centerOn(centre);
    map_->place(viewport()->geometry());
    emit zoomChanged(target);
}

void GraphView::animateNextFit() {
    animateNextFit_ = true;
    QTimer::singleShot(0, this, [this] { animateNextFit_ = false; });
}

void GraphView::refitFollowingView() {
    const bool animate = animateNextFit_ && animated_ && isVisible();
    animateNextFit_ = false;
    if (!fitted_ && !animate)
        return;
    if (!animate) {
        refit();
        return;
    }
    // Where the fit ends, then back to where the view is, and move there over a few frames.
    const qreal fromZoom = zoom();
    const QPointF fromCentre = mapToScene(viewport()->rect().center());
    refit();
    fitted_ = true;
    const qreal toZoom = zoom();
    const QPointF toCentre = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(fromZoom, fromZoom));
    centerOn(fromCentre);
    if (!fitting_) {
        fitting_ = new QVariantAnimation(this);
        fitting_->setEasingCurve(QEasingCurve::InOutCubic);
        fitting_->setStartValue(0.0);
        fitting_->setEndValue(1.0);
    }
    fitting_->stop();
    fitting_->disconnect(this);
    fitting_->setDuration(kFitAnimationMs);
    connect(fitting_, &QVariantAnimation::valueChanged, this, [=, this](const QVariant& value) {
        const qreal t = value.toReal();
        // Zoom on a log scale, so zooming out and in feel the same speed.
        const qreal z = fromZoom * std::pow(toZoom / fromZoom, t);
        setTransform(QTransform::fromScale(z, z));
        centerOn(fromCentre + (toCentre - fromCentre) * t);
        if (t >= 1.0)
            emit zoomChanged(z);
    });
    fitting_->start();
}

void GraphView::refit() {
    if (readableFit_)
        fitReadably();
    else
        zoomToFit();
}

qreal GraphView::fitZoom() const {
    return fitZoomFor(sceneRect());
}

qreal GraphView::fitZoomFor(const QRectF& rect) const {
    const QRectF available =
        QRectF(viewport()->rect()).adjusted(kFitMargin, kFitMargin, -kFitMargin, -kFitMargin);
    if (rect.isEmpty() || available.isEmpty())
        return 1;
    return std::min(available.width() / rect.width(), available.height() / rect.height());
}

// Huge graphs may need less than kMinZoom to fit; fitting must always stay possible.
qreal GraphView::minimumZoom() const {
    return std::min(kMinZoom, fitZoom());
}

void GraphView::setZoom(qreal target, const QPointF& anchor) {
    target = std::clamp(target, minimumZoom(), kMaxZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    centring_->stop();
    const QPointF sceneAnchor = mapToScene(anchor.toPoint());
    noteMovement();
    setTransform(QTransform::fromScale(target, target));
    const QPoint drift = mapFromScene(sceneAnchor) - anchor.toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
    emit zoomChanged(target);
}

void GraphView::revealSelection() {
    // Clicking an item must not move it away from under the pointer.
    if (clicking_)
        return;
    // Not from a click here: the pointer rests where it was, and what scrolls under it must not
    // light up instead of the selection (see GraphScene::setHoverSuspended).
    scene_->setHoverSuspended(true);
    suspendedAt_ = QCursor::pos();
    const QRectF target = scene_->boundsOf(scene_->document()->selection());
    if (target.isNull())
        return;
    const QRectF padded =
        target.adjusted(-kRevealMargin, -kRevealMargin, kRevealMargin, kRevealMargin);
    const QSizeF room = QRectF(viewport()->rect()).size();
    const qreal whole = std::min(room.width() / padded.width(), room.height() / padded.height());
    // Selections made elsewhere (search, table, Next deal) are brought over and made readable:
    // zoom in to a readable scale unless that would cut the selection, zoom out if it does not
    // fit at all.
    qreal wanted = zoom();
    if (wanted < kReadableZoom)
        wanted = std::min(kReadableZoom, whole);
    wanted = std::min(wanted, whole);
    if (!qFuzzyCompare(wanted, zoom())) {
        fitted_ = false;
        setZoom(wanted, QRectF(viewport()->rect()).center());
    }
    centreOn(target.center());
}

void GraphView::mousePressEvent(QMouseEvent* event) {
    clicking_ = true;
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent* event) {
    QGraphicsView::mouseReleaseEvent(event); // the scene selects on release
    clicking_ = false;
}

void GraphView::centreOn(const QPointF& target) {
    centring_->stop();
    if (!animated_ || !isVisible()) {
        centerOn(target);
        return;
    }
    centring_->setStartValue(mapToScene(viewport()->rect().center()));
    centring_->setEndValue(target);
    centring_->start();
}

void GraphView::wheelEvent(QWheelEvent* event) {
    // Touchpads report pixel deltas: two-finger scrolling pans, as everywhere else. A mouse
    // wheel, or any scroll with Ctrl held, zooms around the pointer.
    const bool panning =
        !event->pixelDelta().isNull() && !(event->modifiers() & Qt::ControlModifier);
    const qreal notches = event->angleDelta().y() / 120.0;
    if (panning || notches == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    fitted_ = false;
    setZoom(zoom() * std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event) {
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (event->matches(QKeySequence::ZoomIn) ||
        (ctrl && (event->key() == Qt::Key_Equal || event->key() == Qt::Key_Plus))) {
        zoomIn();
    } else if (event->matches(QKeySequence::ZoomOut) || (ctrl && event->key() == Qt::Key_Minus)) {
        zoomOut();
    } else if (ctrl && event->key() == Qt::Key_0) {
        zoomToFit();
    } else {
        QGraphicsView::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool GraphView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Gesture) {
        auto* gestures = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestures->gesture(Qt::PinchGesture))) {
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                fitted_ = false;
                setZoom(zoom() * pinch->scaleFactor(),
                        viewport()->mapFromGlobal(pinch->centerPoint()));
            }
            gestures->accept(pinch);
            return true;
        }
    } else if (event->type() == QEvent::NativeGesture) {
        auto* native = static_cast<QNativeGestureEvent*>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            fitted_ = false;
            setZoom(zoom() * (1 + native->value()), native->position());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void GraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    placeLegend(); // may shrink the viewport: before fitting
    if (fitted_)
        refit();
}

void GraphView::noteMovement() {
    if (!largeScene_)
        return;
    moving_ = true; // the frame moves (graph_view_frame.cpp); refining waits
    settleTimer_->start();
}

void GraphView::paintEvent(QPaintEvent* event) {
    if (!largeScene_) {
        QGraphicsView::paintEvent(event);
        return;
    }
    if (!showsOverview()) {
        paintFrame(event);
        return;
    }
    paintOverview(event);
}

void GraphView::mouseMoveEvent(QMouseEvent* event) {
    // No hover over the overview image: the items there are dots, and a highlight would
    // render the whole image again at every box the pointer crosses.
    if (showsOverview() && event->buttons() == Qt::NoButton) {
        if (!hoverCleared_) { // once: clearing visits every item
            scene_->clearHover();
            hoverCleared_ = true;
        }
        event->accept();
        return;
    }
    hoverCleared_ = false;
    if (scene_->hoverSuspended() && event->globalPosition().toPoint() != suspendedAt_)
        scene_->setHoverSuspended(false);
    QGraphicsView::mouseMoveEvent(event);
}

void GraphView::setSettleMsForTest(int ms) {
    settleTimer_->setInterval(ms);
}

void GraphView::settle() {
    settleTimer_->stop();
    if (overviewCurrent_ && overviewDraft_ && showsOverview())
        startOverviewRender(false); // full quality (graph_view_overview.cpp)
    if (!moving_)
        return;
    moving_ = false;
    if (largeScene_ && !showsOverview()) {
        viewport()->update(); // the frame follows the last step; refining starts
        scheduleRefine();
    }
}

void GraphView::changeEvent(QEvent* event) {
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPaletteStyle();
}

// The graph follows the desktop's light or dark palette; fonts and sizes stay as they are.
void GraphView::applyPaletteStyle() {
    GraphStyle style = scene_->graphStyle();
    style.setTheme(GraphStyle::themeFor(palette()));
    if (style.theme() != scene_->graphStyle().theme())
        scene_->setGraphStyle(style);
    legend_->setGraphStyle(style);
    placeLegend();
}

// A strip under the graph rather than an overlay, so it never hides part of the graph; its
// height follows the view's width (entries wrap).
void GraphView::placeLegend() {
    const QRect frame = contentsRect();
    const int height = legendVisible_ ? legend_->heightForWidth(frame.width()) : 0;
    const bool fits = height > 0 && height * 3 <= frame.height();
    const QMargins margins(0, 0, 0, fits ? height : 0);
    if (viewportMargins() != margins)
        setViewportMargins(margins);
    legend_->setVisible(fits);
    caption_->place(viewport()->geometry());
    map_->place(viewport()->geometry());
    if (fits) {
        const QRect area = viewport()->geometry();
        legend_->setGeometry(area.left(), area.bottom() + 1, area.width(), height);
    }
}

} // namespace dealgraph::app
