// Questions the views ask of a model: the state of deals on a date, filtered views,
// neighbourhoods, totals per entity and circular flows. All pure functions of the model.
#pragma once

#include "dealgraph/amount_sum.h"
#include "dealgraph/model.h"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph {

// A deal's status on a date: the latest step whose date is surely on or before it (a step
// dated "2025-09" counts from 2025-09-30), or nullopt when the deal was not yet on record.
std::optional<Status> statusAsOf(const Deal& deal, const Date& asOf);

struct FlowRef {
    std::size_t deal = 0; // index into Model::deals()
    std::size_t flow = 0; // index into Deal::flows
    auto operator<=>(const FlowRef&) const = default;
};

// "Oracle's deals": the deals the entity takes part in and their other parties. Each further
// step takes the deals of the parties reached so far. Deals among the parties that involve
// none of the entities nearer the centre (OpenAI's revenue share to Microsoft, when focused on
// Oracle) are left out unless `includeDealsAmong`.
struct Focus {
    std::string entity;
    int steps = 1; // 1 = the entity's own deals
    bool includeDealsAmong = false;
    bool operator==(const Focus&) const = default;
};

// Empty sets mean "no restriction".
struct Filter {
    std::optional<Date> asOf;         // hide deals not yet on record; statuses as of this date
    std::set<FlowType> flowTypes;     // keep only flows of these types
    std::set<DealKind> dealKinds;     // keep only deals of these kinds
    std::set<Status> statuses;        // keep only deals in these statuses (as of asOf)
    std::set<EntityKind> entityKinds; // keep only flows whose two ends are of these kinds
    std::optional<Amount> minAmount;  // keep deals with a flow amount of this unit >= its value
    std::optional<Focus> focus;       // keep entities within `steps` of one entity
    bool keepIsolated = false;        // also list allowed entities that no kept flow touches

    bool isEmpty() const;
};

// What a filter leaves of a model. Indexes refer to the model; all lists are sorted.
struct View {
    std::vector<std::size_t> entities;
    std::vector<std::size_t> deals;
    std::vector<FlowRef> flows;
    // Status of every deal of the model (by model index) as of the filter's date, or its
    // latest status when there is no date; nullopt for deals not yet on record.
    std::vector<std::optional<Status>> status;

    bool containsDeal(std::size_t deal) const;
    bool containsEntity(std::size_t entity) const;
};

View applyFilter(const Model& model, const Filter& filter);
View wholeModel(const Model& model); // applyFilter with an empty filter

// Entity indexes within `steps` hops of `entity` over the view's flows, either direction,
// the entity itself included. Empty when the id is unknown.
std::set<std::size_t> neighbourhood(const Model& model, const View& view, std::string_view entityId,
                                    int steps);

struct Total {
    double in = 0;  // sum of nominal amounts flowing to the entity
    double out = 0; // sum flowing from it
    int inFlows = 0;
    int outFlows = 0;
    bool approximate = false; // some summed amount was "about", "up to", "at least" or a range
    // The same sums with their qualifiers combined (AmountSum): what a label may say.
    AmountSum inSum;
    AmountSum outSum;
};
// Keyed by flow type and unit: (Money, Usd), (Compute, Gigawatts), (Compute, Gpus), ...
using Totals = std::map<std::pair<FlowType, Unit>, Total>;

// Whether a deal in this status counts towards totals: it still stands or was carried out.
// Deals on hold, abandoned or superseded do not: adding a superseded "up to $100B" plan to
// what an entity pays would overstate it.
bool countsTowardsTotals(Status status);

// Sums the amounts of the view's flows to and from the entity, for deals that count (see
// countsTowardsTotals, with their status as of the view's date). Percentages are not summed:
// 75% of profits and 20% of API revenue are shares of different things.
Totals totalsFor(const Model& model, const View& view, std::string_view entityId);

// What totalsFor leaves out, per flow type, so that a panel can say so.
struct Uncounted {
    int withoutAmount = 0; // flows reported with no number (or only a percentage)
    int notStanding = 0;   // flows of deals on hold, abandoned or superseded
};
std::map<FlowType, Uncounted> uncountedFor(const Model& model, const View& view,
                                           std::string_view entityId);

struct Cycle {
    std::vector<std::size_t> entities;      // e.g. OpenAI, Oracle, Nvidia (first is smallest)
    std::vector<std::vector<FlowRef>> hops; // hops[i]: flows from entities[i] to entities[i+1]
};

struct CycleOptions {
    std::set<FlowType> flowTypes = {FlowType::Money}; // empty: every type
    std::size_t maxLength = 6;                        // entities in a cycle
    std::size_t maxCycles = 1000;                     // stop after this many
};

// Elementary directed cycles over the view's flows of the chosen types, each found once (it
// starts at its smallest entity index). Bounded by length, count and a work budget, so a
// dense graph cannot make it run away.
std::vector<Cycle> findCycles(const Model& model, const View& view,
                              const CycleOptions& options = {});

// "OpenAI → Oracle → Nvidia → OpenAI"
std::string describeCycle(const Model& model, const Cycle& cycle);

} // namespace dealgraph
