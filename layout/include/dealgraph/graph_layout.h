// The one interface to Graphviz: an abstract graph with sizes in, plain geometry out.
// No Graphviz type appears here; only graphviz_layout.cpp includes Graphviz headers.
// Coordinates are in points (1/72 inch), y pointing DOWN (screen convention), origin at the
// top-left of the bounding box.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::layout {

enum class Engine { Dot, Neato, Fdp, Sfdp, Circo, Twopi };

std::string_view toString(Engine);                        // "dot", "neato", ...
std::optional<Engine> engineFromString(std::string_view); // case-sensitive JSON spelling
// dot for small graphs, sfdp past a few hundred nodes or dense graphs (dot is unusable there).
Engine defaultEngineFor(std::size_t nodeCount, std::size_t edgeCount);

struct Point {
    double x = 0;
    double y = 0;
};

struct Size {
    double width = 0;  // points
    double height = 0; // points
};

struct NodeSpec {
    Size size; // the box the app will draw, measured with Qt font metrics
    // Centre kept fixed when set (hand placement), in the result's frame. Honoured by neato and
    // fdp only (dot, sfdp, circo and twopi ignore it). Pinned nodes keep their exact offsets
    // from each other; the drawing as a whole may shift so its bounding box starts at (0,0).
    std::optional<Point> pinned;
};

struct EdgeSpec {
    int tail = 0;      // index into nodes
    int head = 0;      // index into nodes
    Size labelSize;    // 0x0 for no label
    double weight = 1; // layout weight (dot: shorter/straighter when larger)
};

struct LayoutRequest {
    Engine engine = Engine::Dot;
    std::vector<NodeSpec> nodes;
    std::vector<EdgeSpec> edges;
    bool leftToRight = true;    // dot's rankdir=LR
    double nodeSeparation = 10; // points
    double rankSeparation = 36; // points
    // The width/height of the frame the picture must fill (a 16:9 slide: 1.78). With dot, the
    // graph is laid out both left-to-right and top-to-bottom and the one that fills the frame
    // at the larger scale is kept (leftToRight then says which); a ranked graph fits a wide
    // frame best when its ranks run across it. Other engines ignore it. Unset: leftToRight.
    std::optional<double> frameAspect;
};

// The scale at which a `width` x `height` picture fits a frame of this aspect and height 1.
double fitScale(double width, double height, double frameAspect);

struct NodeGeometry {
    Point centre;
    Size size;
};

struct Arrow {
    bool present = false;
    Point tip;  // where the arrowhead touches the node
    Point base; // where the curve ends and the arrowhead begins
};

struct EdgeGeometry {
    // Cubic Bézier control points: p0, then (c1, c2, p) triples; size is 1 + 3k.
    std::vector<Point> curve;
    Arrow headArrow; // at the head node
    Arrow tailArrow; // at the tail node (rare)
    std::optional<Point> labelCentre;
};

struct LayoutResult {
    Size bounds;                     // the bounding box is (0,0)-(width,height)
    std::vector<NodeGeometry> nodes; // same order as the request
    std::vector<EdgeGeometry> edges; // same order as the request
};

struct LayoutOutcome {
    std::optional<LayoutResult> result;
    std::string error; // set when result is empty: what failed, in words a user can act on
};

// Runs Graphviz in this process. Not thread-safe (cgraph keeps global state) and cannot be
// cancelled: the app calls it only inside the layout worker process.
LayoutOutcome layoutInProcess(const LayoutRequest& request);

// The worker protocol: the request and the outcome as JSON text.
std::string requestToJson(const LayoutRequest& request);
std::optional<LayoutRequest> requestFromJson(std::string_view json, std::string* error);
std::string outcomeToJson(const LayoutOutcome& outcome);
LayoutOutcome outcomeFromJson(std::string_view json);

// Entry point of `dealgraph --layout-worker`: reads a request on stdin, writes the outcome on
// stdout, applies the memory limit (bytes, 0 = none) with setrlimit first. Returns the exit code.
int runLayoutWorker(std::size_t memoryLimitBytes);

// Escapes text for a double-quoted DOT string so Graphviz shows it literally: quotes,
// backslashes (so \N \G \E \l ... stay text) and newlines.
std::string escapeDotString(std::string_view text);

} // namespace dealgraph::layout
