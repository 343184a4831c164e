// GraphView: fits each new layout, zooms within bounds around the pointer or the centre, and
// brings a selection made elsewhere into view without moving what is already visible.
#include "document/document.h"
#include "document/layout_runner.h"
#include "graph_test_model.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene/legend.h"
#include "scene_support.h"

#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <gtest/gtest.h>

#include <memory>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::graphtest;

namespace {

class GraphViewTest : public ::testing::Test {
protected:
    void SetUp() override {
        scene = std::make_unique<GraphScene>(&document);
        scenetest::useLayoutWorker(*scene);
        view = std::make_unique<GraphView>(scene.get());
        view->setAnimated(false);
        view->resize(900, 600);
        view->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(view.get()));
        QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
        document.setModel(smallGraphModel());
        ASSERT_TRUE(finished.wait(30000));
    }

    QRectF visibleSceneRect() const {
        return view->mapToScene(view->viewport()->rect()).boundingRect();
    }

    void wheel(QPoint at, int angle) {
        QWheelEvent event(at, view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, angle),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view->viewport(), &event);
    }

    Document document;
    std::unique_ptr<GraphScene> scene;
    std::unique_ptr<GraphView> view;
};

} // namespace

TEST_F(GraphViewTest, FitsANewLayout) {
    const QRectF items = scene->itemsBoundingRect();
    EXPECT_TRUE(visibleSceneRect().contains(items));
    // Fitting fills the window in one direction (within the margin), unless capped.
    const QRectF visible = visibleSceneRect();
    EXPECT_TRUE(view->zoom() == GraphView::kMaxFitZoom ||
                scene->sceneRect().width() > visible.width() * 0.9 ||
                scene->sceneRect().height() > visible.height() * 0.9);
}

TEST_F(GraphViewTest, ZoomToFitFitsWhatTheFilterShows) {
    const qreal whole = view->zoom();
    Filter filter;
    filter.flowTypes = {FlowType::Services}; // Oracle -> Abilene alone
    document.setFilter(filter);
    QCoreApplication::processEvents();
    // The fitted view followed the filter: the two boxes fill the pane, larger than before.
    EXPECT_GT(view->zoom(), whole * 1.2);
    const QRectF shown = scene->shownItemsRect();
    EXPECT_TRUE(visibleSceneRect().contains(shown));
    EXPECT_TRUE(shown.contains(scene->entityItem("abilene")->sceneBoundingRect()));
    EXPECT_FALSE(shown.intersects(scene->entityItem("softbank")->sceneBoundingRect()));

    // A date alone keeps the whole graph's frame (playing the dates never moves the picture).
    document.setFilter({});
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(view->zoom(), whole);
    Filter dated;
    dated.asOf = *Date::parse("2025-01-01");
    document.setFilter(dated);
    QCoreApplication::processEvents();
    EXPECT_DOUBLE_EQ(view->zoom(), whole);
}

TEST_F(GraphViewTest, ZoomStepsAndStaysWithinBounds) {
    view->resetZoom();
    EXPECT_DOUBLE_EQ(view->zoom(), 1.0);
    view->zoomIn();
    EXPECT_NEAR(view->zoom(), GraphView::kStep, 1e-9);
    view->zoomOut();
    EXPECT_NEAR(view->zoom(), 1.0, 1e-9);
    for (int i = 0; i < 40; ++i)
        view->zoomIn();
    EXPECT_DOUBLE_EQ(view->zoom(), GraphView::kMaxZoom);
    for (int i = 0; i < 80; ++i)
        view->zoomOut();
    EXPECT_GT(view->zoom(), 0);
    EXPECT_LE(view->zoom(), GraphView::kMinZoom);
}

TEST_F(GraphViewTest, KeyboardZoomsAndFits) {
    const qreal fitted = view->zoom();
    QTest::keyClick(view.get(), Qt::Key_Equal, Qt::ControlModifier);
    EXPECT_NEAR(view->zoom(), fitted * GraphView::kStep, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(view.get(), Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_NEAR(view->zoom(), fitted / GraphView::kStep, 1e-9);
    QTest::keyClick(view.get(), Qt::Key_0, Qt::ControlModifier);
    EXPECT_NEAR(view->zoom(), fitted, 1e-9);
}

TEST_F(GraphViewTest, WheelZoomsAroundThePointer) {
    // Zoomed in far enough that the scene overflows both ways (a smaller scene is centred).
    view->resetZoom();
    for (int i = 0; i < 7; ++i)
        view->zoomIn();
    view->centerOn(scene->entityItem("oracle"));
    ASSERT_GT(view->horizontalScrollBar()->maximum(), 0);
    ASSERT_GT(view->verticalScrollBar()->maximum(), 0);
    const QPoint pointer = view->viewport()->rect().center() + QPoint(60, 40);
    for (int angle : {120, -240}) {
        const QPointF before = view->mapToScene(pointer);
        const qreal zoom = view->zoom();
        wheel(pointer, angle);
        EXPECT_EQ(view->zoom() > zoom, angle > 0);
        const QPointF after = view->mapToScene(pointer);
        EXPECT_NEAR(after.x(), before.x(), 2 / view->zoom());
        EXPECT_NEAR(after.y(), before.y(), 2 / view->zoom());
    }
}

TEST_F(GraphViewTest, TrackpadPinchZooms) {
    view->resetZoom();
    const QPointF centre = QRectF(view->viewport()->rect()).center();
    QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2,
                              centre, centre, view->viewport()->mapToGlobal(centre), 0.5, {});
    QCoreApplication::sendEvent(view->viewport(), &pinch);
    EXPECT_NEAR(view->zoom(), 1.5, 1e-9);
}

TEST_F(GraphViewTest, SelectionMadeElsewhereIsBroughtIntoView) {
    view->resetZoom();
    for (int i = 0; i < 6; ++i)
        view->zoomIn();
    EntityItem* softbank = scene->entityItem("softbank");
    EntityItem* abilene = scene->entityItem("abilene");
    view->centerOn(abilene);
    ASSERT_FALSE(visibleSceneRect().contains(softbank->sceneBoundingRect()));
    document.select(Selection::entity("softbank"));
    EXPECT_TRUE(visibleSceneRect().contains(softbank->sceneBoundingRect()));

    // A deal is brought in whole, zooming out when it does not fit.
    view->centerOn(softbank);
    document.select(Selection::deal("openai-oracle-300b"));
    const QRectF deal = scene->boundsOf(Selection::deal("openai-oracle-300b"));
    EXPECT_TRUE(visibleSceneRect().contains(deal));
}

TEST_F(GraphViewTest, SelectionMadeElsewhereIsMadeReadable) {
    // At an overview scale names are too small to read; Next deal, the table and search zoom in
    // far enough to read the selection, but never so far that it is cut.
    view->zoomToFit();
    view->setZoomForTest(0.3);
    document.select(Selection::entity("oracle"));
    EXPECT_GE(view->zoom(), 0.8 - 1e-9);
    EXPECT_TRUE(visibleSceneRect().contains(scene->entityItem("oracle")->sceneBoundingRect()));
    view->setZoomForTest(0.3);
    document.select(Selection::deal("openai-oracle-300b"));
    EXPECT_GT(view->zoom(), 0.3);
    EXPECT_TRUE(
        visibleSceneRect().contains(scene->boundsOf(Selection::deal("openai-oracle-300b"))));
}

TEST_F(GraphViewTest, ClickingAVisibleItemDoesNotMoveTheView) {
    const int x = view->horizontalScrollBar()->value();
    const int y = view->verticalScrollBar()->value();
    const qreal zoom = view->zoom();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(scene->entityItem("nvidia")->scenePos()));
    ASSERT_EQ(document.selection(), Selection::entity("nvidia"));
    EXPECT_EQ(view->horizontalScrollBar()->value(), x);
    EXPECT_EQ(view->verticalScrollBar()->value(), y);
    EXPECT_EQ(view->zoom(), zoom);
}

TEST_F(GraphViewTest, ShowsTheLegendOfTheViewInAStripBelowTheGraph) {
    LegendWidget* legend = view->legend();
    ASSERT_NE(legend, nullptr);
    EXPECT_TRUE(legend->isVisible());
    const QRect graph = view->viewport()->geometry();
    EXPECT_GT(legend->geometry().top(), graph.bottom()); // never covers the graph
    EXPECT_EQ(legend->width(), graph.width());
    EXPECT_GE(legend->height(), legend->heightForWidth(legend->width()));

    // Fewer flow types, fewer entries: the strip follows the view.
    Filter services;
    services.flowTypes = {FlowType::Services};
    document.setFilter(services);
    EXPECT_EQ(legend->content().flowTypes.size(), 1u);

    view->setLegendVisible(false);
    EXPECT_FALSE(legend->isVisible());
    EXPECT_GT(view->viewport()->geometry().bottom(), graph.bottom()); // the graph takes the room
}

TEST_F(GraphViewTest, AnEditKeepsTheUsersZoomAndPlace) {
    // A model the loader accepts, as every edited model must be.
    LoadResult small = loadModelFromFile(DEALGRAPH_TEST_DATA "/small-model.json");
    ASSERT_TRUE(small.ok());
    QSignalSpy loaded(scene.get(), &GraphScene::layoutFinished);
    document.setModel(std::move(*small.model));
    ASSERT_TRUE(loaded.wait(30000));
    view->zoomIn();
    view->zoomIn();
    const qreal zoom = view->zoom();
    const QPointF centre = visibleSceneRect().center();
    const Entity& first = document.model().entities().front();
    Entity renamed = first;
    renamed.description = "Edited.";
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
    const auto errors = document.replaceEntity(first.id, renamed);
    ASSERT_TRUE(errors.empty()) << errors.front().path << ": " << errors.front().message;
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_DOUBLE_EQ(view->zoom(), zoom);
    EXPECT_LT(QLineF(visibleSceneRect().center(), centre).length(), 1.0);
    // A new model is fitted again.
    QSignalSpy again(scene.get(), &GraphScene::layoutFinished);
    document.setModel(smallGraphModel());
    ASSERT_TRUE(again.wait(30000));
    EXPECT_TRUE(visibleSceneRect().contains(scene->itemsBoundingRect()));
}
