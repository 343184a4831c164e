#include "shell/main_window.h"

#include "document/document.h"
#include "document/model_text.h"
#include "editing/edit_actions.h"
#include "editing/story_actions.h"
#include "export/deck_actions.h"
#include "export/export_actions.h"
#include "panels/analysis_panels.h"
#include "panels/deal_table.h"
#include "panels/details_panel.h"
#include "panels/search_box.h"
#include "panels/stories_panel.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"
#include "shell/layout_progress.h"
#include "shell/load_errors_dialog.h"
#include "shell/presentation.h"
#include "shell/recent_files.h"
#include "shell/save_actions.h"
#include "shell/settings_actions.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <utility>

namespace dealgraph::app {

namespace {
// Bumped when the docks change, so an old saved layout is not applied to a new window.
constexpr int kStateVersion = 2;
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLastDirectoryKey = QStringLiteral("mainWindow/lastDirectory");
constexpr double kGraphPaneAspect = 2.5;

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), document_(new Document(this)), scene_(new GraphScene(document_, this)),
      view_(new GraphView(scene_, this)) {
    setObjectName(QStringLiteral("mainWindow"));
    // The graph pane of a first-start window is about twice as wide as tall (1920x1080 and
    // 1280x800 alike): dot ranks across it when that fills it better, and boxes keep the
    // tighter spacing of slides, so Zoom to Fit shows names at a readable size.
    scene_->setLayoutFrame({kGraphPaneAspect, 5, 14, 2});
    GraphStyle style = scene_->graphStyle();
    style.setSecondaryNames(!nameLanguage().isEmpty());
    scene_->setGraphStyle(style);
    // The graph sits between the active-filters bar and the time bar.
    analysis_ = new AnalysisPanels(this, document_, view_);
    setCentralWidget(analysis_->centralArea());
    setAcceptDrops(true);
    view_->viewport()->installEventFilter(this);

    createActions();
    createDocks(); // docks and toolbar first: the View menu lists their toggle actions
    createToolBar();
    createMenus();
    counts_ = new QLabel(this);
    statusBar()->addPermanentWidget(counts_);
    // Seconds spent laying out and a Cancel button, while a layout runs.
    statusBar()->addPermanentWidget(new LayoutProgress(scene_, this));
    connectDocument();
    restoreSettings();
    updateTitle();
    updateNavigation();
}

MainWindow::~MainWindow() {
    delete presentation_; // a top-level window showing this window's scene
}

bool MainWindow::openFile(const QString& path) {
    if (!saving_->maybeSave())
        return false;
    // A big file is read on a worker thread, so the window keeps running; its outcome comes
    // with Document::openingEnded (onOpeningEnded). A small one is read at once: shorter than
    // a frame, and its picture comes no later than before.
    if (QFileInfo(path).size() > Document::kBackgroundOpenBytes) {
        document_->openInBackground(path);
        return true;
    }
    if (!document_->loadFile(path)) {
        if (!QFileInfo::exists(path))
            recent_->remove(path);
        return false;
    }
    fileOpened(document_->filePath());
    return true;
}

void MainWindow::fileOpened(const QString& path) {
    recent_->add(path);
    QSettings().setValue(kLastDirectoryKey, QFileInfo(path).absolutePath());
    showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    saving_->offerRecovery();
}

void MainWindow::onOpeningEnded(const QString& path, bool opened) {
    if (opened) {
        fileOpened(path);
        return;
    }
    if (!QFileInfo::exists(path))
        recent_->remove(path);
    // At start-up (nothing shown yet) a file that fails gives way to the built-in dataset, as
    // openFileOrEmbedded does for a small one: the window is never empty.
    if (document_->model().entities().empty() && document_->filePath().isEmpty() &&
        openEmbedded() && errorsDialog_)
        errorsDialog_->setNote(tr("The built-in dataset is shown instead."));
    else if (!errorsDialog_ || !errorsDialog_->isVisible())
        showMessage(tr("Opening %1 was cancelled").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::openEmbedded() {
    if (!saving_->maybeSave() || !document_->loadEmbedded())
        return false;
    saving_->offerRecovery();
    return true;
}

bool MainWindow::openFileOrEmbedded(const QString& path) {
    if (path.isEmpty())
        return openEmbedded();
    if (openFile(path))
        return true;
    const bool ok = openEmbedded();
    if (ok && errorsDialog_)
        errorsDialog_->setNote(tr("The built-in dataset is shown instead."));
    return false;
}

void MainWindow::createMenus() {
    const Actions& a = actions_;
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.open);
    recentMenu_ = file->addMenu(tr("Open &Recent"));
    recentMenu_->menuAction()->setStatusTip(tr("Open one of the last files you opened"));
    recent_ = new RecentFiles(recentMenu_, this);
    connect(recent_, &RecentFiles::openRequested, this, &MainWindow::openFile);
    file->addAction(a.reload);
    file->addSeparator();
    file->addAction(saving_->save());
    file->addAction(saving_->saveAs());
    file->addSeparator();
    export_ = new ExportActions(document_, scene_, view_, this);
    connect(export_, &ExportActions::message, this,
            [this](const QString& text) { showMessage(text); });
    file->addAction(export_->exportImage());
    decks_ = new DeckActions(document_, scene_, this);
    connect(decks_, &DeckActions::message, this,
            [this](const QString& text) { showMessage(text); });
    file->addAction(decks_->exportDeck());
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.undo);
    edit->addAction(a.redo);
    edit->addAction(undoDock_->toggleViewAction());
    edit->addSeparator();
    edits_ = new EditActions(document_, this);
    edit->addAction(edits_->editSelected());
    edit->addAction(edits_->deleteSelected());
    edit->addSeparator();
    edit->addAction(edits_->newEntity());
    edit->addAction(edits_->newDeal());
    edit->addAction(edits_->newSource());
    edit->addAction(edits_->editSources());
    QMenu* stories = edit->addMenu(tr("S&tories"));
    stories->addAction(storyEdits_->newStory());
    stories->addAction(storyEdits_->addStep());
    stories->addAction(storyEdits_->updateStep());
    edit->addSeparator();
    // A Shift-drag from one entity to another starts a deal with that flow.
    connect(scene_, &GraphScene::flowDrawn, edits_, &EditActions::newDealWithFlow);
    edit->addAction(export_->copyImage());

    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(a.zoomIn);
    viewMenu->addAction(a.zoomOut);
    viewMenu->addAction(a.zoomToFit);
    viewMenu->addAction(a.actualSize);
    viewMenu->addAction(a.resetPositions);
    viewMenu->addAction(a.collapseGroups);
    viewMenu->addAction(a.expandGroups);
    viewMenu->addSeparator();
    viewMenu->addAction(a.present);
    viewMenu->addSeparator();
    viewMenu->addAction(detailsDock_->toggleViewAction());
    viewMenu->addAction(storiesDock_->toggleViewAction());
    viewMenu->addAction(dealsDock_->toggleViewAction());
    viewMenu->addAction(undoDock_->toggleViewAction());
    viewMenu->addAction(toolBar_->toggleViewAction());
    viewMenu->addAction(a.legend);
    viewMenu->addAction(a.otherNames);
    analysis_->addToViewMenu(viewMenu);

    menuBar()->addMenu(analysis_->createAnalysisMenu(this));

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->addAction(a.back);
    go->addAction(a.forward);
    go->addSeparator();
    go->addAction(a.previousDeal);
    go->addAction(a.nextDeal);
    go->addSeparator();
    go->addAction(a.find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
    addSettingsActions(this, scene_, edit, help);
}

void MainWindow::createToolBar() {
    const Actions& a = actions_;
    QToolBar* bar = toolBar_ = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(a.open);
    bar->addSeparator();
    bar->addAction(a.back);
    bar->addAction(a.forward);
    bar->addSeparator();
    bar->addAction(a.previousDeal);
    bar->addAction(a.nextDeal);
    dealPosition_ = new QLabel(bar);
    dealPosition_->setObjectName(QStringLiteral("dealPosition"));
    dealPosition_->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(dealPosition_);
    bar->addSeparator();
    bar->addAction(a.zoomIn);
    bar->addAction(a.zoomOut);
    bar->addAction(a.zoomToFit);
    analysis_->addToToolBar(bar);
    bar->addSeparator();
    search_ = new SearchBox(document_, bar);
    search_->installEventFilter(this); // a dropped model opens rather than pasting its path
    search_->setMinimumWidth(260);
    search_->setMaximumWidth(420);
    bar->addWidget(search_);
    connect(search_, &SearchBox::statusMessage, this, &MainWindow::showMessage);
    QAction* toggle = bar->toggleViewAction();
    toggle->setText(tr("&Toolbar"));
    toggle->setStatusTip(tr("Show or hide the toolbar"));
}

void MainWindow::createDocks() {
    // The title bar shows `title`; the View menu's toggle carries the mnemonic.
    auto dock = [this](const QString& title, const QString& menuText, const QString& name,
                       QWidget* content) {
        auto* widget = new QDockWidget(title, this);
        widget->setObjectName(name);
        widget->setWidget(content);
        widget->toggleViewAction()->setText(menuText);
        widget->toggleViewAction()->setStatusTip(tr("Show or hide the %1 panel").arg(title));
        return widget;
    };
    details_ = new DetailsPanel(document_, this);
    connect(details_, &DetailsPanel::statusMessage, this, &MainWindow::showMessage);
    detailsDock_ = dock(tr("Details"), tr("&Details"), QStringLiteral("detailsDock"), details_);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock_);

    table_ = new DealTable(document_, this);
    dealsDock_ = dock(tr("Deals"), tr("D&eals"), QStringLiteral("dealsDock"), table_);
    addDockWidget(Qt::BottomDockWidgetArea, dealsDock_);
    // The details panel runs the full height; the table sits under the graph only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    analysis_->addDocks(detailsDock_, dealsDock_);

    // Stories: a tab beside Details and Filters; choosing a step animates the graph there.
    stories_ = new StoriesPanel(document_, this);
    storiesDock_ = dock(tr("Stories"), tr("&Stories"), QStringLiteral("storiesDock"), stories_);
    addDockWidget(Qt::RightDockWidgetArea, storiesDock_);
    tabifyDockWidget(detailsDock_, storiesDock_);
    detailsDock_->raise();
    connect(stories_, &StoriesPanel::aboutToShowStep, view_, &GraphView::animateNextFit);

    // Every step on the document's stack, by name; clicking one goes back (or forward) to it.
    auto* history = new QUndoView(document_->undoStack(), this);
    history->setEmptyLabel(tr("As opened"));
    undoDock_ =
        dock(tr("Undo History"), tr("Undo &History"), QStringLiteral("undoHistoryDock"), history);
    addDockWidget(Qt::RightDockWidgetArea, undoDock_);
    undoDock_->hide(); // a saved layout may show it again
    connect(stories_, &StoriesPanel::presentRequested, this,
            [this](std::size_t story, std::size_t step) { present(story, step); });
    connect(stories_, &StoriesPanel::exportRequested, this, [this](std::size_t story) {
        if (decks_)
            decks_->exportDeckWithDialog(story);
    });
    connect(stories_, &StoriesPanel::storyChosen, this, [this](std::size_t story) {
        if (decks_)
            decks_->setChosenStory(story);
    });

    // Steps are made from what the window shows; each edit is one undo step.
    storyEdits_ = new StoryActions(document_, this, [this]() -> std::optional<StoryPlace> {
        const auto place = stories_->chosen();
        if (!place || place->story >= document_->model().stories().size())
            return std::nullopt;
        return StoryPlace{place->story, place->step, place->storyRow};
    });
    const StoryActions* s = storyEdits_;
    stories_->setEditActions({s->addStep(), s->editStep(), s->moveUp(), s->moveDown(), s->remove()},
                             {s->addStep(), s->newStory(), s->editStep(), s->updateStep(),
                              s->moveUp(), s->moveDown(), s->remove()});
    connect(stories_, &StoriesPanel::choiceChanged, storyEdits_, &StoryActions::updateActions);
    connect(storyEdits_, &StoryActions::placeChanged, stories_, &StoriesPanel::choose);
}

Presentation* MainWindow::present(std::size_t story, std::size_t step, bool fullScreen) {
    if (story >= document_->model().stories().size())
        return nullptr;
    if (presentation_)
        presentation_->close();
    presentation_ = new Presentation(scene_, story, step);
    connect(presentation_, &Presentation::finished, this, [this] { presentation_ = nullptr; });
    if (fullScreen)
        presentation_->showFullScreen();
    else
        presentation_->show();
    presentation_->activateWindow();
    presentation_->setFocus();
    return presentation_;
}

void MainWindow::connectDocument() {
    connect(document_, &Document::modelReset, this, [this] {
        updateTitle();
        updateNavigation();
    });
    connect(document_, &Document::viewChanged, this, &MainWindow::updateNavigation);
    connect(document_, &Document::historyChanged, this, &MainWindow::updateNavigation);
    connect(document_, &Document::selectionChanged, this, &MainWindow::updateNavigation);
    connect(document_, &Document::loadFailed, this, &MainWindow::showLoadErrors);
    connect(document_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document_, &Document::saved, this, [this](const QString& path) {
        updateTitle();
        recent_->add(path);
    });
    connect(saving_, &SaveActions::message, this,
            [this](const QString& text) { showMessage(text); });
    connect(document_, &Document::openingStarted, this, [this](const QString& path) {
        showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()), 0);
    });
    connect(document_, &Document::openingEnded, this, &MainWindow::onOpeningEnded);
    connect(document_, &Document::reloaded, this, [this](const QString& path) {
        showMessage(tr("Reloaded %1").arg(QFileInfo(path).fileName()));
        // The file was fixed: its errors no longer apply.
        if (errorsDialog_ && errorsDialog_->path() == path)
            errorsDialog_->hide();
    });

    connect(scene_, &GraphScene::layoutStarted, this,
            [this] { showMessage(tr("Laying out the graph…"), 0); });
    // The view fits itself to each new layout.
    connect(scene_, &GraphScene::layoutFinished, this, [this] {
        if (scene_->layoutNote().isEmpty())
            showMessage(tr("Layout ready"), 3000);
        else
            showMessage(scene_->layoutNote(), 15000);
    });
    connect(scene_, &GraphScene::layoutFailed, this, [this](const QString& message) {
        showMessage(tr("Layout failed: %1").arg(message), 0);
    });
    connect(scene_, &GraphScene::layoutCancelled, this,
            [this] { showMessage(tr("Layout cancelled; the previous picture stays"), 5000); });

    // A positions sidecar that could not be read (or written) is said in the status bar, and
    // said again once the layout that follows a load has reported, which would hide it.
    auto positionsProblem = std::make_shared<QString>();
    connect(document_, &Document::positionsProblem, this,
            [this, positionsProblem](const QString& message) {
                *positionsProblem = message;
                showMessage(message, 0);
            });
    connect(document_, &Document::positionsSaved, this,
            [positionsProblem] { positionsProblem->clear(); });
    connect(scene_, &GraphScene::layoutFinished, this, [this, positionsProblem] {
        if (!positionsProblem->isEmpty())
            showMessage(std::exchange(*positionsProblem, QString()), 0);
    });
}

void MainWindow::updateTitle() {
    // [*] is where Qt puts its mark of unsaved changes.
    setWindowTitle(tr("%1[*] — dealgraph").arg(document_->displayName()));
    setWindowModified(document_->isModified());
    actions_.reload->setEnabled(!document_->filePath().isEmpty());
}

void MainWindow::updateNavigation() {
    actions_.back->setEnabled(document_->canGoBack());
    actions_.forward->setEnabled(document_->canGoForward());
    const bool hasDeals = !document_->view().deals.empty();
    actions_.previousDeal->setEnabled(hasDeals);
    actions_.nextDeal->setEnabled(hasDeals);
    // Stepping through deals needs to say where it is; with no deal selected, how far it goes.
    const Document::DealPosition position = document_->dealPosition();
    dealPosition_->setText(position.index > 0
                               ? tr("Deal %1 of %2").arg(position.index).arg(position.count)
                               : QString());
    dealPosition_->setToolTip(
        tr("The selected deal's place among the %1 deals shown, by date").arg(position.count));
    const Model& model = document_->model();
    const View& view = document_->view();
    counts_->setText(
        view.deals.size() == model.deals().size()
            ? tr("%1 entities · %2 deals").arg(model.entities().size()).arg(model.deals().size())
            : tr("%1 of %2 deals shown").arg(view.deals.size()).arg(model.deals().size()));
}

void MainWindow::showMessage(const QString& message, int timeoutMs) {
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::openWithDialog() {
    const QString start =
        QSettings()
            .value(kLastDirectoryKey, QFileInfo(document_->filePath()).absolutePath())
            .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Model"), start, tr("dealgraph models (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showLoadErrors(const QString& path, const QStringList& errors) {
    if (!errorsDialog_)
        errorsDialog_ = new LoadErrorsDialog(this);
    errorsDialog_->setErrors(path, errors);
    if (!path.isEmpty() && path == document_->filePath())
        errorsDialog_->setNote(tr("The last version that loaded stays open; it reloads when the "
                                  "file is saved again."));
    else if (!document_->model().empty())
        errorsDialog_->setNote(tr("%1 stays open.").arg(document_->displayName()));
    showMessage(tr("Could not load %1")
                    .arg(path.isEmpty() ? tr("the built-in dataset") : QFileInfo(path).fileName()));
    // Not modal: the previous model stays usable while the user reads or copies the errors.
    errorsDialog_->show();
    errorsDialog_->raise();
    errorsDialog_->activateWindow();
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About dealgraph"),
        tr("<h3>dealgraph %1</h3><p>A viewer for the web of money and compute deals around the AI "
           "build-out: who agreed what with whom, how much, when, what became of it, and who "
           "reported it.</p>")
            .arg(QStringLiteral(DEALGRAPH_VERSION)));
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        // First start: most of the screen, whatever its size, leaving room for panels.
        if (const QScreen* screen = this->screen()) {
            const QSize available = screen->availableGeometry().size();
            resize(available.width() * 9 / 10, available.height() * 9 / 10);
        }
    }
    if (!restoreState(settings.value(kStateKey).toByteArray(), kStateVersion)) {
        // Panels narrow and short, in proportion to the window: the graph is what people came
        // for; a dock is dragged wider, or hidden from the View menu, when wanted.
        resizeDocks({detailsDock_}, {std::clamp(width() * 18 / 100, 260, 330)}, Qt::Horizontal);
        resizeDocks({dealsDock_}, {std::clamp(height() / 6, 120, 180)}, Qt::Vertical);
    }
}

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kStateVersion));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!saving_->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

QString MainWindow::jsonFileOf(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    return {};
}

bool MainWindow::acceptJsonDrag(QDropEvent* event) const {
    if (jsonFileOf(event->mimeData()).isEmpty())
        return false;
    event->acceptProposedAction();
    return true;
}

bool MainWindow::openDroppedJson(QDropEvent* event) {
    const QString path = jsonFileOf(event->mimeData());
    if (path.isEmpty())
        return false;
    event->acceptProposedAction();
    // After the drop returns: the file manager should not wait while a large model loads.
    QTimer::singleShot(0, this, [this, path] { openFile(path); });
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    acceptJsonDrag(event);
}

void MainWindow::dropEvent(QDropEvent* event) {
    openDroppedJson(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    // The graph's scene accepts every drag to route it to items, so the drag would never reach
    // the window; the search box would paste the path. Both hand model files to the window.
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove:
        if (acceptJsonDrag(static_cast<QDropEvent*>(event)))
            return true;
        break;
    case QEvent::Drop:
        if (openDroppedJson(static_cast<QDropEvent*>(event)))
            return true;
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

} // namespace dealgraph::app
