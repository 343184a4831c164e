#include "dealgraph/query.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace dealgraph {

std::optional<Status> statusAsOf(const Deal& deal, const Date& asOf) {
    std::optional<Status> status;
    // A step counts once it has surely happened: from the last day its date may mean.
    for (const auto& step : deal.history)
        if (step.date.lastDay() <= asOf.lastDay())
            status = step.status;
    return status;
}

bool Filter::isEmpty() const {
    return !asOf && flowTypes.empty() && dealKinds.empty() && statuses.empty() &&
           entityKinds.empty() && !minAmount && !focus;
}

bool View::containsDeal(std::size_t deal) const {
    return std::binary_search(deals.begin(), deals.end(), deal);
}

bool View::containsEntity(std::size_t entity) const {
    return std::binary_search(entities.begin(), entities.end(), entity);
}

namespace {

template <typename T> bool allows(const std::set<T>& allowed, T value) {
    return allowed.empty() || allowed.count(value) > 0;
}

bool meetsMinimum(const Deal& deal, const Amount& minimum) {
    for (const auto& flow : deal.flows)
        for (const auto& amount : flow.amounts)
            if (amount.unit == minimum.unit && amount.nominal() >= minimum.value)
                return true;
    return false;
}

// Keeps the focus's deals (see Focus) among the flows the other filters kept.
void focusOn(const Model& model, const Focus& focus, View& view) {
    std::set<std::size_t> reached;
    std::set<std::size_t> keptDeals;
    if (auto centre = model.entityIndex(focus.entity)) {
        reached.insert(*centre);
        std::set<std::size_t> inner; // entities whose every (kept) deal is shown
        for (int step = 0; step < std::max(0, focus.steps); ++step) {
            inner = reached;
            for (const FlowRef& ref : view.flows) {
                const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
                if (inner.count(*model.entityIndex(flow.from)) ||
                    inner.count(*model.entityIndex(flow.to)))
                    keptDeals.insert(ref.deal);
            }
            for (const FlowRef& ref : view.flows)
                if (keptDeals.count(ref.deal)) {
                    const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
                    reached.insert(*model.entityIndex(flow.from));
                    reached.insert(*model.entityIndex(flow.to));
                }
        }
    }
    std::erase_if(view.flows, [&](const FlowRef& ref) {
        if (keptDeals.count(ref.deal))
            return false;
        if (!focus.includeDealsAmong)
            return true;
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        return !reached.count(*model.entityIndex(flow.from)) ||
               !reached.count(*model.entityIndex(flow.to));
    });
    view.entities.assign(reached.begin(), reached.end());
}

// Breadth-first over an undirected adjacency list.
std::set<std::size_t> reachable(const std::vector<std::vector<std::size_t>>& adjacency,
                                std::size_t start, int steps) {
    std::set<std::size_t> seen = {start};
    std::vector<std::size_t> frontier = {start};
    for (int step = 0; step < steps && !frontier.empty(); ++step) {
        std::vector<std::size_t> next;
        for (auto node : frontier)
            for (auto neighbour : adjacency[node])
                if (seen.insert(neighbour).second)
                    next.push_back(neighbour);
        frontier = std::move(next);
    }
    return seen;
}

std::vector<std::vector<std::size_t>> adjacencyOf(const Model& model,
                                                  const std::vector<FlowRef>& flows) {
    std::vector<std::vector<std::size_t>> adjacency(model.entities().size());
    for (const auto& ref : flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        auto from = model.entityIndex(flow.from);
        auto to = model.entityIndex(flow.to);
        if (!from || !to)
            continue;
        adjacency[*from].push_back(*to);
        adjacency[*to].push_back(*from);
    }
    return adjacency;
}

} // namespace

View applyFilter(const Model& model, const Filter& filter) {
    View view;
    const auto& deals = model.deals();
    view.status.resize(deals.size());
    for (std::size_t d = 0; d < deals.size(); ++d) {
        const Deal& deal = deals[d];
        view.status[d] = filter.asOf ? statusAsOf(deal, *filter.asOf)
                                     : std::optional<Status>(deal.latestStatus());
        if (!view.status[d] || !allows(filter.statuses, *view.status[d]) ||
            !allows(filter.dealKinds, deal.kind) ||
            (filter.minAmount && !meetsMinimum(deal, *filter.minAmount)))
            continue;
        for (std::size_t f = 0; f < deal.flows.size(); ++f) {
            const Flow& flow = deal.flows[f];
            if (!allows(filter.flowTypes, flow.type))
                continue;
            const Entity* from = model.entity(flow.from);
            const Entity* to = model.entity(flow.to);
            if (!from || !to || !allows(filter.entityKinds, from->kind) ||
                !allows(filter.entityKinds, to->kind))
                continue;
            view.flows.push_back({d, f});
        }
    }

    if (filter.focus)
        focusOn(model, *filter.focus, view);

    std::set<std::size_t> entities(view.entities.begin(), view.entities.end());
    std::set<std::size_t> dealSet;
    for (const auto& ref : view.flows) {
        dealSet.insert(ref.deal);
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        entities.insert(*model.entityIndex(flow.from));
        entities.insert(*model.entityIndex(flow.to));
    }
    if (filter.keepIsolated && !filter.focus)
        for (std::size_t e = 0; e < model.entities().size(); ++e)
            if (allows(filter.entityKinds, model.entities()[e].kind))
                entities.insert(e);
    view.entities.assign(entities.begin(), entities.end());
    view.deals.assign(dealSet.begin(), dealSet.end());
    return view;
}

View wholeModel(const Model& model) {
    return applyFilter(model, Filter{});
}

std::set<std::size_t> neighbourhood(const Model& model, const View& view, std::string_view entityId,
                                    int steps) {
    auto centre = model.entityIndex(entityId);
    if (!centre)
        return {};
    return reachable(adjacencyOf(model, view.flows), *centre, std::max(0, steps));
}

bool countsTowardsTotals(Status status) {
    return isLive(status) || status == Status::Completed;
}

namespace {
// Calls fn(flow, stands, out) for each flow of the view that touches the entity.
template <typename Fn>
void forEachFlowOf(const Model& model, const View& view, std::string_view entityId, Fn fn) {
    for (const auto& ref : view.flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        const bool out = flow.from == entityId;
        if (!out && flow.to != entityId)
            continue;
        const auto status = view.status[ref.deal];
        fn(flow, status && countsTowardsTotals(*status), out);
    }
}
} // namespace

Totals totalsFor(const Model& model, const View& view, std::string_view entityId) {
    Totals totals;
    forEachFlowOf(model, view, entityId, [&](const Flow& flow, bool stands, bool out) {
        if (!stands)
            return;
        for (const auto& amount : flow.amounts) {
            if (amount.unit == Unit::Percent)
                continue;
            auto [entry, inserted] = totals.try_emplace({flow.type, amount.unit});
            Total& total = entry->second;
            if (inserted)
                total.inSum = total.outSum = AmountSum(amount.unit);
            (out ? total.outSum : total.inSum).add(amount);
            double& sum = out ? total.out : total.in;
            sum += amount.nominal();
            if (std::isinf(sum)) {
                // Amounts near 1e308 can sum past the double range: keep the largest finite
                // value and call the total approximate rather than show infinity.
                sum = std::numeric_limits<double>::max();
                total.approximate = true;
            }
            ++(out ? total.outFlows : total.inFlows);
            if (amount.qualifier != Qualifier::Exact)
                total.approximate = true;
        }
    });
    return totals;
}

std::map<FlowType, Uncounted> uncountedFor(const Model& model, const View& view,
                                           std::string_view entityId) {
    std::map<FlowType, Uncounted> uncounted;
    forEachFlowOf(model, view, entityId, [&](const Flow& flow, bool stands, bool) {
        const bool summed = std::any_of(flow.amounts.begin(), flow.amounts.end(),
                                        [](const Amount& a) { return a.unit != Unit::Percent; });
        if (!stands)
            ++uncounted[flow.type].notStanding;
        else if (!summed)
            ++uncounted[flow.type].withoutAmount;
    });
    return uncounted;
}

} // namespace dealgraph
