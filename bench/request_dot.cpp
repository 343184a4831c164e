#include "request_dot.h"

#include "graphviz_attributes.h"

namespace dealgraph::bench {
namespace {

// Attribute values are plain numbers or keywords from graphAttributesFor; quoting them keeps
// values such as "+5" (sep) valid DOT.
void appendList(std::string& out, const layout::detail::Attributes& attributes) {
    bool first = true;
    for (const auto& [name, value] : attributes) {
        if (!first)
            out += ", ";
        first = false;
        out += name;
        out += "=\"";
        out += value;
        out += '"';
    }
}

} // namespace

std::string requestToDot(const layout::LayoutRequest& request) {
    namespace detail = layout::detail;
    const detail::GraphAttributes attributes = detail::graphAttributesFor(request);
    std::string out = "digraph layout {\n  graph [";
    appendList(out, attributes.graph);
    out += "];\n  node [";
    appendList(out, attributes.nodeDefaults);
    out += "];\n  edge [";
    appendList(out, attributes.edgeDefaults);
    out += "];\n";
    for (std::size_t i = 0; i < request.nodes.size(); ++i) {
        const layout::NodeSpec& node = request.nodes[i];
        out += "  n";
        out += std::to_string(i);
        out += " [width=";
        out += detail::nodeSizeAttribute(node.size.width);
        out += ", height=";
        out += detail::nodeSizeAttribute(node.size.height);
        out += "];\n";
    }
    for (const layout::EdgeSpec& edge : request.edges) {
        out += "  n";
        out += std::to_string(edge.tail);
        out += " -> n";
        out += std::to_string(edge.head);
        out += " [weight=";
        out += detail::edgeWeightAttribute(request.engine, edge.weight);
        if (detail::hasEdgeLabel(edge)) {
            out += ", label=<";
            out += detail::edgeLabelHtml(edge.labelSize);
            out += '>';
        }
        out += "];\n";
    }
    out += "}\n";
    return out;
}

} // namespace dealgraph::bench
