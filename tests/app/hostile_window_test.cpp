// Graphviz isolation, seen from the window: a layout that runs past its time bound is stopped,
// the status bar says so, and the window keeps working with the model and the picture it had.
// The worker is replaced by a process that never answers (as dot does on a dense graph), with a
// short timeout instead of the default minute.
#include "shell_fixture.h"

#include <QStatusBar>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::app::shelltest;

namespace {

// Long enough to surely outlive the timeout; the runner kills it.
const QStringList kNeverAnswers = {QStringLiteral("-c"), QStringLiteral("exec sleep 60")};
constexpr int kShortTimeoutMs = 300;

class HostileWindowTest : public ShellTest {
protected:
    void pointAtHangingWorker() {
        LayoutRunner& runner = window->graphScene()->layoutRunner();
        runner.setProgram(QStringLiteral("/bin/sh"), kNeverAnswers);
        runner.setTimeout(kShortTimeoutMs);
    }
};

TEST_F(HostileWindowTest, LayoutPastItsTimeIsStoppedAndTheWindowKeepsWorking) {
    GraphScene& scene = *window->graphScene();
    ASSERT_NE(scene.entityItem("openai"), nullptr);
    const std::size_t entities = document().model().entities().size();
    const QRectF pictureBefore = scene.itemsBoundingRect();

    pointAtHangingWorker();
    QSignalSpy failed(&scene, &GraphScene::layoutFailed);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    // Opening the file again replaces the model and lays it out: the worker never answers.
    ASSERT_TRUE(window->openFile(kSmallModel));
    // The scene retries once with sfdp, so two timeouts pass before it gives up.
    ASSERT_TRUE(failed.count() > 0 || failed.wait(10 * kShortTimeoutMs + 5000));
    EXPECT_EQ(finished.count(), 0);
    const QString message = failed.front().front().toString();
    EXPECT_TRUE(message.contains(QStringLiteral("stopped"))) << message.toStdString();
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Layout failed")))
        << window->statusBar()->currentMessage().toStdString();

    // The model is loaded and the previous picture stays.
    EXPECT_EQ(document().model().entities().size(), entities);
    ASSERT_NE(scene.entityItem("openai"), nullptr);
    EXPECT_EQ(scene.itemsBoundingRect(), pictureBefore);

    // The document still answers selections, and the window shows them.
    document().select(Selection::entity("oracle"));
    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
    EXPECT_TRUE(details().contains(QStringLiteral("Oracle"))) << details().toStdString();
    clickEntity("openai");
    EXPECT_EQ(document().selection(), Selection::entity("openai"));

    // With a working worker again, the next layout succeeds in the same window.
    LayoutRunner& runner = scene.layoutRunner();
    runner.setProgram(QStringLiteral(DEALGRAPH_BINARY), {QStringLiteral("--layout-worker")});
    runner.setTimeout(LayoutRunner::kDefaultTimeoutMs);
    openAndWaitForLayout(kSmallModel);
    EXPECT_NE(scene.entityItem("openai"), nullptr);
}

} // namespace
