#include "graphviz_attributes.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <system_error>

namespace dealgraph::layout::detail {

namespace {

// Obstacle-avoiding splines (splines=true) outside dot cost far more than the layout itself.
// Measured with sfdp, Graphviz 2.42, random graphs with 1.5 edges per node and half of them
// labelled: 50 nodes 0.3 s, 100 nodes 1.5 s, 150 nodes 2.8 s, 500 nodes 37-52 s; splines=curved
// is erratic (0.05 s at 150 nodes, 12 s at 300, over a minute at 500) and polyline is as slow as
// true. Straight lines (splines=line) take 1.2 s for the whole 2,000-node layout and 5.6 s at
// 5,000 nodes. So the force-directed and radial engines route real splines only for small
// graphs and draw straight edges beyond.
constexpr std::size_t kMaxRoutedSplineNodes = 60;
constexpr std::size_t kMaxRoutedSplineEdges = 150;

// Graphviz's minimum for nodesep and ranksep, in inches.
constexpr double kMinSeparationInches = 0.02;

bool finite(double v) {
    return std::isfinite(v);
}

bool validSize(Size size) {
    return finite(size.width) && finite(size.height) && size.width >= 0 && size.height >= 0;
}

std::string inches(double points) {
    return formatNumber(points / kPointsPerInch, 4);
}

bool anyPinned(const LayoutRequest& request) {
    return std::any_of(request.nodes.begin(), request.nodes.end(),
                       [](const NodeSpec& node) { return node.pinned.has_value(); });
}

// The size a spring should aim for so that typical boxes do not touch: the mean of the larger
// side of each node plus the requested separation.
double typicalSpringLengthPoints(const LayoutRequest& request) {
    double sum = 0;
    for (const NodeSpec& node : request.nodes) {
        sum += std::max(nodeSizePoints(node.size.width), nodeSizePoints(node.size.height));
    }
    const double mean = request.nodes.empty() ? 0 : sum / static_cast<double>(request.nodes.size());
    return mean + std::max(0.0, request.nodeSeparation);
}

} // namespace

std::string formatNumber(double value, int decimals) {
    if (!finite(value)) {
        value = 0;
    }
    char buffer[64];
    auto [end, ec] =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (ec != std::errc{}) {
        return "0";
    }
    std::string text(buffer, end);
    // Trim trailing zeros so the DOT stays readable in debugging dumps.
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0') {
            text.pop_back();
        }
        if (text.back() == '.') {
            text.pop_back();
        }
    }
    return text == "-0" ? "0" : text;
}

std::optional<std::string> validateRequest(const LayoutRequest& request) {
    if (!engineFromString(toString(request.engine))) {
        return "unknown layout engine";
    }
    const auto nodeCount = request.nodes.size();
    for (std::size_t i = 0; i < nodeCount; ++i) {
        const NodeSpec& node = request.nodes[i];
        if (!validSize(node.size)) {
            return "node " + std::to_string(i) + " has an invalid size";
        }
        if (node.pinned && !(finite(node.pinned->x) && finite(node.pinned->y))) {
            return "node " + std::to_string(i) + " has an invalid pinned position";
        }
    }
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        const EdgeSpec& edge = request.edges[i];
        const auto inRange = [nodeCount](int index) {
            return index >= 0 && static_cast<std::size_t>(index) < nodeCount;
        };
        if (!inRange(edge.tail) || !inRange(edge.head)) {
            return "edge " + std::to_string(i) + " refers to a node that does not exist";
        }
        if (!validSize(edge.labelSize)) {
            return "edge " + std::to_string(i) + " has an invalid label size";
        }
        if (!finite(edge.weight) || edge.weight < 0) {
            return "edge " + std::to_string(i) + " has an invalid weight";
        }
    }
    if (!finite(request.nodeSeparation) || !finite(request.rankSeparation)) {
        return "the node or rank separation is not a number";
    }
    if (request.frameAspect && !(finite(*request.frameAspect) && *request.frameAspect > 0)) {
        return "the frame's aspect ratio is not a positive number";
    }
    return std::nullopt;
}

GraphAttributes graphAttributesFor(const LayoutRequest& request) {
    GraphAttributes attributes;
    auto& graph = attributes.graph;
    const std::size_t nodeCount = request.nodes.size();
    const std::size_t edgeCount = request.edges.size();
    const double nodeSep = std::max(kMinSeparationInches * kPointsPerInch, request.nodeSeparation);
    const double rankSep = std::max(kMinSeparationInches * kPointsPerInch, request.rankSeparation);
    const bool smallGraph =
        nodeCount <= kMaxRoutedSplineNodes && edgeCount <= kMaxRoutedSplineEdges;

    switch (request.engine) {
    case Engine::Dot:
        graph.emplace_back("rankdir", request.leftToRight ? "LR" : "TB");
        graph.emplace_back("nodesep", inches(nodeSep));
        graph.emplace_back("ranksep", inches(rankSep));
        graph.emplace_back("splines", "true");
        if (defaultEngineFor(nodeCount, edgeCount) != Engine::Dot) {
            // The caller insisted on dot for a graph past its comfortable size: trade crossing
            // quality for time (measured: 300 nodes / 600 edges from 24 s down to 5 s).
            graph.emplace_back("mclimit", "0.2");
            graph.emplace_back("nslimit", "2");
            graph.emplace_back("nslimit1", "2");
            graph.emplace_back("remincross", "false");
        }
        break;
    case Engine::Neato:
    case Engine::Fdp: {
        // Graphviz 2.42's overlap removal (prism, voronoi, scale) moves pinned nodes too
        // (measured: 130-185 pt of drift on a 40-node graph), so with pins it stays off and
        // spring lengths sized from the boxes keep most nodes apart instead.
        graph.emplace_back("overlap", anyPinned(request) ? "true" : "prism");
        graph.emplace_back("splines", smallGraph ? "true" : "line");
        const std::string spring = inches(typicalSpringLengthPoints(request));
        if (request.engine == Engine::Fdp) {
            graph.emplace_back("K", spring);
        } else {
            attributes.edgeDefaults.emplace_back("len", spring);
        }
        // pos is read in points, like everything else we exchange.
        graph.emplace_back("inputscale", "72");
        break;
    }
    case Engine::Sfdp:
    case Engine::Twopi:
        graph.emplace_back("overlap", "prism");
        graph.emplace_back("splines", smallGraph ? "true" : "line");
        if (request.engine == Engine::Twopi) {
            graph.emplace_back("ranksep", inches(rankSep));
        }
        break;
    case Engine::Circo:
        // circo spaces nodes from their sizes itself; overlap removal would break the circles.
        graph.emplace_back("splines", smallGraph ? "true" : "line");
        graph.emplace_back("mindist", inches(nodeSep));
        break;
    }
    if (request.engine != Engine::Dot && request.engine != Engine::Circo) {
        // Margin around each node during overlap removal; esep (for spline routing) must stay
        // smaller than sep.
        const double margin = std::max(4.0, nodeSep / 2);
        graph.emplace_back("sep", "+" + formatNumber(margin));
        graph.emplace_back("esep", "+" + formatNumber(margin * 0.75));
    }

    attributes.nodeDefaults = {
        {"shape", "box"}, {"fixedsize", "true"}, {"label", ""}, {"width", "1"}, {"height", "1"}};
    attributes.edgeDefaults.emplace_back("label", "");
    attributes.edgeDefaults.emplace_back("weight", "1");
    return attributes;
}

double nodeSizePoints(double requested) {
    if (!finite(requested)) {
        requested = 0;
    }
    return std::ceil(std::clamp(requested, kMinNodeSizePoints, kMaxSizePoints));
}

std::string nodeSizeAttribute(double requestedPoints) {
    // Enough decimals that dot's rounding to whole points lands back on the rounded-up size.
    return formatNumber(nodeSizePoints(requestedPoints) / kPointsPerInch, 8);
}

bool hasEdgeLabel(const EdgeSpec& edge) {
    return edge.labelSize.width > 0 || edge.labelSize.height > 0;
}

std::string edgeLabelHtml(Size labelSize) {
    const auto side = [](double points) {
        return formatNumber(std::ceil(std::clamp(points, 1.0, kMaxLabelSizePoints)), 0);
    };
    return R"(<table border="0" cellborder="0" cellspacing="0" cellpadding="0" fixedsize="true" )"
           R"(width=")" +
           side(labelSize.width) + R"(" height=")" + side(labelSize.height) +
           R"("><tr><td></td></tr></table>)";
}

std::string edgeWeightAttribute(Engine engine, double weight) {
    if (!finite(weight)) {
        weight = 1;
    }
    if (engine == Engine::Dot) {
        // dot only accepts whole weights.
        return formatNumber(std::round(std::clamp(weight, 0.0, 1000.0)), 0);
    }
    return formatNumber(std::clamp(weight, 0.01, 1000.0));
}

bool enginePinsNodes(Engine engine) {
    return engine == Engine::Neato || engine == Engine::Fdp;
}

std::string pinnedPositionAttribute(Point centre) {
    // Graphviz's y axis points up; ours points down.
    return formatNumber(centre.x) + "," + formatNumber(-centre.y) + "!";
}

} // namespace dealgraph::layout::detail
