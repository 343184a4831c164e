// Routes for flows whose boxes were placed by hand (flow_route.h): border to border, the
// arrowhead ending on the target's border, the label at the middle, parallel flows in lanes.
#include "scene/flow_route.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

QPointF qt(const layout::Point& p) {
    return {p.x, p.y};
}

qreal length(const QPointF& v) {
    return std::hypot(v.x(), v.y());
}

// Distance from a point to the rectangle's border (0 on it).
qreal toBorder(const QRectF& r, const QPointF& p) {
    const qreal dx = std::min(std::abs(p.x() - r.left()), std::abs(p.x() - r.right()));
    const qreal dy = std::min(std::abs(p.y() - r.top()), std::abs(p.y() - r.bottom()));
    const bool withinX = p.x() >= r.left() - 1e-6 && p.x() <= r.right() + 1e-6;
    const bool withinY = p.y() >= r.top() - 1e-6 && p.y() <= r.bottom() + 1e-6;
    if (withinX && withinY)
        return std::min(dx, dy);
    if (withinX)
        return dy;
    if (withinY)
        return dx;
    return std::hypot(dx, dy);
}

const QRectF kLeft(0, 0, 80, 30);       // centre (40, 15)
const QRectF kRight(300, 100, 100, 40); // centre (350, 120)

} // namespace

TEST(FlowRoute, StartsAndEndsOnTheBordersWithTheArrowAtTheTarget) {
    const layout::EdgeGeometry route = routeBetween(kLeft, kRight, {});
    ASSERT_EQ(route.curve.size(), 4u);
    EXPECT_LT(toBorder(kLeft, qt(route.curve.front())), 0.01);
    ASSERT_TRUE(route.headArrow.present);
    EXPECT_FALSE(route.tailArrow.present);
    EXPECT_LT(toBorder(kRight, qt(route.headArrow.tip)), 0.01);
    // The curve ends where the arrowhead begins, one arrow length from the tip.
    EXPECT_LT(length(qt(route.curve.back()) - qt(route.headArrow.base)), 1e-6);
    EXPECT_NEAR(length(qt(route.headArrow.tip) - qt(route.headArrow.base)), 10, 0.01);
    // Nothing inside either box.
    for (qreal t = 0; t <= 1; t += 0.05) {
        const QPointF p = pointOnCubic(
            {qt(route.curve[0]), qt(route.curve[1]), qt(route.curve[2]), qt(route.curve[3])}, t);
        EXPECT_FALSE(kLeft.adjusted(0.5, 0.5, -0.5, -0.5).contains(p)) << t;
        EXPECT_FALSE(kRight.adjusted(0.5, 0.5, -0.5, -0.5).contains(p)) << t;
    }
    // Unbowed, the label sits on the straight line between the centres, between the boxes.
    ASSERT_TRUE(route.labelCentre);
    const QPointF label = qt(*route.labelCentre);
    const QPointF a = kLeft.center();
    const QPointF d = kRight.center() - a;
    const qreal cross = (label.x() - a.x()) * d.y() - (label.y() - a.y()) * d.x();
    EXPECT_LT(std::abs(cross) / length(d), 0.01);
    EXPECT_GT(label.x(), kLeft.right());
    EXPECT_LT(label.x(), kRight.left());
}

TEST(FlowRoute, BowedLanesFanOutOnBothSides) {
    EXPECT_EQ(laneBow(0, 1, false), 0);
    EXPECT_EQ(laneBow(0, 2, false), -laneBow(1, 2, false));
    EXPECT_EQ(laneBow(1, 3, false), 0);
    EXPECT_EQ(laneBow(0, 2, true), -laneBow(0, 2, false));
    EXPECT_EQ(laneBow(2, 3, false) - laneBow(1, 3, false), kFlowLaneSpacing);
    // Many flows over a short distance fan out at most half as wide as they are long.
    EXPECT_EQ(laneSpacing(3, 1000), kFlowLaneSpacing);
    EXPECT_EQ(laneSpacing(11, 100), 5);
    EXPECT_EQ(laneBow(10, 11, false, laneSpacing(11, 100)), 25);

    FlowRouteOptions one;
    one.bow = laneBow(0, 2, false);
    FlowRouteOptions other;
    other.bow = laneBow(1, 2, false);
    const auto first = routeBetween(kLeft, kRight, one);
    const auto second = routeBetween(kLeft, kRight, other);
    ASSERT_TRUE(first.labelCentre && second.labelCentre);
    // The middles are a lane apart (the bow is measured at the middle of the whole curve, so
    // clipping at the borders moves them a little).
    EXPECT_NEAR(length(qt(*first.labelCentre) - qt(*second.labelCentre)), kFlowLaneSpacing, 2);
    // Both still end on the target's border.
    EXPECT_LT(toBorder(kRight, qt(first.headArrow.tip)), 0.01);
    EXPECT_LT(toBorder(kRight, qt(second.headArrow.tip)), 0.01);
}

TEST(FlowRoute, ArrowsAtBothEndsWhenAsked) {
    FlowRouteOptions options;
    options.tailArrow = true;
    options.arrowLength = 8;
    const auto route = routeBetween(kLeft, kRight, options);
    ASSERT_TRUE(route.tailArrow.present);
    EXPECT_LT(toBorder(kLeft, qt(route.tailArrow.tip)), 0.01);
    EXPECT_NEAR(length(qt(route.tailArrow.tip) - qt(route.tailArrow.base)), 8, 0.01);
    EXPECT_LT(length(qt(route.curve.front()) - qt(route.tailArrow.base)), 1e-6);
}

TEST(FlowRoute, ShortGapsKeepSomeLineAndOverlapsDoNotBreak) {
    const QRectF near(kLeft.right() + 6, 0, 80, 30); // 6 points apart: less than an arrowhead
    const auto shortRoute = routeBetween(kLeft, near, {});
    const qreal arrow = length(qt(shortRoute.headArrow.tip) - qt(shortRoute.headArrow.base));
    EXPECT_GT(arrow, 0);
    EXPECT_LT(arrow, 6);

    for (const QRectF& other : {QRectF(kLeft), kLeft.translated(10, 5)}) {
        const auto route = routeBetween(kLeft, other, {});
        ASSERT_EQ(route.curve.size(), 4u);
        for (const auto& p : route.curve) {
            EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
        }
        ASSERT_TRUE(route.labelCentre);
        EXPECT_TRUE(std::isfinite(route.labelCentre->x));
    }
}

TEST(FlowRoute, SegmentsFollowTheWholeCurve) {
    const Cubic curve{QPointF(0, 0), QPointF(30, 60), QPointF(90, -20), QPointF(120, 40)};
    const Cubic part = cubicSegment(curve, 0.25, 0.75);
    for (qreal s = 0; s <= 1; s += 0.125) {
        const QPointF expected = pointOnCubic(curve, 0.25 + 0.5 * s);
        EXPECT_LT(length(pointOnCubic(part, s) - expected), 1e-9) << s;
    }
    const Cubic whole = cubicSegment(curve, 0, 1);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_LT(length(whole[i] - curve[i]), 1e-9);
}
