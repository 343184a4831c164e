#include "scene/flow_route.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace dealgraph::app {

namespace {

constexpr int kSamples = 64;    // coarse search for where the curve crosses a border
constexpr int kBisections = 30; // then refined to well below a hundredth of a point

layout::Point toPoint(const QPointF& point) {
    return {point.x(), point.y()};
}

qreal distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// The parameter in [low, high] where `inside` changes, given it differs at the two ends.
qreal bisect(qreal low, qreal high, const std::function<bool(qreal)>& atLow) {
    for (int i = 0; i < kBisections; ++i) {
        const qreal middle = (low + high) / 2;
        (atLow(middle) ? low : high) = middle;
    }
    return (low + high) / 2;
}

// Splits at t: the part before and the part after (de Casteljau).
std::pair<Cubic, Cubic> split(const Cubic& c, qreal t) {
    const QPointF ab = c[0] + (c[1] - c[0]) * t;
    const QPointF bc = c[1] + (c[2] - c[1]) * t;
    const QPointF cd = c[2] + (c[3] - c[2]) * t;
    const QPointF abc = ab + (bc - ab) * t;
    const QPointF bcd = bc + (cd - bc) * t;
    const QPointF mid = abc + (bcd - abc) * t;
    return {Cubic{c[0], ab, abc, mid}, Cubic{mid, bcd, cd, c[3]}};
}

} // namespace

qreal laneBow(int lane, int laneCount, bool reversed, qreal spacing) {
    if (laneCount <= 1)
        return 0;
    const qreal offset = (lane - (laneCount - 1) / 2.0) * spacing;
    return reversed ? -offset : offset;
}

qreal laneSpacing(int laneCount, qreal distance) {
    if (laneCount <= 1)
        return kFlowLaneSpacing;
    return std::min(kFlowLaneSpacing, std::max<qreal>(0, distance) / 2 / (laneCount - 1));
}

QPointF pointOnCubic(const Cubic& c, qreal t) {
    const qreal u = 1 - t;
    return c[0] * (u * u * u) + c[1] * (3 * u * u * t) + c[2] * (3 * u * t * t) +
           c[3] * (t * t * t);
}

Cubic cubicSegment(const Cubic& cubic, qreal from, qreal to) {
    from = std::clamp<qreal>(from, 0, 1);
    to = std::clamp<qreal>(to, from, 1);
    const Cubic head = split(cubic, to).first; // [0, to]
    if (to <= 0)
        return Cubic{cubic[0], cubic[0], cubic[0], cubic[0]};
    return split(head, from / to).second; // [from, to] of the original
}

layout::EdgeGeometry routeBetween(const QRectF& from, const QRectF& to,
                                  const FlowRouteOptions& options) {
    const QPointF a = from.center();
    QPointF b = to.center();
    if (distance(a, b) < 1e-6)
        b = a + QPointF(std::max<qreal>(1, options.arrowLength * 2), 0); // any direction will do
    const QPointF d = b - a;
    const qreal length = std::hypot(d.x(), d.y());
    const QPointF normal(-d.y() / length, d.x() / length);
    // Both inner control points pushed sideways by h put the curve's middle 0.75 h aside.
    const QPointF push = normal * (options.bow / 0.75);
    const Cubic curve{a, a + d / 3 + push, a + d * (2.0 / 3) + push, b};
    auto at = [&](qreal t) { return pointOnCubic(curve, t); };

    // Where the curve leaves `from`: the first sample outside, refined.
    qreal start = 0;
    for (int i = 1; i <= kSamples; ++i) {
        const qreal t = qreal(i) / kSamples;
        if (!from.contains(at(t))) {
            start =
                bisect(qreal(i - 1) / kSamples, t, [&](qreal s) { return from.contains(at(s)); });
            break;
        }
    }
    // Where it enters `to`: the last sample outside, refined.
    qreal end = 1;
    for (int i = kSamples - 1; i >= 0; --i) {
        const qreal t = qreal(i) / kSamples;
        if (!to.contains(at(t))) {
            end = bisect(t, qreal(i + 1) / kSamples, [&](qreal s) { return !to.contains(at(s)); });
            break;
        }
    }
    if (end <= start + 1e-3) { // the boxes overlap: centre to centre, under the boxes
        start = 0;
        end = 1;
    }

    const QPointF tailTip = at(start);
    const QPointF headTip = at(end);
    // Arrowheads never take more than 60% of a short gap, so some line always shows.
    const qreal gap = distance(tailTip, headTip);
    const int arrowCount = int(options.headArrow) + int(options.tailArrow);
    const qreal arrow = arrowCount == 0 ? 0 : std::min(options.arrowLength, gap * 0.6 / arrowCount);

    qreal curveEnd = end;
    if (options.headArrow && arrow > 0)
        curveEnd = bisect(start, end, [&](qreal s) { return distance(at(s), headTip) > arrow; });
    qreal curveStart = start;
    if (options.tailArrow && arrow > 0)
        curveStart =
            bisect(start, curveEnd, [&](qreal s) { return distance(at(s), tailTip) < arrow; });

    layout::EdgeGeometry geometry;
    for (const QPointF& point : cubicSegment(curve, curveStart, curveEnd))
        geometry.curve.push_back(toPoint(point));
    if (options.headArrow)
        geometry.headArrow = {true, toPoint(headTip), toPoint(at(curveEnd))};
    if (options.tailArrow)
        geometry.tailArrow = {true, toPoint(tailTip), toPoint(at(curveStart))};
    geometry.labelCentre = toPoint(at((start + end) / 2));
    return geometry;
}

} // namespace dealgraph::app
