// The window onto the graph: pan by dragging empty space, zoom with the wheel around the
// pointer, with pinch gestures and with Ctrl+= / Ctrl+- / Ctrl+0 (fit). Fits itself to each new
// layout, and brings the selected entity or deal into view. Shows the legend in a strip below.
#pragma once

#include <QGraphicsView>
#include <QImage>
#include <QPixmap>
#include <QRegion>

class QTimer;
class QVariantAnimation;

namespace dealgraph::app {

class BackgroundRender;
class BirdEyeMap;
class GraphScene;
class DateCaption;
class LegendWidget;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);
    ~GraphView() override;

    GraphScene* graphScene() const { return scene_; }
    LegendWidget* legend() const { return legend_; }
    DateCaption* dateCaption() const { return caption_; }
    BirdEyeMap* birdEyeMap() const { return map_; }
    void setLegendVisible(bool visible);
    bool isLegendVisible() const { return legendVisible_; }

    qreal zoom() const; // 1 = 100 %: one point per logical pixel
    static constexpr qreal kMinZoom = 0.05;
    static constexpr qreal kMaxZoom = 8;
    static constexpr qreal kMaxFitZoom = 1.5; // small graphs are not blown up to fill the window
    static constexpr qreal kStep = 1.25;
    // Entity names are never drawn smaller than this on a new layout's first view: when the
    // whole graph fits only with smaller names, the view shows the readable part around the
    // biggest hub and the bird's-eye map (BirdEyeMap) where that is. Zoom to Fit still
    // shows everything, at whatever size.
    static constexpr qreal kReadableNamePx = 11;

    // Moving to the selection is animated unless turned off (tests, reduced motion).
    void setAnimated(bool animated) { animated_ = animated; }
    // The next refit that follows a change of the view (a story's step) moves there in a short
    // animation of zoom and centre, so the eye follows what moved. Instant when not animated.
    // Call just before the change (the flag lapses once control returns to the event loop).
    void animateNextFit();
    static constexpr int kFitAnimationMs = 450;
    // How far a fit may blow a small graph up (kMaxFitZoom by default; presenting allows more,
    // so a step of five entities fills the screen with large names).
    void setMaxFitZoom(qreal zoom) { maxFitZoom_ = zoom; }
    // Sets the zoom around the view's centre, as the wheel or keys would.
    void setZoomForTest(qreal zoom) { setZoom(zoom, QRectF(viewport()->rect()).center()); }

    // A big graph (more than kLargeSceneItems items) is drawn without antialiasing while it
    // zooms (paint_detail.h): a wide antialiased curve costs up to a millisecond, dashed more,
    // a plain one a few microseconds, and a zoom repaints the whole window. kSettleMs after
    // the last step it is drawn once more at full quality. Panning only paints the strip that
    // scrolls in, at full quality. Small graphs always get full quality.
    static constexpr int kLargeSceneItems = 4000;
    bool isLargeScene() const { return largeScene_; }
    static constexpr int kSettleMs = 180;
    bool isMoving() const { return moving_; }
    void setSettleMsForTest(int ms);

    // Zoomed out on a big graph, the view shows an image of the whole scene rendered once
    // (at up to kOverviewOversample times the fitting zoom, at most kOverviewMaxSide pixels
    // a side) instead of painting tens of thousands of items each frame; it is rendered again
    // by worker threads when the scene changes, first as a draft, then kSettleMs after the
    // last change at full quality (graph_view_overview.cpp); the last image of the same layout
    // shows meanwhile. Hover highlighting is off there: the boxes are dots.
    static constexpr qreal kOverviewOversample = 1.25;
    static constexpr int kOverviewMaxSide = 4096;
    bool showsOverview() const;
    qreal overviewZoom() const;
    // Whether an overview image is being made; how many were made, drafts among them;
    // whether the one shown is of the scene as it is, and a draft (tests, the benchmark).
    bool isRenderingOverview() const;
    int overviewRenders() const { return overviewRenders_; }
    int overviewDraftRenders() const { return overviewDraftRenders_; }
    bool overviewIsCurrent() const { return overviewCurrent_; }
    bool overviewIsDraft() const { return overviewDraft_; }

    // Closer in, a big graph's window is drawn into a frame image kept between paints
    // (graph_view_frame.cpp), as a map canvas does. A zoom step, a fit animation or any other
    // change of scale moves and scales that frame instead of painting items (the overview image
    // fills what it did not cover), and small repaints (the strip a pan brings in, a hovered
    // box) are drawn into it at once at full quality. What needs drawing again at full quality
    // (after a zoom settles, or a change of most of the window: a date, a filter) is drawn in
    // the background (background_render.h): the UI thread records the items there a few
    // milliseconds each turn of the event loop, worker threads paint them, and the finished
    // picture replaces what the frame showed meanwhile.
    bool isRefining() const;
    // Records items for about kRefineSliceMs and hands them to the workers; returns whether
    // there is more to record now. The event loop calls it.
    bool refineSome();
    static constexpr int kRefineSliceMs = 8;
    // A repaint of at most this share of the window, expected to take at most kImmediateMs, is
    // drawn at once rather than refined; the expectation comes from the frame's last renders.
    static constexpr qreal kImmediateShare = 0.2;
    static constexpr qreal kImmediateMs = 16;
    void setImmediateMsForTest(qreal ms) { immediateMs_ = ms; }
    // How many times the scene was rendered into the frame, at once or by the workers (tests:
    // a zoom step renders none); how many of them by the workers.
    int frameRenders() const { return frameRenders_; }
    int backgroundRenders() const { return backgroundRenders_; }
    // Tests: what the workers drew waits until released (BackgroundRender::holdForTest).
    void holdBackgroundForTest(bool hold);

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    // The first view of a layout (and of a new filter while the view follows it): fits what
    // is shown when its names are then at least kReadableNamePx, else shows the biggest hub
    // at that size.
    void fitReadably();
    void resetZoom();
    // Brings the selected entity or deal into view: centred, zoomed out if it does not fit.
    void revealSelection();
    // Ends the fast drawing of a movement now: full quality again (the settle timer's end).
    void settle();

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    // Scales to `zoom` (clamped) keeping the scene point under `anchor` (viewport pixels) put.
    void setZoom(qreal zoom, const QPointF& anchor);
    qreal fitZoom() const;
    qreal fitZoomFor(const QRectF& rect) const;
    qreal minimumZoom() const;
    void centreOn(const QPointF& target);
    void placeLegend();
    void applyPaletteStyle();
    void noteMovement();
    // The overview image (graph_view_overview.cpp).
    void setUpOverview();
    void startOverviewRender(bool draft); // in the background; not if one is under way
    void markOverviewStale();
    bool overviewFitsScene() const; // overview_ is of this layout (if perhaps a step behind)
    void paintOverview(QPaintEvent* event);
    // The frame (graph_view_frame.cpp).
    void paintFrame(QPaintEvent* event);
    void alignFrame();
    void renderIntoFrame(const QRect& area, bool draft);
    void renderedInBackground(const QPoint& at, const QImage& image, const QRegion& valid,
                              double msPerPixel);
    void drawPlaceholder(const QRegion& region); // the overview image (or background) there
    // The overview image where the graph is now, if it is up to date; whether it was drawn.
    bool drawUpToDateOverview(QPainter& painter) const;
    void scheduleRefine();
    void dropFrame();
    void noteSceneChange(const QList<QRectF>& sceneRects);
    void refit();           // the fit the view follows again (fitted_): readable or whole
    QRectF fitRect() const; // what a fit frames: what is shown, or the scene rectangle

    GraphScene* scene_;
    LegendWidget* legend_;
    DateCaption* caption_; // what changed on the date shown, over the graph
    QVariantAnimation* centring_;
    bool legendVisible_ = true;
    bool animated_ = true;
    bool fitted_ = true;      // the user has not zoomed since the last fit: resizing refits
    bool readableFit_ = true; // that fit was fitReadably's (else zoomToFit's)
    bool animateNextFit_ = false;
    bool keepViewAtNextLayout_ = false; // the layout under way follows an edit of the model
    qreal maxFitZoom_ = kMaxFitZoom;
    QVariantAnimation* fitting_ = nullptr; // the animated refit, when one runs
    void refitFollowingView();
    bool clicking_ = false; // a selection now comes from a click in this view
    QPoint suspendedAt_;    // where the pointer rested when hover was suspended
    QTimer* settleTimer_;
    BirdEyeMap* map_;         // the whole graph in a corner while part of it is out of view
    bool largeScene_ = false; // counted at each new layout
    bool moving_ = false;
    QImage overview_;
    bool overviewCurrent_ = false; // overview_ shows the scene as it is now
    bool overviewDraft_ = false;   // overview_ was rendered fast; full quality follows
    QRectF overviewSceneRect_;     // the scene rectangle overview_ shows...
    quint64 overviewItems_ = 0;    // ... and the scene's generation of items
    BackgroundRender* overviewBackground_ = nullptr;
    QRectF overviewRenderRect_;       // the scene rectangle of the rendering under way...
    quint64 overviewRenderItems_ = 0; // ... and its generation of items
    int overviewRenders_ = 0;
    int overviewDraftRenders_ = 0;
    bool hoverCleared_ = false; // the pointer is over the overview and the hover was cleared
    QPixmap frame_;             // the window's picture, device pixels
    QTransform frameTransform_; // the viewport transform frame_ was drawn at
    bool frameValid_ = false;
    QRegion blank_; // parts of frame_ with no picture at all (viewport pixels)
    QRegion stale_; // parts to draw again at full quality, in the background
    QRegion dirty_; // where the scene changed since the frame was drawn there
    QTimer* refineTimer_;
    BackgroundRender* background_;
    int frameRenders_ = 0;
    int backgroundRenders_ = 0;
    qreal renderMsPerPixel_ = 0; // of the last full-quality render into the frame
    qreal immediateMs_ = kImmediateMs;
};

} // namespace dealgraph::app
