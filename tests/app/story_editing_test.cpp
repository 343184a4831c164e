// Editing stories in the window: the current view added as a step, a step's caption edited,
// steps moved and deleted, a new story started; each is one named undo step that gives the
// stories back exactly, the Stories list keeps its choice through them, its keys do not reach
// the graph's Delete and F2, and what was edited is in the saved file.
#include "document/document.h"
#include "document/layout_runner.h"
#include "document/story_view.h"
#include "editing/edit_actions.h"
#include "editing/story_actions.h"
#include "editing/story_step_form.h"
#include "panels/stories_panel.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/main_window.h"
#include "test_settings.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

class StoryEditing : public ::testing::Test {
protected:
    void SetUp() override {
        isolateSettings(QStringLiteral("dealgraph-story-editing-tests"));
        QSettings().clear();
        window = std::make_unique<MainWindow>();
        window->graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                        {QStringLiteral("--layout-worker")});
        window->graphView()->setAnimated(false);
        window->resize(1400, 900);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        ASSERT_TRUE(window->document()->loadEmbedded());
        actions()->setModal(false);
        QObject::connect(actions(), &StoryActions::formOpened,
                         [this](QWidget* form) { opened = qobject_cast<StoryStepForm*>(form); });
    }

    Document* document() const { return window->document(); }
    StoryActions* actions() const { return window->storyActions(); }
    StoriesPanel* panel() const { return window->storiesPanel(); }
    const std::vector<Story>& stories() const { return document()->model().stories(); }
    QString undoText() const { return document()->undoStack()->undoText(); }

    // Opens the form `action` opens and hands it over.
    StoryStepForm* form(QAction* action) {
        opened = nullptr;
        EXPECT_TRUE(action->isEnabled()) << action->text().toStdString();
        action->trigger();
        EXPECT_NE(opened, nullptr);
        return opened;
    }
    void ok(StoryStepForm* form) {
        form->revalidate();
        ASSERT_TRUE(form->okButton()->isEnabled()) << form->errors().join('\n').toStdString();
        form->okButton()->click();
    }
    void expectChosen(std::size_t story, std::size_t step) {
        const auto place = panel()->chosen();
        ASSERT_TRUE(place.has_value());
        EXPECT_EQ(place->story, story);
        EXPECT_EQ(place->step, step);
    }

    std::unique_ptr<MainWindow> window;
    StoryStepForm* opened = nullptr;
};

TEST_F(StoryEditing, TheCurrentViewBecomesAStepAfterTheChosenOneAndUndoTakesItBack) {
    const std::vector<Story> before = stories();
    panel()->showStep(0, 0);
    // The view the user arrived at: another date, a focus, Oracle selected.
    Filter filter = document()->filter();
    filter.asOf = Date::parse("2025-03-01");
    filter.focus = Focus{"oracle", 1, false};
    filter.flowTypes = {FlowType::Money, FlowType::Compute};
    document()->setFilter(filter);
    document()->setHighlight({});
    document()->select(Selection::entity("oracle"));

    StoryStepForm* step = form(actions()->addStep());
    ASSERT_NE(step, nullptr);
    // The keyboard starts in the title: typing names the step at once.
    ASSERT_TRUE(QTest::qWaitForWindowExposed(step));
    EXPECT_EQ(step->focusWidget(), step->titleField());
    EXPECT_TRUE(step->viewSummary()->text().contains(QStringLiteral("2025-03-01")))
        << step->viewSummary()->text().toStdString();
    EXPECT_TRUE(step->viewSummary()->text().contains(QStringLiteral("Oracle")));
    // A step needs a title: OK waits for one, saying where.
    step->revalidate();
    EXPECT_FALSE(step->okButton()->isEnabled());
    EXPECT_TRUE(step->errors().join(' ').contains(QStringLiteral("Step title")))
        << step->errors().join('\n').toStdString();
    step->titleField()->setText(QStringLiteral("Oracle in March"));
    step->captionField()->setPlainText(QStringLiteral("Oracle's money and compute deals."));
    step->chineseTitleField()->setText(QStringLiteral("三月的甲骨文"));
    step->chineseCaptionField()->setPlainText(QStringLiteral("甲骨文的资金与算力交易。"));
    const QString shots = qEnvironmentVariable("DEALGRAPH_TEST_SHOTS");
    if (!shots.isEmpty())
        step->grab().save(shots + QStringLiteral("/story-step-form.png"));
    ok(step);
    if (!shots.isEmpty()) {
        panel()->parentWidget()->raise();
        QTest::qWait(50);
        window->grab().save(shots + QStringLiteral("/stories-editing.png"));
    }

    ASSERT_EQ(stories()[0].steps.size(), before[0].steps.size() + 1);
    const StoryStep& added = stories()[0].steps[1];
    EXPECT_EQ(added.title, "Oracle in March");
    EXPECT_EQ(added.caption, "Oracle's money and compute deals.");
    EXPECT_EQ(added.translations.at("zh-Hans").at("title"), "三月的甲骨文");
    EXPECT_EQ(added.translations.at("zh-Hans").at("caption"), "甲骨文的资金与算力交易。");
    EXPECT_EQ(added.asOf, Date::parse("2025-03-01"));
    ASSERT_TRUE(added.focus.has_value());
    EXPECT_EQ(added.focus->entity, "oracle");
    EXPECT_EQ(added.filters, std::vector<std::string>{"flow=money,compute"});
    EXPECT_EQ(added.highlight.entities, std::vector<std::string>{"oracle"});
    EXPECT_EQ(stories()[0].steps[2], before[0].steps[1]) << "inserted after the chosen step";
    expectChosen(0, 1);
    EXPECT_TRUE(document()->isModified());
    EXPECT_EQ(undoText(), QStringLiteral("Add step 'Oracle in March' to '%1'")
                              .arg(QString::fromStdString(before[0].title)));
    EXPECT_EQ(document()->filter().asOf, filter.asOf) << "adding a step leaves the view";

    const std::vector<Story> after = stories();
    document()->undoStack()->undo();
    EXPECT_EQ(stories(), before);
    EXPECT_FALSE(document()->isModified());
    document()->undoStack()->redo();
    EXPECT_EQ(stories(), after);
}

TEST_F(StoryEditing, EditingMovingAndDeletingStepsAreEachOneUndoStep) {
    const std::vector<Story> before = stories();
    ASSERT_GE(before[1].steps.size(), 3u);
    const int start = document()->undoStack()->index();
    panel()->showStep(1, 1);

    // The caption, not the view: the step keeps its own date and filters.
    document()->setFilter(Filter{});
    StoryStepForm* edit = form(actions()->editStep());
    ASSERT_NE(edit, nullptr);
    EXPECT_EQ(edit->titleField()->text(), QString::fromStdString(before[1].steps[1].title));
    EXPECT_FALSE(edit->useCurrentViewField()->isChecked());
    edit->captionField()->setPlainText(QStringLiteral("A shorter caption."));
    ok(edit);
    EXPECT_EQ(stories()[1].steps[1].caption, "A shorter caption.");
    EXPECT_EQ(stories()[1].steps[1].asOf, before[1].steps[1].asOf);
    EXPECT_EQ(stories()[1].steps[1].filters, before[1].steps[1].filters);
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Edit step '")));
    expectChosen(1, 1);

    // Update to the current view: the whole graph now, the caption kept.
    actions()->updateStep()->trigger();
    EXPECT_FALSE(stories()[1].steps[1].asOf.has_value());
    EXPECT_FALSE(stories()[1].steps[1].focus.has_value());
    EXPECT_EQ(stories()[1].steps[1].caption, "A shorter caption.");
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Update the view of step")));

    const StoryStep moved = stories()[1].steps[1];
    actions()->moveDown()->trigger();
    EXPECT_EQ(stories()[1].steps[2], moved);
    expectChosen(1, 2);
    actions()->moveUp()->trigger();
    actions()->moveUp()->trigger();
    EXPECT_EQ(stories()[1].steps[0], moved);
    expectChosen(1, 0);
    EXPECT_FALSE(actions()->moveUp()->isEnabled()) << "the first step goes no earlier";

    actions()->remove()->trigger();
    EXPECT_EQ(stories()[1].steps.size(), before[1].steps.size() - 1);
    EXPECT_TRUE(undoText().startsWith(QStringLiteral("Delete step '")));
    expectChosen(1, 0);

    // Each was one step; undoing them all gives the stories back exactly, and the list
    // keeps a choice through every undo.
    EXPECT_EQ(document()->undoStack()->index(), start + 6);
    for (int i = 0; i < 6; ++i) {
        document()->undoStack()->undo();
        EXPECT_TRUE(panel()->chosen().has_value()) << "after undo " << i;
    }
    EXPECT_EQ(stories(), before);
    EXPECT_EQ(document()->filter().asOf, Filter{}.asOf);
}

TEST_F(StoryEditing, DeletingAStorysOnlyStepDeletesTheStoryAndANewStoryTakesTheView) {
    const std::vector<Story> before = stories();
    document()->setFilter(Filter{});
    document()->setHighlight({});
    document()->select(Selection::deal("openai-oracle-300b"));
    StoryStepForm* story = form(actions()->newStory());
    ASSERT_NE(story, nullptr);
    ASSERT_NE(story->storyTitleField(), nullptr);
    story->storyTitleField()->setText(QStringLiteral("Oracle's big contract"));
    story->chineseStoryTitleField()->setText(QStringLiteral("甲骨文的大合同"));
    EXPECT_EQ(story->storyIdField()->text(), QStringLiteral("oracle-s-big-contract"));
    story->titleField()->setText(QStringLiteral("$300B over five years"));
    ok(story);
    ASSERT_EQ(stories().size(), before.size() + 1);
    EXPECT_EQ(stories().back().id, "oracle-s-big-contract");
    EXPECT_EQ(stories().back().translations.at("zh-Hans").at("title"), "甲骨文的大合同");
    EXPECT_EQ(stories().back().steps.at(0).highlight.deals,
              std::vector<std::string>{"openai-oracle-300b"});
    expectChosen(before.size(), 0);
    EXPECT_EQ(undoText(), QStringLiteral("Add story 'Oracle's big contract'"));

    // The story's one step goes, and the story with it (a story has at least one step).
    actions()->remove()->trigger();
    EXPECT_EQ(stories(), before);
    EXPECT_EQ(undoText(), QStringLiteral("Delete story 'Oracle's big contract'"));
    document()->undoStack()->undo();
    EXPECT_EQ(stories().size(), before.size() + 1);
}

// The list has the focus: Delete, Alt+Down and F2 act on its steps, not on the graph's
// selection (which the window's own Delete and F2 would delete or edit).
TEST_F(StoryEditing, TheListsKeysActOnStepsNotOnTheGraphsSelection) {
    const std::vector<Story> before = stories();
    panel()->showStep(2, 1);
    document()->select(Selection::entity("nvidia"));
    window->editActions()->setModal(false);
    int graphEdits = 0;
    QObject::connect(window->editActions(), &EditActions::formOpened, [&graphEdits](QWidget* form) {
        ++graphEdits;
        QTimer::singleShot(0, form, [form] { form->close(); });
    });
    window->activateWindow();
    panel()->tree()->setFocus();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    ASSERT_TRUE(panel()->tree()->hasFocus());

    QTest::keyClick(window->windowHandle(), Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(stories()[2].steps[2], before[2].steps[1]);
    expectChosen(2, 2);
    QTest::keyClick(window->windowHandle(), Qt::Key_Delete);
    EXPECT_EQ(stories()[2].steps.size(), before[2].steps.size() - 1);
    EXPECT_NE(document()->model().entity("nvidia"), nullptr);
    QTest::keyClick(window->windowHandle(), Qt::Key_F2);
    EXPECT_NE(opened, nullptr) << "F2 edits the chosen step";
    EXPECT_EQ(graphEdits, 0);
    if (opened)
        opened->close();
}

// The embedded dataset is read-only: its edited stories go to a copy, and that file holds
// them as the window shows them.
TEST_F(StoryEditing, EditedStoriesAreSavedWithTheModel) {
    panel()->showStep(0, 0);
    StoryStepForm* step = form(actions()->addStep());
    ASSERT_NE(step, nullptr);
    step->titleField()->setText(QStringLiteral("A step to keep"));
    ok(step);
    EXPECT_TRUE(document()->isReadOnly());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.json"));
    QString error;
    ASSERT_TRUE(document()->saveAs(path, &error)) << error.toStdString();
    EXPECT_FALSE(document()->isModified());
    Document reread;
    ASSERT_TRUE(reread.loadFile(path));
    EXPECT_EQ(reread.model().stories(), stories());
    EXPECT_EQ(reread.model().stories()[0].steps[1].title, "A step to keep");
}

} // namespace
} // namespace dealgraph::app
