// Cutting curves to the window (path_clip.h): what is kept draws exactly the same inside the
// window, what is dropped lies outside it, and a curve wholly inside is left alone.
#include "scene/path_clip.h"

#include <gtest/gtest.h>

#include <cmath>

namespace dealgraph::app {
namespace {

QPainterPath longCurve() {
    QPainterPath path;
    path.moveTo(0, 0);
    path.cubicTo(3000, -400, 7000, 400, 10000, 0);
    return path;
}

TEST(PathClip, ACurveInsideIsLeftWhole) {
    const QPainterPath path = longCurve();
    const VisiblePart part = visiblePart(path, QRectF(-10, -500, 10020, 1000));
    EXPECT_TRUE(part.whole);
    EXPECT_EQ(part.path, path);
    EXPECT_EQ(part.lengthBefore, 0);
}

TEST(PathClip, KeepsOnlyWhatCanTouchTheWindowAndDrawsItUnchanged) {
    const QPainterPath path = longCurve();
    const QRectF window(4000, -300, 1000, 600);
    const VisiblePart part = visiblePart(path, window);
    ASSERT_FALSE(part.whole);
    ASSERT_FALSE(part.path.isEmpty());
    // Far less than the whole curve, and all of it near the window.
    EXPECT_LT(part.path.controlPointRect().width(), 2500);
    EXPECT_TRUE(part.path.controlPointRect().intersects(window));
    // Every point of the original inside the window lies on the kept pieces.
    for (int i = 0; i <= 1000; ++i) {
        const QPointF point = path.pointAtPercent(i / 1000.0);
        if (!window.contains(point))
            continue;
        bool onKept = false;
        for (int j = 0; j <= 2000 && !onKept; ++j) {
            const QPointF kept = part.path.pointAtPercent(j / 2000.0);
            onKept = std::hypot(kept.x() - point.x(), kept.y() - point.y()) < 2;
        }
        EXPECT_TRUE(onKept) << point.x() << "," << point.y();
    }
    // What was dropped before the first piece is most of the first 4000 points.
    EXPECT_GT(part.lengthBefore, 3000);
    EXPECT_LT(part.lengthBefore, 4600);
}

TEST(PathClip, ACurveThatMissesTheWindowLeavesNothing) {
    const VisiblePart part = visiblePart(longCurve(), QRectF(4000, 1000, 500, 500));
    EXPECT_FALSE(part.whole);
    EXPECT_TRUE(part.path.isEmpty());
}

TEST(PathClip, StraightLinesAreCutToo) {
    QPainterPath path;
    path.moveTo(0, 0);
    path.lineTo(100000, 0);
    const VisiblePart part = visiblePart(path, QRectF(50000, -10, 100, 20));
    ASSERT_FALSE(part.path.isEmpty());
    EXPECT_LT(part.path.controlPointRect().width(), 1000);
    EXPECT_NEAR(part.lengthBefore, 50000, 500);
}

TEST(PathClip, ASolidPenSkipsMeasuringButCutsTheSame) {
    QPainterPath path;
    path.moveTo(0, 0);
    path.lineTo(100000, 0);
    const QRectF window(50000, -10, 100, 20);
    const VisiblePart measured = visiblePart(path, window);
    const VisiblePart unmeasured = visiblePart(path, window, false);
    EXPECT_EQ(unmeasured.lengthBefore, 0);
    EXPECT_EQ(unmeasured.path, measured.path);
}

} // namespace
} // namespace dealgraph::app
