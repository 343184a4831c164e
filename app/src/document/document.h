// The document owns the loaded model, the filtered view of it and the selection, and tells
// the views what changed. Views never own data: they read it from here and react to signals.
#pragma once

#include "document/selection.h"

#include "dealgraph/edit.h"
#include "dealgraph/load.h"
#include "dealgraph/model.h"
#include "dealgraph/query.h"
#include "dealgraph/timeline.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

class QUndoStack;

namespace dealgraph::app {

// How the views draw the view, as opposed to what it holds (that is the Filter).
struct DisplayOptions {
    bool summed = false;       // one curve per (from, to, flow type) carrying the total
    bool sizeByTotals = false; // entity boxes carry a disc sized by the money they move
    bool operator==(const DisplayOptions&) const = default;
};

// Something to point out on the graph that is not the selection: a cycle, say. The scene draws
// these entities and flows emphasised and dims the rest.
struct Highlight {
    QString title; // "OpenAI → Oracle → Nvidia → OpenAI"
    std::set<std::size_t> entities;
    std::set<FlowRef> flows;
    bool isEmpty() const { return entities.empty() && flows.empty(); }
    bool operator==(const Highlight&) const = default;
};

// What an edit of the model (or its undo or redo) changed: Document::modelEdited says it after
// the modelReset that refreshes every view, for views that can do better than start afresh.
struct ModelEdit {
    enum class Kind {
        ReplaceEntity,
        AddEntity,
        DeleteEntity,
        ReplaceSource,
        AddSource,
        DeleteSource,
        ReplaceDeal,
        AddDeal,
        DeleteDeal,
        ReplaceStories,
        ChangeTitle,
        Other, // Document::edit with parts built by the caller
    };
    Kind kind = Kind::Other;
    QString name;        // the undo step's text: "Change status of 'Stargate' to abandoned"
    bool undone = false; // this was the step's undo
    bool headerChanged = false;
    // Ids of what was added, removed or changed (either side of the step), in list order.
    std::vector<std::string> entities, sources, deals, stories;
};

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Model& model() const { return model_; }
    const Filter& filter() const { return filter_; }
    const View& view() const { return view_; } // the model as the filter leaves it

    // Where the model came from: a file path, or empty for the embedded dataset.
    QString filePath() const { return filePath_; }
    QString displayName() const; // file name, or the model's title for the embedded dataset

    // Loads the dataset compiled into the app (resources/data/ai-deals.json).
    bool loadEmbedded();
    // Loads a file. On failure the current model stays and loadFailed is emitted with every
    // error formatted with its place ("file.json:3:14: ..."); returns false.
    bool loadFile(const QString& path);
    // Reads, parses and checks a file on a worker thread and installs the model from the event
    // loop, so the window keeps running while a big model opens (0.4 s of parsing at 5,000
    // entities, 1.1 s at 20,000). openingStarted, then modelReset (or loadFailed), then
    // openingEnded. Opening another file, loadFile or setModel supersede it; cancelOpening
    // drops it (the parse runs to its end, unseen: the loader cannot be interrupted).
    void openInBackground(const QString& path);
    void cancelOpening();
    bool isOpening() const { return opening_ != 0; }
    // Files up to this size are opened on the spot by the window (openFile): their parse is
    // shorter than a frame (about 35 MB/s), and a small model's picture comes no later.
    static constexpr qint64 kBackgroundOpenBytes = 1 << 20;
    // Replaces the model directly (tests, generated models).
    void setModel(Model model, const QString& path = {});
    // Reads the open file again (F5, or when it changed on disk), keeping the selection when
    // its id still exists. On failure the current model stays and loadFailed is emitted.
    bool reload();

    void setFilter(const Filter& filter);
    // Sets only the filter's date (nullopt: latest statuses), keeping its other clauses.
    void setAsOf(const std::optional<Date>& date);

    // Compares the view's date (or the latest statuses) with an earlier date: changes() lists
    // what appeared, changed status or ended between them among the deals the view shows.
    // nullopt ends the comparison. Follows filter changes.
    void setCompareFrom(const std::optional<Date>& from);
    const std::optional<Date>& compareFrom() const { return compareFrom_; }
    const std::vector<DealChange>& changes() const { return changes_; }
    std::optional<ChangeKind> changeOf(std::size_t deal) const; // by model index

    void setDisplayOptions(const DisplayOptions& options);
    const DisplayOptions& displayOptions() const { return display_; }

    // ---- Collapsed groups ----
    // Entity groups (Entity::group, two members or more) the views draw as one box each,
    // "Oracle-built sites (4)", by their names. Names that are no group of the model are
    // ignored; a reload keeps the names that still are, another model starts with none.
    const std::set<std::string>& collapsedGroups() const { return collapsed_; }
    void setCollapsedGroups(const std::set<std::string>& names);
    void setGroupCollapsed(const std::string& name, bool collapsed);
    // The id of the box that stands for a collapsed group: never an entity's id (ids start
    // with a letter or digit). Selecting it selects the group (isValid accepts it).
    static std::string groupBoxId(const std::string& groupName);
    // The group a box id stands for, when it is collapsed now; nullopt otherwise.
    std::optional<std::string> collapsedGroupOfBox(const std::string& id) const;
    // The model as the graph draws it: each collapsed group folded into its box, every deal
    // and flow at its index in model() (FoldedFlows::InPlace), so the view still applies.
    const Model& drawnModel() const { return collapsed_.empty() ? model_ : drawn_; }

    // Cleared when a new model replaces the old one.
    void setHighlight(const Highlight& highlight);
    const Highlight& highlight() const { return highlight_; }

    const Selection& selection() const { return selection_; }
    // Selects and records the step in the history (unless it equals the current selection).
    void select(const Selection& selection);

    // Back and forward through the selection history.
    bool canGoBack() const;
    bool canGoForward() const;
    void goBack();
    void goForward();

    // Next and previous deal in chronological order (Model::chronological) among the deals the
    // view shows, starting from the selected deal; wraps around. Selects it.
    void selectNextDeal();
    void selectPreviousDeal();
    // Where the selected deal stands in that order: "Deal 7 of 34". `index` is 1-based, 0 when
    // the selection is no deal the view shows; `count` is how many deals the view shows.
    struct DealPosition {
        int index = 0;
        int count = 0;
    };
    DealPosition dealPosition() const;

    // Automatic reload when the open file changes on disk (on by default).
    void setWatchFile(bool watch);
    // What the watch runs once the file has been quiet for kReloadDelayMs: nothing when the
    // file holds what was read or saved last (our own save); a reload when the model has no
    // unsaved changes; else changedOnDisk, once per new content.
    void checkFileOnDisk();

    // How long the file must stay quiet before a reload, so a half-written file is not read.
    static constexpr int kReloadDelayMs = 200;
    // Selections kept for Back; older ones are dropped.
    static constexpr std::size_t kMaxHistory = 200;

    // Whether the selection names something that exists in the current model.
    bool isValid(const Selection& selection) const;

    // ---- Hand placement (document_positions.cpp) ----
    ~Document() override; // writes a pending change of the positions
    // Entity centres placed by hand, in scene coordinates (points, the layout's frame), kept in
    // a sidecar beside the model file (entity_positions.h). May hold ids the model lacks: they
    // are kept in the file and ignored by the views.
    const std::map<std::string, QPointF>& positions() const { return positions_; }
    std::optional<QPointF> position(const std::string& entityId) const;
    // Sets (or with nullopt forgets) one kept position without an undo step: the undo
    // commands use this. Emits positionsChanged and schedules the sidecar's write.
    void setPosition(const std::string& entityId, const std::optional<QPointF>& position);
    // Several at once, with one positionsChanged.
    void setPositions(const std::map<std::string, std::optional<QPointF>>& changes);
    // Undoable: a move of one entity (each call is its own step), and forgetting every kept
    // position of the model's entities in one step.
    void moveEntity(const std::string& entityId, const QPointF& position);
    void resetPositions();
    bool hasPositionsOfModel() const; // some entity of the model has a kept position
    // Move steps; cleared when a different model is loaded, kept by a reload of the same file.
    QUndoStack* undoStack() const { return undoStack_; }
    // The sidecar the positions are kept in; empty for a model with no file (setModel).
    QString positionsPath() const { return positionsPath_; }
    // Keeps the positions in this sidecar from now on and reads it (headless export of the
    // embedded dataset). Clears the undo steps.
    void usePositionsFile(const QString& sidecarPath);
    // Writes a pending change now instead of after kPositionsWriteDelayMs.
    void flushPositions();
    static constexpr int kPositionsWriteDelayMs = 400;

    // ---- Editing (document_editing.cpp; docs/editing.md) ----
    // Each edit is checked with the loader's rules (dealgraph/edit.h) and, when the model it
    // makes is valid, installed as one step on undoStack() (named for what it did); the errors
    // are returned otherwise, with JSON pointers into the edited parts, and nothing changes.
    // An edit that changes nothing is no step. Selection, filter, date, comparison and
    // collapsed groups stay (as far as what they name still exists); modelReset and then
    // modelEdited are emitted.
    std::vector<Diagnostic> edit(ModelParts after, const QString& name,
                                 ModelEdit::Kind kind = ModelEdit::Kind::Other);
    // The entity `id` becomes `entity`; a new id is renamed wherever the old one was used.
    std::vector<Diagnostic> replaceEntity(const std::string& id, const Entity& entity);
    std::vector<Diagnostic> addEntity(const Entity& entity);
    // With the deals it takes part in, and story references to them (whatGoesWithEntity).
    std::vector<Diagnostic> deleteEntity(const std::string& id);
    std::vector<Diagnostic> replaceSource(const std::string& id, const Source& source);
    std::vector<Diagnostic> addSource(const Source& source);
    std::vector<Diagnostic> deleteSource(const std::string& id); // and every citation of it
    std::vector<Diagnostic> replaceDeal(const std::string& id, const Deal& deal);
    std::vector<Diagnostic> addDeal(const Deal& deal);
    std::vector<Diagnostic> deleteDeal(const std::string& id);
    // The whole list of stories, for story-step editing; `name` says what changed ("Add a
    // step to 'Circular money'"); empty: "Edit stories".
    std::vector<Diagnostic> replaceStories(std::vector<Story> stories, const QString& name = {});
    std::vector<Diagnostic> setTitle(const std::string& title, const Translations& translations);

    // Whether the model differs from the file (or the embedded dataset) as last loaded or
    // saved: an undo back to that state is unmodified again. Hand placement does not count:
    // positions are written to their sidecar as they change.
    bool isModified() const { return modelState_ != savedState_; }
    // The undo steps call this: installs the diff's after (forward) or before. Returns false
    // and changes nothing when the model does not hold what the diff replaces.
    bool applyModelDiff(const ModelDiff& diff, bool forward, ModelEdit edit,
                        std::uint64_t modelState);

    // ---- Saving (document_saving.cpp) ----
    // The embedded dataset (and a model set with no file) cannot be saved in place: Save a
    // Copy As (saveAs) is what it offers.
    bool isReadOnly() const { return filePath_.isEmpty(); }
    // Writes the model to its file, atomically (QSaveFile), keeping what the file had that the
    // model does not hold (saveModelToString with the original). On failure `error` says why
    // and nothing changed.
    bool save(QString* error = nullptr);
    // Writes the model to `path` and makes that the document's file from now on (the embedded
    // dataset too); the hand-placed positions go to its sidecar. Undo steps are kept.
    bool saveAs(const QString& path, QString* error = nullptr);

    // ---- Recovery (document_recovery.cpp) ----
    // While the model has unsaved changes, a recovery file keeps them (written
    // kRecoveryDelayMs after the last change) in recoveryDirectory(), named for the open file
    // (or the embedded dataset). Saving, discarding and undoing back to the saved model remove
    // it; a crash leaves it for the next document that opens the same file.
    static constexpr int kRecoveryDelayMs = 1000;
    // QStandardPaths::AppDataLocation + "/recovery" unless set (tests).
    QString recoveryDirectory() const;
    void setRecoveryDirectory(const QString& directory);
    QString recoveryPath() const; // empty for a model with no file that is not the embedded one
    // A recovery file for what is open, written after the file was last changed (an older one
    // was overtaken by a save elsewhere): when it was written, else an invalid QDateTime.
    QDateTime recoveryTime() const;
    bool hasRecovery() const { return recoveryTime().isValid(); }
    // Installs the recovered model as one undo step ("Restore unsaved changes"), so the
    // document is modified and Undo gives the file's version back.
    bool restoreRecovery(QString* error = nullptr);
    void discardRecovery(); // removes the file and any pending write
    void flushRecovery();   // writes a pending recovery now

signals:
    // A new model replaced the old one. The selection is cleared, except that a reload keeps
    // it when its id still exists (selectionChanged follows in that case).
    void modelReset();
    void viewChanged();       // the filter changed; model unchanged
    void comparisonChanged(); // compareFrom or changes() changed (after viewChanged)
    void displayChanged();    // displayOptions changed
    void highlightChanged();
    // collapsedGroups() changed: the graph is drawn anew (drawnModel()); not emitted by a
    // model reset, after which the views read them afresh anyway.
    void groupsChanged();
    void selectionChanged(const dealgraph::app::Selection& selection);
    void historyChanged(); // canGoBack/canGoForward may have changed
    void loadFailed(const QString& path, const QStringList& errors);
    // openInBackground: the file is being read (path absolute), and then it is no more
    // (installed, failed or cancelled; `opened` says whether the model is the file's now).
    void openingStarted(const QString& path);
    void openingEnded(const QString& path, bool opened);
    void reloaded(const QString& path); // the watched file changed and was reloaded
    // Kept positions changed (ids of the entities concerned; undo, redo, reset, a new sidecar).
    void positionsChanged(const QStringList& entityIds);
    // The sidecar could not be read or written, or an unreadable one was set aside: a message
    // naming the file (and the place in it) for the status bar.
    void positionsProblem(const QString& message);
    void positionsSaved(const QString& sidecarPath);
    void saved(const QString& path); // save or saveAs wrote the model there
    // The open file changed on disk while the model has unsaved changes: it was not reloaded.
    // Reload (and lose the edits), keep the edits (a save overwrites the file) or saveAs.
    void changedOnDisk(const QString& path);
    // An edit, its undo or its redo changed the model (after modelReset).
    void modelEdited(const dealgraph::app::ModelEdit& edit);
    void modifiedChanged(bool modified);

private:
    void onFileChanged(const QString& path);
    void onDirectoryChanged(const QString& path);
    void startWatching(const QString& path);
    void stopWatching();
    // Installs a freshly loaded model; keeps the selection and history when `keepSelection`.
    void install(Model model, const QString& path, bool keepSelection);
    QStringList formatErrors(const LoadResult& result, const QString& fileName) const;
    // After a reload or an edit: the selection stays when it still exists, the history loses
    // the steps to what no longer does.
    void keepValidSelection(const Selection& previous);
    void installEdited(Model model, const ModelEdit& edit);
    void setModelState(std::uint64_t state);
    bool hasModelEditSteps() const;
    void setSelectionNoHistory(const Selection& selection);
    void stepDeal(int direction);

    Model model_;
    void recompare(); // recomputes changes_; emits comparisonChanged when they differ

    void refold(); // drawn_ from model_ and collapsed_
    std::set<std::string> collapsed_;
    Model drawn_;

    Filter filter_;
    View view_;
    std::optional<Date> compareFrom_;
    std::vector<DealChange> changes_;
    DisplayOptions display_;
    Highlight highlight_;
    QString filePath_;
    Selection selection_;
    std::vector<Selection> back_;
    std::vector<Selection> forward_;
    QFileSystemWatcher watcher_;
    bool watchFile_ = true;
    QTimer reloadTimer_; // single-shot debounce for onFileChanged
    // The running background open's number (0: none); a finished parse whose number is no
    // longer this one is dropped.
    quint64 opening_ = 0;
    quint64 openings_ = 0;
    QString openingPath_;
    void endOpening(bool opened); // emits openingEnded for the running one, if any

    // ---- Hand placement (document_positions.cpp) ----
    void setUpPositions();                           // from the constructor
    void openPositionsFor(const QString& modelPath); // from install(): a new model's sidecar
    bool writePositions(bool report); // report: emit positionsSaved / positionsProblem
    std::map<std::string, QPointF> positions_;
    QUndoStack* undoStack_ = nullptr;
    QString positionsPath_;
    bool positionsUnreadable_ = false; // the sidecar exists but could not be read: keep it
    bool loadingEmbedded_ = false;     // install() runs for loadEmbedded()
    QTimer positionsWriteTimer_;       // single-shot debounce for the sidecar

    // ---- Editing ----
    // Each model state gets a number: the one installed now, and the one last loaded or saved.
    std::uint64_t modelState_ = 0;
    std::uint64_t savedState_ = 0;
    std::uint64_t lastState_ = 0; // the highest number given
    // The text the model was read from or last saved as: what a lossless save keeps.
    std::string originalText_;
    bool embedded_ = false; // the model is the embedded dataset's (filePath_ is empty)
    // What the file holds as far as the document knows: read (even when it failed to load) or
    // saved. checkFileOnDisk acts only when the file holds other text.
    std::string diskText_;
    // What the file held when changedOnDisk was last said, so it is said once per change.
    std::string saidDiskText_;
    bool writeModel(const QString& path, QString* error, std::string& text);
    void markSaved(std::string text);

    // ---- Recovery ----
    void afterModelStateChange(); // schedules or removes the recovery file
    bool writeRecovery();
    QString recoveryDirectory_;
    QTimer recoveryTimer_; // single-shot debounce
};

} // namespace dealgraph::app

Q_DECLARE_METATYPE(dealgraph::app::ModelEdit)
