// Opening never freezes the window: a big file is read, parsed and checked on a worker thread
// (Document::openInBackground) and a big model's text is measured on one (GraphScene), while
// the event loop goes on. What is asserted is what the user sees happen, in order: the model
// arrives from the event loop, a failure leaves the model on screen, Cancel and a newer open
// win over an older one, and the picture is the same as when everything ran on the UI thread.
#include "document/document.h"
#include "scene/graph_scene.h"
#include "scene_support.h"
#include "shell_fixture.h"

#include "dealgraph/generate.h"
#include "dealgraph/load.h"

#include <QFile>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace dealgraph::app {
namespace {

const QString kSmall = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

QString writeModel(const QTemporaryDir& dir, const char* name, const Model& model) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(saveModelToString(model)));
    return path;
}

std::map<std::string, QPointF> boxPositions(const GraphScene& scene, const Model& model) {
    std::map<std::string, QPointF> positions;
    for (const Entity& entity : model.entities())
        if (const EntityItem* item = scene.entityItem(entity.id))
            positions[entity.id] = item->pos();
    return positions;
}

} // namespace

TEST(BackgroundOpen, TheModelArrivesFromTheEventLoop) {
    Document document;
    document.setWatchFile(false);
    QSignalSpy started(&document, &Document::openingStarted);
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy ended(&document, &Document::openingEnded);
    document.openInBackground(kSmall);
    EXPECT_EQ(started.count(), 1);
    EXPECT_TRUE(document.isOpening());
    EXPECT_EQ(reset.count(), 0) << "installed before the event loop ran";
    ASSERT_TRUE(ended.wait(10000));
    EXPECT_FALSE(document.isOpening());
    EXPECT_EQ(reset.count(), 1);
    EXPECT_TRUE(ended.first().at(1).toBool());
    EXPECT_EQ(document.filePath(), QFileInfo(kSmall).absoluteFilePath());
    EXPECT_NE(document.model().entity("oracle"), nullptr);
}

TEST(BackgroundOpen, ABrokenFileLeavesTheModelOnScreen) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"entities\": [");
    file.close();
    Document document;
    document.setWatchFile(false);
    ASSERT_TRUE(document.loadFile(kSmall));
    QSignalSpy failed(&document, &Document::loadFailed);
    QSignalSpy ended(&document, &Document::openingEnded);
    document.openInBackground(broken);
    ASSERT_TRUE(ended.wait(10000));
    EXPECT_FALSE(ended.first().at(1).toBool());
    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(failed.first().at(1).toStringList().isEmpty());
    EXPECT_EQ(document.filePath(), QFileInfo(kSmall).absoluteFilePath());
    EXPECT_NE(document.model().entity("oracle"), nullptr);
}

TEST(BackgroundOpen, CancelAndANewerOpenWin) {
    QTemporaryDir dir;
    const QString ring = writeModel(dir, "ring.json", generateModel({50, 1, GraphShape::Ring}));
    Document document;
    document.setWatchFile(false);
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy ended(&document, &Document::openingEnded);

    document.openInBackground(ring);
    document.cancelOpening();
    EXPECT_EQ(ended.count(), 1);
    EXPECT_FALSE(ended.first().at(1).toBool());
    QTest::qWait(300); // the parse ends unseen
    EXPECT_EQ(reset.count(), 0);
    EXPECT_TRUE(document.model().entities().empty());

    ended.clear();
    document.openInBackground(ring);
    document.openInBackground(kSmall); // the ring's parse is dropped
    ASSERT_TRUE(QTest::qWaitFor([&] { return !document.isOpening(); }, 10000));
    QTest::qWait(300);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(document.filePath(), QFileInfo(kSmall).absoluteFilePath());

    // loadFile while a file opens: the file loaded on the spot stays.
    document.openInBackground(ring);
    ASSERT_TRUE(document.loadFile(kSmall));
    QTest::qWait(300);
    EXPECT_EQ(document.filePath(), QFileInfo(kSmall).absoluteFilePath());
}

// Measured on a worker thread or at once, the picture is the same.
TEST(BackgroundMeasure, GivesTheSamePictureAsOnTheUiThread) {
    const Model model = generateModel({60, 3});
    std::map<std::string, QPointF> positions[2];
    for (int background = 0; background < 2; ++background) {
        Document document;
        GraphScene scene(&document);
        scenetest::useLayoutWorker(scene);
        scene.setBackgroundMeasureFrom(background ? 0 : GraphScene::kBackgroundMeasureItems);
        QSignalSpy started(&scene, &GraphScene::layoutStarted);
        QSignalSpy finished(&scene, &GraphScene::layoutFinished);
        document.setModel(Model(model));
        EXPECT_EQ(started.count(), 1);
        EXPECT_TRUE(scene.isLayingOut());
        ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
        EXPECT_FALSE(scene.isLayingOut());
        positions[background] = boxPositions(scene, model);
    }
    EXPECT_EQ(positions[0].size(), model.entities().size());
    EXPECT_EQ(positions[0], positions[1]);
}

TEST(BackgroundMeasure, CancelAndANewerModelWin) {
    Document document;
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    scene.setBackgroundMeasureFrom(0);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    QSignalSpy cancelled(&scene, &GraphScene::layoutCancelled);
    document.setModel(generateModel({60, 3}));
    scene.cancelLayout();
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(scene.isLayingOut());
    QTest::qWait(1500);
    EXPECT_EQ(finished.count(), 0) << "a cancelled measurement went on to a layout";
    EXPECT_FALSE(scene.hasLayout());

    document.setModel(generateModel({60, 3}));
    document.setModel(generateModel({20, 1, GraphShape::Chain}));
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    QTest::qWait(500);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_NE(scene.entityItem("e-19"), nullptr);
    EXPECT_EQ(scene.entityItem(generateModel({60, 3}).entities().back().id), nullptr);
}

namespace shelltest {

// The window opens a big file in the background: it says so, and the file arrives.
TEST_F(ShellTest, ABigFileOpensInTheBackground) {
    QTemporaryDir dir;
    const QString big = writeModel(dir, "big.json", generateModel({1000, 1}));
    ASSERT_GT(QFileInfo(big).size(), Document::kBackgroundOpenBytes);
    QSignalSpy finished(window->graphScene(), &GraphScene::layoutFinished);
    ASSERT_TRUE(window->openFile(big));
    EXPECT_TRUE(document().isOpening());
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Opening big")))
        << window->statusBar()->currentMessage().toStdString();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(document().filePath(), QFileInfo(big).absoluteFilePath());
    EXPECT_EQ(document().model().entities().size(), 1000u);
}

} // namespace shelltest
} // namespace dealgraph::app
