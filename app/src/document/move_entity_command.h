// Undo steps for hand placement. A drag of one entity is one MoveEntityCommand (consecutive
// drags of the same entity stay separate steps, so undo walks back one drag at a time); "Reset
// Positions" is one ResetPositionsCommand that forgets every kept position of the model.
#pragma once

#include <QPointF>
#include <QUndoCommand>

#include <map>
#include <optional>
#include <string>

namespace dealgraph::app {

class Document;

// Kept positions before and after a step; nullopt: no kept position (the layout's place).
using PositionChanges = std::map<std::string, std::optional<QPointF>>;

class PositionsCommand : public QUndoCommand {
public:
    PositionsCommand(Document* document, PositionChanges before, PositionChanges after,
                     const QString& text);
    void undo() override;
    void redo() override;

private:
    Document* document_;
    PositionChanges before_;
    PositionChanges after_;
};

class MoveEntityCommand : public PositionsCommand {
public:
    // `name` is what the Edit menu shows: "Undo Move OpenAI".
    MoveEntityCommand(Document* document, const std::string& entityId,
                      const std::optional<QPointF>& before, const QPointF& after,
                      const QString& name);
};

class ResetPositionsCommand : public PositionsCommand {
public:
    // Forgets every position in `kept` (those of the model's entities).
    ResetPositionsCommand(Document* document, const std::map<std::string, QPointF>& kept);
};

} // namespace dealgraph::app
