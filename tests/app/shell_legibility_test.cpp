// The window's first view of the bundled dataset reads without zooming: after Zoom to Fit,
// every entity name is at least 11 px on screen in a window the size a first start gives on a
// 1920x1080 screen.
#include "document/document.h"
#include "document/layout_runner.h"
#include "document/model_text.h"
#include "scene/bird_eye_map.h"
#include "scene/entity_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/main_window.h"
#include "test_settings.h"

#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <iostream>

namespace dealgraph::app {
namespace {

TEST(WindowLegibility, FirstFittedViewShowsNamesAtElevenPixels) {
    isolateSettings(QStringLiteral("dealgraph-legibility-tests"));
    QSettings().clear();
    MainWindow window;
    window.graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                   {QStringLiteral("--layout-worker")});
    window.graphView()->setAnimated(false);
    window.resize(1728, 972); // a first start on a 1920x1080 screen: 90 % of it
    window.resizeDocks({window.findChild<QDockWidget*>(QStringLiteral("detailsDock"))}, {330},
                       Qt::Horizontal); // what a first start gives this width (18 %, at most 330)
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.graphScene(), &GraphScene::layoutFinished);
    ASSERT_TRUE(window.document()->loadEmbedded());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    QCoreApplication::processEvents();
    window.graphView()->zoomToFit();
    QCoreApplication::processEvents();

    const qreal zoom = window.graphView()->transform().m11();
    const qreal namePx = window.graphScene()->graphStyle().nameFont().pixelSize() * zoom;
    std::cout << "first fitted view: names " << namePx << " px\n";
    EXPECT_GE(namePx, 11.0) << "zoom " << zoom << ", graph pane "
                            << window.graphView()->viewport()->width() << "x"
                            << window.graphView()->viewport()->height() << ", scene "
                            << window.graphScene()->itemsBoundingRect().width() << "x"
                            << window.graphScene()->itemsBoundingRect().height();
    // Every entity is in the frame.
    const QRectF shown =
        window.graphView()->mapToScene(window.graphView()->viewport()->rect()).boundingRect();
    for (const Entity& entity : window.document()->model().entities()) {
        const EntityItem* item = window.graphScene()->entityItem(entity.id);
        ASSERT_NE(item, nullptr) << entity.id;
        EXPECT_TRUE(shown.contains(item->sceneBoundingRect().center())) << entity.id;
    }
}

// On a 1280x800 screen the whole graph fits only with 8 px names: the first view keeps them at
// 11 px around the biggest hub, and the bird's-eye map shows the rest and moves the view.
TEST(WindowLegibility, ASmallScreenShowsTheHubReadablyAndAMapOfTheRest) {
    isolateSettings(QStringLiteral("dealgraph-legibility-tests"));
    QSettings().clear();
    MainWindow window;
    window.graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                   {QStringLiteral("--layout-worker")});
    GraphView* view = window.graphView();
    view->setAnimated(false);
    window.resize(1152, 720); // a first start on a 1280x800 screen: 90 % of it
    window.resizeDocks({window.findChild<QDockWidget*>(QStringLiteral("detailsDock"))}, {260},
                       Qt::Horizontal);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(window.graphScene(), &GraphScene::layoutFinished);
    ASSERT_TRUE(window.document()->loadEmbedded());
    ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    QCoreApplication::processEvents();

    const qreal namePx = window.graphScene()->graphStyle().nameFont().pixelSize();
    std::cout << "first view at 1280x800: names " << namePx * view->zoom() << " px, pane "
              << view->viewport()->width() << "x" << view->viewport()->height() << "\n";
    EXPECT_GE(namePx * view->zoom(), GraphView::kReadableNamePx - 1e-6);
    const QRectF shown = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(shown.contains(window.graphScene()->entityItem("openai")->sceneBoundingRect()))
        << "the biggest hub is in the first view";
    BirdEyeMap* map = view->birdEyeMap();
    ASSERT_TRUE(map->isVisible()) << "part of the graph is out of view: the map says where";
    const QRectF frame = map->frameRect();
    EXPECT_LT(frame.width() * frame.height(), 0.9 * map->width() * map->height());

    // A click on the map's bottom-left corner brings that part of the graph into view.
    const QPoint corner(4, map->height() - 4);
    const QPointF target = map->scenePointAt(corner);
    QTest::mouseClick(map, Qt::LeftButton, {}, corner);
    const QRectF moved = view->mapToScene(view->viewport()->rect()).boundingRect();
    EXPECT_TRUE(moved.contains(target));
    EXPECT_GT(map->frameRect().center().y(), frame.center().y());

    // Zoom to Fit shows the whole graph, however small: no map then.
    view->zoomToFit();
    QCoreApplication::processEvents();
    EXPECT_FALSE(map->isVisible());
}

TEST(WindowLegibility, OtherLanguageNamesAreAViewOptionOffInEnglish) {
    isolateSettings(QStringLiteral("dealgraph-legibility-tests"));
    QSettings().clear();
    setNameLanguage({}); // the English interface
    MainWindow window;
    window.graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                   {QStringLiteral("--layout-worker")});
    QSignalSpy finished(window.graphScene(), &GraphScene::layoutFinished);
    ASSERT_TRUE(window.document()->loadEmbedded());
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_FALSE(window.actions().otherNames->isChecked());
    const qreal without = window.graphScene()->entityItem("oracle")->boxRect().height();

    window.actions().otherNames->trigger(); // 甲骨文 under Oracle: the graph is laid out again
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_TRUE(window.graphScene()->graphStyle().secondaryNames());
    EXPECT_GT(window.graphScene()->entityItem("oracle")->boxRect().height(), without + 5);
}

} // namespace
} // namespace dealgraph::app
