#include "document/move_entity_command.h"

#include "document/document.h"

#include <QCoreApplication>

namespace dealgraph::app {

PositionsCommand::PositionsCommand(Document* document, PositionChanges before,
                                   PositionChanges after, const QString& text)
    : QUndoCommand(text), document_(document), before_(std::move(before)),
      after_(std::move(after)) {}

void PositionsCommand::undo() {
    document_->setPositions(before_);
}

void PositionsCommand::redo() {
    document_->setPositions(after_);
}

MoveEntityCommand::MoveEntityCommand(Document* document, const std::string& entityId,
                                     const std::optional<QPointF>& before, const QPointF& after,
                                     const QString& name)
    : PositionsCommand(document, {{entityId, before}}, {{entityId, after}},
                       QCoreApplication::translate("MoveEntityCommand", "Move %1").arg(name)) {}

namespace {

PositionChanges asChanges(const std::map<std::string, QPointF>& kept) {
    PositionChanges changes;
    for (const auto& [id, point] : kept)
        changes[id] = point;
    return changes;
}

PositionChanges forgetting(const std::map<std::string, QPointF>& kept) {
    PositionChanges changes;
    for (const auto& entry : kept)
        changes[entry.first] = std::nullopt;
    return changes;
}

} // namespace

ResetPositionsCommand::ResetPositionsCommand(Document* document,
                                             const std::map<std::string, QPointF>& kept)
    : PositionsCommand(document, asChanges(kept), forgetting(kept),
                       QCoreApplication::translate("MoveEntityCommand", "Reset Positions")) {}

} // namespace dealgraph::app
