// A small map of the whole graph in the bottom-right corner of the view, with a frame around
// the part the view shows. It appears only while some of what is shown lies out of view (a
// first view zoomed in to keep names readable, or the user zoomed in), so the reader always
// knows where they are; a click or a drag on it moves the view there.
#pragma once

#include <QImage>
#include <QRectF>
#include <QWidget>

class QTimer;

namespace dealgraph::app {

class BackgroundRender;
class GraphScene;
class GraphView;

class BirdEyeMap : public QWidget {
    Q_OBJECT
public:
    // A child of `view` (not of its viewport, whose contents scroll), drawing `scene`.
    BirdEyeMap(GraphView* view, GraphScene* scene);

    static constexpr int kMaxWidth = 220;
    static constexpr int kMaxHeight = 140;
    static constexpr int kMargin = 8; // pixels from the viewport's edges

    // The viewport's geometry in the view's coordinates: the map sits in its corner.
    void place(const QRect& viewportArea);
    // The view moved or zoomed: moves the frame, and shows or hides the map.
    void viewMoved();
    // What the scene shows changed (a layout, a filter, a date, a theme): the picture is drawn
    // again, once the changes pause.
    void sceneChanged();

    // For tests: the part of the map the view shows, in the map's pixels; and the scene
    // point a pixel of the map stands for. Whether its picture is being made.
    bool isRendering() const;
    const QImage& picture() const { return picture_; }
    QRectF frameRect() const;
    QPointF scenePointAt(const QPointF& mapPixel) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    void measure();         // what the map covers, its size; shows or hides it (from shown_)
    void renderPicture();   // the scene into picture_, at once (a small graph)
    void startRendering();  // the scene into picture_ by worker threads (a big one)
    QRectF mapArea() const; // where the scene's picture is drawn inside the widget
    void moveViewTo(const QPointF& mapPixel);

    GraphView* view_;
    GraphScene* scene_;
    QRect viewportArea_;
    QRectF shown_;   // the scene rectangle of what is shown (costly at 20,000 items: cached)
    QRectF covered_; // the scene rectangle the map shows: what is shown, with a margin
    QImage picture_; // shown until a new one is in
    bool stale_ = true;
    QTimer* renderTimer_;
    // A big graph's map is rendered as the view's overview image is (background_render.h):
    // at once it held the UI thread up for 245 ms at 5,000 entities and 1.5 s at 20,000, at
    // every change of date or filter while zoomed in.
    BackgroundRender* rendering_;
};

} // namespace dealgraph::app
