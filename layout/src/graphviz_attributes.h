// Which Graphviz attributes a layout request turns into. Plain strings only: no Graphviz type
// here, so the policy can be read (and tested) apart from the cgraph calls. Every value is
// generated from numbers in the request; no text from a model ever reaches Graphviz, because
// labels interpret escapes and several attributes (image, shapefile, fontpath, imagepath,
// HTML <IMG>) make Graphviz read files.
#pragma once

#include "dealgraph/graph_layout.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph::layout::detail {

using Attributes = std::vector<std::pair<std::string, std::string>>;

struct GraphAttributes {
    Attributes graph;
    Attributes nodeDefaults;
    Attributes edgeDefaults;
};

inline constexpr double kPointsPerInch = 72.0;
// Graphviz refuses nodes smaller than 0.01 inch; a box the app measured as empty still needs
// a size so edges have something to clip against.
inline constexpr double kMinNodeSizePoints = 2.0;
inline constexpr double kMaxSizePoints = 100000.0;
// An HTML table's width and height are 16-bit integers in Graphviz 2.42.
inline constexpr double kMaxLabelSizePoints = 10000.0;

// Checks what Graphviz would choke on or what would make the result meaningless: edge
// endpoints out of range, non-finite numbers, negative sizes. Returns the problem, if any.
std::optional<std::string> validateRequest(const LayoutRequest& request);

GraphAttributes graphAttributesFor(const LayoutRequest& request);

// Node box in points, clamped and rounded up: dot rounds node sizes to whole points, and
// rounding up keeps the box at least as large as the app's measured text.
double nodeSizePoints(double requested);
// The node's width or height attribute (inches).
std::string nodeSizeAttribute(double requestedPoints);

bool hasEdgeLabel(const EdgeSpec& edge);
// An HTML-like label that is an empty, borderless, fixed-size table: Graphviz reserves exactly
// that box and places it (ED_label(e)->pos) without measuring any text or reading any file.
std::string edgeLabelHtml(Size labelSize);
std::string edgeWeightAttribute(Engine engine, double weight);

// neato and fdp honour pin=true with pos="x,y!"; dot, sfdp, circo and twopi ignore pins.
bool enginePinsNodes(Engine engine);
// pos value for a pinned centre given in the header's frame (y down); inputscale=72 makes
// Graphviz read it in points.
std::string pinnedPositionAttribute(Point centre);

// Locale-independent decimal formatting (the app may run under a locale with decimal commas).
std::string formatNumber(double value, int decimals = 3);

} // namespace dealgraph::layout::detail
