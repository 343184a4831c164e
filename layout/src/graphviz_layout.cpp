// layoutInProcess: the only code that talks to Graphviz. It builds a graph from sizes alone
// (generated names, empty labels, fixed-size boxes; see graphviz_attributes.h for why no text
// ever reaches Graphviz), runs the engine and reads the geometry back through cgraph.
#include "dealgraph/graph_layout.h"
#include "graphviz_attributes.h"
#include "layout_geometry.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace dealgraph::layout {

namespace {

using detail::kPointsPerInch;

// Graphviz 2.42 takes char* for names and values that it only reads and copies.
char* mutableText(const std::string& text) {
    return const_cast<char*>(text.c_str());
}

// Graphviz reports problems through agerr, which prints to stderr unless a handler is set.
// While a layout runs, messages are collected here so they can become the outcome's error.
std::string& collectedMessages() {
    static std::string text;
    return text;
}

int collectMessage(char* text) {
    collectedMessages() += text;
    // Graphviz often crashes soon after an allocation fails; saying so on stderr as well lets
    // the process watching the worker tell a crash from running out of memory.
    if (std::strstr(text, "memory")) {
        std::fprintf(stderr, "Graphviz: %s\n", text);
    }
    return 0;
}

class GraphvizMessages {
public:
    GraphvizMessages()
        : previousHandler_(agseterrf(collectMessage)), previousLevel_(agseterr(AGWARN)) {
        collectedMessages().clear();
        agreseterrors();
    }
    ~GraphvizMessages() {
        agseterrf(previousHandler_);
        agseterr(previousLevel_);
    }
    GraphvizMessages(const GraphvizMessages&) = delete;
    GraphvizMessages& operator=(const GraphvizMessages&) = delete;

    // What Graphviz said, on one line, or empty.
    std::string text() const {
        std::string text = collectedMessages();
        std::replace(text.begin(), text.end(), '\n', ' ');
        while (!text.empty() && text.back() == ' ') {
            text.pop_back();
        }
        return text;
    }

private:
    agusererrf previousHandler_;
    agerrlevel_t previousLevel_;
};

std::string withGraphvizText(std::string message, const GraphvizMessages& messages) {
    const std::string said = messages.text();
    if (!said.empty()) {
        message += " (Graphviz: " + said + ")";
    }
    return message;
}

// gvContext() reads the plugin configuration and loads plugin libraries; it is slow and
// gvFreeContext does not give everything back, so one context serves the whole process.
GVC_t* graphvizContext() {
    static GVC_t* const context = gvContext();
    return context;
}

std::vector<std::string> availableLayoutEngines(GVC_t* context) {
    std::vector<std::string> names;
    int count = 0;
    char** list = gvPluginList(context, "layout", &count, nullptr);
    for (int i = 0; list && i < count; ++i) {
        names.emplace_back(list[i]);
        std::free(list[i]);
    }
    std::free(list);
    return names;
}

std::optional<std::string> missingEngineError(GVC_t* context, Engine engine) {
    const std::vector<std::string> available = availableLayoutEngines(context);
    if (available.empty()) {
        // Debian registers plugins in the config6a file that libgvc6's install step writes.
        return "Graphviz has no layout plugins: run `dot -c` as root to register them, "
               "or reinstall the libgvc6 package";
    }
    const std::string name(toString(engine));
    if (std::find(available.begin(), available.end(), name) == available.end()) {
        std::string list;
        for (const std::string& each : available) {
            list += (list.empty() ? "" : ", ") + each;
        }
        return "Graphviz has no \"" + name + "\" layout engine (available: " + list + ")";
    }
    return std::nullopt;
}

// Owns the cgraph graph and, once laid out, its layout data.
class Graph {
public:
    explicit Graph(GVC_t* context)
        : context_(context), graph_(agopen(mutableText("layout"), Agdirected, nullptr)) {}
    ~Graph() {
        if (laidOut_) {
            gvFreeLayout(context_, graph_);
        }
        agclose(graph_);
    }
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    Agraph_t* get() const { return graph_; }
    bool layout(Engine engine) {
        const std::string name(toString(engine));
        laidOut_ = true; // gvFreeLayout is safe after a failed gvLayout too
        return gvLayout(context_, graph_, name.c_str()) == 0;
    }

private:
    GVC_t* context_;
    Agraph_t* graph_;
    bool laidOut_ = false;
};

Agsym_t* declare(Agraph_t* graph, int kind, const std::string& name, const std::string& value) {
    return agattr(graph, kind, mutableText(name), mutableText(value));
}

void set(void* object, Agsym_t* symbol, const std::string& value) {
    agxset(object, symbol, mutableText(value));
}

// "n0", "e0", ...: the only names Graphviz ever sees. Built by appending, not with
// "n" + std::to_string(i), which trips GCC 12's false -Wrestrict warning (bug 105329) at -O2.
std::string generatedName(char prefix, std::size_t index) {
    std::string name(1, prefix);
    name += std::to_string(index);
    return name;
}

struct BuiltGraph {
    std::vector<Agnode_t*> nodes;
    std::vector<Agedge_t*> edges;
};

BuiltGraph buildGraph(Agraph_t* graph, const LayoutRequest& request) {
    const detail::GraphAttributes attributes = detail::graphAttributesFor(request);
    for (const auto& [name, value] : attributes.graph) {
        declare(graph, AGRAPH, name, value);
    }
    for (const auto& [name, value] : attributes.nodeDefaults) {
        declare(graph, AGNODE, name, value);
    }
    for (const auto& [name, value] : attributes.edgeDefaults) {
        declare(graph, AGEDGE, name, value);
    }
    Agsym_t* width = declare(graph, AGNODE, "width", "1");
    Agsym_t* height = declare(graph, AGNODE, "height", "1");
    const bool pins = detail::enginePinsNodes(request.engine) &&
                      std::any_of(request.nodes.begin(), request.nodes.end(),
                                  [](const NodeSpec& node) { return node.pinned.has_value(); });
    Agsym_t* pos = pins ? declare(graph, AGNODE, "pos", "") : nullptr;
    Agsym_t* pin = pins ? declare(graph, AGNODE, "pin", "false") : nullptr;

    BuiltGraph built;
    built.nodes.reserve(request.nodes.size());
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        const NodeSpec& spec = request.nodes[i];
        Agnode_t* node = agnode(graph, mutableText(generatedName('n', i)), 1);
        set(node, width, detail::nodeSizeAttribute(spec.size.width));
        set(node, height, detail::nodeSizeAttribute(spec.size.height));
        if (pins && spec.pinned) {
            set(node, pos, detail::pinnedPositionAttribute(*spec.pinned));
            set(node, pin, "true");
        }
        built.nodes.push_back(node);
    }

    Agsym_t* label = declare(graph, AGEDGE, "label", "");
    Agsym_t* weight = declare(graph, AGEDGE, "weight", "1");
    built.edges.reserve(request.edges.size());
    for (std::size_t i = 0; i < request.edges.size(); ++i) {
        const EdgeSpec& spec = request.edges[i];
        // Distinct names make parallel edges distinct edges, each with its own geometry.
        Agedge_t* edge = agedge(graph, built.nodes[static_cast<std::size_t>(spec.tail)],
                                built.nodes[static_cast<std::size_t>(spec.head)],
                                mutableText(generatedName('e', i)), 1);
        set(edge, weight, detail::edgeWeightAttribute(request.engine, spec.weight));
        // Only dot routes around labels; the other engines put a label at its edge's middle,
        // which toPoint/curveMidpoint does as well without Graphviz parsing 20,000 HTML tables.
        if (request.engine == Engine::Dot && detail::hasEdgeLabel(spec)) {
            // agxset keeps the HTML flag because it finds the string agstrdup_html interned.
            char* html = agstrdup_html(graph, mutableText(detail::edgeLabelHtml(spec.labelSize)));
            agxset(edge, label, html);
            agstrfree(graph, html);
        }
        built.edges.push_back(edge);
    }
    return built;
}

Point toPoint(pointf p) {
    return {p.x, p.y};
}

EdgeGeometry readEdge(Agedge_t* edge, const EdgeSpec& spec, const LayoutResult& raw) {
    EdgeGeometry geometry;
    const splines* spl = ED_spl(edge);
    if (spl && spl->size > 0) {
        for (int b = 0; b < spl->size; ++b) {
            const bezier& piece = spl->list[b];
            // Whole cubic segments only: 1 + 3k points.
            const int usable = piece.size >= 4 ? 1 + (piece.size - 1) / 3 * 3 : 0;
            if (usable == 0) {
                continue;
            }
            const Point first = toPoint(piece.list[0]);
            if (geometry.curve.empty()) {
                geometry.curve.push_back(first);
            } else if (geometry.curve.back().x != first.x || geometry.curve.back().y != first.y) {
                const auto bridge = detail::straightCurve(geometry.curve.back(), first);
                geometry.curve.insert(geometry.curve.end(), bridge.begin() + 1, bridge.end());
            }
            for (int i = 1; i < usable; ++i) {
                geometry.curve.push_back(toPoint(piece.list[i]));
            }
        }
        const bezier& first = spl->list[0];
        const bezier& last = spl->list[spl->size - 1];
        if (!geometry.curve.empty() && first.sflag) {
            geometry.tailArrow = {true, toPoint(first.sp), geometry.curve.front()};
        }
        if (!geometry.curve.empty() && last.eflag) {
            geometry.headArrow = {true, toPoint(last.ep), geometry.curve.back()};
        }
    }
    if (geometry.curve.size() < 4) {
        // The engine gave up on routing this edge: a straight line keeps it drawable.
        geometry = {};
        geometry.curve =
            detail::straightCurve(raw.nodes[static_cast<std::size_t>(spec.tail)].centre,
                                  raw.nodes[static_cast<std::size_t>(spec.head)].centre);
    }
    if (detail::hasEdgeLabel(spec)) {
        const textlabel_t* label = ED_label(edge);
        geometry.labelCentre =
            label && label->set ? toPoint(label->pos) : detail::curveMidpoint(geometry.curve);
    }
    return geometry;
}

bool allFinite(const LayoutResult& result) {
    const auto ok = [](Point p) { return std::isfinite(p.x) && std::isfinite(p.y); };
    for (const NodeGeometry& node : result.nodes) {
        if (!ok(node.centre)) {
            return false;
        }
    }
    for (const EdgeGeometry& edge : result.edges) {
        if (!std::all_of(edge.curve.begin(), edge.curve.end(), ok)) {
            return false;
        }
    }
    return true;
}

LayoutResult readLayout(Agraph_t* graph, const BuiltGraph& built, const LayoutRequest& request) {
    LayoutResult raw;
    raw.nodes.reserve(built.nodes.size());
    for (Agnode_t* node : built.nodes) {
        raw.nodes.push_back({toPoint(ND_coord(node)),
                             {ND_width(node) * kPointsPerInch, ND_height(node) * kPointsPerInch}});
    }
    raw.edges.reserve(built.edges.size());
    for (std::size_t i = 0; i < built.edges.size(); ++i) {
        raw.edges.push_back(readEdge(built.edges[i], request.edges[i], raw));
    }
    const boxf box = GD_bb(graph);
    detail::toTopLeftFrame(raw, request.edges, {toPoint(box.LL), toPoint(box.UR)});
    return raw;
}

} // namespace

namespace {
LayoutOutcome layoutOnce(GVC_t* context, const LayoutRequest& request, GraphvizMessages& messages) {
    Graph graph(context);
    const BuiltGraph built = buildGraph(graph.get(), request);
    const std::string engineName(toString(request.engine));
    if (!graph.layout(request.engine)) {
        return {
            std::nullopt,
            withGraphvizText("Graphviz could not lay out the graph with " + engineName, messages)};
    }
    LayoutResult result = readLayout(graph.get(), built, request);
    if (!allFinite(result)) {
        return {
            std::nullopt,
            withGraphvizText("Graphviz produced an invalid layout with " + engineName, messages)};
    }
    return {std::move(result), {}};
}
} // namespace

LayoutOutcome layoutInProcess(const LayoutRequest& request) {
    if (auto problem = detail::validateRequest(request)) {
        return {std::nullopt, "Invalid layout request: " + *problem};
    }
    if (request.nodes.empty()) {
        return {LayoutResult{}, {}};
    }
    GraphvizMessages messages;
    GVC_t* context = graphvizContext();
    if (!context) {
        return {std::nullopt, withGraphvizText("Graphviz could not start", messages)};
    }
    if (auto missing = missingEngineError(context, request.engine)) {
        return {std::nullopt, withGraphvizText(*missing, messages)};
    }

    if (request.engine != Engine::Dot || !request.frameAspect) {
        return layoutOnce(context, request, messages);
    }
    // Both rank directions; the one that fills the frame at the larger scale wins (ties go to
    // left-to-right, the direction people read money flowing in).
    LayoutRequest across = request;
    across.leftToRight = true;
    LayoutOutcome best = layoutOnce(context, across, messages);
    LayoutRequest down = request;
    down.leftToRight = false;
    LayoutOutcome other = layoutOnce(context, down, messages);
    if (!best.result) {
        return other;
    }
    if (other.result) {
        const double aspect = *request.frameAspect;
        if (fitScale(other.result->bounds.width, other.result->bounds.height, aspect) >
            fitScale(best.result->bounds.width, best.result->bounds.height, aspect)) {
            best = std::move(other);
        }
    }
    return best;
}

double fitScale(double width, double height, double frameAspect) {
    if (!(width > 0) || !(height > 0)) {
        return 0;
    }
    return std::min(frameAspect / width, 1.0 / height);
}

} // namespace dealgraph::layout
