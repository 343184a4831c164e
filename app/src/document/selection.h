// What the user has selected: nothing, an entity, a deal, or one flow of a deal.
// Shared by every view through the Document, so selecting in one selects in all.
#pragma once

#include <QMetaType>
#include <string>

namespace dealgraph::app {

struct Selection {
    enum class Kind { None, Entity, Deal, Flow };

    Kind kind = Kind::None;
    std::string id; // entity id, or deal id for Deal and Flow
    int flow = -1;  // index into Deal::flows for Flow

    static Selection none() { return {}; }
    static Selection entity(std::string entityId) {
        return {Kind::Entity, std::move(entityId), -1};
    }
    static Selection deal(std::string dealId) { return {Kind::Deal, std::move(dealId), -1}; }
    static Selection flowOf(std::string dealId, int flowIndex) {
        return {Kind::Flow, std::move(dealId), flowIndex};
    }

    bool isNone() const { return kind == Kind::None; }
    // The deal a Deal or Flow selection refers to; empty otherwise.
    std::string dealId() const {
        return kind == Kind::Deal || kind == Kind::Flow ? id : std::string();
    }
    bool operator==(const Selection&) const = default;
};

} // namespace dealgraph::app

Q_DECLARE_METATYPE(dealgraph::app::Selection)
