#include "shell/save_actions.h"

#include "document/document.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include <utility>
#include <vector>

namespace dealgraph::app {

namespace {

struct Choice {
    SaveActions::Answer answer;
    QString text;
    QMessageBox::ButtonRole role;
};

} // namespace

SaveActions::SaveActions(Document* document, QWidget* window)
    : QObject(window), document_(document), window_(window) {
    save_ = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    save_->setShortcut(QKeySequence::Save);
    save_->setStatusTip(tr("Write your changes to the model's file"));
    connect(save_, &QAction::triggered, this, &SaveActions::saveDocument);

    saveAs_ =
        new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    saveAs_->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(saveAs_, &QAction::triggered, this, &SaveActions::saveDocumentAs);

    connect(document_, &Document::modifiedChanged, this, &SaveActions::updateActions);
    connect(document_, &Document::modelReset, this, &SaveActions::updateActions);
    connect(document_, &Document::saved, this, &SaveActions::updateActions);
    connect(document_, &Document::changedOnDisk, this, &SaveActions::onChangedOnDisk);
    updateActions();
}

void SaveActions::updateActions() {
    // The built-in dataset is read-only: its edits go to a copy.
    const bool readOnly = document_->isReadOnly();
    save_->setEnabled(document_->isModified() || !readOnly);
    saveAs_->setText(readOnly ? tr("Save a &Copy As…") : tr("Save &As…"));
    saveAs_->setStatusTip(readOnly ? tr("Write the built-in dataset, with your changes, to a "
                                        "file of your own and go on editing that")
                                   : tr("Write the model to another file and go on editing that"));
}

SaveActions::Answer SaveActions::ask(Question question, const QString& text) {
    if (answerer_)
        return answerer_(question, text);
    std::vector<Choice> choices;
    switch (question) {
    case Question::UnsavedChanges:
        choices = {{Answer::Save, tr("&Save"), QMessageBox::AcceptRole},
                   {Answer::Discard, tr("&Discard"), QMessageBox::DestructiveRole},
                   {Answer::Cancel, tr("Cancel"), QMessageBox::RejectRole}};
        break;
    case Question::ReloadLosesChanges:
        choices = {{Answer::Discard, tr("&Reload"), QMessageBox::DestructiveRole},
                   {Answer::Cancel, tr("Cancel"), QMessageBox::RejectRole}};
        break;
    case Question::RestoreRecovery:
        choices = {{Answer::Restore, tr("&Restore"), QMessageBox::AcceptRole},
                   {Answer::Discard, tr("&Discard"), QMessageBox::DestructiveRole},
                   {Answer::Cancel, tr("Not Now"), QMessageBox::RejectRole}};
        break;
    case Question::ChangedOnDisk:
        choices = {
            {Answer::Reload, tr("&Reload and Lose My Changes"), QMessageBox::DestructiveRole},
            {Answer::Keep, tr("&Keep My Changes"), QMessageBox::RejectRole},
            {Answer::SaveElsewhere, tr("Save Mine &Elsewhere…"), QMessageBox::AcceptRole}};
        break;
    }
    QMessageBox box(QMessageBox::Warning, tr("dealgraph"), text, QMessageBox::NoButton, window_);
    std::vector<std::pair<QAbstractButton*, Answer>> buttons;
    for (const Choice& choice : choices)
        buttons.emplace_back(box.addButton(choice.text, choice.role), choice.answer);
    box.setDefaultButton(static_cast<QPushButton*>(buttons.front().first));
    box.exec();
    for (const auto& [button, answer] : buttons)
        if (box.clickedButton() == button)
            return answer;
    return question == Question::ChangedOnDisk ? Answer::Keep : Answer::Cancel; // Esc
}

QString SaveActions::pickFile() {
    QString suggestion = document_->filePath();
    if (suggestion.isEmpty())
        suggestion = QDir::home().filePath(QStringLiteral("ai-deals.json"));
    if (picker_)
        return picker_(suggestion);
    return QFileDialog::getSaveFileName(window_, tr("Save Model As"), suggestion,
                                        tr("dealgraph models (*.json)"));
}

void SaveActions::showError(const QString& text) {
    if (answerer_) { // tests: no modal box
        emit message(text);
        return;
    }
    QMessageBox::warning(window_, tr("Not saved"), text);
}

bool SaveActions::saveDocument() {
    if (document_->isReadOnly())
        return saveDocumentAs();
    QString error;
    if (!document_->save(&error)) {
        showError(error);
        return false;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(document_->filePath())));
    return true;
}

bool SaveActions::saveDocumentAs() {
    QString path = pickFile();
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!document_->saveAs(path, &error)) {
        showError(error);
        return false;
    }
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(document_->filePath())));
    return true;
}

bool SaveActions::maybeSave() {
    if (!document_->isModified())
        return true;
    const QString text = tr("%1 has changes that are not saved. Save them before going on?")
                             .arg(document_->displayName());
    switch (ask(Question::UnsavedChanges, text)) {
    case Answer::Save:
        return saveDocument();
    case Answer::Discard:
        document_->discardRecovery();
        return true;
    default:
        return false;
    }
}

void SaveActions::reloadDocument() {
    if (document_->isModified()) {
        const QString text =
            tr("Reloading %1 loses the changes you have not saved.").arg(document_->displayName());
        if (ask(Question::ReloadLosesChanges, text) != Answer::Discard)
            return;
        document_->discardRecovery();
    }
    document_->reload();
}

void SaveActions::offerRecovery() {
    const QDateTime when = document_->recoveryTime();
    if (!when.isValid())
        return;
    const QString text =
        tr("dealgraph kept changes to %1 that were not saved (last kept %2), probably because "
           "it closed unexpectedly. Restore them?")
            .arg(document_->displayName(), QLocale().toString(when, QLocale::ShortFormat));
    switch (ask(Question::RestoreRecovery, text)) {
    case Answer::Restore: {
        QString error;
        if (document_->restoreRecovery(&error))
            emit message(tr("Restored the unsaved changes; Undo takes them back"));
        else
            showError(error);
        break;
    }
    case Answer::Discard:
        document_->discardRecovery();
        break;
    default:
        break; // asked again the next time the file opens
    }
}

void SaveActions::onChangedOnDisk(const QString& path) {
    const QString text = tr("%1 changed on disk, and you have changes that are not saved. Reload "
                            "it and lose your changes, keep your changes (saving then overwrites "
                            "the file), or save yours to another file?")
                             .arg(QFileInfo(path).fileName());
    switch (ask(Question::ChangedOnDisk, text)) {
    case Answer::Reload:
        document_->discardRecovery();
        document_->reload();
        break;
    case Answer::SaveElsewhere:
        saveDocumentAs();
        break;
    default:
        emit message(
            tr("Kept your changes; %1 on disk is different").arg(QFileInfo(path).fileName()));
        break;
    }
}

} // namespace dealgraph::app
