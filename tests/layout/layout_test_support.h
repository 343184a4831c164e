// Shared checks for layout results: every test that lays something out checks the same
// invariants the app relies on when it draws.
#pragma once

#include "dealgraph/graph_layout.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace dealgraph::layout::testing {

inline constexpr double kTolerance = 0.5; // points

inline NodeSpec node(double width, double height) {
    return NodeSpec{{width, height}, {}};
}

inline EdgeSpec edge(int tail, int head, double labelWidth = 0, double labelHeight = 0) {
    EdgeSpec spec;
    spec.tail = tail;
    spec.head = head;
    spec.labelSize = {labelWidth, labelHeight};
    return spec;
}

// A small graph with a bit of everything: a chain, a fan-out, labels of different sizes,
// parallel edges both ways and a self-loop.
inline LayoutRequest sampleRequest(Engine engine) {
    LayoutRequest request;
    request.engine = engine;
    request.nodes = {node(120, 30), node(80, 24), node(60, 60), node(150, 40),
                     node(40, 20),  node(90, 30), node(70, 28)};
    request.edges = {edge(0, 1, 60, 14), edge(1, 2),         edge(2, 3, 100, 30),
                     edge(0, 4),         edge(0, 5, 40, 12), edge(5, 6),
                     edge(6, 0),         edge(3, 4, 30, 12), edge(3, 4),
                     edge(4, 3, 50, 14), edge(2, 2, 30, 12)};
    return request;
}

inline bool inside(Point p, Size bounds, double tolerance = kTolerance) {
    return p.x >= -tolerance && p.y >= -tolerance && p.x <= bounds.width + tolerance &&
           p.y <= bounds.height + tolerance;
}

inline double distanceToBox(Point p, Point centre, Size size) {
    const double dx = std::max(0.0, std::abs(p.x - centre.x) - size.width / 2);
    const double dy = std::max(0.0, std::abs(p.y - centre.y) - size.height / 2);
    return std::hypot(dx, dy);
}

// Checks the invariants; `endpointSlack` is how far (points) an edge may end from its node's
// box (Graphviz clips edges at the box; straight-line fallbacks end at centres, inside).
inline void expectWellFormed(const LayoutRequest& request, const LayoutResult& result,
                             double endpointSlack = 2.0) {
    ASSERT_EQ(result.nodes.size(), request.nodes.size());
    ASSERT_EQ(result.edges.size(), request.edges.size());
    const Size bounds = result.bounds;
    if (!request.nodes.empty()) {
        EXPECT_GT(bounds.width, 0);
        EXPECT_GT(bounds.height, 0);
    }
    for (std::size_t i = 0; i < result.nodes.size(); ++i) {
        SCOPED_TRACE("node " + std::to_string(i));
        const NodeGeometry& node = result.nodes[i];
        const Size asked = request.nodes[i].size;
        EXPECT_GE(node.size.width, asked.width - 1e-6);
        EXPECT_GE(node.size.height, asked.height - 1e-6);
        EXPECT_GT(node.size.width, 0);
        EXPECT_GT(node.size.height, 0);
        EXPECT_TRUE(inside(
            {node.centre.x - node.size.width / 2, node.centre.y - node.size.height / 2}, bounds));
        EXPECT_TRUE(inside(
            {node.centre.x + node.size.width / 2, node.centre.y + node.size.height / 2}, bounds));
    }
    for (std::size_t i = 0; i < result.edges.size(); ++i) {
        SCOPED_TRACE("edge " + std::to_string(i));
        const EdgeGeometry& edge = result.edges[i];
        const EdgeSpec& spec = request.edges[i];
        ASSERT_GE(edge.curve.size(), 4u);
        EXPECT_EQ((edge.curve.size() - 1) % 3, 0u);
        for (const Point& p : edge.curve) {
            EXPECT_TRUE(inside(p, bounds)) << p.x << "," << p.y;
        }
        for (const Arrow* arrow : {&edge.headArrow, &edge.tailArrow}) {
            if (arrow->present) {
                EXPECT_TRUE(inside(arrow->tip, bounds));
                EXPECT_TRUE(inside(arrow->base, bounds));
            }
        }
        const NodeGeometry& tail = result.nodes[static_cast<std::size_t>(spec.tail)];
        const NodeGeometry& head = result.nodes[static_cast<std::size_t>(spec.head)];
        const Point end = edge.headArrow.present ? edge.headArrow.tip : edge.curve.back();
        const Point start = edge.tailArrow.present ? edge.tailArrow.tip : edge.curve.front();
        EXPECT_LE(distanceToBox(start, tail.centre, tail.size), endpointSlack);
        EXPECT_LE(distanceToBox(end, head.centre, head.size), endpointSlack);
        const bool labelled = spec.labelSize.width > 0 || spec.labelSize.height > 0;
        EXPECT_EQ(edge.labelCentre.has_value(), labelled);
        if (edge.labelCentre) {
            const Point c = *edge.labelCentre;
            const Size s = spec.labelSize;
            EXPECT_TRUE(inside({c.x - s.width / 2, c.y - s.height / 2}, bounds));
            EXPECT_TRUE(inside({c.x + s.width / 2, c.y + s.height / 2}, bounds));
        }
    }
}

inline LayoutResult layoutOrFail(const LayoutRequest& request) {
    LayoutOutcome outcome = layoutInProcess(request);
    EXPECT_TRUE(outcome.result.has_value()) << outcome.error;
    EXPECT_TRUE(outcome.error.empty()) << outcome.error;
    return outcome.result.value_or(LayoutResult{});
}

} // namespace dealgraph::layout::testing
