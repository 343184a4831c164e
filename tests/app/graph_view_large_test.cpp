// A big graph in the view (graph_view.h): zoomed out it shows the overview image, zoom steps
// are drawn as drafts and the view settles back to full quality; small graphs never do either.
// The model is generated (1,000 entities, some 15,000 items) and laid out by the real worker.
#include "document/document.h"
#include "document/layout_runner.h"
#include "scene/background_render.h"
#include "scene/bird_eye_map.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene/paint_detail.h"
#include "scene_support.h"

#include "dealgraph/generate.h"

#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <utility>
#include <vector>

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

    // Paints the window (which starts the overview's rendering when the scene changed) and
    // waits until the full-quality image of the scene as it is is in.
    void waitForFullOverview() {
        paintedPixels();
        ASSERT_TRUE(QTest::qWaitFor(
            [&] {
                return view->overviewIsCurrent() && !view->overviewIsDraft() &&
                       !view->isRenderingOverview();
            },
            30000));
    }

    Document document;
    GraphScene scene{&document};
    std::unique_ptr<GraphView> view;
};

TEST_F(LargeGraphViewTest, ZoomedOutShowsTheOverviewImageOfTheWholeGraph) {
    EXPECT_TRUE(view->showsOverview());
    // The first paint draws no item on the UI thread: the image comes from the workers.
    EXPECT_EQ(paintedPixels(), 0) << "nothing at once";
    EXPECT_TRUE(view->isRenderingOverview());
    waitForFullOverview();
    EXPECT_GT(paintedPixels(), 1000) << "the image shows the graph";
    view->resetZoom(); // 100 %: items again
    EXPECT_FALSE(view->showsOverview());
    EXPECT_GT(paintedPixels(), 0);
}

// The window's picture as GraphView shows it (a paint: it may start refining).
QImage shown(GraphView& view) {
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view.viewport()->render(&painter);
    return image;
}

// What the window shows at full quality, drawn item by item at once.
QImage drawnAtOnce(GraphView& view, GraphScene& scene) {
    const QRect whole = view.viewport()->rect();
    QImage image(whole.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    overviewPainter() = &painter;
    scene.render(&painter, QRectF(whole),
                 view.viewportTransform().inverted().mapRect(QRectF(whole)), Qt::IgnoreAspectRatio);
    overviewPainter() = nullptr;
    return image;
}

// Share of pixels that differ by more than antialiasing does: a curve cut at a tile's edge is
// the same curve, its edge pixels a few levels apart.
double differing(const QImage& a, const QImage& b) {
    EXPECT_EQ(a.size(), b.size());
    qint64 different = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            different += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                                   std::abs(qBlue(p) - qBlue(q))}) > 96;
        }
    return static_cast<double>(different) / (static_cast<double>(a.width()) * a.height());
}

void waitUntilRefined(GraphView& view) {
    shown(view); // the paint that notices what is stale
    EXPECT_TRUE(QTest::qWaitFor([&] { return !view.isMoving() && !view.isRefining(); }, 20000));
}

TEST_F(LargeGraphViewTest, AZoomStepMovesThePictureAndFullQualityFollowsFromTheWorkers) {
    view->resetZoom();
    waitUntilRefined(*view);
    ASSERT_FALSE(view->showsOverview());
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002)
        << "the refined picture is the picture";

    // A zoom step draws no item: the picture is moved and scaled.
    const int renders = view->frameRenders();
    view->setZoomForTest(1.15);
    EXPECT_TRUE(view->isMoving());
    const QImage moved = shown(*view);
    EXPECT_EQ(view->frameRenders(), renders);
    EXPECT_GT(differing(moved, drawnAtOnce(*view, scene)), 0.0) << "a scaled picture";
    EXPECT_TRUE(view->isRefining()) << "full quality is owed";

    // After the last step, full quality comes back from the worker threads (the UI thread
    // draws nothing itself), and then it is what drawing everything at once gives.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->isMoving(); }, 5000));
    const int inBackground = view->backgroundRenders();
    waitUntilRefined(*view);
    EXPECT_GT(view->backgroundRenders(), inBackground);
    EXPECT_EQ(view->frameRenders() - renders, view->backgroundRenders() - inBackground)
        << "nothing drawn on the UI thread";
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002);
}

// The window at 100 %, a zoom step away from it and back, and the picture of it under way in
// the background (its first items recorded).
void startBackgroundPicture(GraphView& view) {
    view.setLegendVisible(false); // a filter changes the legend, and so the window's size
    view.resetZoom();
    waitUntilRefined(view);
    view.setZoomForTest(1.15);
    shown(view); // the picture moved and scaled
    view.resetZoom();
    view.settle();
    shown(view);
    ASSERT_TRUE(view.isRefining());
    view.holdBackgroundForTest(true); // the change below comes before the picture, always
    view.refineSome();
    ASSERT_TRUE(view.isRefining());
}

// Lets the picture under way land, once the workers had time to draw what was recorded.
void releaseBackgroundPicture(GraphView& view) {
    QTest::qWait(300);
    view.holdBackgroundForTest(false);
}

TEST_F(LargeGraphViewTest, AChangeWhileThePictureIsDrawnInTheBackgroundIsNotLost) {
    startBackgroundPicture(*view);
    // Only money: the picture under way has every flow; it must not end up in the window.
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents(); // the scene reports its change
    shown(*view);
    releaseBackgroundPicture(*view);
    waitUntilRefined(*view);
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002);
}

// Items deleted while the walk holds pointers to them (a new layout replaces every item): the
// walk starts again instead of reading them (the sanitizer build checks that it does).
TEST_F(LargeGraphViewTest, ANewLayoutWhileThePictureIsDrawnInTheBackgroundIsSafe) {
    startBackgroundPicture(*view);
    view->holdBackgroundForTest(false);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    document.setModel(generateModel(GenerateOptions{1000, 2}));
    ASSERT_TRUE(finished.wait(180000)) << "the layout did not finish";
    view->resetZoom();
    waitUntilRefined(*view);
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002);
}

TEST_F(LargeGraphViewTest, APanWhileThePictureIsDrawnInTheBackgroundMovesIt) {
    startBackgroundPicture(*view);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 40);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() - 30);
    shown(*view); // the frame moves
    releaseBackgroundPicture(*view);
    waitUntilRefined(*view);
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002)
        << "the picture landed where the graph went";
}

TEST_F(LargeGraphViewTest, ASmallChangeIsDrawnAtOnceAndOneOfTheWholeWindowInSlices) {
    // The share of the window decides here, not the expected time (slow under a sanitizer):
    // APanStripTooSlowToDraw... tests that one.
    view->setImmediateMsForTest(1e9);
    view->resetZoom();
    waitUntilRefined(*view);
    // One box in the window changes its look (as a hovered one does): drawn in the next paint.
    const QRectF window = view->mapToScene(view->viewport()->rect()).boundingRect();
    QGraphicsItem* box = nullptr;
    for (QGraphicsItem* item : scene.items(window.adjusted(200, 200, -200, -200)))
        if (item->boundingRect().width() < 300 && item->boundingRect().height() < 100) {
            box = item;
            break;
        }
    ASSERT_NE(box, nullptr);
    const int renders = view->frameRenders();
    box->update();
    QCoreApplication::processEvents(); // the scene reports its change
    shown(*view);
    EXPECT_GT(view->frameRenders(), renders);
    EXPECT_FALSE(view->isRefining());

    // Only money: most of the window changes; the picture catches up in the background.
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents();
    view->resetZoom();
    shown(*view);
    EXPECT_TRUE(view->isRefining());
    waitUntilRefined(*view);
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002);
    EXPECT_FALSE(scene.layoutRunner().isRunning()) << "no re-layout";
}

TEST_F(LargeGraphViewTest, APanStripTooSlowToDrawShowsTheOverviewThenIsRefined) {
    view->resetZoom();
    waitUntilRefined(*view);
    view->setImmediateMsForTest(0); // every strip counts as too slow to draw at once
    const int renders = view->frameRenders();
    QImage before = shown(*view);
    view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + 40);
    const QImage panned = shown(*view);
    EXPECT_EQ(view->frameRenders(), renders) << "the pan drew no item";
    EXPECT_TRUE(view->isRefining());
    // The rest of the window moved with the graph.
    const int width = panned.width();
    EXPECT_EQ(panned.copy(0, 0, width - 40, panned.height()),
              before.copy(40, 0, width - 40, before.height()));
    waitUntilRefined(*view);
    EXPECT_GT(view->frameRenders(), renders);
    EXPECT_LT(differing(shown(*view), drawnAtOnce(*view, scene)), 0.002)
        << "the strip ends up as the picture";
}

TEST_F(LargeGraphViewTest, AViewChangeRendersTheOverviewAgain) {
    view->setLegendVisible(false); // a filter changes the legend, and so the window's size
    ASSERT_TRUE(view->showsOverview());
    waitForFullOverview();
    const int before = paintedPixels();
    // Only money: far fewer lines on the image.
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents(); // the scene reports its change
    // (The view follows what is shown: the last image may be drawn a little smaller.)
    EXPECT_GT(paintedPixels(), before * 9 / 10) << "the last image shows until the new one is in";
    EXPECT_TRUE(view->isRenderingOverview()) << "in the background";
    EXPECT_FALSE(view->overviewIsCurrent());
    const int meanwhile = paintedPixels();
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->overviewIsCurrent(); }, 30000));
    EXPECT_LT(paintedPixels(), meanwhile * 9 / 10) << "the image follows the view";
    EXPECT_FALSE(scene.layoutRunner().isRunning()) << "no re-layout";
}

// What the overview shows at full quality: the scene rendered at the overview's zoom, at once,
// and drawn where the graph is in the window.
QImage overviewDrawnAtOnce(GraphView& view, GraphScene& scene) {
    const QRectF rect = view.sceneRect();
    const QSize size = (rect.size() * view.overviewZoom()).toSize();
    QImage overview(size, QImage::Format_ARGB32_Premultiplied);
    overview.fill(scene.backgroundBrush().color());
    {
        QPainter painter(&overview);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform);
        overviewPainter() = &painter;
        scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), rect, Qt::IgnoreAspectRatio);
        overviewPainter() = nullptr;
    }
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(scene.backgroundBrush().color());
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(view.viewportTransform().mapRect(rect), overview);
    return image;
}

TEST_F(LargeGraphViewTest, TheOverviewsFullQualityComesFromTheWorkers) {
    ASSERT_TRUE(view->showsOverview());
    waitForFullOverview();
    const int renders = view->overviewRenders();
    const int drafts = view->overviewDraftRenders();
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents(); // the scene reports its change
    waitForFullOverview();
    // A draft first (stepping through dates keeps up), then full quality once the changes
    // stopped: both from the workers.
    EXPECT_EQ(view->overviewRenders(), renders + 2);
    EXPECT_EQ(view->overviewDraftRenders(), drafts + 1);
    EXPECT_LT(differing(shown(*view), overviewDrawnAtOnce(*view, scene)), 0.002);
}

// A draft is a draft: drawn without antialiasing, it differs from the full-quality image.
TEST_F(LargeGraphViewTest, TheOverviewsDraftIsDrawnFast) {
    ASSERT_TRUE(view->showsOverview());
    waitForFullOverview();
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents();
    const int renders = view->overviewRenders();
    view->setSettleMsForTest(600000); // full quality waits for the settle below
    shown(*view);
    ASSERT_TRUE(QTest::qWaitFor([&] { return view->overviewRenders() > renders; }, 30000));
    EXPECT_TRUE(view->overviewIsDraft());
    EXPECT_GT(differing(shown(*view), overviewDrawnAtOnce(*view, scene)), 0.002) << "a draft";
    view->settle();
    waitForFullOverview();
    EXPECT_LT(differing(shown(*view), overviewDrawnAtOnce(*view, scene)), 0.002);
}

TEST_F(LargeGraphViewTest, AChangeWhileTheOverviewIsDrawnInTheBackgroundDropsIt) {
    ASSERT_TRUE(view->showsOverview());
    waitForFullOverview();
    const int renders = view->overviewRenders();
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QCoreApplication::processEvents();
    view->holdBackgroundForTest(true); // the change below comes before the image, always
    shown(*view);
    ASSERT_TRUE(view->isRenderingOverview());
    QTest::qWait(300);
    // Every flow again: the image under way has only money; it must never be shown.
    document.setFilter(Filter{});
    QCoreApplication::processEvents();
    view->holdBackgroundForTest(false);
    waitForFullOverview();
    EXPECT_EQ(view->overviewRenders(), renders + 2)
        << "the money-only image was dropped: only every flow's draft and full image came in";
    EXPECT_LT(differing(shown(*view), overviewDrawnAtOnce(*view, scene)), 0.002);
}

// The whole scene is walked in the order items were added, bucketed by z, instead of Qt's
// sort of every item: it must be Qt's stacking order exactly, raised flows and items added
// after the build (summed mode's, a selection's) included.
TEST_F(LargeGraphViewTest, TheWholeSceneIsWalkedInQtsStackingOrder) {
    document.setDisplayOptions(DisplayOptions{true, false}); // items made after the build
    document.setDisplayOptions(DisplayOptions{});
    document.select(Selection::deal(document.model().deals().front().id)); // flows raised
    QCoreApplication::processEvents();
    BackgroundRender render(&scene);
    // The walk of a picture of `area` of the scene, and what Qt's query lists there.
    const auto walkAndQuery = [&](const QRectF& area) {
        const QSize size(400, 300);
        render.start(
            QRect(QPoint(0, 0), size),
            QTransform::fromTranslate(-area.left(), -area.top()) *
                QTransform::fromScale(size.width() / area.width(), size.height() / area.height()),
            1, 96);
        const QList<QGraphicsItem*> qt =
            scene.items(area, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        return std::make_pair(render.itemsForTest(),
                              std::vector<QGraphicsItem*>(qt.begin(), qt.end()));
    };
    const QRectF rect = scene.sceneRect();
    const auto [walked, expected] = walkAndQuery(rect);
    ASSERT_EQ(walked.size(), expected.size());
    EXPECT_TRUE(walked == expected);
    // Most of the scene (a bird's-eye map of what is shown): the items there, in that order.
    const auto [walkedMost, expectedMost] =
        walkAndQuery(rect.adjusted(0, 0, -rect.width() / 4, -rect.height() / 8));
    ASSERT_LT(expectedMost.size(), expected.size());
    ASSERT_EQ(walkedMost.size(), expectedMost.size());
    EXPECT_TRUE(walkedMost == expectedMost);
}

// Zoomed in, the bird's-eye map of a big graph is drawn by the workers too: a change of date or
// filter redrew it on the UI thread (245 ms at 5,000 entities).
TEST_F(LargeGraphViewTest, TheBirdEyeMapOfABigGraphIsDrawnByTheWorkers) {
    view->resize(1600, 1000);
    view->resetZoom();
    BirdEyeMap* map = view->birdEyeMap();
    ASSERT_TRUE(map->isVisible()) << "part of the graph is out of view";
    map->grab(); // the first paint
    EXPECT_TRUE(map->picture().isNull()) << "nothing drawn at once";
    EXPECT_TRUE(map->isRendering());
    // The pixels of the map's picture that are not background.
    const QRgb background = scene.backgroundBrush().color().rgba();
    const auto graphPixels = [&] {
        map->grab();
        const QImage& image = map->picture();
        int painted = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                painted += image.pixel(x, y) != background;
        return painted;
    };
    ASSERT_TRUE(QTest::qWaitFor([&] { return !map->isRendering(); }, 30000));
    const int everyFlow = graphPixels();
    EXPECT_GT(everyFlow, 100) << "the map shows the graph";
    Filter moneyOnly;
    moneyOnly.flowTypes = {FlowType::Money};
    document.setFilter(moneyOnly);
    QTest::qWait(400); // the map waits for the changes to stop
    EXPECT_GT(graphPixels(), everyFlow / 2) << "the last picture shows meanwhile";
    ASSERT_TRUE(QTest::qWaitFor([&] { return !map->isRendering(); }, 30000));
    EXPECT_LT(graphPixels(), everyFlow) << "fewer lines: the picture follows the filter";
}

} // namespace
} // namespace dealgraph::app
