// A big layout becomes items a slice at a time (graph_scene_build.cpp): the event loop runs
// between the slices, the scene counts as laying out until the last, a cancel then finishes
// the build at once, and a newer model drops a build under way. The graph is generated (1,000
// entities, some 15,000 items) and laid out once by the real worker; the cache serves it after.
#include "document/document.h"
#include "document/layout_runner.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene_support.h"

#include "dealgraph/generate.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

class SlicedBuild : public ::testing::Test {
protected:
    void SetUp() override {
        scenetest::useLayoutWorker(scene);
        scene.layoutRunner().setTimeout(0);
        ASSERT_TRUE(cache.isValid());
        scene.layoutRunner().setCacheDirectory(cache.path());
    }

    // Sets the generated model and waits for the layout's answer (not for the items).
    void answer() {
        QSignalSpy answered(&scene.layoutRunner(), &LayoutRunner::finished);
        document.setModel(model);
        ASSERT_TRUE(answered.wait(180000)) << "the layout did not finish";
    }

    std::size_t flowsOfModel() const {
        std::size_t flows = 0;
        for (const Deal& deal : model.deals())
            flows += deal.flows.size();
        return flows;
    }

    // Every entity has its box and every flow its curve.
    void expectWholeScene() {
        std::size_t boxes = 0;
        std::size_t curves = 0;
        for (QGraphicsItem* item : scene.items()) {
            boxes += dynamic_cast<EntityItem*>(item) != nullptr;
            curves += dynamic_cast<FlowItem*>(item) != nullptr;
        }
        EXPECT_EQ(boxes, model.entities().size());
        EXPECT_EQ(curves, flowsOfModel());
    }

    Model model = generateModel(GenerateOptions{1000, 1});
    QTemporaryDir cache;
    Document document;
    GraphScene scene{&document};
};

TEST_F(SlicedBuild, TheEventLoopRunsBetweenTheSlices) {
    ASSERT_GT(model.entities().size() + flowsOfModel(), GraphScene::kSlicedBuildItems);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    answer();
    EXPECT_TRUE(scene.isLayingOut()) << "the answer is in; its items are still being made";
    EXPECT_TRUE(finished.isEmpty());
    int turns = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&turns] { ++turns; });
    tick.start();
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_GT(turns, 3) << "other events ran between the slices";
    EXPECT_FALSE(scene.isLayingOut());
    expectWholeScene();
}

TEST_F(SlicedBuild, ACancelDuringTheBuildFinishesItAtOnce) {
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    QSignalSpy cancelled(&scene, &GraphScene::layoutCancelled);
    answer();
    ASSERT_TRUE(scene.isLayingOut());
    scene.cancelLayout();
    EXPECT_EQ(finished.count(), 1) << "too late to keep the old picture: the new one, whole";
    EXPECT_TRUE(cancelled.isEmpty());
    EXPECT_FALSE(scene.isLayingOut());
    expectWholeScene();
}

TEST_F(SlicedBuild, ANewerModelDropsABuildUnderWay) {
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    answer();
    ASSERT_TRUE(scene.isLayingOut());
    // A small model: laid out at once, and only its items are left.
    model = generateModel(GenerateOptions{20, 3});
    document.setModel(model);
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    QTest::qWait(100); // slices of the dropped build would run now
    EXPECT_EQ(finished.count(), 1);
    expectWholeScene();
}

} // namespace
} // namespace dealgraph::app
