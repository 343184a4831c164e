// Geometry helpers between Graphviz's frame (points, y up, arbitrary origin) and the header's
// frame (points, y down, origin at the top-left of the bounding box). No Graphviz types here.
#pragma once

#include "dealgraph/graph_layout.h"

#include <vector>

namespace dealgraph::layout::detail {

struct Box {
    Point min;
    Point max;
};

// Converts a result read from Graphviz (y up) to the header's frame in place. The bounding box
// is Graphviz's own joined with every node box, curve point, arrow and label box, because some
// engines leave self-loops or labels slightly outside the box they report.
void toTopLeftFrame(LayoutResult& result, const std::vector<EdgeSpec>& edges, Box graphvizBox);

// A straight segment as a cubic Bézier (for edges Graphviz gave no spline).
std::vector<Point> straightCurve(Point from, Point to);

// The point halfway along the middle Bézier segment: where a label goes when the engine left
// it unplaced.
Point curveMidpoint(const std::vector<Point>& curve);

} // namespace dealgraph::layout::detail
