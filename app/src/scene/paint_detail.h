// How much an item's paint() draws. Exports render the scene without a widget
// (QGraphicsScene::render into an SVG, PDF or image) and always get everything at full quality.
// In a view, text too small to read is left out, and while a big graph moves GraphView turns
// antialiasing off: a "draft" frame, where lines are drawn as thin cosmetic pens (filling wide
// strokes is what a frame of thousands of lines spends its time on). The frame after the
// movement stops is full quality again. GraphView's overview image counts as the view.
#pragma once

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QWidget>

namespace dealgraph::app {

// The painter GraphView renders its overview image with (through QGraphicsScene::render, so
// without a widget): painting for the view all the same. Null otherwise. UI thread only.
inline const QPainter*& overviewPainter() {
    static const QPainter* painter = nullptr;
    return painter;
}

struct PaintDetail {
    bool inView = false; // painted for a view (else an export: full detail, antialiased)
    bool draft = false;  // a frame while a big graph moves
    qreal scale = 1;     // device pixels per scene unit
};

inline PaintDetail paintDetail(const QPainter* painter, const QStyleOptionGraphicsItem* option,
                               const QWidget* widget) {
    PaintDetail detail;
    detail.inView = widget != nullptr || (painter && painter == overviewPainter());
    detail.draft = detail.inView && !painter->testRenderHint(QPainter::Antialiasing);
    detail.scale = option->levelOfDetailFromTransform(painter->worldTransform());
    return detail;
}

} // namespace dealgraph::app
