#include "document/model_edit_command.h"

#include "document/model_text.h"

#include <QCoreApplication>

namespace dealgraph::app {

ModelEditCommand::ModelEditCommand(Document* document, ModelDiff diff, ModelEdit edit,
                                   std::uint64_t stateBefore, std::uint64_t stateAfter)
    : QUndoCommand(edit.name), document_(document), diff_(std::move(diff)), edit_(std::move(edit)),
      stateBefore_(stateBefore), stateAfter_(stateAfter) {}

void ModelEditCommand::redo() {
    ModelEdit edit = edit_;
    edit.undone = false;
    document_->applyModelDiff(diff_, true, std::move(edit), stateAfter_);
}

void ModelEditCommand::undo() {
    ModelEdit edit = edit_;
    edit.undone = true;
    document_->applyModelDiff(diff_, false, std::move(edit), stateBefore_);
}

namespace edit_names {

namespace {

QString nameOf(const Source& source) {
    return qstr(source.title.empty() ? source.publisher : source.title);
}

// A deal with `field` set to the other deal's: whether that member is all they differ in.
template <typename Member> bool onlyDiffersIn(const Deal& before, const Deal& after, Member field) {
    Deal same = before;
    same.*field = after.*field;
    return same == after;
}

template <typename Member>
bool onlyDiffersIn(const Entity& before, const Entity& after, Member field) {
    Entity same = before;
    same.*field = after.*field;
    return same == after;
}

} // namespace

QString replaceEntity(const Entity& before, const Entity& after) {
    const QString name = primaryName(before);
    if (onlyDiffersIn(before, after, &Entity::name))
        return QCoreApplication::translate("ModelEditCommand", "Rename '%1' to '%2'")
            .arg(qstr(before.name), qstr(after.name));
    if (onlyDiffersIn(before, after, &Entity::id))
        return QCoreApplication::translate("ModelEditCommand", "Change the id of '%1' to %2")
            .arg(name, qstr(after.id));
    if (onlyDiffersIn(before, after, &Entity::kind))
        return QCoreApplication::translate("ModelEditCommand", "Change kind of '%1' to %2")
            .arg(name, displayText(after.kind).toLower());
    if (onlyDiffersIn(before, after, &Entity::group))
        return after.group.empty()
                   ? QCoreApplication::translate("ModelEditCommand", "Take '%1' out of group '%2'")
                         .arg(name, qstr(before.group))
                   : QCoreApplication::translate("ModelEditCommand", "Put '%1' in group '%2'")
                         .arg(name, qstr(after.group));
    if (onlyDiffersIn(before, after, &Entity::description))
        return QCoreApplication::translate("ModelEditCommand", "Edit the description of '%1'")
            .arg(name);
    return QCoreApplication::translate("ModelEditCommand", "Edit entity '%1'").arg(name);
}

QString addEntity(const Entity& entity) {
    return QCoreApplication::translate("ModelEditCommand", "Add entity '%1'")
        .arg(primaryName(entity));
}

QString deleteEntity(const Entity& entity, int dealsDeleted) {
    if (dealsDeleted == 0)
        return QCoreApplication::translate("ModelEditCommand", "Delete entity '%1'")
            .arg(primaryName(entity));
    if (dealsDeleted == 1)
        return QCoreApplication::translate("ModelEditCommand", "Delete entity '%1' and its deal")
            .arg(primaryName(entity));
    return QCoreApplication::translate("ModelEditCommand", "Delete entity '%1' and its %n deals",
                                       nullptr, dealsDeleted)
        .arg(primaryName(entity));
}

QString replaceSource(const Source& before, const Source&) {
    return QCoreApplication::translate("ModelEditCommand", "Edit source '%1'").arg(nameOf(before));
}

QString addSource(const Source& source) {
    return QCoreApplication::translate("ModelEditCommand", "Add source '%1'").arg(nameOf(source));
}

QString deleteSource(const Source& source) {
    return QCoreApplication::translate("ModelEditCommand", "Delete source '%1'")
        .arg(nameOf(source));
}

QString replaceDeal(const Deal& before, const Deal& after) {
    const QString title = titleOf(before);
    if (onlyDiffersIn(before, after, &Deal::title))
        return QCoreApplication::translate("ModelEditCommand", "Rename deal '%1' to '%2'")
            .arg(qstr(before.title), qstr(after.title));
    if (onlyDiffersIn(before, after, &Deal::id))
        return QCoreApplication::translate("ModelEditCommand", "Change the id of '%1' to %2")
            .arg(title, qstr(after.id));
    if (onlyDiffersIn(before, after, &Deal::kind))
        return QCoreApplication::translate("ModelEditCommand", "Change kind of '%1' to %2")
            .arg(title, displayText(after.kind).toLower());
    if (onlyDiffersIn(before, after, &Deal::history)) {
        if (before.latestStatus() != after.latestStatus())
            return QCoreApplication::translate("ModelEditCommand", "Change status of '%1' to %2")
                .arg(title, displayText(after.latestStatus()).toLower());
        if (after.history.size() > before.history.size())
            return QCoreApplication::translate("ModelEditCommand", "Add a status step to '%1'")
                .arg(title);
        if (after.history.size() < before.history.size())
            return QCoreApplication::translate("ModelEditCommand", "Delete a status step of '%1'")
                .arg(title);
        return QCoreApplication::translate("ModelEditCommand", "Edit the status history of '%1'")
            .arg(title);
    }
    if (onlyDiffersIn(before, after, &Deal::flows)) {
        if (after.flows.size() == before.flows.size() + 1)
            return QCoreApplication::translate("ModelEditCommand", "Add a flow to '%1'").arg(title);
        if (after.flows.size() + 1 == before.flows.size())
            return QCoreApplication::translate("ModelEditCommand", "Delete a flow of '%1'")
                .arg(title);
        return QCoreApplication::translate("ModelEditCommand", "Edit the flows of '%1'").arg(title);
    }
    if (onlyDiffersIn(before, after, &Deal::sources))
        return QCoreApplication::translate("ModelEditCommand", "Edit the sources of '%1'")
            .arg(title);
    if (onlyDiffersIn(before, after, &Deal::notes))
        return QCoreApplication::translate("ModelEditCommand", "Edit the notes of '%1'").arg(title);
    if (onlyDiffersIn(before, after, &Deal::headline))
        return QCoreApplication::translate("ModelEditCommand", "Edit the headline of '%1'")
            .arg(title);
    if (onlyDiffersIn(before, after, &Deal::translations))
        return QCoreApplication::translate("ModelEditCommand", "Edit the translations of '%1'")
            .arg(title);
    return QCoreApplication::translate("ModelEditCommand", "Edit deal '%1'").arg(title);
}

QString addDeal(const Deal& deal) {
    return QCoreApplication::translate("ModelEditCommand", "Add deal '%1'").arg(titleOf(deal));
}

QString deleteDeal(const Deal& deal) {
    return QCoreApplication::translate("ModelEditCommand", "Delete deal '%1'").arg(titleOf(deal));
}

QString replaceStories() {
    return QCoreApplication::translate("ModelEditCommand", "Edit stories");
}

QString setTitle(const std::string& title) {
    return QCoreApplication::translate("ModelEditCommand", "Change the model's title to '%1'")
        .arg(qstr(title));
}

} // namespace edit_names

} // namespace dealgraph::app
