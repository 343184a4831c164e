#include "scene/paint_recording.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>

#include <climits>

namespace dealgraph::app {

namespace {

// A path of its own: QPainter keeps a converted copy inside the data of each path it strokes,
// which must not be written by a worker while the UI thread strokes the item's own path.
QPainterPath ownCopy(const QPainterPath& path) {
    QPainterPath own;
    own.addPath(path);
    own.setFillRule(path.fillRule());
    return own;
}

// Brushes and pens are plain shared values, except a texture held as a pixmap: pixmaps are
// for the UI thread only, images are not.
QBrush threadSafe(const QBrush& brush) {
    if (brush.style() != Qt::TexturePattern)
        return brush;
    QBrush own(brush.textureImage());
    own.setTransform(brush.transform());
    return own;
}

template <class... Ts> struct Overloaded : Ts... { using Ts::operator()...; };

} // namespace

// Every feature, so QPainter hands over each primitive untransformed with its state (the
// transform, the clip, the pen) rather than flattening it into device pixels first.
class RecordingEngine final : public QPaintEngine {
public:
    explicit RecordingEngine(PaintRecording* recording)
        : QPaintEngine(QPaintEngine::AllFeatures), recording_(recording) {}

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState& now) override {
        // The order QPainter's own engines apply it in: a clip is meant under the transform
        // that comes with it.
        const DirtyFlags flags = now.state();
        if (flags & DirtyPen) {
            QPen pen = now.pen();
            pen.setBrush(threadSafe(pen.brush()));
            add(pen);
        }
        if (flags & DirtyBrush)
            add(threadSafe(now.brush()));
        if (flags & DirtyBrushOrigin)
            add(PaintRecording::BrushOrigin{now.brushOrigin()});
        if (flags & (DirtyBackground | DirtyBackgroundMode))
            add(PaintRecording::Background{now.backgroundMode(),
                                           threadSafe(now.backgroundBrush())});
        if (flags & DirtyTransform)
            add(now.transform());
        if (flags & DirtyClipEnabled)
            add(PaintRecording::ClipEnabled{now.isClipEnabled()});
        if (flags & DirtyClipRegion)
            add(PaintRecording::ClipRegion{now.clipRegion(), now.clipOperation()});
        if (flags & DirtyClipPath)
            add(PaintRecording::ClipPath{ownCopy(now.clipPath()), now.clipOperation()});
        if (flags & DirtyHints)
            add(PaintRecording::Hints{static_cast<int>(now.renderHints())});
        if (flags & DirtyCompositionMode)
            add(PaintRecording::Composition{static_cast<int>(now.compositionMode())});
        if (flags & DirtyOpacity)
            add(PaintRecording::Opacity{now.opacity()});
        // DirtyFont: each piece of text carries its own font.
    }

    void drawPath(const QPainterPath& path) override { add(PaintRecording::Path{ownCopy(path)}); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        add(PaintRecording::Polygon{QPolygonF(QList<QPointF>(points, points + count)),
                                    static_cast<int>(mode)});
    }
    void drawRects(const QRectF* rects, int count) override {
        add(PaintRecording::Rects{std::vector<QRectF>(rects, rects + count)});
    }
    void drawLines(const QLineF* lines, int count) override {
        add(PaintRecording::Lines{std::vector<QLineF>(lines, lines + count)});
    }
    void drawPoints(const QPointF* points, int count) override {
        add(PaintRecording::Points{QPolygonF(QList<QPointF>(points, points + count))});
    }
    void drawEllipse(const QRectF& rect) override { add(PaintRecording::Ellipse{rect}); }
    void drawPixmap(const QRectF& target, const QPixmap& pixmap, const QRectF& source) override {
        add(PaintRecording::Image{target, pixmap.toImage(), source});
    }
    void drawImage(const QRectF& target, const QImage& image, const QRectF& source,
                   Qt::ImageConversionFlags) override {
        add(PaintRecording::Image{target, image, source});
    }
    // Kept at its baseline: QPicture lays text out again from the top of a box and moved it.
    void drawTextItem(const QPointF& baseline, const QTextItem& item) override {
        add(PaintRecording::Text{baseline, item.text(), fontIndex(item.font())});
    }

private:
    void add(PaintRecording::Command command) {
        recording_->commands_.push_back(std::move(command));
    }

    std::size_t fontIndex(const QFont& font) {
        std::vector<QFont>& fonts = recording_->fonts_;
        for (std::size_t i = fonts.size(); i-- > 0;)
            if (fonts[i] == font)
                return i;
        fonts.push_back(font);
        return fonts.size() - 1;
    }

    PaintRecording* recording_;
};

PaintRecording::PaintRecording(QSize size, int dpi)
    : size_(size), dpi_(dpi), engine_(std::make_unique<RecordingEngine>(this)) {}

PaintRecording::~PaintRecording() = default;

QPaintEngine* PaintRecording::paintEngine() const {
    return engine_.get();
}

int PaintRecording::metric(PaintDeviceMetric metric) const {
    switch (metric) {
    case PdmWidth:
        return size_.width();
    case PdmHeight:
        return size_.height();
    case PdmWidthMM:
        return qRound(size_.width() * 25.4 / dpi_);
    case PdmHeightMM:
        return qRound(size_.height() * 25.4 / dpi_);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return dpi_;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return static_cast<int>(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

void PaintRecording::play(QPainter& painter, const std::atomic<bool>* cancelled) const {
    painter.save();
    // Recorded transforms are the recording's world: they apply under the painter's own.
    const QTransform base = painter.worldTransform();
    constexpr int kAllHints = 0xff;
    std::size_t font = fonts_.size(); // none set yet
    std::size_t played = 0;
    const auto visitor = Overloaded{
        [&](const QPen& pen) { painter.setPen(pen); },
        [&](const QBrush& brush) { painter.setBrush(brush); },
        [&](const QTransform& transform) { painter.setWorldTransform(transform * base); },
        [&](const Hints& hints) {
            painter.setRenderHints(QPainter::RenderHints(kAllHints & ~hints.hints), false);
            painter.setRenderHints(QPainter::RenderHints(hints.hints), true);
        },
        [&](const ClipPath& clip) { painter.setClipPath(clip.path, clip.operation); },
        [&](const ClipRegion& clip) { painter.setClipRegion(clip.region, clip.operation); },
        [&](const ClipEnabled& clip) { painter.setClipping(clip.enabled); },
        [&](const Opacity& opacity) { painter.setOpacity(opacity.opacity); },
        [&](const Composition& mode) {
            painter.setCompositionMode(static_cast<QPainter::CompositionMode>(mode.mode));
        },
        [&](const Background& background) {
            painter.setBackgroundMode(background.mode);
            painter.setBackground(background.brush);
        },
        [&](const BrushOrigin& origin) { painter.setBrushOrigin(origin.origin); },
        [&](const Path& path) { painter.drawPath(path.path); },
        [&](const Polygon& polygon) {
            switch (static_cast<QPaintEngine::PolygonDrawMode>(polygon.mode)) {
            case QPaintEngine::OddEvenMode:
                painter.drawPolygon(polygon.points, Qt::OddEvenFill);
                break;
            case QPaintEngine::WindingMode:
                painter.drawPolygon(polygon.points, Qt::WindingFill);
                break;
            case QPaintEngine::ConvexMode:
                painter.drawConvexPolygon(polygon.points);
                break;
            case QPaintEngine::PolylineMode:
                painter.drawPolyline(polygon.points);
                break;
            }
        },
        [&](const Rects& rects) {
            painter.drawRects(rects.rects.data(), static_cast<int>(rects.rects.size()));
        },
        [&](const Lines& lines) {
            painter.drawLines(lines.lines.data(), static_cast<int>(lines.lines.size()));
        },
        [&](const Points& points) { painter.drawPoints(points.points); },
        [&](const Ellipse& ellipse) { painter.drawEllipse(ellipse.rect); },
        [&](const Image& image) { painter.drawImage(image.target, image.image, image.source); },
        [&](const Text& text) {
            if (text.font != font) {
                font = text.font;
                painter.setFont(fonts_[font]);
            }
            painter.drawText(text.baseline, text.text);
        },
    };
    for (const Command& command : commands_) {
        // Checked now and then: an atomic load per line would cost more than it saves.
        if (cancelled && (++played & 255) == 0 && cancelled->load(std::memory_order_relaxed))
            break;
        std::visit(visitor, command);
    }
    painter.restore();
}

} // namespace dealgraph::app
