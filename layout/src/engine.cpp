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
// virtual node). Measured on the 2-core development machine with Graphviz 2.42, every edge
// labelled: the bundled deal graph (32 nodes, 87 edges) 0.05 s; ten linked copies of it
// (320 nodes, 957 edges) 3.7 s; random graphs, dot's worst case, 300 nodes / 450 edges 3-7 s,
// 300 / 900 and 1,000 / 1,500 more than a minute and hundreds of MB. sfdp lays out 2,000 nodes /
// 3,000 edges in about 1.2 s and 5,000 nodes in about 3.5 s. So dot, for its readable ranks,
// stays the default up to a few hundred nodes while the graph is not dense. Random graphs of
// 100 nodes / 350 labelled edges took dot 14-35 s, so "dense" starts at 3 edges per node (the
// bundled graph has 2.7) and dot gets at most 600 edges: a wait of a minute before the scene's
// fallback to sfdp is not a default anyone should meet. A small graph is not slow however
// dense: a slide's 14 boxes with 86 flows (its groups and "Others" folded) take dot 0.04 s,
// random 40 nodes / 160 edges 1.2 s, 50 / 200 2.4 s, 40 / 300 11 s; so density counts only
// past kDenseMinEdges. Below it the speed-for-quality trade-offs (graphviz_attributes.cpp)
// stay off too: with them that slide drew OpenAI at the far left and its flows swinging
// round the whole picture.
constexpr std::size_t kMaxDotNodes = 300;
constexpr std::size_t kMaxDotEdges = 600;
constexpr std::size_t kDenseEdgesPerNode = 3;
constexpr std::size_t kDenseMinEdges = 160;

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
    const bool dense =
        edgeCount >= kDenseEdgesPerNode * nodeCount && edgeCount > kDenseMinEdges && nodeCount > 0;
    if (nodeCount <= kMaxDotNodes && edgeCount <= kMaxDotEdges && !dense) {
        return Engine::Dot;
    }
    return Engine::Sfdp;
}

} // namespace dealgraph::layout
