// The main window's actions: their texts with mnemonics, standard shortcuts, status-bar tips
// and icons (the desktop theme's, else the style's), and what each one triggers.
#include "shell/main_window.h"

#include "dealgraph/simplify.h"

#include "document/document.h"
#include "panels/search_box.h"
#include "panels/stories_panel.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/save_actions.h"

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QUndoStack>

namespace dealgraph::app {

void MainWindow::createActions() {
    auto make = [this](const QString& text, const QString& tip, const QString& themeIcon,
                       QStyle::StandardPixmap fallback = QStyle::SP_CustomBase) {
        auto* action = new QAction(text, this);
        action->setStatusTip(tip);
        const QIcon fallbackIcon =
            fallback == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(fallback);
        action->setIcon(QIcon::fromTheme(themeIcon, fallbackIcon));
        return action;
    };
    Actions& a = actions_;
    a.open = make(tr("&Open…"), tr("Open a dealgraph model (JSON)"),
                  QStringLiteral("document-open"), QStyle::SP_DialogOpenButton);
    a.open->setShortcut(QKeySequence::Open);
    connect(a.open, &QAction::triggered, this, &MainWindow::openWithDialog);

    a.reload = make(tr("&Reload"), tr("Read the open file again"), QStringLiteral("view-refresh"),
                    QStyle::SP_BrowserReload);
    a.reload->setShortcut(QKeySequence::Refresh);
    saving_ = new SaveActions(document_, this);
    // Reloading with unsaved changes asks first.
    connect(a.reload, &QAction::triggered, saving_, &SaveActions::reloadDocument);

    a.quit = make(tr("&Quit"), tr("Quit dealgraph"), QStringLiteral("application-exit"));
    a.quit->setShortcut(QKeySequence::Quit);
    a.quit->setMenuRole(QAction::QuitRole);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);

    a.back = make(tr("&Back"), tr("Go back to the previous selection"),
                  QStringLiteral("go-previous"), QStyle::SP_ArrowBack);
    a.back->setShortcut(QKeySequence::Back);
    connect(a.back, &QAction::triggered, document_, &Document::goBack);

    a.forward = make(tr("&Forward"), tr("Go forward again in the selection history"),
                     QStringLiteral("go-next"), QStyle::SP_ArrowForward);
    a.forward->setShortcut(QKeySequence::Forward);
    connect(a.forward, &QAction::triggered, document_, &Document::goForward);

    a.previousDeal = make(tr("&Previous Deal"), tr("Select the deal made just before this one"),
                          QStringLiteral("go-up"), QStyle::SP_ArrowUp);
    a.previousDeal->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_BracketLeft), QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    connect(a.previousDeal, &QAction::triggered, document_, &Document::selectPreviousDeal);

    a.nextDeal = make(tr("&Next Deal"), tr("Select the deal made just after this one"),
                      QStringLiteral("go-down"), QStyle::SP_ArrowDown);
    a.nextDeal->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_BracketRight), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    connect(a.nextDeal, &QAction::triggered, document_, &Document::selectNextDeal);

    a.zoomIn = make(tr("Zoom &In"), tr("Enlarge the graph"), QStringLiteral("zoom-in"));
    a.zoomIn->setShortcut(QKeySequence::ZoomIn);
    connect(a.zoomIn, &QAction::triggered, view_, &GraphView::zoomIn);

    a.zoomOut = make(tr("Zoom &Out"), tr("Shrink the graph"), QStringLiteral("zoom-out"));
    a.zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(a.zoomOut, &QAction::triggered, view_, &GraphView::zoomOut);

    a.zoomToFit =
        make(tr("Zoom to &Fit"), tr("Show the whole graph"), QStringLiteral("zoom-fit-best"));
    a.zoomToFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(a.zoomToFit, &QAction::triggered, view_, &GraphView::zoomToFit);

    a.actualSize =
        make(tr("&Actual Size"), tr("Show the graph at 100%"), QStringLiteral("zoom-original"));
    a.actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(a.actualSize, &QAction::triggered, view_, &GraphView::resetZoom);

    // The legend is an overlay in the graph's corner (GraphView), not a dock.
    a.legend = make(tr("&Legend"), tr("Show or hide the legend in the graph's corner"),
                    QStringLiteral("help-contents"));
    a.legend->setCheckable(true);
    a.legend->setChecked(view_->isLegendVisible());
    connect(a.legend, &QAction::toggled, view_, &GraphView::setLegendVisible);

    // The Chinese name under an English one (and the reverse): on by default only in the
    // Chinese interface; boxes change size, so the graph is laid out again.
    a.otherNames =
        make(tr("&Other-Language Names"),
             tr("Show each entity's name in the other language under its box"), QString());
    a.otherNames->setCheckable(true);
    a.otherNames->setChecked(scene_->graphStyle().secondaryNames());
    connect(a.otherNames, &QAction::toggled, this, [this](bool shown) {
        GraphStyle style = scene_->graphStyle();
        style.setSecondaryNames(shown);
        scene_->setGraphStyle(style);
    });

    // The model's entity groups (the Oracle-built sites...) as one box each, or all opened;
    // double-clicking a box does the same for one group.
    a.collapseGroups =
        make(tr("&Collapse Groups"),
             tr("Draw each group of entities (the format's \"group\") as one box"), QString());
    connect(a.collapseGroups, &QAction::triggered, this, [this] {
        std::set<std::string> names;
        for (const EntityGroup& group : entityGroups(document_->model()))
            names.insert(group.name);
        document_->setCollapsedGroups(names);
    });
    a.expandGroups = make(tr("&Expand Groups"), tr("Draw every entity of every group"), QString());
    connect(a.expandGroups, &QAction::triggered, this,
            [this] { document_->setCollapsedGroups({}); });
    auto updateGroups = [this] {
        const auto groups = entityGroups(document_->model());
        actions_.collapseGroups->setEnabled(groups.size() > document_->collapsedGroups().size());
        actions_.expandGroups->setEnabled(!document_->collapsedGroups().empty());
    };
    connect(document_, &Document::groupsChanged, this, updateGroups);
    connect(document_, &Document::modelReset, this, updateGroups);
    updateGroups();

    a.present = make(tr("&Present Story"),
                     tr("Tell the story chosen in the Stories panel full screen; Esc leaves"),
                     QStringLiteral("x-office-presentation"));
    a.present->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(a.present, &QAction::triggered, this, [this] {
        if (!stories_)
            return;
        if (const auto place = stories_->chosen())
            present(place->story, place->step);
        else
            showMessage(tr("This model tells no stories"));
    });
    auto updatePresent = [this] {
        actions_.present->setEnabled(!document_->model().stories().empty());
    };
    connect(document_, &Document::modelReset, this, updatePresent);
    updatePresent();

    a.find = make(tr("&Find…"), tr("Find a company, fund or site by any of its names"),
                  QStringLiteral("edit-find"));
    a.find->setShortcut(QKeySequence::Find);
    connect(a.find, &QAction::triggered, this, [this] {
        search_->setFocus(Qt::ShortcutFocusReason);
        search_->selectAll();
    });

    a.about = make(tr("&About dealgraph"), tr("Show the version and what dealgraph is"),
                   QStringLiteral("help-about"));
    a.about->setMenuRole(QAction::AboutRole);
    connect(a.about, &QAction::triggered, this, &MainWindow::showAbout);

    createPlacementActions();

    // Shortcuts work wherever the focus is in this window (the table, the details, the graph).
    for (QAction* action : {a.open, a.reload, a.quit, a.back, a.forward, a.previousDeal, a.nextDeal,
                            a.zoomIn, a.zoomOut, a.zoomToFit, a.actualSize, a.find, a.undo, a.redo,
                            a.resetPositions, a.present, saving_->save(), saving_->saveAs()})
        addAction(action);
}

// Undo and redo walk the document's steps, edits of the model and moves of entities alike
// (QUndoStack names the step: "Undo Move OpenAI", "Undo Change status of ..."); Reset Positions
// forgets every hand placement in one step.
void MainWindow::createPlacementActions() {
    Actions& a = actions_;
    QUndoStack* steps = document_->undoStack();
    a.undo = steps->createUndoAction(this, tr("&Undo"));
    a.undo->setShortcut(QKeySequence::Undo);
    a.undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    a.undo->setStatusTip(tr("Undo the last change or move"));
    a.redo = steps->createRedoAction(this, tr("&Redo"));
    a.redo->setShortcut(QKeySequence::Redo);
    a.redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    a.redo->setStatusTip(tr("Redo the change or move just undone"));

    a.resetPositions = new QAction(tr("Reset &Positions"), this);
    a.resetPositions->setStatusTip(
        tr("Put every entity you placed by hand back where the layout puts it"));
    connect(a.resetPositions, &QAction::triggered, document_, &Document::resetPositions);
    auto updateReset = [this] {
        actions_.resetPositions->setEnabled(document_->hasPositionsOfModel());
    };
    connect(document_, &Document::positionsChanged, this, updateReset);
    connect(document_, &Document::modelReset, this, updateReset);
    updateReset();
}

} // namespace dealgraph::app
