// File ▸ Save and Save As, and the questions that keep unsaved changes from being lost: before
// closing the window or opening another model, after a crash (a recovery file to restore), and
// when the open file changes on disk while there are unsaved edits. Every question goes through
// an answerer the tests can replace; the window's own is a message box.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace dealgraph::app {

class Document;

class SaveActions : public QObject {
    Q_OBJECT
public:
    enum class Question {
        UnsavedChanges,     // before closing or opening another model: Save, Discard or Cancel
        ReloadLosesChanges, // Reload with unsaved changes: Discard (reload) or Cancel
        RestoreRecovery,    // after a crash: Restore, Discard or Cancel (ask again next time)
        ChangedOnDisk,      // Reload (lose the edits), Keep (keep them) or SaveElsewhere
    };
    enum class Answer { Save, Discard, Cancel, Restore, Reload, Keep, SaveElsewhere };
    using Answerer = std::function<Answer(Question, const QString& text)>;
    // The file to save to, or empty when the user cancels; `suggestion` is a path.
    using FilePicker = std::function<QString(const QString& suggestion)>;

    SaveActions(Document* document, QWidget* window);

    QAction* save() const { return save_; }
    QAction* saveAs() const { return saveAs_; }

    // True when the window may go on replacing or closing the model: nothing unsaved, or the
    // user saved it, or chose to discard it (its recovery file goes too).
    bool maybeSave();
    // Save, or for the read-only embedded dataset Save a Copy As. False when cancelled or
    // failed (the failure is shown).
    bool saveDocument();
    bool saveDocumentAs();
    // Reload, after asking when that loses unsaved changes.
    void reloadDocument();
    // After a model opened: when a recovery file holds unsaved changes of it, ask whether to
    // restore them.
    void offerRecovery();

    void setAnswerer(Answerer answerer) { answerer_ = std::move(answerer); }
    void setFilePicker(FilePicker picker) { picker_ = std::move(picker); }

signals:
    void message(const QString& text);

private:
    Answer ask(Question question, const QString& text);
    QString pickFile();
    void onChangedOnDisk(const QString& path);
    void updateActions();
    void showError(const QString& text);

    Document* document_;
    QWidget* window_;
    QAction* save_;
    QAction* saveAs_;
    Answerer answerer_;
    FilePicker picker_;
};

} // namespace dealgraph::app
