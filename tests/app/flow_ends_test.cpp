// Flow ends that Graphviz piles onto one point of a box's border are spread along its side.
#include "scene/flow_ends.h"

#include "document/document.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene_support.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>

namespace dealgraph::app {
namespace {

using layout::EdgeGeometry;
using layout::Point;

// A route from above (starting at x = fromX) that ends on the top side of the box at `tipX`,
// with an arrowhead.
EdgeGeometry intoTop(double fromX, double tipX) {
    EdgeGeometry route;
    route.curve = {{fromX, 0}, {fromX, 40}, {tipX, 60}, {tipX, 90}};
    route.headArrow = {true, {tipX, 100}, {tipX, 90}};
    return route;
}

const QRectF kBox(0, 100, 200, 40); // the head's box: its top side is y = 100

TEST(FlowEnds, CrowdedEndsSpreadAlongTheSideInTheOrderTheyComeFrom) {
    // Five flows from left to right above all end at x = 100.
    std::vector<EdgeGeometry> routes;
    std::vector<FlowEnds> ends;
    for (double from : {180.0, 20.0, 140.0, 60.0, 100.0}) {
        routes.push_back(intoTop(from, 100));
        ends.push_back({-1, 0});
    }
    spreadFlowEnds(routes, ends, {kBox}, 10);

    std::vector<std::pair<double, double>> tipByFrom; // (where it comes from, where it ends)
    for (const EdgeGeometry& route : routes) {
        const double tip = route.headArrow.tip.x;
        EXPECT_DOUBLE_EQ(route.headArrow.tip.y, 100) << "still on the top side";
        EXPECT_DOUBLE_EQ(route.headArrow.base.x, tip) << "the arrowhead moved whole";
        EXPECT_DOUBLE_EQ(route.curve.back().x, tip);
        EXPECT_DOUBLE_EQ(route.curve[2].x, tip) << "the curve meets the border at its angle";
        EXPECT_DOUBLE_EQ(route.curve.front().x, route.curve[1].x) << "the far end stays";
        tipByFrom.emplace_back(route.curve.front().x, tip);
    }
    std::sort(tipByFrom.begin(), tipByFrom.end());
    for (std::size_t i = 1; i < tipByFrom.size(); ++i)
        EXPECT_NEAR(tipByFrom[i].second - tipByFrom[i - 1].second, 10, 1e-9)
            << "in order, no crossing, 10 apart";
    // Centred where they were.
    EXPECT_NEAR(tipByFrom[2].second, 100, 1e-9);
}

TEST(FlowEnds, EndsAlreadyApartOrAloneStayWhereTheyAre) {
    std::vector<EdgeGeometry> routes = {intoTop(30, 30), intoTop(150, 150), intoTop(90, 90)};
    const std::vector<EdgeGeometry> before = routes;
    spreadFlowEnds(routes, {{-1, 0}, {-1, 0}, {-1, 0}}, {kBox}, 10);
    for (std::size_t i = 0; i < routes.size(); ++i)
        EXPECT_DOUBLE_EQ(routes[i].headArrow.tip.x, before[i].headArrow.tip.x);
}

TEST(FlowEnds, ASideTooShortIsSharedEvenlyAndTheEndsStayOnIt) {
    std::vector<EdgeGeometry> routes;
    std::vector<FlowEnds> ends;
    for (int i = 0; i < 30; ++i) { // 30 ends at 10 apart need 290 of a 200-wide side
        routes.push_back(intoTop(i * 7.0, 100));
        ends.push_back({-1, 0});
    }
    spreadFlowEnds(routes, ends, {kBox}, 10);
    std::vector<double> tips;
    for (const EdgeGeometry& route : routes)
        tips.push_back(route.headArrow.tip.x);
    std::sort(tips.begin(), tips.end());
    EXPECT_GE(tips.front(), kBox.left() + 5);
    EXPECT_LE(tips.back(), kBox.right() - 5);
    for (std::size_t i = 1; i < tips.size(); ++i)
        EXPECT_GT(tips[i] - tips[i - 1], 6.5);
}

TEST(FlowEnds, TailsSpreadToo) {
    // Two flows leaving the bottom of the box at one point, towards the left and the right.
    EdgeGeometry left;
    left.curve = {{100, 140}, {100, 160}, {0, 200}, {0, 240}};
    EdgeGeometry right;
    right.curve = {{100, 140}, {100, 160}, {200, 200}, {200, 240}};
    std::vector<EdgeGeometry> routes = {right, left};
    spreadFlowEnds(routes, {{0, -1}, {0, -1}}, {kBox}, 10);
    // The bottom side's tails: their first control points decide the order, and these tie:
    // both keep the side's centre between them, 10 apart.
    EXPECT_NEAR(std::abs(routes[0].curve[0].x - routes[1].curve[0].x), 10, 1e-9);
    EXPECT_NEAR(routes[0].curve[0].x + routes[1].curve[0].x, 200, 1e-9);
    EXPECT_DOUBLE_EQ(routes[0].curve[1].x, routes[0].curve[0].x);
}

// The bundled dataset, laid out: no spot of any box's border takes more than two arrowheads
// (OpenAI's 26 deals arrived at one point of it).
TEST(FlowEnds, NoBlobOfArrowheadsOnTheBundledDataset) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    ASSERT_TRUE(document.loadEmbedded());
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    std::vector<QPointF> tips;
    for (QGraphicsItem* item : scene.items())
        if (auto* flow = qgraphicsitem_cast<FlowItem*>(item);
            flow && flow->route().headArrow.present)
            tips.emplace_back(flow->route().headArrow.tip.x, flow->route().headArrow.tip.y);
    ASSERT_GT(tips.size(), 50u);
    int worst = 0;
    for (const QPointF& tip : tips) {
        const auto near = std::count_if(tips.begin(), tips.end(), [&](const QPointF& other) {
            return QLineF(tip, other).length() < 3.0;
        });
        worst = std::max(worst, static_cast<int>(near));
    }
    EXPECT_LE(worst, 2) << "arrowheads within 3 units of one another";
}

} // namespace
} // namespace dealgraph::app
