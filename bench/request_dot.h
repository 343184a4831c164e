// The DOT text of a layout request: the graph layoutInProcess builds through cgraph (the same
// attributes from the same functions, generated names, fixed-size boxes, empty HTML tables for
// labels), written out so that the `dot`/`sfdp` commands can lay out exactly the same graph.
// Uses layout/src/graphviz_attributes.h, which holds strings only, no Graphviz types.
#pragma once

#include "dealgraph/graph_layout.h"

#include <string>

namespace dealgraph::bench {

std::string requestToDot(const layout::LayoutRequest& request);

} // namespace dealgraph::bench
