#include "editing/story_actions.h"

#include "document/document.h"
#include "document/story_view.h"
#include "editing/story_step_form.h"

#include <QAction>
#include <QMessageBox>
#include <QStyle>

#include <optional>
#include <utility>
#include <vector>

namespace dealgraph::app {

namespace {

// Swaps list[at] with its neighbour `by` places away; returns where it went, or nullopt (and
// leaves the list) when there is no such neighbour.
template <typename T>
std::optional<std::size_t> swapWithNeighbour(std::vector<T>& list, std::size_t at, int by) {
    const std::size_t to = at + static_cast<std::size_t>(by);
    if (to >= list.size())
        return std::nullopt;
    std::swap(list[at], list[to]);
    return to;
}

} // namespace

StoryActions::StoryActions(Document* document, QWidget* window, ChosenPlace chosen)
    : QObject(window), document_(document), window_(window), chosen_(std::move(chosen)),
      newStory_(new QAction(tr("New Story from Current View…"), this)),
      addStep_(new QAction(tr("Add Current View as Step…"), this)),
      editStep_(new QAction(tr("Edit Step…"), this)),
      updateStep_(new QAction(tr("Update Step to Current View"), this)),
      moveUp_(new QAction(tr("Move Up"), this)), moveDown_(new QAction(tr("Move Down"), this)),
      remove_(new QAction(tr("Delete"), this)) {
    newStory_->setObjectName(QStringLiteral("newStoryAction"));
    newStory_->setStatusTip(tr("Start a story whose first step is what the window shows now"));
    addStep_->setObjectName(QStringLiteral("addStepAction"));
    addStep_->setStatusTip(tr("Add what the window shows now (date, comparison, filters, focus, "
                              "groups, highlight) as a step after the chosen one"));
    editStep_->setObjectName(QStringLiteral("editStepAction"));
    editStep_->setStatusTip(tr("Change the chosen step's title, caption and layout"));
    updateStep_->setObjectName(QStringLiteral("updateStepAction"));
    updateStep_->setStatusTip(tr("Make the chosen step show what the window shows now, keeping "
                                 "its title and caption"));
    moveUp_->setObjectName(QStringLiteral("moveStepUpAction"));
    moveUp_->setStatusTip(tr("Tell the chosen step (or story) one place earlier"));
    moveDown_->setObjectName(QStringLiteral("moveStepDownAction"));
    moveDown_->setStatusTip(tr("Tell the chosen step (or story) one place later"));
    remove_->setObjectName(QStringLiteral("deleteStepAction"));
    remove_->setStatusTip(tr("Delete the chosen step, or the chosen story with its steps"));
    // Shown in menus and tooltips; the Stories list handles the keys itself, since Delete and
    // F2 also mean the graph's selection everywhere else in the window.
    addStep_->setShortcut(QKeySequence(Qt::Key_Insert));
    editStep_->setShortcut(QKeySequence(Qt::Key_F2));
    moveUp_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    moveDown_->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    remove_->setShortcut(QKeySequence::Delete);
    for (QAction* action : {addStep_, editStep_, moveUp_, moveDown_, remove_})
        action->setShortcutContext(Qt::WidgetShortcut);
    // Under the Stories list the buttons are short (their icon text, or an icon) so the dock
    // takes no more room from the graph than its Present and Export buttons do.
    addStep_->setIconText(tr("Add Step"));
    editStep_->setIconText(tr("Edit"));
    const QStyle* style = window->style();
    moveUp_->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    moveDown_->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    remove_->setIcon(style->standardIcon(QStyle::SP_TrashIcon));
    for (QAction* action : {addStep_, editStep_, moveUp_, moveDown_, remove_})
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(action->text().remove(QLatin1Char('&')),
                                          action->shortcut().toString(QKeySequence::NativeText)));

    connect(newStory_, &QAction::triggered, this, [this] { openForm(std::nullopt, 0, true); });
    connect(addStep_, &QAction::triggered, this, [this] {
        const auto place = chosen_();
        if (!place)
            return openForm(std::nullopt, 0, true);
        // After the chosen step; on a story's row, at its end.
        const auto& steps = document_->model().stories()[place->story].steps;
        openForm(place->story, place->storyRow ? steps.size() : place->step + 1, true);
    });
    connect(editStep_, &QAction::triggered, this, [this] {
        if (const auto place = chosen_(); place && !place->storyRow)
            openForm(place->story, place->step, false);
    });
    connect(updateStep_, &QAction::triggered, this, &StoryActions::updateChosenStep);
    connect(moveUp_, &QAction::triggered, this, [this] { move(-1); });
    connect(moveDown_, &QAction::triggered, this, [this] { move(+1); });
    connect(remove_, &QAction::triggered, this, &StoryActions::removeChosen);
    connect(document_, &Document::modelReset, this, &StoryActions::updateActions);
    updateActions();
}

void StoryActions::updateActions() {
    const auto& stories = document_->model().stories();
    auto place = chosen_();
    if (place && place->story >= stories.size())
        place.reset();
    const bool step = place && !place->storyRow;
    const std::size_t count = !place            ? 0
                              : place->storyRow ? stories.size()
                                                : stories[place->story].steps.size();
    const std::size_t at = !place ? 0 : place->storyRow ? place->story : place->step;
    editStep_->setEnabled(step);
    updateStep_->setEnabled(step);
    moveUp_->setEnabled(place && at > 0);
    moveDown_->setEnabled(place && at + 1 < count);
    remove_->setEnabled(place.has_value());
}

void StoryActions::openForm(std::optional<std::size_t> story, std::size_t step, bool newStep) {
    auto* form = new StoryStepForm(document_, {story, step, newStep}, window_);
    connect(form, &QDialog::accepted, this,
            [this, form] { emit placeChanged(form->storyIndex(), form->stepIndex(), false); });
    runForm(form, modal_, [this, form] { emit formOpened(form); });
}

void StoryActions::updateChosenStep() {
    const auto place = chosen_();
    if (!place || place->storyRow)
        return;
    std::vector<Story> stories = document_->model().stories();
    StoryStep& step = stories[place->story].steps[place->step];
    const QString name = tr("Update the view of step '%1'").arg(titleOf(step));
    step = withViewOf(step, stepOfView(*document_));
    if (document_->replaceStories(std::move(stories), name).empty())
        emit placeChanged(place->story, place->step, false);
}

void StoryActions::move(int by) {
    const auto place = chosen_();
    if (!place)
        return;
    std::vector<Story> stories = document_->model().stories();
    QString name;
    std::size_t story = place->story;
    std::size_t step = place->step;
    if (place->storyRow) {
        name = by < 0 ? tr("Move story '%1' up").arg(titleOf(stories[story]))
                      : tr("Move story '%1' down").arg(titleOf(stories[story]));
        const auto to = swapWithNeighbour(stories, story, by);
        if (!to)
            return;
        story = *to;
    } else {
        auto& steps = stories[story].steps;
        name = by < 0 ? tr("Move step '%1' up").arg(titleOf(steps[step]))
                      : tr("Move step '%1' down").arg(titleOf(steps[step]));
        const auto to = swapWithNeighbour(steps, step, by);
        if (!to)
            return;
        step = *to;
    }
    if (document_->replaceStories(std::move(stories), name).empty())
        emit placeChanged(story, step, place->storyRow);
}

void StoryActions::removeChosen() {
    const auto place = chosen_();
    if (!place)
        return;
    std::vector<Story> stories = document_->model().stories();
    Story& story = stories[place->story];
    QString name;
    // A story has at least one step: deleting its last step is deleting the story.
    const bool storyGoes = place->storyRow || story.steps.size() == 1;
    if (storyGoes) {
        // A whole story goes: asked, even when it is its last step that is deleted.
        const QString question =
            story.steps.size() > 1
                ? tr("Delete the story '%1' and its %2 steps? Undo brings it back.")
                      .arg(titleOf(story))
                      .arg(story.steps.size())
                : tr("'%1' is the only step of the story '%2': delete the story? Undo brings it "
                     "back.")
                      .arg(titleOf(story.steps.front()), titleOf(story));
        if (modal_ &&
            QMessageBox::question(window_, tr("Delete Story"), question) != QMessageBox::Yes)
            return;
        name = tr("Delete story '%1'").arg(titleOf(story));
        stories.erase(stories.begin() + static_cast<std::ptrdiff_t>(place->story));
    } else {
        name =
            tr("Delete step '%1' from '%2'").arg(titleOf(story.steps[place->step]), titleOf(story));
        story.steps.erase(story.steps.begin() + static_cast<std::ptrdiff_t>(place->step));
    }
    if (!document_->replaceStories(std::move(stories), name).empty())
        return;
    const auto& now = document_->model().stories();
    if (now.empty())
        return;
    if (storyGoes)
        emit placeChanged(std::min(place->story, now.size() - 1), 0, true);
    else
        emit placeChanged(place->story, std::min(place->step, now[place->story].steps.size() - 1),
                          false);
}

} // namespace dealgraph::app
