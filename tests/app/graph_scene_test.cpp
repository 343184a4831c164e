// GraphScene with a real layout: the small model laid out by the app binary's worker mode,
// items for everything, clicks and hovers through a GraphView, view changes without a new
// layout, and a failed layout that keeps the picture.
#include "document/document.h"
#include "document/layout_runner.h"
#include "graph_test_model.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene_support.h"

#include <QFile>
#include <QGraphicsSceneHelpEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::graphtest;

namespace {

using scenetest::kLayoutTimeoutMs;
using scenetest::waitForLayout;

class GraphSceneTest : public ::testing::Test {
protected:
    void SetUp() override {
        scene = std::make_unique<GraphScene>(&document);
        scenetest::useLayoutWorker(*scene);
        QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
        document.setModel(smallGraphModel());
        ASSERT_TRUE(waitForLayout(*scene, finished));
    }

    // A view showing the whole graph, so clicks land where the items are.
    std::unique_ptr<GraphView> showView() { return scenetest::showFittedView(*scene); }

    // A point on the flow's line where the flow itself is the topmost item.
    std::optional<QPointF> pointOn(const FlowItem* flow, const GraphView& view) const {
        for (qreal t = 0.3; t <= 0.7; t += 0.02) {
            const QPointF point = flow->path().pointAtPercent(t);
            const auto items =
                scene->items(point, Qt::IntersectsItemShape, Qt::DescendingOrder, view.transform());
            if (!items.isEmpty() && items.first() == flow)
                return point;
        }
        return std::nullopt;
    }

    Document document; // declared first: outlives the scene
    std::unique_ptr<GraphScene> scene;
};

} // namespace

TEST_F(GraphSceneTest, EveryEntityAndFlowHasAnItemInsideTheSceneRect) {
    const Model& model = document.model();
    for (const Entity& entity : model.entities()) {
        EntityItem* item = scene->entityItem(entity.id);
        ASSERT_NE(item, nullptr) << entity.id;
        EXPECT_TRUE(scene->sceneRect().contains(item->sceneBoundingRect())) << entity.id;
        EXPECT_EQ(item->text().name, QString::fromStdString(entity.name));
    }
    for (const Deal& deal : model.deals())
        for (int f = 0; f < static_cast<int>(deal.flows.size()); ++f) {
            FlowItem* item = scene->flowItem(deal.id, f);
            ASSERT_NE(item, nullptr) << deal.id << " " << f;
            EXPECT_TRUE(scene->sceneRect().contains(item->sceneBoundingRect())) << deal.id;
            EXPECT_FALSE(item->path().isEmpty());
            // Labels exactly for flows with amounts.
            EXPECT_EQ(item->label() != nullptr, !deal.flows[f].amounts.empty()) << deal.id;
            if (item->label()) {
                EXPECT_TRUE(scene->sceneRect().contains(item->label()->sceneBoundingRect()));
            }
        }
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 2), nullptr);
    EXPECT_EQ(scene->entityItem("nobody"), nullptr);
}

TEST_F(GraphSceneTest, FlowsEndAtTheirEntitiesWithStatusFromTheView) {
    FlowItem* money = scene->flowItem("openai-oracle-300b", 0);
    ASSERT_NE(money, nullptr);
    EXPECT_EQ(money->ends().from, "openai");
    EXPECT_EQ(money->ends().to, "oracle");
    EXPECT_EQ(money->status(), Status::Signed);
    EXPECT_EQ(scene->flowItem("openai-oracle-30b", 0)->status(), Status::OnHold);
    // Every curve starts at its tail's box and ends near its head's box (arrowhead between).
    const QRectF tail = scene->entityItem("openai")->sceneBoundingRect().adjusted(-2, -2, 2, 2);
    const QRectF head = scene->entityItem("oracle")->sceneBoundingRect().adjusted(-16, -16, 16, 16);
    EXPECT_TRUE(tail.contains(money->path().pointAtPercent(0)));
    EXPECT_TRUE(head.contains(money->path().pointAtPercent(1)));
    // Tooltips are written when the view asks (a help event), for the item under the pointer.
    EXPECT_TRUE(scene->toolTipFor(money).contains(QStringLiteral("OpenAI \u2192 Oracle")));
    EXPECT_TRUE(scene->toolTipFor(money).contains(QStringLiteral("Signed since 2025-09")));
    EXPECT_EQ(scene->toolTipFor(money->label()), scene->toolTipFor(money));
    EXPECT_TRUE(scene->toolTipFor(scene->entityItem("oracle")).contains(QStringLiteral("甲骨文")));
    QGraphicsSceneHelpEvent help(QEvent::GraphicsSceneHelp);
    help.setScenePos(scene->entityItem("oracle")->scenePos());
    QCoreApplication::sendEvent(scene.get(), &help);
    EXPECT_TRUE(scene->entityItem("oracle")->toolTip().contains(QStringLiteral("甲骨文")));
}

TEST_F(GraphSceneTest, ClickingAnEntitySelectsIt) {
    auto view = showView();
    EntityItem* oracle = scene->entityItem("oracle");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(oracle->scenePos()));
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));
    EXPECT_TRUE(oracle->isSelectedInDocument());
}

TEST_F(GraphSceneTest, ClickingAFlowOrItsLabelSelectsTheFlow) {
    auto view = showView();
    FlowItem* compute = scene->flowItem("openai-oracle-300b", 1);
    const auto point = pointOn(compute, *view);
    ASSERT_TRUE(point);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(*point));
    EXPECT_EQ(document.selection(), Selection::flowOf("openai-oracle-300b", 1));

    FlowItem* money = scene->flowItem("nvidia-openai", 0);
    ASSERT_NE(money->label(), nullptr);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->mapFromScene(money->label()->scenePos()));
    EXPECT_EQ(document.selection(), Selection::flowOf("nvidia-openai", 0));
}

TEST_F(GraphSceneTest, ThinFlowsCanBeClickedBesideTheirLine) {
    auto view = showView();
    FlowItem* services = scene->flowItem("oracle-abilene", 0); // no amount: the thinnest line
    const QPainterPath& path = services->path();
    // Three scene units to the side of a one-unit line is still on the flow.
    for (qreal t = 0.3; t <= 0.7; t += 0.02) {
        const qreal angle = qDegreesToRadians(path.angleAtPercent(t));
        const QPointF beside =
            path.pointAtPercent(t) + 3 * QPointF(std::sin(angle), std::cos(angle));
        const auto items =
            scene->items(beside, Qt::IntersectsItemShape, Qt::DescendingOrder, view->transform());
        if (items.isEmpty() || items.first() != services)
            continue;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(beside));
        EXPECT_EQ(document.selection(), Selection::flowOf("oracle-abilene", 0));
        return;
    }
    ADD_FAILURE() << "no point three units beside the line hits the flow";
}

TEST_F(GraphSceneTest, ClickingEmptySpaceDeselectsButDraggingThereDoesNot) {
    auto view = showView();
    document.select(Selection::entity("oracle"));
    // The scene's margin is empty by construction.
    const QPoint empty = view->mapFromScene(scene->sceneRect().topLeft() + QPointF(6, 6));
    ASSERT_TRUE(scene->items(view->mapToScene(empty)).isEmpty());

    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, empty);
    QTest::mouseMove(view->viewport(), empty + QPoint(60, 40));
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, empty + QPoint(60, 40));
    EXPECT_EQ(document.selection(), Selection::entity("oracle")) << "a pan must keep the selection";

    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, empty);
    EXPECT_TRUE(document.selection().isNone());
}

TEST_F(GraphSceneTest, SelectedDealHighlightsAllItsFlows) {
    document.select(Selection::flowOf("openai-oracle-300b", 1));
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 1)->selectionState(), FlowSelection::Selected);
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 0)->selectionState(), FlowSelection::SameDeal);
    EXPECT_EQ(scene->flowItem("openai-oracle-30b", 0)->selectionState(), FlowSelection::None);

    // A whole deal: every flow of it is selected.
    document.select(Selection::deal("openai-oracle-300b"));
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 0)->selectionState(), FlowSelection::Selected);
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 1)->selectionState(), FlowSelection::Selected);
    EXPECT_EQ(scene->flowItem("openai-oracle-30b", 0)->selectionState(), FlowSelection::None);

    document.select(Selection::entity("softbank"));
    EXPECT_TRUE(scene->entityItem("softbank")->isSelectedInDocument());
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 0)->selectionState(), FlowSelection::None);
}

TEST_F(GraphSceneTest, HoveringAnEntityLightsItsFlowsAndDimsTheRest) {
    auto view = showView();
    QTest::mouseMove(view->viewport(), view->mapFromScene(scene->entityItem("oracle")->scenePos()));
    QTRY_COMPARE(scene->entityItem("oracle")->emphasis(), Emphasis::Highlighted);
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 0)->opacity(), 1.0);
    EXPECT_EQ(scene->flowItem("oracle-abilene", 0)->opacity(), 1.0);
    EXPECT_EQ(scene->entityItem("abilene")->opacity(), 1.0); // a partner
    EXPECT_LT(scene->flowItem("softbank-stargate", 0)->opacity(), 0.5);
    EXPECT_LT(scene->flowItem("softbank-stargate", 0)->label()->opacity(), 0.5);
    EXPECT_LT(scene->entityItem("softbank")->opacity(), 0.5);

    // Leaving to empty space restores everything.
    QTest::mouseMove(view->viewport(),
                     view->mapFromScene(scene->sceneRect().topLeft() + QPointF(6, 6)));
    QTRY_COMPARE(scene->flowItem("softbank-stargate", 0)->opacity(), 1.0);
    EXPECT_EQ(scene->entityItem("softbank")->opacity(), 1.0);
}

TEST_F(GraphSceneTest, HoveringAFlowLightsEveryFlowOfItsDeal) {
    auto view = showView();
    FlowItem* money = scene->flowItem("openai-oracle-300b", 0);
    const auto point = pointOn(money, *view);
    ASSERT_TRUE(point);
    QTest::mouseMove(view->viewport(), view->mapFromScene(*point));
    QTRY_COMPARE(money->emphasis(), Emphasis::Highlighted);
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 1)->opacity(), 1.0); // same deal
    EXPECT_LT(scene->flowItem("openai-oracle-30b", 0)->opacity(), 0.5);  // same ends, other deal
    EXPECT_EQ(scene->entityItem("oracle")->opacity(), 1.0);
    EXPECT_LT(scene->entityItem("nvidia")->opacity(), 0.5);
}

TEST_F(GraphSceneTest, ViewChangesHideAndRestyleWithoutANewLayout) {
    QSignalSpy started(scene.get(), &GraphScene::layoutStarted);
    EntityItem* abilene = scene->entityItem("abilene");
    const QPointF abilenePos = abilene->pos();

    Filter money;
    money.flowTypes = {FlowType::Money};
    document.setFilter(money);
    EXPECT_TRUE(scene->flowItem("openai-oracle-300b", 0)->isVisible());
    EXPECT_FALSE(scene->flowItem("openai-oracle-300b", 1)->isVisible()); // compute
    EXPECT_FALSE(scene->flowItem("openai-oracle-300b", 1)->label()->isVisible());
    EXPECT_FALSE(scene->flowItem("oracle-abilene", 0)->isVisible());
    EXPECT_FALSE(abilene->isVisible()); // no money flow touches the site
    EXPECT_FALSE(scene->entityItem("mgx")->isVisible());

    Filter asOf;
    asOf.asOf = Date::parse("2025-08");
    document.setFilter(asOf);
    EXPECT_FALSE(scene->flowItem("nvidia-openai", 0)->isVisible()); // not on record yet
    EXPECT_TRUE(scene->flowItem("oracle-abilene", 0)->isVisible());
    EXPECT_TRUE(abilene->isVisible());
    EXPECT_EQ(abilene->pos(), abilenePos); // positions stay put

    document.setFilter(Filter{});
    EXPECT_TRUE(scene->flowItem("nvidia-openai", 0)->isVisible());
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(scene->entityItem("abilene"), abilene); // the same items, not a rebuild
}

TEST_F(GraphSceneTest, AFailedLayoutKeepsThePreviousPicture) {
    EntityItem* oracle = scene->entityItem("oracle");
    FlowItem* money = scene->flowItem("openai-oracle-300b", 0);
    const int itemCount = static_cast<int>(scene->items().size());
    scene->layoutRunner().setProgram(QStringLiteral("/bin/false"), {});
    QSignalSpy failed(scene.get(), &GraphScene::layoutFailed);
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);

    Model changed = smallGraphModel();
    document.setModel(std::move(changed));
    ASSERT_TRUE(failed.wait(kLayoutTimeoutMs));
    EXPECT_FALSE(failed.first().first().toString().isEmpty());
    QTest::qWait(200);
    EXPECT_EQ(failed.count(), 1); // reported once, after the sfdp retry failed too
    EXPECT_EQ(finished.count(), 0);
    EXPECT_EQ(scene->entityItem("oracle"), oracle);
    EXPECT_EQ(scene->flowItem("openai-oracle-300b", 0), money);
    EXPECT_EQ(oracle->scene(), scene.get());
    EXPECT_TRUE(oracle->isVisible());
    EXPECT_EQ(static_cast<int>(scene->items().size()), itemCount);
}

TEST_F(GraphSceneTest, WhenTheDefaultEngineFailsSfdpIsTried) {
    // A worker that refuses dot layouts, as the runner does when dot overruns its time limit.
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("no-dot-worker"));
    QFile file(script);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n"
               "input=$(cat)\n"
               "case \"$input\" in *'\"engine\":\"dot\"'*) exit 3;; esac\n"
               "printf '%s' \"$input\" | exec '" DEALGRAPH_BINARY "' --layout-worker\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    scene->layoutRunner().setProgram(script, {});

    QSignalSpy failed(scene.get(), &GraphScene::layoutFailed);
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
    document.setModel(smallGraphModel());
    ASSERT_TRUE(waitForLayout(*scene, finished));
    EXPECT_EQ(failed.count(), 0);
    EXPECT_NE(scene->entityItem("oracle"), nullptr);

    // An engine asked for is not second-guessed.
    scene->setEngineOverride(layout::Engine::Dot);
    ASSERT_TRUE(failed.wait(kLayoutTimeoutMs));
}

TEST_F(GraphSceneTest, OnlyTheLatestOfQuickSuccessiveLayoutsIsShown) {
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
    document.setModel(smallGraphModel());
    std::vector<Entity> entities = smallGraphModel().entities();
    entities.push_back(entity("arm", "Arm", EntityKind::Company));
    std::vector<Deal> deals = smallGraphModel().deals();
    document.setModel(Model("newer", std::move(entities), {}, std::move(deals)));
    ASSERT_TRUE(waitForLayout(*scene, finished));
    QTest::qWait(300); // a stale result arriving late must not replace the newer picture
    EXPECT_EQ(finished.count(), 1);
    EXPECT_NE(scene->entityItem("arm"), nullptr);
}

TEST_F(GraphSceneTest, AnEmptyModelClearsThePictureWithoutALayout) {
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
    document.setModel(Model());
    EXPECT_EQ(finished.count(), 1);
    EXPECT_FALSE(scene->hasLayout());
    EXPECT_TRUE(scene->items().isEmpty());
}

TEST_F(GraphSceneTest, AnEngineOverrideLaysOutAgainWithThatEngine) {
    QSignalSpy started(scene.get(), &GraphScene::layoutStarted);
    QSignalSpy finished(scene.get(), &GraphScene::layoutFinished);
    scene->setEngineOverride(layout::Engine::Neato);
    EXPECT_EQ(started.count(), 1);
    ASSERT_TRUE(waitForLayout(*scene, finished));
    EXPECT_NE(scene->entityItem("oracle"), nullptr);
    scene->setEngineOverride(layout::Engine::Neato); // unchanged: nothing to do
    EXPECT_EQ(started.count(), 1);
}

TEST_F(GraphSceneTest, AThemeChangeRestylesWithoutALayout) {
    QSignalSpy started(scene.get(), &GraphScene::layoutStarted);
    GraphStyle dark = scene->graphStyle();
    dark.setTheme(Theme::Dark);
    scene->setGraphStyle(dark);
    EXPECT_EQ(started.count(), 0);
    EXPECT_EQ(scene->backgroundBrush().color(), GraphStyle::dark().background());
}
