// Where flows meet their boxes. Graphviz ends every flow between two boxes at the same point
// of each border, and a hub's flows from one side (Microsoft's eleven into OpenAI) at points
// a pixel apart: their arrowheads pile into one blob and no line can be followed into the box.
// After a layout the scene spreads the ends that crowd one side of a box along that side,
// ordered by the direction each flow comes from so that they do not cross on the way in.
#pragma once

#include "dealgraph/graph_layout.h"

#include <QRectF>

#include <vector>

namespace dealgraph::app {

struct FlowEnds {
    int tail = -1; // index into the boxes, -1 when unknown
    int head = -1;
};

// Moves the ends of `routes` (with their arrowheads and the control point next to each end,
// so the curve still meets the border at the same angle) along the side of the box they touch
// until neighbouring ends on a side are at least `spacing` apart, keeping each as near its
// place as that allows and inside the side (less `spacing` / 2 at each corner). When a side is
// too short for its ends at `spacing`, they share it evenly. Ends already far enough apart do
// not move.
void spreadFlowEnds(std::vector<layout::EdgeGeometry>& routes, const std::vector<FlowEnds>& ends,
                    const std::vector<QRectF>& boxes, double spacing);

} // namespace dealgraph::app
