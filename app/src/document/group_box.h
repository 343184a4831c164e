// The box that stands for a collapsed entity group, in the window and on slides alike.
#pragma once

#include "dealgraph/model.h"
#include "dealgraph/simplify.h"

#include <string>

namespace dealgraph::app {

// "Oracle-built sites (4)", of its members' kind when they all share one (Other otherwise),
// with the id given.
Entity groupBox(const Model& model, const EntityGroup& group, std::string id);

} // namespace dealgraph::app
