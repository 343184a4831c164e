// A full-quality picture of part of GraphView's window, made in the background as QGIS's map
// canvas makes its render jobs. Drawing a big graph's window is dear: at 5,000 entities and
// 100 % some 7,000 items, most of them long wide antialiased curves, took 0.9 s to paint at
// once and 1.9 s in tiles. So:
//  - the UI thread walks the items under the area in stacking order, a few milliseconds each
//    turn of the event loop, and records what each paints (paint_recording.h): a layer per
//    turn, about 35 ms of walking in all at 5,000 entities;
//  - worker threads play the layers into transparent images, the dear part, two at a time on
//    two cores;
//  - the UI thread lays the played layers over the background in their order, and hands the
//    finished picture back, with the part of it still worth showing: the window may have
//    panned meanwhile (the picture moves with it) or changed under it (that part is not used).
// Layers rather than bands of the window: a long curve crosses every band and would be walked
// and stroked once in each, where a layer holds each item once.
#pragma once

#include <QColor>
#include <QImage>
#include <QObject>
#include <QRect>
#include <QRegion>
#include <QThreadPool>
#include <QTransform>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <vector>

class QGraphicsItem;
class QTimer;

namespace dealgraph::app {

class GraphScene;
class PaintRecording;

class BackgroundRender : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRender(GraphScene* scene, QObject* parent = nullptr);
    ~BackgroundRender() override; // drops the picture under way and waits for the workers

    // Starts a picture of `area` (viewport pixels) of a view with `viewportTransform`, at `dpr`
    // device pixels a pixel and `dpi`; a picture under way is dropped. A `draft` is drawn
    // without antialiasing and with the view's draft level of detail (paint_detail.h).
    void start(const QRect& area, const QTransform& viewportTransform, qreal dpr, int dpi,
               bool draft = false);
    bool isActive() const { return active_; }
    bool isDraft() const { return draft_; } // the picture under way, or the last one
    // Walks and records items for about `sliceMs` (at least one layer) and hands the layer to
    // the workers; returns whether there is more to record now. Not while kLayersInFlight are
    // being played: a played layer asks for more (wantsRecording).
    bool recordSome(int sliceMs);
    static constexpr int kLayersInFlight = 2;
    // From now on records by itself from the event loop, about `sliceMs` a turn, whenever a
    // picture is under way (the overview image, the bird's-eye map). The window's refinement
    // calls recordSome itself instead: it waits while the view moves.
    void recordByItself(int sliceMs);

    // The window's picture moved by `shift` (a pan): the picture under way moves with it.
    void moved(const QPoint& shift, const QRect& window);
    // The scene changed under `rect` (viewport pixels): that part of the picture under way is
    // not used.
    void changed(const QRect& rect);
    void cancel();
    // Tests: played layers wait until released, so that a change can come between the
    // recording and the picture whatever the workers' speed.
    void holdForTest(bool hold);
    // Tests: the items the walk under way visits, in order.
    const std::vector<QGraphicsItem*>& itemsForTest() const { return items_; }

signals:
    // The picture is done: draw `image` with its top left at `at`, within `valid` only.
    // `msPerPixel` is what it cost in all, walking and playing.
    void finished(const QPoint& at, const QImage& image, const QRegion& valid, double msPerPixel);
    // A layer was played: recording may go on.
    void wantsRecording();

private:
    void collectItems();
    void played(quint64 generation, int index, QImage layer, double playMs);

    GraphScene* scene_;
    QThreadPool pool_;
    bool active_ = false;
    // The walk: items under the area in stacking order, the next to record, and the scene's
    // generation of items they belong to (deleted items end the walk).
    std::vector<QGraphicsItem*> items_;
    std::size_t next_ = 0;
    quint64 itemsGeneration_ = 0;
    QTransform toArea_; // scene to the area's own pixels, at the start
    QRectF source_;     // the area in the scene
    QSize size_;
    qreal dpr_ = 1;
    int dpi_ = 96;
    bool draft_ = false;
    QColor background_;
    // The picture: the first layer (over the background), then the others in order.
    QRect area_;      // where it is now (pans move it)
    QRegion invalid_; // changed since the walk began, or moved out of the window
    QImage picture_;
    int layersRecorded_ = 0;
    int layersComposed_ = 0;
    std::map<int, QImage> waiting_; // played before an earlier layer
    QTimer* recordTimer_ = nullptr; // recordByItself's
    bool held_ = false;
    std::vector<std::function<void()>> heldLayers_;
    double costMs_ = 0;
    quint64 generation_ = 0;
    // Set once the layers under way are no longer wanted; a worker checks it as it plays.
    std::shared_ptr<std::atomic<bool>> cancelled_;
};

} // namespace dealgraph::app
