// The part of a curve that can show in a window. QPainter strokes (and dashes) a whole path
// before clipping, so a curve 20,000 points long costs as much when one inch of it is on screen
// as when all of it is: zoomed in on a big graph, that made a frame take a second. Cutting the
// curve to what is visible first makes the cost follow what is seen.
#pragma once

#include <QPainterPath>
#include <QRectF>

namespace dealgraph::app {

struct VisiblePart {
    QPainterPath path;  // the pieces of the curve that may touch the rectangle, same geometry
    qreal lengthBefore; // approximate length of the curve before the first piece kept
    bool whole;         // nothing was cut: `path` is the input
};

// Cuts `path` (moves, lines and cubic curves) to the pieces whose control polygons meet
// `visible`, splitting curves where needed. Pieces stay exact Bézier sub-curves, so what is
// drawn inside `visible` does not change; enlarge `visible` by the pen's half width beforehand.
// `lengthBefore` is measured only when `measureLength` (a dashed pen needs it; a solid one
// does not, and measuring costs a square root per piece).
VisiblePart visiblePart(const QPainterPath& path, const QRectF& visible, bool measureLength = true);

} // namespace dealgraph::app
