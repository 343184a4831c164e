// Document: the recovery file that keeps unsaved changes through a crash. It wraps the model's
// text (as a save would write it) with the file it belongs to:
//   {"format": "dealgraph-recovery", "version": 1, "file": "/abs/path.json" or "",
//    "embedded": false, "model": "<the model's JSON text>"}
#include "document/document.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace dealgraph::app {

namespace {

const QString kRecoveryFormat = QStringLiteral("dealgraph-recovery");
// A recovery file holds one model: no bigger than a model may be, plus its wrapping.
constexpr qint64 kMaxRecoveryBytes = static_cast<qint64>(kMaxFileBytes) * 2;

struct RecoveryFile {
    QString file;
    bool embedded = false;
    QByteArray model;
};

std::optional<RecoveryFile> readRecovery(const QString& path) {
    QFile file(path);
    if (file.size() > kMaxRecoveryBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
    const QJsonObject object = json.object();
    if (object.value(QStringLiteral("format")).toString() != kRecoveryFormat ||
        object.value(QStringLiteral("version")).toInt() != 1 ||
        !object.value(QStringLiteral("model")).isString())
        return std::nullopt;
    return RecoveryFile{object.value(QStringLiteral("file")).toString(),
                        object.value(QStringLiteral("embedded")).toBool(),
                        object.value(QStringLiteral("model")).toString().toUtf8()};
}

} // namespace

QString Document::recoveryDirectory() const {
    if (!recoveryDirectory_.isEmpty())
        return recoveryDirectory_;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void Document::setRecoveryDirectory(const QString& directory) {
    recoveryDirectory_ = directory;
}

QString Document::recoveryPath() const {
    QString key;
    if (!filePath_.isEmpty())
        key = QString::fromLatin1(
            QCryptographicHash::hash(filePath_.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(24));
    else if (embedded_)
        key = QStringLiteral("embedded");
    else
        return {};
    return recoveryDirectory() + QLatin1Char('/') + key + QStringLiteral(".recovery.json");
}

void Document::afterModelStateChange() {
    if (isModified())
        recoveryTimer_.start(); // restarts: one write once the edits pause
    else
        discardRecovery(); // back to the saved model: nothing to recover
}

bool Document::writeRecovery() {
    const QString path = recoveryPath();
    if (path.isEmpty() || !isModified())
        return false;
    QJsonObject object;
    object.insert(QStringLiteral("format"), kRecoveryFormat);
    object.insert(QStringLiteral("version"), 1);
    object.insert(QStringLiteral("file"), filePath_);
    object.insert(QStringLiteral("embedded"), embedded_);
    object.insert(QStringLiteral("model"),
                  QString::fromStdString(saveModelToString(model_, originalText_)));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

void Document::flushRecovery() {
    if (!recoveryTimer_.isActive())
        return;
    recoveryTimer_.stop();
    writeRecovery();
}

void Document::discardRecovery() {
    recoveryTimer_.stop();
    if (const QString path = recoveryPath(); !path.isEmpty())
        QFile::remove(path);
}

QDateTime Document::recoveryTime() const {
    const QString path = recoveryPath();
    if (path.isEmpty())
        return {};
    const QFileInfo recovery(path);
    if (!recovery.exists())
        return {};
    const auto file = readRecovery(path);
    // The name is a hash: check that the file is the one it is for.
    if (!file || file->file != filePath_ || file->embedded != embedded_)
        return {};
    if (!filePath_.isEmpty() && QFileInfo(filePath_).lastModified() > recovery.lastModified())
        return {}; // the file was saved after the recovery was written: it is older news
    return recovery.lastModified();
}

bool Document::restoreRecovery(QString* error) {
    const auto file = hasRecovery() ? readRecovery(recoveryPath()) : std::nullopt;
    if (!file) {
        if (error)
            *error = tr("There are no unsaved changes to restore.");
        return false;
    }
    LoadResult result =
        loadModelFromString(std::string_view(file->model.constData(), file->model.size()));
    if (!result.ok()) {
        if (error)
            *error = tr("The unsaved changes could not be read: %1")
                         .arg(QString::fromStdString(result.errors.front().format("recovery")));
        return false;
    }
    const auto errors = edit(result.model->parts(), tr("Restore unsaved changes"));
    if (!errors.empty()) {
        if (error)
            *error = QString::fromStdString(errors.front().format("recovery"));
        return false;
    }
    if (!isModified()) // the same model as the file's: nothing was lost after all
        discardRecovery();
    return true;
}

} // namespace dealgraph::app
