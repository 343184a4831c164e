// The Stories panel: the model's stories and their steps. Choosing a step shows it in the window
// (its date, filters, focus, groups and highlight: story_view.h), the graph moving there in a
// short animation so the eye follows what moved; its caption is shown under the list. Present
// runs the chosen story full screen (presentation.h).
#pragma once

#include <QList>
#include <QWidget>

#include <optional>

class QAction;

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dealgraph {
struct StoryStep;
}

namespace dealgraph::app {

class Document;

class StoriesPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoriesPanel(Document* document, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return tree_; }
    QPushButton* presentButton() const { return present_; }
    QPushButton* exportButton() const { return export_; }
    QLabel* caption() const { return caption_; }

    // Shows step `step` of story `story` (indexes into the model's stories) and selects it in
    // the list. Out-of-range indexes are ignored.
    void showStep(std::size_t story, std::size_t step);
    struct Place {
        std::size_t story = 0;
        std::size_t step = 0;
        bool storyRow = false; // the story's own row is chosen (step: 0)
    };
    // The story and step chosen in the list (a story's own row: its first step).
    std::optional<Place> chosen() const;
    // Chooses a step (or a story's row) in the list without showing it: after an edit of the
    // stories, the window already shows what the step shows.
    void choose(std::size_t story, std::size_t step, bool storyRow);

    // The editing actions (editing/story_actions.h), in the order of the buttons under the
    // list; all of them in the list's context menu. The list takes their keys when it has
    // the focus (Delete and F2 mean the graph's selection elsewhere).
    void setEditActions(const QList<QAction*>& buttons, const QList<QAction*>& menu);

signals:
    // A step is about to be shown: the view animates to it (GraphView::animateNextFit).
    void aboutToShowStep();
    // Present the story from this step, full screen.
    void presentRequested(std::size_t story, std::size_t step);
    // Write the story as a deck (PDF, PowerPoint or web page).
    void exportRequested(std::size_t story);
    // The story chosen in the list changed (the one Present and Export act on).
    void storyChosen(std::size_t story);
    // The chosen row changed, or the list was rebuilt.
    void choiceChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild();
    void onCurrentChanged(QTreeWidgetItem* item);
    void showContextMenu(const QPoint& at);
    void showCaption(const StoryStep& step); // its title and caption under the list

    Document* document_;
    QTreeWidget* tree_;
    QLabel* caption_;
    QPushButton* present_;
    QPushButton* export_;
    QList<QAction*> menuActions_;
    std::optional<Place> lastChosen_;
    std::optional<Place> chosenBeforeRebuild_; // chosen again after an edit, undo or redo
    bool rebuilding_ = false;
};

} // namespace dealgraph::app
