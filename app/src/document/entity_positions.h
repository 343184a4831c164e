// The sidecar that keeps hand-placed entity positions beside a model file: NAME.positions.json
// for NAME.json (docs/format.md, "Positions sidecar"). Kept apart from the model so the model
// stays a clean dataset and a person's tuning of a slide survives edits to the data.
//
//   {"format": "dealgraph-positions", "version": 1,
//    "positions": {"openai": {"x": 120.5, "y": 48}}}
//
// Coordinates are entity centres in points, in the layout's frame (y pointing down).
#pragma once

#include <QPointF>
#include <QString>
#include <QStringList>

#include <map>
#include <string>

namespace dealgraph::app {

using EntityPositions = std::map<std::string, QPointF>;

struct PositionsFile {
    EntityPositions positions; // every entry that could be read
    QStringList problems;      // each names the file and the place in it; empty when all is well
    bool exists = false;
    bool readable() const { return problems.isEmpty(); }
};

// NAME.positions.json beside NAME.json (any other name gets ".positions.json" appended).
QString positionsPathFor(const QString& modelPath);
// Where the embedded dataset's positions are kept: the app's data directory
// (~/.local/share/dealgraph/dealgraph/embedded.positions.json on Linux).
QString embeddedPositionsPath();

// The largest sidecar read; anything bigger is not a positions file.
constexpr qint64 kMaxPositionsFileBytes = 16 * 1024 * 1024;
// Coordinates further out than this are refused (no drawing is that large; it guards the scene).
constexpr double kMaxPositionCoordinate = 1e6;

// A missing file is no problem (no positions yet). `fileName` names the file in problems.
PositionsFile parsePositions(const QByteArray& json, const QString& fileName);
PositionsFile readPositionsFile(const QString& path);
QByteArray positionsToJson(const EntityPositions& positions);
// Atomically (QSaveFile), creating the directory when needed.
bool writePositionsFile(const QString& path, const EntityPositions& positions, QString* error);
// Renames an unreadable sidecar out of the way (NAME.positions.json.bak, .bak2, ...) so a new
// one can be written without losing it. Returns the new path, or empty with `error` set.
QString setAsideUnreadable(const QString& path, QString* error);

} // namespace dealgraph::app
