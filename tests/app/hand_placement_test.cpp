// Hand placement end to end: dragging a box through the view moves it and its flows, undo and
// redo, the sidecar written beside a copy of the model and read by the next document, a
// corrupt sidecar reported and kept, and writing the sidecar never reloading the model.
#include "document/document.h"
#include "document/entity_positions.h"
#include "document/layout_runner.h"
#include "scene/bundle_item.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "scene_support.h"
#include "shell_fixture.h"

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

qreal distance(const QPointF& a, const QPointF& b) {
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

// A scene on a document, laid out by the app binary's worker mode.
struct LaidOut {
    explicit LaidOut(Document& document) : scene(std::make_unique<GraphScene>(&document)) {
        scenetest::useLayoutWorker(*scene);
    }
    ::testing::AssertionResult waitFor(QSignalSpy& finished) {
        return scenetest::waitForLayout(*scene, finished);
    }
    std::unique_ptr<GraphScene> scene;
};

// Every flow touching `entity` starts or ends (arrow tip) at its box.
void expectFlowsAtBox(GraphScene& scene, const std::string& entity) {
    EntityItem* item = scene.entityItem(entity);
    ASSERT_NE(item, nullptr);
    const QRectF box = item->mapRectToScene(item->boxRect()).adjusted(-2, -2, 2, 2);
    int seen = 0;
    for (const char* deal :
         {"openai-oracle-300b", "stargate-jv", "nvidia-openai-chips", "softbank-openai-2024"})
        for (FlowItem* flow : scene.flowItemsOfDeal(deal)) {
            const layout::EdgeGeometry& route = flow->route();
            if (flow->ends().from == entity) {
                ++seen;
                const auto& start =
                    route.tailArrow.present ? route.tailArrow.tip : route.curve.front();
                EXPECT_TRUE(box.contains(QPointF(start.x, start.y))) << deal;
            }
            if (flow->ends().to == entity) {
                ++seen;
                const auto& end =
                    route.headArrow.present ? route.headArrow.tip : route.curve.back();
                EXPECT_TRUE(box.contains(QPointF(end.x, end.y))) << deal;
            }
        }
    EXPECT_GT(seen, 0) << entity << " has no flows";
}

class HandPlacementTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        modelPath = dir.filePath(QStringLiteral("deals.json"));
        sidecarPath = dir.filePath(QStringLiteral("deals.positions.json"));
        writeFile(modelPath, readAll(kSmallModel));
    }

    // Loads the copy into `document` with a scene and waits for its layout.
    void load(Document& document, std::unique_ptr<LaidOut>& laidOut) {
        laidOut = std::make_unique<LaidOut>(document);
        QSignalSpy finished(laidOut->scene.get(), &GraphScene::layoutFinished);
        ASSERT_TRUE(document.loadFile(modelPath));
        ASSERT_TRUE(laidOut->waitFor(finished));
    }

    std::unique_ptr<GraphView> showView(GraphScene& scene) {
        return scenetest::showFittedView(scene);
    }

    // Drags the entity's box by `by` pixels through the view, in steps, as a hand would.
    void drag(GraphView& view, const std::string& entity, const QPoint& by) {
        EntityItem* item =
            view.scene() ? static_cast<GraphScene*>(view.scene())->entityItem(entity) : nullptr;
        ASSERT_NE(item, nullptr);
        const QPoint from = view.mapFromScene(item->scenePos());
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(view.viewport(), from + by * step / 4);
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, from + by);
    }

    QTemporaryDir dir;
    QString modelPath;
    QString sidecarPath;
};

} // namespace

TEST_F(HandPlacementTest, DraggingMovesTheBoxAndItsFlowsAndUndoRedoFollow) {
    Document document;
    std::unique_ptr<LaidOut> laidOut;
    load(document, laidOut);
    GraphScene& scene = *laidOut->scene;
    auto view = showView(scene);

    EntityItem* openai = scene.entityItem("openai");
    FlowItem* money = scene.flowItem("openai-oracle-300b", 0);
    const QPointF laidOutAt = openai->pos();
    const QPainterPath laidOutPath = money->path();
    const QRectF laidOutRect = scene.sceneRect();
    const qreal scale = view->transform().m11();

    drag(*view, "openai", QPoint(0, 160));
    const QPointF expected = laidOutAt + QPointF(0, 160 / scale);
    EXPECT_LT(distance(openai->pos(), expected), 2 / scale + 0.5);
    ASSERT_TRUE(document.position("openai"));
    EXPECT_EQ(*document.position("openai"), openai->pos());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_EQ(document.selection(), Selection::entity("openai")); // the press selected it
    EXPECT_NE(money->path(), laidOutPath);
    expectFlowsAtBox(scene, "openai");
    EXPECT_TRUE(scene.sceneRect().contains(openai->sceneBoundingRect()));

    document.undoStack()->undo();
    EXPECT_EQ(openai->pos(), laidOutAt);
    EXPECT_FALSE(document.position("openai"));
    EXPECT_EQ(money->path(), laidOutPath) << "undo restores the layout's own route";

    document.undoStack()->redo();
    EXPECT_EQ(openai->pos(), *document.position("openai"));
    EXPECT_LT(distance(openai->pos(), expected), 2 / scale + 0.5);
    expectFlowsAtBox(scene, "openai");

    // A second drag of the same box is a step of its own.
    drag(*view, "openai", QPoint(80, 0));
    EXPECT_EQ(document.undoStack()->count(), 2);
    document.undoStack()->undo();
    EXPECT_LT(distance(openai->pos(), expected), 2 / scale + 0.5);

    // Reset Positions: one step back to the layout; undoable.
    document.resetPositions();
    EXPECT_EQ(document.undoStack()->count(), 2); // the undone drag was replaced by the reset
    EXPECT_EQ(openai->pos(), laidOutAt);
    EXPECT_EQ(money->path(), laidOutPath);
    EXPECT_EQ(scene.sceneRect(), laidOutRect) << "the scene shrinks back to the layout";
    document.undoStack()->undo();
    EXPECT_TRUE(document.position("openai"));

    // Far outside the layout: the scene grows to take the box and its flows in.
    document.moveEntity("openai", laidOutRect.bottomRight() + QPointF(400, 300));
    EXPECT_TRUE(scene.sceneRect().contains(openai->sceneBoundingRect()));
    EXPECT_TRUE(scene.sceneRect().contains(money->sceneBoundingRect()));
}

TEST_F(HandPlacementTest, AClickWithoutMovingOnlySelects) {
    Document document;
    std::unique_ptr<LaidOut> laidOut;
    load(document, laidOut);
    auto view = showView(*laidOut->scene);
    EntityItem* oracle = laidOut->scene->entityItem("oracle");
    const QPointF before = oracle->pos();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(oracle->scenePos()));
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));
    EXPECT_EQ(oracle->pos(), before);
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_TRUE(document.positions().empty());
}

TEST_F(HandPlacementTest, TheSidecarIsWrittenAndTheNextDocumentPlacesTheBoxThere) {
    QPointF kept;
    {
        Document document;
        std::unique_ptr<LaidOut> laidOut;
        load(document, laidOut);
        auto view = showView(*laidOut->scene);
        QSignalSpy saved(&document, &Document::positionsSaved);
        drag(*view, "openai", QPoint(-120, 140));
        ASSERT_TRUE(document.position("openai"));
        kept = *document.position("openai");
        ASSERT_TRUE(saved.wait(5000)) << "the sidecar is written shortly after a move";
        EXPECT_EQ(saved.first().first().toString(), sidecarPath);
    }
    const PositionsFile file = readPositionsFile(sidecarPath);
    ASSERT_TRUE(file.readable());
    ASSERT_EQ(file.positions.count("openai"), 1u);
    EXPECT_LT(distance(file.positions.at("openai"), kept), 0.01);

    Document again;
    std::unique_ptr<LaidOut> laidOut;
    load(again, laidOut);
    EXPECT_EQ(again.undoStack()->count(), 0);
    EntityItem* openai = laidOut->scene->entityItem("openai");
    EXPECT_LT(distance(openai->pos(), kept), 0.01);
    EXPECT_NE(laidOut->scene->layoutPosition("openai"), std::optional<QPointF>(openai->pos()));
    expectFlowsAtBox(*laidOut->scene, "openai");
}

TEST_F(HandPlacementTest, UnknownIdsInTheSidecarAreKeptAndIgnored) {
    writeFile(sidecarPath, R"({"format": "dealgraph-positions", "version": 1,
        "positions": {"gone-company": {"x": 5, "y": 6}}})");
    Document document;
    std::unique_ptr<LaidOut> laidOut;
    load(document, laidOut);
    EXPECT_FALSE(document.hasPositionsOfModel());
    document.moveEntity("oracle", QPointF(10, 20));
    document.resetPositions(); // only the model's entities
    document.moveEntity("softbank", QPointF(30, 40));
    document.flushPositions();
    const PositionsFile file = readPositionsFile(sidecarPath);
    EXPECT_EQ(file.positions.count("gone-company"), 1u);
    EXPECT_EQ(file.positions.count("softbank"), 1u);
    EXPECT_EQ(file.positions.count("oracle"), 0u);
}

TEST_F(HandPlacementTest, ACorruptSidecarIsReportedAndKeptUntilAMove) {
    const QByteArray garbage = "{\"format\": \"dealgraph-positions\",\n \"positions\": [1, 2";
    writeFile(sidecarPath, garbage);
    Document document;
    QSignalSpy problems(&document, &Document::positionsProblem);
    ASSERT_TRUE(document.loadFile(modelPath));
    ASSERT_EQ(problems.count(), 1);
    const QString message = problems.first().first().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("deals.positions.json:2:")))
        << message.toStdString();
    EXPECT_TRUE(document.positions().empty());

    // Reloading, undoing nothing, waiting: the file stays as the user left it.
    document.reload();
    QTest::qWait(Document::kPositionsWriteDelayMs * 2);
    EXPECT_EQ(readAll(sidecarPath), garbage);

    // A move saves a new sidecar and keeps the old one beside it, and says so.
    document.moveEntity("oracle", QPointF(100, 50));
    document.flushPositions();
    EXPECT_EQ(readAll(sidecarPath + QStringLiteral(".bak")), garbage);
    const PositionsFile file = readPositionsFile(sidecarPath);
    EXPECT_TRUE(file.readable());
    EXPECT_EQ(file.positions.at("oracle"), QPointF(100, 50));
    ASSERT_GE(problems.count(), 2);
    EXPECT_TRUE(problems.last().first().toString().contains(QStringLiteral(".bak")));
}

TEST_F(HandPlacementTest, WritingTheSidecarDoesNotReloadTheModel) {
    Document document;
    ASSERT_TRUE(document.loadFile(modelPath));
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy reloaded(&document, &Document::reloaded);
    QSignalSpy saved(&document, &Document::positionsSaved);
    for (int i = 0; i < 3; ++i) {
        document.moveEntity("openai", QPointF(10 * i, 20));
        ASSERT_TRUE(saved.wait(5000));
    }
    // Long enough for a reload the writes might have set off.
    QTest::qWait(Document::kReloadDelayMs * 3);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(reloaded.count(), 0);
    // The model's own changes are still followed.
    QByteArray changed = readAll(modelPath);
    changed.replace("Small test model", "Small test model, edited");
    writeFile(modelPath, changed);
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(reloaded.count(), 1);
}

TEST_F(HandPlacementTest, AReloadKeepsTheStepsAndAnotherModelClearsThem) {
    Document document;
    ASSERT_TRUE(document.loadFile(modelPath));
    document.moveEntity("openai", QPointF(1, 2));
    ASSERT_EQ(document.undoStack()->count(), 1);
    ASSERT_TRUE(document.reload());
    EXPECT_EQ(document.undoStack()->count(), 1);
    EXPECT_TRUE(document.position("openai"));
    ASSERT_TRUE(document.loadFile(modelPath)); // opening the same file again
    EXPECT_EQ(document.undoStack()->count(), 1);

    const QString other = dir.filePath(QStringLiteral("other.json"));
    writeFile(other, readAll(kSmallModel));
    ASSERT_TRUE(document.loadFile(other));
    EXPECT_EQ(document.undoStack()->count(), 0);
    EXPECT_FALSE(document.position("openai"));
    EXPECT_EQ(document.positionsPath(), dir.filePath(QStringLiteral("other.positions.json")));
    // The first model's move was written to its own sidecar on the way out.
    EXPECT_EQ(readPositionsFile(sidecarPath).positions.count("openai"), 1u);
}

TEST_F(HandPlacementTest, AModelWithoutAFileKeepsPositionsInMemoryOnly) {
    Document document;
    document.setModel(document.model()); // an empty model with no path
    EXPECT_TRUE(document.positionsPath().isEmpty());
    Document loaded;
    ASSERT_TRUE(loaded.loadFile(modelPath));
    Model model = loaded.model();
    document.setModel(std::move(model));
    document.moveEntity("openai", QPointF(3, 4));
    EXPECT_TRUE(document.position("openai"));
    document.flushPositions();
    EXPECT_FALSE(QFile::exists(sidecarPath));
}

class SummedAndPlaced : public HandPlacementTest, public ::testing::WithParamInterface<bool> {};

TEST_P(SummedAndPlaced, SummedCurvesFollowAPlacedBoxToo) {
    Document document;
    std::unique_ptr<LaidOut> laidOut;
    load(document, laidOut);
    GraphScene& scene = *laidOut->scene;
    // Summed items are made when summed mode is first used: before or after the move.
    const bool summedFirst = GetParam();
    if (summedFirst)
        document.setDisplayOptions({true, false});
    const QPointF laidOutAt = scene.entityItem("openai")->pos();
    document.moveEntity("openai", laidOutAt + QPointF(-200, 300));
    if (!summedFirst)
        document.setDisplayOptions({true, false});
    EntityItem* openai = scene.entityItem("openai");
    const QRectF box = openai->mapRectToScene(openai->boxRect()).adjusted(-2, -2, 2, 2);
    int touching = 0;
    for (BundleItem* bundle : scene.bundleItems()) {
        const layout::EdgeGeometry& route = bundle->route();
        if (bundle->ends().from == "openai") {
            ++touching;
            EXPECT_TRUE(box.contains(QPointF(route.curve.front().x, route.curve.front().y)));
        }
        if (bundle->ends().to == "openai") {
            ++touching;
            EXPECT_TRUE(box.contains(QPointF(route.headArrow.tip.x, route.headArrow.tip.y)));
        }
    }
    EXPECT_GT(touching, 0);
}

INSTANTIATE_TEST_SUITE_P(EitherOrder, SummedAndPlaced, ::testing::Bool());

namespace {

// The main window on a copy of the small model (a move writes a sidecar beside it).
class HandPlacementWindowTest : public shelltest::ShellTest {
protected:
    void SetUp() override {
        shelltest::ShellTest::SetUp();
        ASSERT_TRUE(dir.isValid());
        copy = dir.filePath(QStringLiteral("deals.json"));
        writeFile(copy, readAll(shelltest::kSmallModel));
        openAndWaitForLayout(copy);
    }
    QTemporaryDir dir;
    QString copy;
};

} // namespace

TEST_F(HandPlacementWindowTest, EditUndoRedoAndViewResetPositions) {
    const MainWindow::Actions& a = window->actions();
    ASSERT_TRUE(a.undo && a.redo && a.resetPositions);
    EXPECT_FALSE(a.undo->isEnabled());
    EXPECT_FALSE(a.resetPositions->isEnabled());
    EXPECT_EQ(a.undo->shortcut(), QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(a.redo->shortcut(), QKeySequence(QKeySequence::Redo));

    GraphScene* scene = window->graphScene();
    const QPointF laidOutAt = scene->entityItem("oracle")->pos();
    document().moveEntity("oracle", laidOutAt + QPointF(50, 90));
    EXPECT_TRUE(a.undo->isEnabled());
    EXPECT_TRUE(a.undo->text().contains(QStringLiteral("Oracle")));
    EXPECT_TRUE(a.resetPositions->isEnabled());

    a.undo->trigger();
    EXPECT_EQ(scene->entityItem("oracle")->pos(), laidOutAt);
    EXPECT_FALSE(a.resetPositions->isEnabled());
    a.redo->trigger();
    EXPECT_EQ(scene->entityItem("oracle")->pos(), laidOutAt + QPointF(50, 90));

    a.resetPositions->trigger();
    EXPECT_EQ(scene->entityItem("oracle")->pos(), laidOutAt);
    // Ctrl+Z anywhere in the window undoes the reset.
    window->activateWindow();
    QTest::keySequence(window.get(), QKeySequence::Undo);
    EXPECT_EQ(scene->entityItem("oracle")->pos(), laidOutAt + QPointF(50, 90));
}

TEST_F(HandPlacementTest, AMoveJustBeforeClosingIsStillWritten) {
    {
        Document document;
        ASSERT_TRUE(document.loadFile(modelPath));
        document.moveEntity("nvidia", QPointF(-40, 75.5));
        EXPECT_FALSE(QFile::exists(sidecarPath)) << "written a moment later, not at once";
    } // closing the document writes what is pending
    const PositionsFile file = readPositionsFile(sidecarPath);
    ASSERT_TRUE(file.readable());
    EXPECT_EQ(file.positions.at("nvidia"), QPointF(-40, 75.5));
}
