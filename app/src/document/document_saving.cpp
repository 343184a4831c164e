// Document: saving the model to its file or another, atomically and without losing what the
// file had that the model does not hold (saveModelToString with the original text).
#include "document/document.h"

#include "document/entity_positions.h"

#include <QFileInfo>
#include <QSaveFile>

namespace dealgraph::app {

bool Document::writeModel(const QString& path, QString* error, std::string& text) {
    text = saveModelToString(model_, originalText_);
    QSaveFile file(path);
    const QString name = QFileInfo(path).fileName();
    // QSaveFile writes a temporary file beside the target and renames it over the target only
    // once everything is written: a failure or a crash midway leaves the old file whole.
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(name, file.errorString());
        return false;
    }
    const auto size = static_cast<qint64>(text.size());
    if (file.write(text.data(), size) != size || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(name, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

void Document::markSaved(std::string text) {
    diskText_ = text;
    originalText_ = std::move(text);
    const bool wasModified = isModified();
    savedState_ = modelState_;
    discardRecovery();
    if (wasModified)
        emit modifiedChanged(false);
}

bool Document::save(QString* error) {
    if (isReadOnly()) {
        if (error)
            *error = tr("The built-in dataset cannot be changed; save a copy of it instead.");
        return false;
    }
    std::string text;
    if (!writeModel(filePath_, error, text))
        return false;
    markSaved(std::move(text));
    emit saved(filePath_);
    return true;
}

bool Document::saveAs(const QString& path, QString* error) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::string text;
    if (!writeModel(absolute, error, text))
        return false;
    discardRecovery(); // under the old name; the model is safe in its new file
    filePath_ = absolute;
    embedded_ = false;
    markSaved(std::move(text));
    startWatching(filePath_);
    // The hand placement goes with the model, to the sidecar beside its new file; the undo
    // steps stay, since the model is the same.
    flushPositions();
    positionsPath_ = positionsPathFor(filePath_);
    positionsUnreadable_ = false;
    if (!positions_.empty())
        writePositions(true);
    emit saved(filePath_);
    return true;
}

} // namespace dealgraph::app
