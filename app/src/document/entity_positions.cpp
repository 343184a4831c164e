#include "document/entity_positions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

#include <cmath>

namespace dealgraph::app {

namespace {

const QString kFormat = QStringLiteral("dealgraph-positions");
constexpr int kVersion = 1;

// lupdate's context for this file's messages (a free tr() would get none it can see).
struct PositionsText {
    Q_DECLARE_TR_FUNCTIONS(PositionsText)
};

// "line:column" of a byte offset, as the model loader reports places.
QString placeOf(const QByteArray& json, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("%1:%2").arg(line).arg(column);
}

// Two decimals are far below a pixel and keep the file readable and its diffs small.
double rounded(double value) {
    return std::round(value * 100) / 100;
}

} // namespace

QString positionsPathFor(const QString& modelPath) {
    QString path = modelPath;
    if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        path.chop(5);
    path += QStringLiteral(".positions.json");
    return path;
}

QString embeddedPositionsPath() {
    // The window's AppDataLocation (organisation and application "dealgraph", gui_main.cpp),
    // spelt out so the headless export, which names neither, finds the same file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/dealgraph/dealgraph/embedded.positions.json");
}

PositionsFile parsePositions(const QByteArray& json, const QString& fileName) {
    PositionsFile file;
    file.exists = true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        file.problems
            << QStringLiteral("%1:%2: %3")
                   .arg(fileName, placeOf(json, parseError.offset),
                        PositionsText::tr("not valid JSON (%1)").arg(parseError.errorString()));
        return file;
    }
    if (!document.isObject()) {
        file.problems
            << PositionsText::tr("%1: not a positions file (expected a JSON object)").arg(fileName);
        return file;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        file.problems << PositionsText::tr(
                             "%1: at \"format\": not a positions file (expected \"%2\")")
                             .arg(fileName, kFormat);
        return file;
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kVersion) {
        file.problems << PositionsText::tr(
                             "%1: at \"version\": version %2 is not one this dealgraph reads (%3)")
                             .arg(fileName, QString::number(version.toDouble()))
                             .arg(kVersion);
        return file;
    }
    const QJsonValue entries = root.value(QStringLiteral("positions"));
    if (!entries.isObject()) {
        file.problems << PositionsText::tr("%1: at \"positions\": expected an object of entity ids")
                             .arg(fileName);
        return file;
    }
    const QJsonObject byId = entries.toObject();
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        const QString place = QStringLiteral("positions/%1").arg(it.key());
        const QJsonObject point = it.value().toObject();
        const QJsonValue x = point.value(QStringLiteral("x"));
        const QJsonValue y = point.value(QStringLiteral("y"));
        auto usable = [](const QJsonValue& v) {
            return v.isDouble() && std::isfinite(v.toDouble()) &&
                   std::abs(v.toDouble()) <= kMaxPositionCoordinate;
        };
        if (it.key().isEmpty() || !it.value().isObject() || !usable(x) || !usable(y)) {
            file.problems << PositionsText::tr(
                                 "%1: at \"%2\": expected {\"x\": number, \"y\": number} within "
                                 "±%3; this entry is ignored")
                                 .arg(fileName, place)
                                 .arg(kMaxPositionCoordinate);
            continue;
        }
        file.positions[it.key().toStdString()] = QPointF(x.toDouble(), y.toDouble());
    }
    return file;
}

PositionsFile readPositionsFile(const QString& path) {
    const QString fileName = QFileInfo(path).fileName();
    PositionsFile file;
    QFile input(path);
    if (!input.exists())
        return file;
    file.exists = true;
    if (QFileInfo(path).size() > kMaxPositionsFileBytes) {
        file.problems << PositionsText::tr("%1: larger than %2 MiB; not a positions file")
                             .arg(fileName)
                             .arg(kMaxPositionsFileBytes / (1024 * 1024));
        return file;
    }
    if (!input.open(QIODevice::ReadOnly)) {
        file.problems
            << PositionsText::tr("%1: cannot be read (%2)").arg(fileName, input.errorString());
        return file;
    }
    return parsePositions(input.read(kMaxPositionsFileBytes + 1), fileName);
}

QByteArray positionsToJson(const EntityPositions& positions) {
    QJsonObject byId;
    for (const auto& [id, point] : positions)
        byId.insert(QString::fromStdString(id),
                    QJsonObject{{QStringLiteral("x"), rounded(point.x())},
                                {QStringLiteral("y"), rounded(point.y())}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("positions"), byId}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool writePositionsFile(const QString& path, const EntityPositions& positions, QString* error) {
    const QString fileName = QFileInfo(path).fileName();
    const QString directory = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(directory)) {
        if (error)
            *error = PositionsText::tr("%1: cannot create the folder %2").arg(fileName, directory);
        return false;
    }
    QSaveFile output(path);
    if (!output.open(QIODevice::WriteOnly) || output.write(positionsToJson(positions)) < 0 ||
        !output.commit()) {
        if (error)
            *error =
                PositionsText::tr("%1: cannot be written (%2)").arg(fileName, output.errorString());
        return false;
    }
    return true;
}

QString setAsideUnreadable(const QString& path, QString* error) {
    QString target = path + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target); ++n) {
        if (n > 99) {
            if (error)
                *error =
                    PositionsText::tr("%1: too many earlier copies (.bak … .bak99) to keep another")
                        .arg(QFileInfo(path).fileName());
            return {};
        }
        target = path + QStringLiteral(".bak%1").arg(n);
    }
    if (!QFile::rename(path, target)) {
        if (error)
            *error = PositionsText::tr("%1: cannot be renamed to %2")
                         .arg(QFileInfo(path).fileName(), QFileInfo(target).fileName());
        return {};
    }
    return target;
}

} // namespace dealgraph::app
