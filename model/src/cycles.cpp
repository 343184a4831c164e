#include "dealgraph/query.h"

#include <algorithm>
#include <map>

namespace dealgraph {
namespace {

// Expansions of the depth-first search before it gives up; enough for tens of thousands of
// deals at the default length, small enough to answer in well under a second.
constexpr std::size_t kWorkBudget = 5'000'000;

struct Graph {
    // successors[a] = sorted distinct b with a flow a -> b
    std::vector<std::vector<std::size_t>> successors;
    std::map<std::pair<std::size_t, std::size_t>, std::vector<FlowRef>> flowsBetween;
};

Graph buildGraph(const Model& model, const View& view, const std::set<FlowType>& types) {
    Graph graph;
    graph.successors.resize(model.entities().size());
    for (const auto& ref : view.flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        if (!types.empty() && !types.count(flow.type))
            continue;
        const std::size_t from = *model.entityIndex(flow.from);
        const std::size_t to = *model.entityIndex(flow.to);
        auto& flows = graph.flowsBetween[{from, to}];
        if (flows.empty())
            graph.successors[from].push_back(to);
        flows.push_back(ref);
    }
    for (auto& list : graph.successors)
        std::sort(list.begin(), list.end());
    return graph;
}

class CycleSearch {
public:
    CycleSearch(const Graph& graph, const CycleOptions& options, std::vector<Cycle>& out)
        : graph_(graph), options_(options), out_(out), onPath_(graph.successors.size(), false) {}

    // Loops of 2 entities first, then 3, ... : a search straight to the full length spent the
    // whole budget on long paths through the hubs of a big model and closed no loop at all.
    // Deepening finds the short loops, the ones people mean by "closed loop", first; each
    // pass finds only loops of its own length, so none is found twice.
    void run() {
        for (length_ = 2; length_ <= options_.maxLength && !done(); ++length_)
            for (std::size_t start = 0; start < graph_.successors.size() && !done(); ++start) {
                start_ = start;
                path_ = {start};
                onPath_[start] = true;
                extend(start);
                onPath_[start] = false;
            }
    }

private:
    bool done() const { return out_.size() >= options_.maxCycles || work_ >= kWorkBudget; }

    void extend(std::size_t node) {
        const auto& successors = graph_.successors[node];
        if (path_.size() == length_) {
            // Full length: only a flow back to the start can close the loop.
            ++work_;
            if (std::binary_search(successors.begin(), successors.end(), start_))
                record();
            return;
        }
        for (std::size_t next : successors) {
            if (done())
                return;
            ++work_;
            // Only entities after the start: each cycle is found once, from its smallest entity.
            if (next > start_ && !onPath_[next]) {
                path_.push_back(next);
                onPath_[next] = true;
                extend(next);
                onPath_[next] = false;
                path_.pop_back();
            }
        }
    }

    void record() {
        Cycle cycle;
        cycle.entities = path_;
        for (std::size_t i = 0; i < path_.size(); ++i) {
            const std::size_t from = path_[i];
            const std::size_t to = path_[(i + 1) % path_.size()];
            cycle.hops.push_back(graph_.flowsBetween.at({from, to}));
        }
        out_.push_back(std::move(cycle));
    }

    const Graph& graph_;
    const CycleOptions& options_;
    std::vector<Cycle>& out_;
    std::vector<bool> onPath_;
    std::vector<std::size_t> path_;
    std::size_t start_ = 0;
    std::size_t length_ = 2; // of the loops the current pass looks for
    std::size_t work_ = 0;
};

} // namespace

std::vector<Cycle> findCycles(const Model& model, const View& view, const CycleOptions& options) {
    std::vector<Cycle> cycles;
    if (options.maxLength < 2 || options.maxCycles == 0)
        return cycles;
    const Graph graph = buildGraph(model, view, options.flowTypes);
    CycleSearch(graph, options, cycles).run();
    // Shorter loops first: they are the ones people mean by "closed loop".
    std::stable_sort(cycles.begin(), cycles.end(), [](const Cycle& a, const Cycle& b) {
        return a.entities.size() < b.entities.size();
    });
    return cycles;
}

std::string describeCycle(const Model& model, const Cycle& cycle) {
    std::string out;
    for (std::size_t index : cycle.entities)
        out += model.entities()[index].name + " \u2192 ";
    if (!cycle.entities.empty())
        out += model.entities()[cycle.entities.front()].name;
    return out;
}

} // namespace dealgraph
