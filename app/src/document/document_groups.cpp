// Collapsed groups: which of the model's entity groups the graph draws as one box each.
#include "document/document.h"
#include "document/group_box.h"

#include "dealgraph/simplify.h"

namespace dealgraph::app {

namespace {
// Ids start with a letter or a digit (docs/format.md), so no entity can have this one.
constexpr char kGroupBoxPrefix[] = "#group:";
} // namespace

std::string Document::groupBoxId(const std::string& groupName) {
    std::string id = kGroupBoxPrefix;
    id += groupName;
    return id;
}

std::optional<std::string> Document::collapsedGroupOfBox(const std::string& id) const {
    const std::string prefix = kGroupBoxPrefix;
    if (!id.starts_with(prefix))
        return std::nullopt;
    std::string name = id.substr(prefix.size());
    if (!collapsed_.contains(name))
        return std::nullopt;
    return name;
}

void Document::setCollapsedGroups(const std::set<std::string>& names) {
    const std::set<std::string> before = collapsed_;
    collapsed_ = names;
    refold();
    if (collapsed_ == before)
        return;
    emit groupsChanged();
    // The selection follows the boxes: a box that opened is no longer there to select, and a
    // selected member that closed into its box is that box now.
    if (selection_.kind != Selection::Kind::Entity)
        return;
    if (!isValid(selection_))
        select(Selection::none());
    else if (const Entity* entity = model_.entity(selection_.id);
             entity && collapsed_.contains(entity->group))
        select(Selection::entity(groupBoxId(entity->group)));
}

void Document::setGroupCollapsed(const std::string& name, bool collapsed) {
    std::set<std::string> names = collapsed_;
    if (collapsed)
        names.insert(name);
    else
        names.erase(name);
    setCollapsedGroups(names);
}

void Document::refold() {
    // The model is copied only when a group is folded: a copy of 5,000 entities' model cost
    // 50-60 ms of every open (and its memory) for nothing.
    std::set<std::string> kept;
    std::optional<Model> drawn;
    if (!collapsed_.empty())
        for (const EntityGroup& group : entityGroups(model_)) {
            if (!collapsed_.contains(group.name))
                continue;
            kept.insert(group.name);
            drawn =
                foldEntities(drawn ? *drawn : model_, group.members,
                             groupBox(model_, group, groupBoxId(group.name)), FoldedFlows::InPlace);
        }
    collapsed_ = std::move(kept);
    drawn_ = drawn ? std::move(*drawn) : Model();
}

} // namespace dealgraph::app
