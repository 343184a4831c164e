#include "scene/flow_ends.h"

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

enum class Side { Top, Bottom, Left, Right };

// One end of a route on a box's side.
struct End {
    std::size_t route;
    bool head;       // the route's last point (and its head arrow), else its first
    double position; // along the side: x on top and bottom, y on left and right
    // Where the flow comes from, along the side: the start of the curve's last segment (its
    // far end for a single segment), then the control point next to the end (dot's curves
    // often enter a box square to it, so that point alone ties).
    double approach;
    double approachNear;
};

Side sideOf(const QRectF& box, const layout::Point& at) {
    const double distances[] = {std::abs(at.y - box.top()), std::abs(at.y - box.bottom()),
                                std::abs(at.x - box.left()), std::abs(at.x - box.right())};
    return static_cast<Side>(std::min_element(std::begin(distances), std::end(distances)) -
                             std::begin(distances));
}

bool horizontal(Side side) {
    return side == Side::Top || side == Side::Bottom;
}

double along(Side side, const layout::Point& point) {
    return horizontal(side) ? point.x : point.y;
}

void shift(layout::Point& point, Side side, double delta) {
    (horizontal(side) ? point.x : point.y) += delta;
}

// The point where the route touches the box at this end, and the control point next to it.
const layout::Point& touchPoint(const layout::EdgeGeometry& route, bool head) {
    const layout::Arrow& arrow = head ? route.headArrow : route.tailArrow;
    if (arrow.present)
        return arrow.tip;
    return head ? route.curve.back() : route.curve.front();
}

const layout::Point& controlNextTo(const layout::EdgeGeometry& route, bool head) {
    return head ? route.curve[route.curve.size() - 2] : route.curve[1];
}

const layout::Point& segmentStart(const layout::EdgeGeometry& route, bool head) {
    return head ? route.curve[route.curve.size() - 4] : route.curve[3];
}

void move(layout::EdgeGeometry& route, bool head, Side side, double delta) {
    layout::Arrow& arrow = head ? route.headArrow : route.tailArrow;
    if (arrow.present) {
        shift(arrow.tip, side, delta);
        shift(arrow.base, side, delta);
    }
    const std::size_t last = route.curve.size() - 1;
    shift(route.curve[head ? last : 0], side, delta);
    shift(route.curve[head ? last - 1 : 1], side, delta);
}

// New positions for the ends, in their order: at least `spacing` apart and within
// [low, high], each run of ends that had to move apart centred where its ends were.
std::vector<double> spaced(const std::vector<End>& ends, double low, double high, double spacing) {
    const std::size_t n = ends.size();
    std::vector<double> at(n);
    if (static_cast<double>(n - 1) * spacing > high - low) { // too many: share the side evenly
        const double step = n > 1 ? (high - low) / static_cast<double>(n - 1) : 0;
        for (std::size_t i = 0; i < n; ++i)
            at[i] = low + step * static_cast<double>(i);
        return at;
    }
    // Runs of ends spaced exactly `spacing` apart, each centred on the mean of its ends' own
    // places; a run that would overlap the one before merges with it (its centre the mean of
    // both), as does one pushed off the side's end.
    struct Run {
        std::size_t count;
        double sum; // of the ends' own places
        double centre() const { return sum / static_cast<double>(count); }
    };
    auto bounded = [&](const Run& run) {
        const double half = static_cast<double>(run.count - 1) * spacing / 2;
        return std::clamp(run.centre(), low + half, high - half);
    };
    std::vector<Run> runs;
    for (const End& end : ends) {
        runs.push_back({1, end.position});
        while (runs.size() > 1) {
            const Run& last = runs.back();
            const Run& before = runs[runs.size() - 2];
            const double gap =
                (bounded(last) - static_cast<double>(last.count - 1) * spacing / 2) -
                (bounded(before) + static_cast<double>(before.count - 1) * spacing / 2);
            if (gap >= spacing - 1e-9)
                break;
            const Run merged{before.count + last.count, before.sum + last.sum};
            runs.pop_back();
            runs.back() = merged;
        }
    }
    std::size_t i = 0;
    for (const Run& run : runs) {
        const double first = bounded(run) - static_cast<double>(run.count - 1) * spacing / 2;
        for (std::size_t k = 0; k < run.count; ++k, ++i)
            at[i] = run.count == 1 ? std::clamp(ends[i].position, low, high)
                                   : first + spacing * static_cast<double>(k);
    }
    return at;
}

} // namespace

void spreadFlowEnds(std::vector<layout::EdgeGeometry>& routes, const std::vector<FlowEnds>& ends,
                    const std::vector<QRectF>& boxes, double spacing) {
    if (spacing <= 0)
        return;
    // The ends on each side of each box.
    std::vector<std::vector<std::vector<End>>> bySide(boxes.size(),
                                                      std::vector<std::vector<End>>(4));
    for (std::size_t r = 0; r < routes.size() && r < ends.size(); ++r) {
        const layout::EdgeGeometry& route = routes[r];
        if (route.curve.size() < 4)
            continue;
        for (const bool head : {false, true}) {
            const int box = head ? ends[r].head : ends[r].tail;
            if (box < 0 || static_cast<std::size_t>(box) >= boxes.size() ||
                ends[r].head == ends[r].tail)
                continue;
            const QRectF& rect = boxes[static_cast<std::size_t>(box)];
            const layout::Point& touch = touchPoint(route, head);
            const Side side = sideOf(rect, touch);
            bySide[static_cast<std::size_t>(box)][static_cast<int>(side)].push_back(
                {r, head, along(side, touch), along(side, segmentStart(route, head)),
                 along(side, controlNextTo(route, head))});
        }
    }
    for (std::size_t box = 0; box < boxes.size(); ++box) {
        const QRectF& rect = boxes[box];
        for (int s = 0; s < 4; ++s) {
            std::vector<End>& list = bySide[box][static_cast<std::size_t>(s)];
            if (list.size() < 2)
                continue;
            const Side side = static_cast<Side>(s);
            // Along the side; ends crowded together (closer than spacing, one after another)
            // in the order their flows come from, so spreading them does not cross them.
            std::stable_sort(list.begin(), list.end(),
                             [](const End& a, const End& b) { return a.position < b.position; });
            for (std::size_t first = 0; first < list.size();) {
                std::size_t last = first + 1;
                while (last < list.size() &&
                       list[last].position - list[last - 1].position < spacing)
                    ++last;
                std::stable_sort(list.begin() + static_cast<std::ptrdiff_t>(first),
                                 list.begin() + static_cast<std::ptrdiff_t>(last),
                                 [](const End& a, const End& b) {
                                     return a.approach != b.approach
                                                ? a.approach < b.approach
                                                : a.approachNear < b.approachNear;
                                 });
                first = last;
            }
            const double low = (horizontal(side) ? rect.left() : rect.top()) + spacing / 2;
            const double high = (horizontal(side) ? rect.right() : rect.bottom()) - spacing / 2;
            if (high <= low)
                continue;
            const std::vector<double> at = spaced(list, low, high, spacing);
            for (std::size_t i = 0; i < list.size(); ++i)
                if (const double delta = at[i] - list[i].position; std::abs(delta) > 1e-9)
                    move(routes[list[i].route], list[i].head, side, delta);
        }
    }
}

} // namespace dealgraph::app
