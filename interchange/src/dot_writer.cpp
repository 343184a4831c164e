#include "dealgraph/interchange.h"

#include "dealgraph/graph_layout.h"
#include "flow_text.h"

#include <algorithm>

namespace dealgraph {
namespace {

// Graphviz's DOT scanner refuses a quoted string longer than 16,384 bytes, and model strings
// may be 100,000 (kMaxStringBytes). Longer text is written as DOT's "..." + "..." concatenation,
// cut between characters: never inside a UTF-8 sequence or a CR LF pair. Escaping at most
// multiplies a byte by five ("&" becomes "&amp;"), so a piece of this size stays far below.
constexpr std::size_t kDotPieceBytes = 2000;

std::size_t pieceEnd(std::string_view text, std::size_t start) {
    std::size_t end = std::min(text.size(), start + kDotPieceBytes);
    while (end < text.size() && end > start + 1 &&
           ((static_cast<unsigned char>(text[end]) & 0xC0) == 0x80 ||
            (text[end - 1] == '\r' && text[end] == '\n')))
        --end;
    return end;
}

// Built by appending: GCC 12 warns falsely (-Wrestrict, PR105329) on "literal" + std::string.
std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = pieceEnd(text, start);
        if (start > 0)
            out += "\" + \"";
        out += layout::escapeDotString(text.substr(start, end - start));
        start = end;
    }
    out += '"';
    return out;
}

const char* lineStyle(Status status) {
    switch (status) {
    case Status::Rumoured:
        return "dotted";
    case Status::Announced:
        return "dashed";
    case Status::OnHold:
    case Status::Abandoned:
    case Status::Superseded:
        return "dashed";
    case Status::Signed:
    case Status::Active:
    case Status::Completed:
        break;
    }
    return "solid";
}

const char* shapeFor(EntityKind kind) {
    switch (kind) {
    case EntityKind::Site:
        return "cylinder";
    case EntityKind::JointVenture:
        return "hexagon";
    case EntityKind::Government:
        return "house";
    default:
        return "box";
    }
}

} // namespace

std::string writeDot(const Model& model, const View& view, const DotStyle& style) {
    std::string out = "digraph dealgraph {\n";
    out += "  graph [rankdir=" + std::string(style.leftToRight ? "LR" : "TB") +
           ", fontname=" + quoted(style.fontName);
    if (!model.title().empty())
        out += ", label=" + quoted(model.title()) + ", labelloc=t";
    out += "];\n";
    out += "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f4f6\", fontname=" +
           quoted(style.fontName) + "];\n";
    out += "  edge [fontname=" + quoted(style.fontName) + ", fontsize=10];\n";
    for (auto index : view.entities) {
        const Entity& entity = model.entities()[index];
        out += "  " + quoted(entity.id) + " [label=" + quoted(detail::entityLabel(entity)) +
               ", shape=" + shapeFor(entity.kind) + ", tooltip=" + quoted(entity.description) +
               "];\n";
    }
    for (const auto& ref : view.flows) {
        const Deal& deal = model.deals()[ref.deal];
        const Flow& flow = deal.flows[ref.flow];
        const Status status = view.status[ref.deal].value_or(deal.latestStatus());
        auto colour = style.flowColours.find(flow.type);
        out += "  " + quoted(flow.from) + " -> " + quoted(flow.to) + " [";
        const std::string amounts = detail::amountsText(flow);
        if (!amounts.empty())
            out += "label=" + quoted(amounts) + ", ";
        std::string colourText = colour == style.flowColours.end() ? "#000000" : colour->second;
        if (!isLive(status))
            colourText += "80"; // on hold, abandoned, superseded, completed: half transparent
        out += "color=" + quoted(colourText);
        out += ", style=" + quoted(lineStyle(status));
        out += ", tooltip=" + quoted(deal.title + " (" + std::string(toString(status)) + ")");
        out += "];\n";
    }
    return out + "}\n";
}

} // namespace dealgraph
