// A big graph in the view (graph_view.h): zoomed out it shows the overview image, zoom steps
// are drawn as drafts and the view settles back to full quality; small graphs never do either.
// The model is generated (1,000 entities, some 15,000 items) and laid out by the real worker.
#include "document/document.h"
#include "document/layout_runner.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene_support.h"

#include "dealgraph/generate.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace dealgraph::app {
namespace {

class LargeGraphViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        scenetest::useLayoutWorker(scene);
        scene.layoutRunner().setTimeout(0);
        QSignalSpy finished(&scene, &GraphScene::layoutFinished);
        document.setModel(generateModel(GenerateOptions{1000, 1}));
        ASSERT_TRUE(finished.wait(180000)) << "the layout did not finish";
        ASSERT_GT(scene.items().size(), GraphView::kLargeSceneItems);
        view = std::make_unique<GraphView>(&scene);
        view->setAnimated(false);
        view->resize(1000, 700);
        view->show();
        view->zoomToFit();
    }

    // How many pixels of the window differ from the background.
    int paintedPixels() {
        QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        view->viewport()->render(&painter);
        painter.end();
        const QRgb background = scene.backgroundBrush().color().rgba();
        int painted = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                painted += image.pixel(x, y) != background;
        return painted;
    }

    Document document;
    GraphScene scene{&document};
    std::unique_ptr<GraphView> view;
};

TEST_F(LargeGraphViewTest, ZoomedOutShowsTheOverviewImageOfTheWholeGraph) {
    EXPECT_TRUE(view->showsOverview());
    EXPECT_GT(paintedPixels(), 1000) << "the image shows the graph";
    view->resetZoom(); // 100 %: items again
    EXPECT_FALSE(view->showsOverview());
    EXPECT_GT(paintedPixels(), 0);
}

TEST_F(LargeGraphViewTest, ZoomStepsAreDraftsUntilTheViewSettles) {
    view->settle();
    EXPECT_FALSE(view->isMoving());
    EXPECT_TRUE(view->renderHints() & QPainter::Antialiasing);
    view->setZoomForTest(1.0);
    EXPECT_TRUE(view->isMoving());
    EXPECT_FALSE(view->renderHints() & QPainter::Antialiasing) << "a draft frame";
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view->isMoving(); }, 5000))
        << "settles by itself after the last step";
    EXPECT_TRUE(view->renderHints() & QPainter::Antialiasing);
}

TEST_F(LargeGraphViewTest, AViewChangeRendersTheOverviewAgain) {
    ASSERT_TRUE(view->showsOverview());
    const int before = paintedPixels();
    // Only money: far fewer lines on the image.
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents(); // the scene reports its change
    const int after = paintedPixels();
    EXPECT_LT(after, before) << "the image follows the view";
    EXPECT_FALSE(scene.layoutRunner().isRunning()) << "no re-layout";
}

} // namespace
} // namespace dealgraph::app
