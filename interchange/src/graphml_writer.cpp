#include "dealgraph/interchange.h"

#include "flow_text.h"

#include <cstdio>

namespace dealgraph {

std::string escapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        case '\n':
            out += "&#10;";
            break; // kept inside attributes, where a raw newline is folded
        case '\t':
            out += "&#9;";
            break;
        case '\r':
            out += "&#13;";
            break;
        default:
            if (u >= 0x20)
                out += c; // UTF-8 bytes pass through; the model's text is valid UTF-8
            break;        // other C0 controls are not allowed in XML 1.0: dropped
        }
    }
    return out;
}

namespace {

struct Key {
    const char* id;
    const char* domain; // node or edge
    const char* name;
    const char* type; // string, double
};

// Gephi and yEd read "label"; the rest are plain typed attributes every reader keeps.
constexpr Key kKeys[] = {
    {"label", "node", "label", "string"},
    {"kind", "node", "kind", "string"},
    {"name_zh", "node", "name_zh_Hans", "string"},
    {"aliases", "node", "aliases", "string"},
    {"description", "node", "description", "string"},
    {"elabel", "edge", "label", "string"},
    {"deal", "edge", "deal", "string"},
    {"title", "edge", "title", "string"},
    {"deal_kind", "edge", "deal_kind", "string"},
    {"flow", "edge", "flow_type", "string"},
    {"status", "edge", "status", "string"},
    {"date", "edge", "date", "string"},
    // One typed column per unit, so a compute flow keeps both its GW and its GPUs and a tool
    // can sum or filter numbers; each with its qualifier, so "up to $100B" is not read as exact.
    {"amount_usd", "edge", "amount_usd", "double"},
    {"amount_gw", "edge", "amount_gw", "double"},
    {"amount_gpus", "edge", "amount_gpus", "double"},
    {"amount_chips", "edge", "amount_chips", "double"},
    {"amount_percent", "edge", "amount_percent", "double"},
    {"qualifier_usd", "edge", "qualifier_usd", "string"},
    {"qualifier_gw", "edge", "qualifier_gw", "string"},
    {"qualifier_gpus", "edge", "qualifier_gpus", "string"},
    {"qualifier_chips", "edge", "qualifier_chips", "string"},
    {"qualifier_percent", "edge", "qualifier_percent", "string"},
    {"max_usd", "edge", "max_usd", "double"},
    {"max_gw", "edge", "max_gw", "double"},
    {"max_gpus", "edge", "max_gpus", "double"},
    {"max_chips", "edge", "max_chips", "double"},
    {"max_percent", "edge", "max_percent", "double"},
    {"sources", "edge", "sources", "string"},
};

void data(std::string& out, const char* key, std::string_view value) {
    if (value.empty())
        return;
    out += "      <data key=\"";
    out += key;
    out += "\">" + escapeXml(value) + "</data>\n";
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "" : "; ") + item;
    return out;
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", value);
    return buffer;
}

} // namespace

std::string writeGraphML(const Model& model, const View& view) {
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                      "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                      "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    for (const auto& key : kKeys)
        out += std::string("  <key id=\"") + key.id + "\" for=\"" + key.domain + "\" attr.name=\"" +
               key.name + "\" attr.type=\"" + key.type + "\"/>\n";
    out += "  <graph id=\"dealgraph\" edgedefault=\"directed\">\n";
    for (auto index : view.entities) {
        const Entity& entity = model.entities()[index];
        out += "    <node id=\"" + escapeXml(entity.id) + "\">\n";
        data(out, "label", entity.name);
        data(out, "kind", toString(entity.kind));
        if (auto zh = entity.names.find("zh-Hans"); zh != entity.names.end())
            data(out, "name_zh", zh->second);
        data(out, "aliases", joined(entity.aliases));
        data(out, "description", entity.description);
        out += "    </node>\n";
    }
    for (const auto& ref : view.flows) {
        const Deal& deal = model.deals()[ref.deal];
        const Flow& flow = deal.flows[ref.flow];
        const Status status = view.status[ref.deal].value_or(deal.latestStatus());
        out += "    <edge id=\"" + escapeXml(deal.id) + "#" + std::to_string(ref.flow) +
               "\" source=\"" + escapeXml(flow.from) + "\" target=\"" + escapeXml(flow.to) +
               "\">\n";
        data(out, "elabel", detail::amountsText(flow));
        data(out, "deal", deal.id);
        data(out, "title", deal.title);
        data(out, "deal_kind", toString(deal.kind));
        data(out, "flow", toString(flow.type));
        data(out, "status", toString(status));
        data(out, "date", deal.firstDate().toString());
        for (const auto& amount : flow.amounts) {
            const std::string unit(toString(amount.unit));
            data(out, ("amount_" + unit).c_str(), number(amount.value));
            data(out, ("qualifier_" + unit).c_str(), toString(amount.qualifier));
            if (amount.qualifier == Qualifier::Range)
                data(out, ("max_" + unit).c_str(), number(amount.max));
        }
        data(out, "sources", detail::sourcesText(model, deal));
        out += "    </edge>\n";
    }
    out += "  </graph>\n</graphml>\n";
    return out;
}

} // namespace dealgraph
