// Editing stories from the window: New Story from the current view, Add Current View as Step,
// Edit Step (title, caption, layout, and optionally the current view in place of its own),
// Update Step to Current View, Move Up/Down and Delete. Each is one named step on the
// document's undo stack and is saved with the model (Save; the embedded dataset offers Save a
// Copy As). They act on what the Stories panel has chosen, which the shell hands in.
#pragma once

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace dealgraph::app {

class Document;

// A place in the model's stories: a step, or a story's own row (`storyRow`, step 0).
struct StoryPlace {
    std::size_t story = 0;
    std::size_t step = 0;
    bool storyRow = false;
};

class StoryActions : public QObject {
    Q_OBJECT
public:
    using ChosenPlace = std::function<std::optional<StoryPlace>()>;
    StoryActions(Document* document, QWidget* window, ChosenPlace chosen);

    QAction* newStory() const { return newStory_; }
    QAction* addStep() const { return addStep_; }
    QAction* editStep() const { return editStep_; }
    QAction* updateStep() const { return updateStep_; }
    QAction* moveUp() const { return moveUp_; }
    QAction* moveDown() const { return moveDown_; }
    QAction* remove() const { return remove_; }

    // Enables what applies to the chosen place (the shell calls it when the choice changes).
    void updateActions();
    // Forms are shown modally unless this is off (tests drive the form they are handed).
    void setModal(bool modal) { modal_ = modal; }

signals:
    // A form is about to be shown (tests fill it in before it runs).
    void formOpened(QWidget* form);
    // An edit of ours put the chosen step (or story) here: the panel selects it.
    void placeChanged(std::size_t story, std::size_t step, bool storyRow);

private:
    void openForm(std::optional<std::size_t> story, std::size_t step, bool newStep);
    void updateChosenStep();
    void move(int by);
    void removeChosen();

    Document* document_;
    QWidget* window_;
    ChosenPlace chosen_;
    QAction* newStory_;
    QAction* addStep_;
    QAction* editStep_;
    QAction* updateStep_;
    QAction* moveUp_;
    QAction* moveDown_;
    QAction* remove_;
    bool modal_ = true;
};

} // namespace dealgraph::app
