// Engine names as they appear in JSON and on Graphviz's command line, and the default choice.
#include "dealgraph/graph_layout.h"

#include <array>
#include <utility>

namespace dealgraph::layout {

namespace {

constexpr std::array<std::pair<Engine, std::string_view>, 6> kEngineNames{{
    {Engine::Dot, "dot"},
    {Engine::Neato, "neato"},
    {Engine::Fdp, "fdp"},
    {Engine::Sfdp, "sfdp"},
    {Engine::Circo, "circo"},
    {Engine::Twopi, "twopi"},
}};

// dot's crossing minimisation and network-simplex ranking grow much faster than linearly with
// the number of nodes and, above all, with the edges per node (each edge label also becomes a
// virtual node). Measured on the 2-core development machine with Graphviz 2.42, random graphs:
// 300 nodes / 450 edges take 0.5-7 s, 100 nodes / 350 edges 2-35 s, 300 nodes / 900 edges and
// 1,000 nodes / 1,500 edges more than a minute and hundreds of MB. sfdp lays out 2,000 nodes /
// 3,000 edges in about 1 s and 5,000 nodes in about 6 s. Deal graphs are sparser and more
// hierarchical than random ones, so dot stays the default, for its readable ranks, up to a few
// hundred nodes while the graph is not dense.
constexpr std::size_t kMaxDotNodes = 300;
constexpr std::size_t kDenseEdgesPerNode = 4;

} // namespace

std::string_view toString(Engine engine) {
    for (const auto& [value, name] : kEngineNames) {
        if (value == engine) {
            return name;
        }
    }
    return "unknown"; // a value outside the enum: engineFromString rejects it
}

std::optional<Engine> engineFromString(std::string_view name) {
    for (const auto& [value, spelling] : kEngineNames) {
        if (spelling == name) {
            return value;
        }
    }
    return std::nullopt;
}

Engine defaultEngineFor(std::size_t nodeCount, std::size_t edgeCount) {
    const bool dense = edgeCount >= kDenseEdgesPerNode * nodeCount && nodeCount > 0;
    if (nodeCount <= kMaxDotNodes && !dense) {
        return Engine::Dot;
    }
    return Engine::Sfdp;
}

} // namespace dealgraph::layout
