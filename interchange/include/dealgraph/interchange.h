// Writing a model view in formats other tools read: Graphviz DOT (the `dot` command lays it
// out as is) and GraphML (graphml2gv, Gephi, yEd, Cytoscape), entity and deal attributes
// carried. Qt-free; the app passes its colours in.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/query.h"

#include <map>
#include <string>

namespace dealgraph {

struct DotStyle {
    std::map<FlowType, std::string> flowColours; // "#rrggbb"; missing types are drawn black
    std::string fontName = "Noto Sans";
    bool leftToRight = true;
};

// One node per entity of the view, one edge per flow, amount labels, line style by status.
// Every model string is escaped for DOT; no attribute that reads files is ever written.
std::string writeDot(const Model& model, const View& view, const DotStyle& style = {});

// GraphML 1.0 with typed keys: entity name, kind, description, Chinese name, aliases; deal id,
// title, kind, status, date, flow type, amount (nominal number), amount text, sources.
std::string writeGraphML(const Model& model, const View& view);

// Escapes text for XML character data and attribute values, dropping characters XML 1.0
// cannot carry (most C0 controls) so the output stays well-formed whatever the model holds.
std::string escapeXml(std::string_view text);

} // namespace dealgraph
