#include "layout_geometry.h"

#include <algorithm>
#include <limits>

namespace dealgraph::layout::detail {

namespace {

class BoxAccumulator {
public:
    void add(Point p) {
        min_.x = std::min(min_.x, p.x);
        min_.y = std::min(min_.y, p.y);
        max_.x = std::max(max_.x, p.x);
        max_.y = std::max(max_.y, p.y);
    }
    void add(Point centre, Size size) {
        add({centre.x - size.width / 2, centre.y - size.height / 2});
        add({centre.x + size.width / 2, centre.y + size.height / 2});
    }
    bool empty() const { return min_.x > max_.x; }
    Point min() const { return min_; }
    Point max() const { return max_; }

private:
    static constexpr double kInf = std::numeric_limits<double>::infinity();
    Point min_{kInf, kInf};
    Point max_{-kInf, -kInf};
};

Point flipped(Point p) {
    return {p.x, -p.y};
}

template <typename Fn> void forEachPoint(LayoutResult& result, Fn&& fn) {
    for (NodeGeometry& node : result.nodes) {
        fn(node.centre);
    }
    for (EdgeGeometry& edge : result.edges) {
        for (Point& p : edge.curve) {
            fn(p);
        }
        for (Arrow* arrow : {&edge.headArrow, &edge.tailArrow}) {
            if (arrow->present) {
                fn(arrow->tip);
                fn(arrow->base);
            }
        }
        if (edge.labelCentre) {
            fn(*edge.labelCentre);
        }
    }
}

} // namespace

void toTopLeftFrame(LayoutResult& result, const std::vector<EdgeSpec>& edges, Box graphvizBox) {
    forEachPoint(result, [](Point& p) { p = flipped(p); });

    BoxAccumulator box;
    if (!result.nodes.empty()) {
        box.add(flipped(graphvizBox.min));
        box.add(flipped(graphvizBox.max));
    }
    for (const NodeGeometry& node : result.nodes) {
        box.add(node.centre, node.size);
    }
    for (std::size_t i = 0; i < result.edges.size(); ++i) {
        const EdgeGeometry& edge = result.edges[i];
        for (const Point& p : edge.curve) {
            box.add(p);
        }
        for (const Arrow* arrow : {&edge.headArrow, &edge.tailArrow}) {
            if (arrow->present) {
                box.add(arrow->tip);
                box.add(arrow->base);
            }
        }
        if (edge.labelCentre && i < edges.size()) {
            box.add(*edge.labelCentre, edges[i].labelSize);
        }
    }
    if (box.empty()) {
        result.bounds = {};
        return;
    }
    const Point origin = box.min();
    forEachPoint(result, [origin](Point& p) { p = {p.x - origin.x, p.y - origin.y}; });
    result.bounds = {box.max().x - origin.x, box.max().y - origin.y};
}

std::vector<Point> straightCurve(Point from, Point to) {
    const auto lerp = [&](double t) {
        return Point{from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
    };
    return {from, lerp(1.0 / 3), lerp(2.0 / 3), to};
}

Point curveMidpoint(const std::vector<Point>& curve) {
    if (curve.empty()) {
        return {};
    }
    if (curve.size() < 4) {
        return curve.front();
    }
    const std::size_t segments = (curve.size() - 1) / 3;
    const std::size_t start = (segments / 2) * 3;
    const Point& p0 = curve[start];
    const Point& p1 = curve[start + 1];
    const Point& p2 = curve[start + 2];
    const Point& p3 = curve[start + 3];
    if (segments % 2 == 0) {
        return p0; // an even number of segments: the middle is a joint
    }
    // Cubic Bézier at t = 1/2.
    return {(p0.x + 3 * p1.x + 3 * p2.x + p3.x) / 8, (p0.y + 3 * p1.y + 3 * p2.y + p3.y) / 8};
}

} // namespace dealgraph::layout::detail
