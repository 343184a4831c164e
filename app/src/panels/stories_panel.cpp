#include "panels/stories_panel.h"

#include "document/document.h"
#include "document/story_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dealgraph::app {

namespace {
constexpr int kStoryRole = Qt::UserRole;
constexpr int kStepRole = Qt::UserRole + 1;
} // namespace

StoriesPanel::StoriesPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), tree_(new QTreeWidget(this)),
      caption_(new QLabel(this)), present_(new QPushButton(tr("Present"), this)),
      export_(new QPushButton(tr("Export Deck…"), this)) {
    setObjectName(QStringLiteral("storiesPanel"));
    tree_->setObjectName(QStringLiteral("storiesTree"));
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(true);
    tree_->setWordWrap(true);
    caption_->setObjectName(QStringLiteral("storyCaption"));
    caption_->setWordWrap(true);
    caption_->setTextFormat(Qt::PlainText);
    caption_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    caption_->setMargin(4);
    present_->setToolTip(tr("Tell the chosen story full screen: arrow keys, space, Page Up/Down "
                            "or a clicker move through its steps; Esc leaves"));
    present_->setEnabled(false);
    export_->setToolTip(tr("Save the chosen story as a deck: a PDF, a PowerPoint file of "
                           "editable shapes or a web page that plays its steps"));
    export_->setEnabled(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tree_, 3);
    layout->addWidget(caption_, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(present_);
    buttons->addWidget(export_);
    layout->addLayout(buttons);

    connect(document_, &Document::modelReset, this, &StoriesPanel::rebuild);
    // An edit of the stories (or its undo or redo) rebuilds the list: the row chosen before
    // stays chosen, as far as it still exists.
    connect(document_, &Document::modelEdited, this, [this](const ModelEdit& edit) {
        if (edit.kind != ModelEdit::Kind::ReplaceStories || !chosenBeforeRebuild_)
            return;
        const auto& stories = document_->model().stories();
        if (stories.empty())
            return;
        const Place was = *chosenBeforeRebuild_;
        const std::size_t story = std::min(was.story, stories.size() - 1);
        choose(story, std::min(was.step, stories[story].steps.size() - 1), was.storyRow);
    });
    tree_->installEventFilter(this);
    tree_->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree_, &QWidget::customContextMenuRequested, this, &StoriesPanel::showContextMenu);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { onCurrentChanged(item); });
    connect(present_, &QPushButton::clicked, this, [this] {
        if (const auto place = chosen())
            emit presentRequested(place->story, place->step);
    });
    connect(export_, &QPushButton::clicked, this, [this] {
        if (const auto place = chosen())
            emit exportRequested(place->story);
    });
    rebuild();
}

void StoriesPanel::rebuild() {
    chosenBeforeRebuild_ = lastChosen_;
    lastChosen_.reset();
    rebuilding_ = true;
    tree_->clear();
    caption_->clear();
    const auto& stories = document_->model().stories();
    for (std::size_t s = 0; s < stories.size(); ++s) {
        const Story& story = stories[s];
        auto* top = new QTreeWidgetItem(tree_, {titleOf(story)});
        top->setData(0, kStoryRole, static_cast<qulonglong>(s));
        top->setData(0, kStepRole, 0);
        top->setToolTip(0, story.steps.size() == 1 ? tr("1 step")
                                                   : tr("%1 steps").arg(story.steps.size()));
        for (std::size_t i = 0; i < story.steps.size(); ++i) {
            auto* row = new QTreeWidgetItem(
                top, {QStringLiteral("%1. %2").arg(i + 1).arg(titleOf(story.steps[i]))});
            row->setData(0, kStoryRole, static_cast<qulonglong>(s));
            row->setData(0, kStepRole, static_cast<qulonglong>(i));
            row->setToolTip(0, captionOf(story.steps[i]));
        }
    }
    tree_->expandAll();
    if (stories.empty())
        caption_->setText(tr("This model tells no stories yet. Set up a view and choose Add "
                             "Current View as Step… to start one."));
    present_->setEnabled(!stories.empty());
    export_->setEnabled(!stories.empty());
    rebuilding_ = false;
    emit storyChosen(0);
    emit choiceChanged();
}

std::optional<StoriesPanel::Place> StoriesPanel::chosen() const {
    const QTreeWidgetItem* item = tree_->currentItem();
    if (!item) {
        if (document_->model().stories().empty())
            return std::nullopt;
        return Place{};
    }
    return Place{item->data(0, kStoryRole).toULongLong(), item->data(0, kStepRole).toULongLong(),
                 item->parent() == nullptr};
}

void StoriesPanel::choose(std::size_t story, std::size_t step, bool storyRow) {
    if (story >= static_cast<std::size_t>(tree_->topLevelItemCount()))
        return;
    QTreeWidgetItem* row = tree_->topLevelItem(static_cast<int>(story));
    if (!storyRow) {
        if (step >= static_cast<std::size_t>(row->childCount()))
            return;
        row = row->child(static_cast<int>(step));
    }
    rebuilding_ = true; // chosen, not shown
    tree_->setCurrentItem(row);
    rebuilding_ = false;
    lastChosen_ = Place{story, storyRow ? 0 : step, storyRow};
    const StoryStep& shown = document_->model().stories()[story].steps[storyRow ? 0 : step];
    showCaption(shown);
    emit storyChosen(story);
    emit choiceChanged();
}

void StoriesPanel::showCaption(const StoryStep& step) {
    caption_->setText(QStringLiteral("%1\n\n%2").arg(titleOf(step), captionOf(step)));
}

void StoriesPanel::setEditActions(const QList<QAction*>& buttons, const QList<QAction*>& menu) {
    auto* row = new QHBoxLayout;
    row->setSpacing(2);
    for (QAction* action : buttons) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
        button->setAutoRaise(true);
        row->addWidget(button);
    }
    row->addStretch();
    static_cast<QVBoxLayout*>(layout())->insertLayout(1, row);
    menuActions_ = menu;
}

void StoriesPanel::showContextMenu(const QPoint& at) {
    if (menuActions_.isEmpty())
        return;
    QMenu menu(this);
    menu.addActions(menuActions_);
    menu.exec(tree_->viewport()->mapToGlobal(at));
}

bool StoriesPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched != tree_ ||
        (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress))
        return QWidget::eventFilter(watched, event);
    const auto* key = static_cast<QKeyEvent*>(event);
    const QKeySequence pressed(key->keyCombination());
    for (QAction* action : std::as_const(menuActions_)) {
        if (!action->isEnabled() || action->shortcut().isEmpty() || action->shortcut() != pressed)
            continue;
        // Taking the override makes the key a key press here rather than the window's
        // shortcut (Delete would delete the graph's selection).
        event->accept();
        if (event->type() == QEvent::KeyPress)
            action->trigger();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StoriesPanel::showStep(std::size_t story, std::size_t step) {
    if (story >= static_cast<std::size_t>(tree_->topLevelItemCount()))
        return;
    QTreeWidgetItem* top = tree_->topLevelItem(static_cast<int>(story));
    if (step >= static_cast<std::size_t>(top->childCount()))
        return;
    QTreeWidgetItem* row = top->child(static_cast<int>(step));
    if (tree_->currentItem() == row)
        onCurrentChanged(row); // shown again: the user may have changed the view since
    else
        tree_->setCurrentItem(row);
}

void StoriesPanel::onCurrentChanged(QTreeWidgetItem* item) {
    if (rebuilding_ || !item)
        return;
    const auto& stories = document_->model().stories();
    const std::size_t s = item->data(0, kStoryRole).toULongLong();
    const std::size_t i = item->data(0, kStepRole).toULongLong();
    if (s >= stories.size() || i >= stories[s].steps.size())
        return;
    const StoryStep& step = stories[s].steps[i];
    lastChosen_ = chosen();
    emit storyChosen(s);
    emit choiceChanged();
    showCaption(step);
    emit aboutToShowStep();
    showStoryStep(*document_, step);
}

} // namespace dealgraph::app
