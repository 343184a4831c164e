// Shows why a model could not be loaded: one "file:line:col: message" line per error, in
// selectable text with a Copy button, while the previous model stays on screen.
#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace dealgraph::app {

class LoadErrorsDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoadErrorsDialog(QWidget* parent = nullptr);

    // Replaces what the dialog shows (a second failure updates it rather than stacking
    // another dialog). `path` empty means the embedded dataset.
    void setErrors(const QString& path, const QStringList& errors);
    // A sentence saying what the window shows meanwhile ("OpenAI deals.json stays open.").
    void setNote(const QString& note);

    QString path() const { return path_; } // of the last failure; empty: the built-in dataset
    QStringList errors() const { return errors_; }
    QString text() const; // everything the Copy button copies

private:
    void updateSummary();

    QLabel* summary_;
    QPlainTextEdit* list_;
    QString path_;
    QStringList errors_;
    QString what_; // the file, or "the built-in dataset"
    QString note_;
};

} // namespace dealgraph::app
