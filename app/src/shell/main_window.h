// The main window: the graph in the middle, the details of the selection on the right, the
// deals table below, a toolbar and menus for opening files, walking the history and the deals
// in date order, and zooming.
#pragma once

#include <QMainWindow>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QMimeData;
class QToolBar;

namespace dealgraph::app {

class AnalysisPanels;
class DealTable;
class DetailsPanel;
class Document;
class DeckActions;
class EditActions;
class StoryActions;
class ExportActions;
class GraphScene;
class GraphView;
class LoadErrorsDialog;
class RecentFiles;
class SaveActions;
class SearchBox;
class StoriesPanel;
class Presentation;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    struct Actions {
        QAction* open = nullptr;
        QAction* reload = nullptr;
        QAction* quit = nullptr;
        QAction* back = nullptr;
        QAction* forward = nullptr;
        QAction* previousDeal = nullptr;
        QAction* nextDeal = nullptr;
        QAction* zoomIn = nullptr;
        QAction* zoomOut = nullptr;
        QAction* zoomToFit = nullptr;
        QAction* actualSize = nullptr;
        QAction* legend = nullptr;
        QAction* otherNames = nullptr;
        QAction* collapseGroups = nullptr;
        QAction* expandGroups = nullptr;
        QAction* present = nullptr; // the chosen story, full screen
        QAction* find = nullptr;
        QAction* about = nullptr;
        // Hand placement: the document's undo stack, and forgetting every kept position.
        QAction* undo = nullptr;
        QAction* redo = nullptr;
        QAction* resetPositions = nullptr;
    };

    // Loads nothing: call openFile, openEmbedded or openFileOrEmbedded.
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return document_; }
    GraphScene* graphScene() const { return scene_; }
    GraphView* graphView() const { return view_; }
    DetailsPanel* detailsPanel() const { return details_; }
    DealTable* dealTable() const { return table_; }
    SearchBox* searchBox() const { return search_; }
    RecentFiles* recentFiles() const { return recent_; }
    ExportActions* exportActions() const { return export_; }
    DeckActions* deckActions() const { return decks_; }
    EditActions* editActions() const { return edits_; }
    StoryActions* storyActions() const { return storyEdits_; }
    // The time bar, filter bar, analysis docks and their menus.
    AnalysisPanels* analysisPanels() const { return analysis_; }
    StoriesPanel* storiesPanel() const { return stories_; }
    // Save, Save As and the questions that keep unsaved changes (save_actions.h).
    SaveActions* saveActions() const { return saving_; }
    QDockWidget* undoHistoryDock() const { return undoDock_; }
    // Tells story `story` full screen from step `step` (the Stories panel's Present). Returns
    // the presentation, which deletes itself when it closes; null when the model has no such
    // story. `fullScreen` false shows it as a window (tests).
    Presentation* present(std::size_t story, std::size_t step, bool fullScreen = true);
    // Null until a load first failed.
    LoadErrorsDialog* loadErrorsDialog() const { return errorsDialog_; }
    const Actions& actions() const { return actions_; }

    // Opens a model file, after asking what becomes of unsaved changes (false when the user
    // cancels), and offers to restore the file's unsaved changes a crash left. On failure the
    // errors dialog shows and the current model stays. A file over
    // Document::kBackgroundOpenBytes is read on a worker thread: true then means it is being
    // opened (the status bar says so, with Cancel), and a failure comes later.
    bool openFile(const QString& path);
    bool openEmbedded();
    // At start-up: the file, or the built-in dataset when the file fails, so the window is
    // never empty.
    bool openFileOrEmbedded(const QString& path);

    // The .json file a drag carries, if any.
    static QString jsonFileOf(const QMimeData* mime);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // Shared by the window and the children that would otherwise take or refuse the drop.
    bool acceptJsonDrag(QDropEvent* event) const;
    bool openDroppedJson(QDropEvent* event);

private:
    void fileOpened(const QString& path); // recent files, last folder, status bar
    void onOpeningEnded(const QString& path, bool opened);
    void createActions();
    void createPlacementActions(); // main_window_actions.cpp: undo, redo, reset positions
    void createMenus();
    void createToolBar();
    void createDocks();
    void connectDocument();
    void restoreSettings();
    void saveSettings() const;

    void openWithDialog();
    void showLoadErrors(const QString& path, const QStringList& errors);
    void updateTitle();
    void updateNavigation();
    void showMessage(const QString& message, int timeoutMs = 5000);
    void showAbout();

    Document* document_;
    GraphScene* scene_;
    GraphView* view_;
    DetailsPanel* details_ = nullptr;
    DealTable* table_ = nullptr;
    SearchBox* search_ = nullptr;
    RecentFiles* recent_ = nullptr;
    ExportActions* export_ = nullptr;
    DeckActions* decks_ = nullptr;
    EditActions* edits_ = nullptr;
    StoryActions* storyEdits_ = nullptr;
    SaveActions* saving_ = nullptr;
    QDockWidget* undoDock_ = nullptr; // the undo history (QUndoView), hidden at first
    AnalysisPanels* analysis_ = nullptr;
    LoadErrorsDialog* errorsDialog_ = nullptr;
    QMenu* recentMenu_ = nullptr;
    QDockWidget* detailsDock_ = nullptr;
    StoriesPanel* stories_ = nullptr;
    QDockWidget* storiesDock_ = nullptr;
    Presentation* presentation_ = nullptr; // while a story is presented
    QDockWidget* dealsDock_ = nullptr;
    QToolBar* toolBar_ = nullptr;
    QLabel* counts_ = nullptr;       // permanent status-bar label: what the view shows
    QLabel* dealPosition_ = nullptr; // beside Next Deal: "Deal 7 of 34"
    Actions actions_;
};

} // namespace dealgraph::app
