// Opening a model whose layout takes long: the window says how long it has been laying out,
// offers Cancel, and cancelling stops the worker and keeps the previous picture. The worker is
// a process that never answers, as dot does on a dense graph.
#include "shell/layout_progress.h"
#include "shell_fixture.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::app::shelltest;

namespace {

const QStringList kNeverAnswers = {QStringLiteral("-c"), QStringLiteral("exec sleep 60")};

class LayoutProgressTest : public ShellTest {
protected:
    LayoutProgress* progress() const { return window->findChild<LayoutProgress*>(); }
};

TEST_F(LayoutProgressTest, ShowsElapsedTimeAndCancelStopsTheLayout) {
    GraphScene& scene = *window->graphScene();
    LayoutRunner& runner = scene.layoutRunner();
    ASSERT_NE(progress(), nullptr);
    EXPECT_FALSE(progress()->isVisible()) << "nothing to show before a layout runs";
    const QRectF pictureBefore = scene.itemsBoundingRect();

    runner.setProgram(QStringLiteral("/bin/sh"), kNeverAnswers);
    runner.setTimeout(0);
    QSignalSpy cancelled(&scene, &GraphScene::layoutCancelled);
    QSignalSpy failed(&scene, &GraphScene::layoutFailed);
    ASSERT_TRUE(window->openFile(kSmallModel));
    ASSERT_TRUE(runner.isRunning());

    // The window stays responsive (the event loop runs) and says what is going on.
    ASSERT_TRUE(QTest::qWaitFor([&] { return progress()->isVisible(); }, 5000));
    EXPECT_TRUE(progress()->text().endsWith(QStringLiteral(" s")))
        << progress()->text().toStdString();

    QTest::mouseClick(progress()->cancelButton(), Qt::LeftButton);
    EXPECT_EQ(cancelled.count(), 1);
    EXPECT_FALSE(runner.isRunning()) << "the worker is killed";
    EXPECT_FALSE(progress()->isVisible());
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")))
        << window->statusBar()->currentMessage().toStdString();
    QTest::qWait(100);
    EXPECT_EQ(failed.count(), 0) << "a cancelled layout reports nothing more";
    // The previous picture stays and the window keeps working.
    EXPECT_EQ(scene.itemsBoundingRect(), pictureBefore);
    document().select(Selection::entity("oracle"));
    EXPECT_EQ(document().selection(), Selection::entity("oracle"));
}

TEST_F(LayoutProgressTest, CancelWithoutALayoutDoesNothing) {
    GraphScene& scene = *window->graphScene();
    QSignalSpy cancelled(&scene, &GraphScene::layoutCancelled);
    scene.cancelLayout();
    EXPECT_EQ(cancelled.count(), 0);
    EXPECT_TRUE(scene.hasLayout());
}

} // namespace
