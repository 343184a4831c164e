// Layouts already computed, on disk, keyed by content: reopening an unchanged model (or going
// back to a view already laid out) skips the Graphviz worker, which takes seconds at thousands
// of entities. The key is a SHA-256 of the serialised request (engine, sizes, separations and
// the whole graph) plus the Graphviz and app versions, so any change that could move a box is a
// miss. Entries are the worker's own JSON answer; a read entry is checked like a worker's answer
// (it must parse and have exactly the request's node and edge counts) and a bad one is deleted,
// never trusted. The directory is kept under a size bound by deleting the least recently used.
#pragma once

#include "dealgraph/graph_layout.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace dealgraph::app {

class LayoutCache {
public:
    static constexpr std::int64_t kDefaultMaxBytes = std::int64_t{200} << 20; // 200 MiB

    // Entries go in `directory` (created on the first store).
    explicit LayoutCache(QString directory, std::int64_t maxBytes = kDefaultMaxBytes);

    // The user's cache: $DEALGRAPH_LAYOUT_CACHE_DIR when set, else "layouts" in
    // QStandardPaths::CacheLocation.
    static QString standardDirectory();

    const QString& directory() const { return directory_; }
    std::int64_t maxBytes() const { return maxBytes_; }

    // The content hash naming a request's entry (hex), from the request or its JSON
    // (layout::requestToJson, what the worker is sent).
    static QByteArray keyFor(const layout::LayoutRequest& request);
    static QByteArray keyFor(std::string_view requestJson);

    // The stored layout under `key`, if there is a valid one for a graph of this many nodes
    // and edges. An unreadable, unparsable or wrongly sized entry is removed: a miss.
    std::optional<layout::LayoutResult> find(const QByteArray& key, std::size_t nodes,
                                             std::size_t edges) const;
    std::optional<layout::LayoutResult> find(const layout::LayoutRequest& request) const;
    // Stores the worker's answer (outcome JSON, as layout::outcomeToJson writes it) under
    // `key`, then trims the directory to the size bound. Failures only cost the cache.
    void store(const QByteArray& key, const QByteArray& outcomeJson) const;

    QString pathFor(const QByteArray& key) const;

private:
    void trim() const;

    QString directory_;
    std::int64_t maxBytes_;
};

} // namespace dealgraph::app
