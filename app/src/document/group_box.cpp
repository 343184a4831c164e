#include "document/group_box.h"

#include <QString>

#include <set>

namespace dealgraph::app {

Entity groupBox(const Model& model, const EntityGroup& group, std::string id) {
    std::set<EntityKind> kinds;
    for (const auto& member : group.members)
        if (const Entity* entity = model.entity(member))
            kinds.insert(entity->kind);
    Entity box;
    box.id = std::move(id);
    box.kind = kinds.size() == 1 ? *kinds.begin() : EntityKind::Other;
    // The group's name is the model's own text, in whatever language it was written.
    box.name = QStringLiteral("%1 (%2)")
                   .arg(QString::fromStdString(group.name))
                   .arg(group.members.size())
                   .toStdString();
    return box;
}

} // namespace dealgraph::app
