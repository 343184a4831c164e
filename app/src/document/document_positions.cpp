// Document: hand-placed entity positions, their undo steps and their sidecar file
// (entity_positions.h). Kept apart from document.cpp, which deals with the model and the view.
#include "document/document.h"
#include "document/owned_thread.h"

#include "document/entity_positions.h"
#include "document/move_entity_command.h"

#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

void Document::setUpPositions() {
    undoStack_ = new QUndoStack(this);
    positionsWriteTimer_.setSingleShot(true);
    positionsWriteTimer_.setInterval(kPositionsWriteDelayMs);
    connect(&positionsWriteTimer_, &QTimer::timeout, this, [this] { writePositions(true); });
}

Document::~Document() {
    waitForOwnedThreads(this); // a file being read
    // No signals from here: whoever listens may be half destroyed already.
    if (positionsWriteTimer_.isActive()) {
        positionsWriteTimer_.stop();
        writePositions(false);
    }
    // Unsaved changes stay in their recovery file: a document destroyed without a save or a
    // discard is what a crash leaves.
    flushRecovery();
}

std::optional<QPointF> Document::position(const std::string& entityId) const {
    auto found = positions_.find(entityId);
    if (found == positions_.end())
        return std::nullopt;
    return found->second;
}

void Document::setPosition(const std::string& entityId, const std::optional<QPointF>& position) {
    setPositions({{entityId, position}});
}

void Document::setPositions(const std::map<std::string, std::optional<QPointF>>& changes) {
    QStringList ids;
    for (const auto& [id, point] : changes) {
        auto found = positions_.find(id);
        if (point) {
            if (found != positions_.end() && found->second == *point)
                continue;
            positions_[id] = *point;
        } else {
            if (found == positions_.end())
                continue;
            positions_.erase(found);
        }
        ids << QString::fromStdString(id);
    }
    if (ids.isEmpty())
        return;
    if (!positionsPath_.isEmpty())
        positionsWriteTimer_.start(); // restarts: one write once the changes stop
    emit positionsChanged(ids);
}

void Document::moveEntity(const std::string& entityId, const QPointF& position) {
    const Entity* entity = model_.entity(entityId);
    if (!entity || !std::isfinite(position.x()) || !std::isfinite(position.y()))
        return;
    const QPointF kept(std::clamp(position.x(), -kMaxPositionCoordinate, kMaxPositionCoordinate),
                       std::clamp(position.y(), -kMaxPositionCoordinate, kMaxPositionCoordinate));
    const std::optional<QPointF> before = this->position(entityId);
    if (before && *before == kept)
        return;
    undoStack_->push(
        new MoveEntityCommand(this, entityId, before, kept, QString::fromStdString(entity->name)));
}

void Document::resetPositions() {
    std::map<std::string, QPointF> kept;
    for (const auto& [id, point] : positions_)
        if (model_.entity(id)) // positions of entities this model lacks stay in the file
            kept[id] = point;
    if (!kept.empty())
        undoStack_->push(new ResetPositionsCommand(this, kept));
}

bool Document::hasPositionsOfModel() const {
    return std::any_of(positions_.begin(), positions_.end(),
                       [this](const auto& entry) { return model_.entity(entry.first); });
}

void Document::openPositionsFor(const QString& modelPath) {
    QString sidecar;
    if (!modelPath.isEmpty())
        sidecar = positionsPathFor(modelPath);
    else if (loadingEmbedded_)
        sidecar = embeddedPositionsPath();
    // A reload of the same file keeps the positions and the undo steps; a model with no file
    // (setModel) starts afresh every time.
    if (!sidecar.isEmpty() && sidecar == positionsPath_)
        return;
    usePositionsFile(sidecar);
}

void Document::usePositionsFile(const QString& sidecarPath) {
    flushPositions(); // the previous model's last change goes to its own sidecar
    undoStack_->clear();
    QStringList ids;
    for (const auto& entry : positions_)
        ids << QString::fromStdString(entry.first);
    positions_.clear();
    positionsUnreadable_ = false;
    positionsPath_ = sidecarPath;

    if (!sidecarPath.isEmpty()) {
        PositionsFile file = readPositionsFile(sidecarPath);
        positions_ = std::move(file.positions);
        for (const auto& entry : positions_)
            ids << QString::fromStdString(entry.first);
        if (!file.readable()) {
            // Keep the user's file: it is set aside, never overwritten, once something moves.
            positionsUnreadable_ = true;
            emit positionsProblem(
                tr("Hand-placed positions not read: %1. The file stays as it is until you "
                   "move an entity; then it is kept as a .bak copy.")
                    .arg(file.problems.join(QStringLiteral("; "))));
        }
    }
    ids.removeDuplicates();
    if (!ids.isEmpty())
        emit positionsChanged(ids);
}

void Document::flushPositions() {
    if (!positionsWriteTimer_.isActive())
        return;
    positionsWriteTimer_.stop();
    writePositions(true);
}

bool Document::writePositions(bool report) {
    if (positionsPath_.isEmpty())
        return true;
    QString keptAs;
    QString error;
    if (positionsUnreadable_ && QFileInfo::exists(positionsPath_)) {
        keptAs = setAsideUnreadable(positionsPath_, &error);
        if (keptAs.isEmpty()) {
            if (report)
                emit positionsProblem(tr("Positions not saved: %1").arg(error));
            return false;
        }
    }
    positionsUnreadable_ = false;
    if (!writePositionsFile(positionsPath_, positions_, &error)) {
        if (report)
            emit positionsProblem(tr("Positions not saved: %1").arg(error));
        return false;
    }
    if (report && !keptAs.isEmpty())
        emit positionsProblem(
            tr("Saved the positions in a new %1; the unreadable one is kept as %2")
                .arg(QFileInfo(positionsPath_).fileName(), QFileInfo(keptAs).fileName()));
    if (report)
        emit positionsSaved(positionsPath_);
    return true;
}

} // namespace dealgraph::app
