// Where a flow goes once one of its ends was placed by hand. Graphviz's dot ignores pinned
// positions, so after a layout the scene moves hand-placed boxes and routes the flows that
// touch them itself: one gentle cubic from border to border, the arrowhead ending on the
// target's border, the amount label at the curve's middle. Parallel flows between the same two
// boxes bow apart in lanes so they stay distinguishable.
#pragma once

#include "dealgraph/graph_layout.h"

#include <QPointF>
#include <QRectF>

#include <array>

namespace dealgraph::app {

struct FlowRouteOptions {
    qreal bow = 0;          // sideways offset of the curve's middle (scene units, signed)
    qreal arrowLength = 10; // dot's default arrowhead length at arrowsize 1
    bool headArrow = true;  // arrowhead at the `to` box
    bool tailArrow = false; // arrowhead at the `from` box
};

// Gap between neighbouring lanes of parallel flows.
constexpr qreal kFlowLaneSpacing = 16;

// The bow of lane `lane` (0-based) among `laneCount` flows between the same two boxes, centred
// on the straight line. `reversed` flows run against the pair's canonical direction, so their
// bow is mirrored and the lanes still fan out on both sides.
qreal laneBow(int lane, int laneCount, bool reversed, qreal spacing = kFlowLaneSpacing);
// The lane spacing for `laneCount` flows between boxes whose centres are `distance` apart:
// kFlowLaneSpacing, narrowed so the whole fan is at most half as wide as the flows are long.
qreal laneSpacing(int laneCount, qreal distance);

// A route from the box `from` to the box `to` (scene rectangles). Never fails: boxes that
// overlap get a short curve between their centres rather than nothing.
layout::EdgeGeometry routeBetween(const QRectF& from, const QRectF& to,
                                  const FlowRouteOptions& options = {});

// Cubic Bézier helpers, exposed for the tests.
using Cubic = std::array<QPointF, 4>;
QPointF pointOnCubic(const Cubic& cubic, qreal t);
Cubic cubicSegment(const Cubic& cubic, qreal from, qreal to); // the part between two parameters

} // namespace dealgraph::app
