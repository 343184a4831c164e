// A paint device that records what a QPainter draws on it, to draw it again later on another
// painter, on any thread: GraphView's background render (background_render.h) records the
// items of a big graph's window on the UI thread (walking them is the cheap part) and plays
// the recordings into images on worker threads (stroking thousands of wide antialiased curves
// is the dear part), as QGIS's map canvas renders its layers in the background.
//
// Why not QPicture: its playback lays text out again from the top of a rectangle, and names
// came back a pixel off where the window's own paints put them. A recording keeps each piece
// of text at its baseline, and every path is its own copy, so nothing it plays is written by
// a worker while the UI thread draws an item (QPainter caches a converted copy inside a path
// it strokes).
#pragma once

#include <QBrush>
#include <QFont>
#include <QImage>
#include <QPaintDevice>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QRegion>
#include <QSize>
#include <QTransform>

#include <atomic>
#include <memory>
#include <variant>
#include <vector>

class QPainter;

namespace dealgraph::app {

class PaintRecording : public QPaintDevice {
public:
    // A device of `size` logical pixels at `dpi` dots per inch (fonts sized in points depend
    // on it: play into a device of the same dpi).
    explicit PaintRecording(QSize size, int dpi = 96);
    ~PaintRecording() override;
    PaintRecording(const PaintRecording&) = delete;
    PaintRecording& operator=(const PaintRecording&) = delete;

    // Draws what was recorded on `painter`, under its current transformation (the recording's
    // origin at the painter's). Stops early once `cancelled` is set (a band no longer wanted).
    void play(QPainter& painter, const std::atomic<bool>* cancelled = nullptr) const;
    std::size_t commandCount() const { return commands_.size(); }
    int dpi() const { return dpi_; }

    QPaintEngine* paintEngine() const override;

    // What a painter set or drew, in order (paint_recording.cpp).
    struct Hints {
        int hints;
    };
    struct ClipPath {
        QPainterPath path;
        Qt::ClipOperation operation;
    };
    struct ClipRegion {
        QRegion region;
        Qt::ClipOperation operation;
    };
    struct ClipEnabled {
        bool enabled;
    };
    struct Opacity {
        qreal opacity;
    };
    struct Composition {
        int mode;
    };
    struct Background {
        Qt::BGMode mode;
        QBrush brush;
    };
    struct BrushOrigin {
        QPointF origin;
    };
    struct Path {
        QPainterPath path;
    };
    struct Polygon {
        QPolygonF points;
        int mode; // QPaintEngine::PolygonDrawMode
    };
    struct Rects {
        std::vector<QRectF> rects;
    };
    struct Lines {
        std::vector<QLineF> lines;
    };
    struct Points {
        QPolygonF points;
    };
    struct Ellipse {
        QRectF rect;
    };
    struct Image {
        QRectF target;
        QImage image;
        QRectF source;
    };
    struct Text {
        QPointF baseline;
        QString text;
        std::size_t font; // in fonts_
    };
    using Command = std::variant<QPen, QBrush, QTransform, Hints, ClipPath, ClipRegion, ClipEnabled,
                                 Opacity, Composition, Background, BrushOrigin, Path, Polygon,
                                 Rects, Lines, Points, Ellipse, Image, Text>;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    friend class RecordingEngine;
    QSize size_;
    int dpi_;
    std::vector<Command> commands_;
    std::vector<QFont> fonts_; // the recording's own copies, each font once
    std::unique_ptr<QPaintEngine> engine_;
};

} // namespace dealgraph::app
