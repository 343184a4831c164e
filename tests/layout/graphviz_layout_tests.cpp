// layoutInProcess against the real Graphviz: geometry invariants, every engine, pins, and the
// awkward cases (empty graph, self-loops, parallel edges, zero sizes, unknown engines).
#include "layout_test_support.h"

#include <algorithm>
#include <cstdlib>
#include <set>
#include <utility>
#include <vector>

namespace dealgraph::layout {
namespace {

using namespace testing;

class EveryEngine : public ::testing::TestWithParam<Engine> {};

TEST_P(EveryEngine, PlacesEveryNodeAndEdgeInsideTheBounds) {
    const LayoutRequest request = sampleRequest(GetParam());
    const LayoutResult result = layoutOrFail(request);
    expectWellFormed(request, result);
}

TEST_P(EveryEngine, SurvivesSelfLoopsParallelEdgesAndZeroSizedNodes) {
    LayoutRequest request;
    request.engine = GetParam();
    request.nodes = {node(0, 0), node(50, 20), node(0, 30)};
    request.edges = {edge(0, 0),         edge(0, 0, 20, 10), edge(1, 2), edge(1, 2),
                     edge(1, 2, 25, 10), edge(2, 1),         edge(1, 1)};
    const LayoutResult result = layoutOrFail(request);
    expectWellFormed(request, result);
    for (const NodeGeometry& n : result.nodes) {
        EXPECT_GE(n.size.width, 1.0);
        EXPECT_GE(n.size.height, 1.0);
    }
}

INSTANTIATE_TEST_SUITE_P(Graphviz, EveryEngine,
                         ::testing::Values(Engine::Dot, Engine::Neato, Engine::Fdp, Engine::Sfdp,
                                           Engine::Circo, Engine::Twopi),
                         [](const auto& param) { return std::string(toString(param.param)); });

TEST(GraphvizLayout, ParallelEdgesEachGetTheirOwnCurve) {
    LayoutRequest request;
    request.nodes = {node(60, 30), node(60, 30)};
    request.edges = {edge(0, 1), edge(0, 1, 40, 12), edge(0, 1, 40, 12), edge(1, 0)};
    const LayoutResult result = layoutOrFail(request);
    expectWellFormed(request, result);
    std::set<std::vector<std::pair<double, double>>> distinct;
    for (const EdgeGeometry& e : result.edges) {
        std::vector<std::pair<double, double>> points;
        for (const Point& p : e.curve) {
            points.emplace_back(p.x, p.y);
        }
        distinct.insert(points);
    }
    EXPECT_EQ(distinct.size(), request.edges.size());
    // The two labels are placed apart, not on top of each other.
    const Point a = *result.edges[1].labelCentre;
    const Point b = *result.edges[2].labelCentre;
    EXPECT_TRUE(std::abs(a.x - b.x) >= 40 - kTolerance || std::abs(a.y - b.y) >= 12 - kTolerance);
}

TEST(GraphvizLayout, EmptyGraphGivesAnEmptyResult) {
    LayoutRequest request;
    for (Engine engine : {Engine::Dot, Engine::Sfdp}) {
        request.engine = engine;
        const LayoutResult result = layoutOrFail(request);
        EXPECT_TRUE(result.nodes.empty());
        EXPECT_TRUE(result.edges.empty());
        EXPECT_EQ(result.bounds.width, 0);
        EXPECT_EQ(result.bounds.height, 0);
    }
}

TEST(GraphvizLayout, SingleNodeFillsItsBounds) {
    LayoutRequest request;
    request.nodes = {node(100, 40)};
    const LayoutResult result = layoutOrFail(request);
    expectWellFormed(request, result);
    EXPECT_NEAR(result.bounds.width, 100, 1.0);
    EXPECT_NEAR(result.bounds.height, 40, 1.0);
    EXPECT_NEAR(result.nodes[0].centre.x, result.bounds.width / 2, 1.0);
}

TEST(GraphvizLayout, NodeSizesAreKeptEvenWhenFractional) {
    LayoutRequest request;
    request.nodes = {node(50.4, 21.6), node(93.6, 36.01), node(10.2, 10.9)};
    request.edges = {edge(0, 1), edge(1, 2)};
    for (Engine engine : {Engine::Dot, Engine::Neato}) {
        request.engine = engine;
        const LayoutResult result = layoutOrFail(request);
        expectWellFormed(request, result);
        for (std::size_t i = 0; i < request.nodes.size(); ++i) {
            // At least the requested size (labels fit), and not more than a point larger.
            EXPECT_LE(result.nodes[i].size.width, request.nodes[i].size.width + 1.0);
            EXPECT_LE(result.nodes[i].size.height, request.nodes[i].size.height + 1.0);
        }
    }
}

TEST(GraphvizLayout, DotLeftToRightAndTopToBottomPointTheRightWay) {
    LayoutRequest request;
    request.nodes = {node(60, 20), node(60, 20), node(60, 20)};
    request.edges = {edge(0, 1), edge(1, 2)};
    request.leftToRight = true;
    LayoutResult result = layoutOrFail(request);
    EXPECT_LT(result.nodes[0].centre.x, result.nodes[1].centre.x);
    EXPECT_LT(result.nodes[1].centre.x, result.nodes[2].centre.x);
    EXPECT_NEAR(result.nodes[0].centre.y, result.nodes[2].centre.y, 1.0);

    request.leftToRight = false; // y points down: the tail of each edge sits above its head
    result = layoutOrFail(request);
    EXPECT_LT(result.nodes[0].centre.y, result.nodes[1].centre.y);
    EXPECT_LT(result.nodes[1].centre.y, result.nodes[2].centre.y);
    EXPECT_NEAR(result.nodes[0].centre.y, request.nodes[0].size.height / 2, 1.0);
    EXPECT_TRUE(result.edges[0].headArrow.present);
    EXPECT_FALSE(result.edges[0].tailArrow.present);
}

TEST(GraphvizLayout, DotTurnsAChainToFillTheFrame) {
    // A chain of five is long one way and thin the other: a wide frame wants it across, a
    // tall one down, whatever leftToRight says.
    LayoutRequest request;
    request.nodes = {node(20, 20), node(20, 20), node(20, 20), node(20, 20), node(20, 20)};
    request.edges = {edge(0, 1), edge(1, 2), edge(2, 3), edge(3, 4)};
    for (const bool leftToRight : {true, false}) {
        request.leftToRight = leftToRight;
        request.frameAspect = 16.0 / 9.0;
        const LayoutResult wide = layoutOrFail(request);
        expectWellFormed(request, wide);
        EXPECT_GT(wide.bounds.width, 2 * wide.bounds.height);
        request.frameAspect = 9.0 / 16.0;
        const LayoutResult tall = layoutOrFail(request);
        EXPECT_GT(tall.bounds.height, 2 * tall.bounds.width);
        // The chosen one fills its frame at least as well as the other would.
        EXPECT_GE(fitScale(tall.bounds.width, tall.bounds.height, 9.0 / 16.0),
                  fitScale(wide.bounds.width, wide.bounds.height, 9.0 / 16.0));
    }
}

TEST(GraphvizLayout, FitScaleIsTheSmallerOfTheTwoRatios) {
    EXPECT_DOUBLE_EQ(fitScale(200, 50, 2.0), 0.01);  // 2/200 = 0.01 < 1/50
    EXPECT_DOUBLE_EQ(fitScale(100, 100, 2.0), 0.01); // height binds
    EXPECT_EQ(fitScale(0, 100, 2.0), 0);
}

TEST(GraphvizLayout, DotReservesTheLabelBoxBesideTheEdge) {
    LayoutRequest request;
    request.nodes = {node(60, 30), node(60, 30), node(60, 30)};
    request.edges = {edge(0, 1, 200, 50), edge(0, 2, 30, 80)};
    for (bool leftToRight : {true, false}) {
        request.leftToRight = leftToRight;
        const LayoutResult result = layoutOrFail(request);
        expectWellFormed(request, result);
        for (std::size_t e = 0; e < request.edges.size(); ++e) {
            const Point c = *result.edges[e].labelCentre;
            const Size s = request.edges[e].labelSize;
            for (const NodeGeometry& n : result.nodes) {
                const bool apart = std::abs(c.x - n.centre.x) >= (s.width + n.size.width) / 2 - 1 ||
                                   std::abs(c.y - n.centre.y) >= (s.height + n.size.height) / 2 - 1;
                EXPECT_TRUE(apart) << "label " << e << " overlaps a node";
            }
        }
    }
}

class PinningEngine : public ::testing::TestWithParam<Engine> {};

TEST_P(PinningEngine, PinnedNodesKeepTheirPlacesRelativeToEachOther) {
    LayoutRequest request = sampleRequest(GetParam());
    request.nodes[0].pinned = Point{100, 100};
    request.nodes[3].pinned = Point{400, 250};
    request.nodes[5].pinned = Point{250, 400};
    const LayoutResult result = layoutOrFail(request);
    // Free nodes may overlap pinned ones (overlap removal is off with pins), so edges may end
    // anywhere inside their boxes.
    expectWellFormed(request, result, 200);
    const auto offset = [&](std::size_t a, std::size_t b) {
        return Point{result.nodes[b].centre.x - result.nodes[a].centre.x,
                     result.nodes[b].centre.y - result.nodes[a].centre.y};
    };
    EXPECT_NEAR(offset(0, 3).x, 300, kTolerance);
    EXPECT_NEAR(offset(0, 3).y, 150, kTolerance);
    EXPECT_NEAR(offset(0, 5).x, 150, kTolerance);
    EXPECT_NEAR(offset(0, 5).y, 300, kTolerance);

    // Laying out again with every node pinned where it landed reproduces the node positions.
    LayoutRequest again = request;
    for (std::size_t i = 0; i < again.nodes.size(); ++i) {
        again.nodes[i].pinned = result.nodes[i].centre;
    }
    const LayoutResult second = layoutOrFail(again);
    const Point shift{second.nodes[0].centre.x - result.nodes[0].centre.x,
                      second.nodes[0].centre.y - result.nodes[0].centre.y};
    for (std::size_t i = 0; i < again.nodes.size(); ++i) {
        EXPECT_NEAR(second.nodes[i].centre.x - shift.x, result.nodes[i].centre.x, kTolerance);
        EXPECT_NEAR(second.nodes[i].centre.y - shift.y, result.nodes[i].centre.y, kTolerance);
    }
}

INSTANTIATE_TEST_SUITE_P(Graphviz, PinningEngine, ::testing::Values(Engine::Neato, Engine::Fdp),
                         [](const auto& param) { return std::string(toString(param.param)); });

TEST(GraphvizLayout, DotIgnoresPins) {
    LayoutRequest request = sampleRequest(Engine::Dot);
    request.nodes[0].pinned = Point{5000, -3000};
    const LayoutResult result = layoutOrFail(request);
    expectWellFormed(request, result);
}

TEST(GraphvizLayout, UnknownEngineIsAnErrorNotACrash) {
    LayoutRequest request = sampleRequest(Engine::Dot);
    request.engine = static_cast<Engine>(42);
    const LayoutOutcome outcome = layoutInProcess(request);
    EXPECT_FALSE(outcome.result);
    EXPECT_NE(outcome.error.find("engine"), std::string::npos) << outcome.error;
}

TEST(GraphvizLayout, EdgeToAMissingNodeIsAnError) {
    LayoutRequest request;
    request.nodes = {node(10, 10)};
    request.edges = {edge(0, 3)};
    const LayoutOutcome outcome = layoutInProcess(request);
    EXPECT_FALSE(outcome.result);
    EXPECT_FALSE(outcome.error.empty());
}

TEST(GraphvizLayout, LaysOutRepeatedlyInOneProcess) {
    // One Graphviz context serves every layout; state must not leak from one to the next.
    for (int round = 0; round < 20; ++round) {
        const LayoutRequest request = sampleRequest(round % 2 ? Engine::Sfdp : Engine::Dot);
        expectWellFormed(request, layoutOrFail(request));
    }
}

// Runs only in the ctest entry that points GVBINDIR at an empty directory.
TEST(NoPlugins, SaysHowToRegisterThem) {
    if (!std::getenv("DEALGRAPH_EXPECT_NO_GRAPHVIZ_PLUGINS")) {
        GTEST_SKIP() << "needs GVBINDIR pointing at a directory without Graphviz plugins";
    }
    const LayoutOutcome outcome = layoutInProcess(sampleRequest(Engine::Dot));
    EXPECT_FALSE(outcome.result);
    EXPECT_NE(outcome.error.find("dot -c"), std::string::npos) << outcome.error;
}

} // namespace
} // namespace dealgraph::layout
