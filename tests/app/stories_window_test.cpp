// The Stories panel and presentation mode: choosing a step shows its view in the window;
// presenting tells a story full screen with its title and caption in large type, moved through
// with the keys a presentation clicker sends; Esc leaves and puts the window's view back.
#include "document/document.h"
#include "document/layout_runner.h"
#include "document/story_view.h"
#include "export/deck_actions.h"
#include "export/export_dialog.h"
#include "panels/stories_panel.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/main_window.h"
#include "shell/presentation.h"
#include "test_settings.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

class StoriesWindow : public ::testing::Test {
protected:
    void SetUp() override {
        isolateSettings(QStringLiteral("dealgraph-stories-tests"));
        QSettings().clear();
        window = std::make_unique<MainWindow>();
        window->graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                        {QStringLiteral("--layout-worker")});
        window->graphView()->setAnimated(false);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy finished(window->graphScene(), &GraphScene::layoutFinished);
        ASSERT_TRUE(window->document()->loadEmbedded());
        ASSERT_TRUE(finished.count() > 0 || finished.wait(30000));
    }
    const Story& story(std::size_t i) const { return window->document()->model().stories()[i]; }

    std::unique_ptr<MainWindow> window;
};

TEST_F(StoriesWindow, ThePanelListsEachStoryWithItsStepsAndShowsTheChosenOne) {
    QTreeWidget* tree = window->storiesPanel()->tree();
    const auto& stories = window->document()->model().stories();
    ASSERT_EQ(tree->topLevelItemCount(), static_cast<int>(stories.size()));
    ASSERT_GE(stories.size(), 3u);
    for (int s = 0; s < tree->topLevelItemCount(); ++s)
        EXPECT_EQ(tree->topLevelItem(s)->childCount(),
                  static_cast<int>(stories[static_cast<std::size_t>(s)].steps.size()));

    // Step 2 of the second story: its filter, date and highlight become the window's.
    const StoryStep& step = story(1).steps[1];
    window->storiesPanel()->showStep(1, 1);
    Document probe;
    probe.setModel(window->document()->model());
    showStoryStep(probe, step);
    EXPECT_EQ(window->document()->filter().asOf, probe.filter().asOf);
    EXPECT_EQ(window->document()->filter().focus, probe.filter().focus);
    EXPECT_EQ(window->document()->view().flows, probe.view().flows);
    EXPECT_EQ(window->document()->highlight(), probe.highlight());
    EXPECT_FALSE(window->document()->highlight().isEmpty());
    EXPECT_TRUE(window->storiesPanel()->caption()->text().contains(captionOf(step)));
    EXPECT_TRUE(window->storiesPanel()->presentButton()->isEnabled());
}

TEST_F(StoriesWindow, PresentingMovesThroughTheStepsByKeyAndEscPutsTheViewBack) {
    Filter before = window->document()->filter();
    before.asOf = Date::parse("2025-06-30").value();
    window->document()->setFilter(before);

    Presentation* shown = window->present(1, 0, false);
    ASSERT_NE(shown, nullptr);
    shown->resize(1920, 1080);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(shown));
    const std::size_t steps = story(1).steps.size();
    EXPECT_EQ(shown->titleLabel()->text(), titleOf(story(1).steps[0]));
    EXPECT_TRUE(shown->counterLabel()->text().endsWith(QStringLiteral("1 / %1").arg(steps)));

    QTest::keyClick(shown, Qt::Key_Right);
    EXPECT_EQ(shown->step(), 1u);
    EXPECT_EQ(shown->titleLabel()->text(), titleOf(story(1).steps[1]));
    EXPECT_EQ(shown->captionLabel()->text(), captionOf(story(1).steps[1]));
    QTest::keyClick(shown, Qt::Key_PageDown); // a clicker's "next"
    QTest::keyClick(shown, Qt::Key_Space);
    EXPECT_EQ(shown->step(), 3u);
    QTest::keyClick(shown, Qt::Key_Space); // past the last step: stays
    EXPECT_EQ(shown->step(), steps - 1);
    QTest::keyClick(shown, Qt::Key_PageUp); // a clicker's "back"
    EXPECT_EQ(shown->step(), steps - 2);
    QTest::keyClick(shown, Qt::Key_Home);
    EXPECT_EQ(shown->step(), 0u);
    QTest::keyClick(shown, Qt::Key_End);
    EXPECT_EQ(shown->step(), steps - 1);
    EXPECT_TRUE(shown->counterLabel()->text().endsWith(QStringLiteral("%1 / %1").arg(steps)));

    // Readable from the back of a room: on a 1080-pixel-high screen the title is 28 pt and the
    // caption 18 pt of a 13.33-inch slide (2 px a point).
    EXPECT_GE(shown->titleLabel()->font().pixelSize(), 56);
    EXPECT_GE(shown->captionLabel()->font().pixelSize(), 36);

    if (const QByteArray dir = qgetenv("DEALGRAPH_TEST_SHOTS"); !dir.isEmpty())
        shown->grab().save(QString::fromUtf8(dir) + QStringLiteral("/presentation.png"));

    QSignalSpy finished(shown, &Presentation::finished);
    QTest::keyClick(shown, Qt::Key_Escape);
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(window->document()->filter().asOf, before.asOf);
    EXPECT_FALSE(window->document()->filter().focus.has_value());
    EXPECT_TRUE(window->document()->highlight().isEmpty());
}

// File > Export Story Deck… writes the chosen story in a document and scene of the deck's own:
// one page per step, and the window's view and graph are left as they were (the deck's steps
// never pass through the window).
TEST_F(StoriesWindow, ADeckExportedFromTheWindowHasEveryStepAndLeavesTheWindowAlone) {
    DeckActions* decks = window->deckActions();
    ASSERT_NE(decks, nullptr);
    EXPECT_TRUE(decks->exportDeck()->isEnabled());
    window->storiesPanel()->showStep(2, 0); // the third story: the Export action follows it
    if (window->graphScene()->layoutRunner().isRunning()) { // the step's own layout, first
        QSignalSpy settled(window->graphScene(), &GraphScene::layoutFinished);
        ASSERT_TRUE(settled.wait(30000));
    }
    const auto shownDate = window->document()->filter().asOf;
    QSignalSpy relayouts(window->graphScene(), &GraphScene::layoutFinished);
    QSignalSpy views(window->document(), &Document::viewChanged);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deck.html"));
    QString error;
    ExportDialog defaults;
    ASSERT_TRUE(decks->exportDeckTo(path, 2, defaults.options(), &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray page = file.readAll();
    EXPECT_EQ(page.count("<section class=\"view\""), static_cast<qsizetype>(story(2).steps.size()));
    EXPECT_TRUE(page.contains(titleOf(story(2).steps.back()).toHtmlEscaped().toUtf8()));

    EXPECT_EQ(window->document()->filter().asOf, shownDate);
    EXPECT_EQ(views.count(), 0);
    EXPECT_EQ(relayouts.count(), 0);

    // An index past the stories is refused, saying so, and writes nothing.
    const QString none = dir.filePath(QStringLiteral("none.pdf"));
    EXPECT_FALSE(decks->exportDeckTo(none, 99, defaults.options(), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(none));
}

} // namespace
} // namespace dealgraph::app
