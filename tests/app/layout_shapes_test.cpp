// No model waits minutes for its first picture, whatever its shape. dot's time depends on the
// graph's shape as much as on its size: a ring of 300 entities with 400 flows (every entity on
// one loop, plus chords) kept dot busy for over two minutes (the dot command too), where sfdp
// takes a second. Every dot layout has a budget and then the graph is laid out with sfdp,
// saying so: dot chosen by size, and dot asked for. Rings, dense cores and long chains
// (GraphShape, the same generator as `dealgraph --generate N --shape ring`), each laid out by
// the real worker; what is asserted is which engine drew the picture and what was said, never
// how long it took (the test's own time-out is only a guard).
#include "scene/graph_scene.h"
#include "scene_support.h"

#include "document/document.h"

#include "dealgraph/generate.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace dealgraph::app {
namespace {

Model modelOf(GraphShape shape, std::size_t n) {
    return generateModel({n, 7, shape});
}

const QString kRingNote =
    QStringLiteral("dot took longer than 3 s on this graph; laid out with sfdp instead");

class LayoutShapes : public ::testing::TestWithParam<std::pair<GraphShape, std::size_t>> {};

} // namespace

TEST_P(LayoutShapes, GetAPictureFromDotOrElseFromSfdpSayingSo) {
    const auto [shape, n] = GetParam();
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    scene.setDotBudget(3000);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    document.setModel(modelOf(shape, n));
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    EXPECT_TRUE(scene.hasLayout());
    ASSERT_TRUE(scene.layoutEngine());
    // Either dot made it within its budget, or sfdp drew the picture and the note says why.
    if (*scene.layoutEngine() == layout::Engine::Sfdp) {
        if (layout::defaultEngineFor(document.model().entities().size(),
                                     document.model().deals().size()) == layout::Engine::Dot) {
            EXPECT_EQ(scene.layoutNote(), kRingNote);
        }
    } else {
        EXPECT_EQ(*scene.layoutEngine(), layout::Engine::Dot);
        EXPECT_TRUE(scene.layoutNote().isEmpty()) << scene.layoutNote().toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(AnyShape, LayoutShapes,
                         ::testing::Values(std::pair{GraphShape::Ring, std::size_t{300}},
                                           std::pair{GraphShape::Core, std::size_t{300}},
                                           std::pair{GraphShape::Chain, std::size_t{300}},
                                           std::pair{GraphShape::Ring, std::size_t{1000}},
                                           std::pair{GraphShape::Core, std::size_t{1000}},
                                           std::pair{GraphShape::Chain, std::size_t{1000}}),
                         [](const auto& test) {
                             return std::string(toString(test.param.first)) +
                                    std::to_string(test.param.second);
                         });

// The ring is the case that stalled: dot is chosen by its size, and it must be the fallback
// that saved it, and say so.
TEST(LayoutShapesNote, TheRingSaysItWasLaidOutWithSfdp) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    scene.setDotBudget(3000);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    document.setModel(modelOf(GraphShape::Ring, 300));
    ASSERT_EQ(layout::defaultEngineFor(300, document.model().deals().size()), layout::Engine::Dot);
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    EXPECT_EQ(scene.layoutEngine(), layout::Engine::Sfdp);
    EXPECT_EQ(scene.layoutNote(), kRingNote) << scene.layoutNote().toStdString();
}

// dot asked for (Preferences, --engine dot) gets the same budget: the user asked for dot's
// look, not for minutes without a picture.
TEST(LayoutShapesNote, DotAskedForFallsBackToo) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    scene.setDotBudget(3000);
    scene.setEngineOverride(layout::Engine::Dot);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    document.setModel(modelOf(GraphShape::Ring, 300));
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    EXPECT_EQ(scene.layoutEngine(), layout::Engine::Sfdp);
    EXPECT_EQ(scene.layoutNote(), kRingNote) << scene.layoutNote().toStdString();
}

// With no budget (--dot-budget 0), dot asked for has the runner's whole time-out, and when
// that runs out the layout fails rather than draws what was not asked for.
TEST(LayoutShapesNote, DotAskedForWithNoBudgetWaitsForTheTimeOut) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    scene.setDotBudget(0);
    scene.layoutRunner().setTimeout(1500);
    scene.setEngineOverride(layout::Engine::Dot);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    QSignalSpy failed(&scene, &GraphScene::layoutFailed);
    document.setModel(modelOf(GraphShape::Ring, 300));
    ASSERT_TRUE(failed.wait(scenetest::kLayoutTimeoutMs));
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_FALSE(scene.hasLayout());
    EXPECT_TRUE(scene.layoutNote().isEmpty());
}

// A graph dot lays out in a fraction of a second keeps dot's picture under a budget.
TEST(LayoutShapesNote, ASmallChainKeepsDot) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    document.setModel(modelOf(GraphShape::Chain, 30));
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    EXPECT_EQ(scene.layoutEngine(), layout::Engine::Dot);
    EXPECT_TRUE(scene.layoutNote().isEmpty());
}

} // namespace dealgraph::app
