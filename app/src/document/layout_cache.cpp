#include "document/layout_cache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

#ifndef DEALGRAPH_VERSION
#define DEALGRAPH_VERSION "unknown"
#endif
#ifndef DEALGRAPH_GRAPHVIZ_VERSION
#define DEALGRAPH_GRAPHVIZ_VERSION "unknown"
#endif

namespace dealgraph::app {

namespace {

const QString kSuffix = QStringLiteral(".layout.json");
// Bumped when the entry format or the meaning of a request changes without the app's version.
constexpr char kFormat[] = "dealgraph-layout-cache 1";

} // namespace

LayoutCache::LayoutCache(QString directory, std::int64_t maxBytes)
    : directory_(std::move(directory)), maxBytes_(maxBytes) {}

QString LayoutCache::standardDirectory() {
    const QString forced = qEnvironmentVariable("DEALGRAPH_LAYOUT_CACHE_DIR");
    if (!forced.isEmpty())
        return forced;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/layouts");
}

QByteArray LayoutCache::keyFor(const layout::LayoutRequest& request) {
    return keyFor(layout::requestToJson(request));
}

QByteArray LayoutCache::keyFor(std::string_view requestJson) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Versions first: a new Graphviz or app may place the same graph differently.
    for (const char* part : {kFormat, "\n", "graphviz " DEALGRAPH_GRAPHVIZ_VERSION "\n",
                             "dealgraph " DEALGRAPH_VERSION "\n"})
        hash.addData(QByteArrayView(part));
    hash.addData(QByteArrayView(requestJson.data(), static_cast<qsizetype>(requestJson.size())));
    return hash.result().toHex();
}

QString LayoutCache::pathFor(const QByteArray& key) const {
    return directory_ + QLatin1Char('/') + QString::fromLatin1(key) + kSuffix;
}

std::optional<layout::LayoutResult> LayoutCache::find(const layout::LayoutRequest& request) const {
    return find(keyFor(request), request.nodes.size(), request.edges.size());
}

std::optional<layout::LayoutResult> LayoutCache::find(const QByteArray& key, std::size_t nodes,
                                                      std::size_t edges) const {
    if (directory_.isEmpty())
        return std::nullopt;
    const QString path = pathFor(key);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // the usual miss: no such entry
    const QByteArray bytes = file.readAll();
    file.close();
    layout::LayoutOutcome outcome =
        layout::outcomeFromJson(std::string_view(bytes.constData(), std::size_t(bytes.size())));
    if (!outcome.result || outcome.result->nodes.size() != nodes ||
        outcome.result->edges.size() != edges) {
        QFile::remove(path); // truncated, corrupt or foreign: never use it, never meet it again
        return std::nullopt;
    }
    // Mark it recently used, so trimming removes older entries first.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return std::move(outcome.result);
}

void LayoutCache::store(const QByteArray& key, const QByteArray& outcomeJson) const {
    if (directory_.isEmpty() || outcomeJson.size() > maxBytes_)
        return;
    if (!QDir().mkpath(directory_))
        return;
    // Written whole or not at all, so a crash mid-write never leaves a half entry behind.
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly) || file.write(outcomeJson) != outcomeJson.size() ||
        !file.commit())
        return;
    trim();
}

void LayoutCache::trim() const {
    const QFileInfoList entries = QDir(directory_)
                                      .entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files,
                                                     QDir::Time); // newest first
    std::int64_t total = 0;
    for (const QFileInfo& entry : entries) {
        total += entry.size();
        if (total > maxBytes_)
            QFile::remove(entry.absoluteFilePath());
    }
}

} // namespace dealgraph::app
