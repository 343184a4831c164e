// Text shared by the interchange writers: a flow's amounts as one label, a deal's sources.
#pragma once

#include "dealgraph/model.h"

#include <string>

namespace dealgraph::detail {

std::string amountsText(const Flow& flow); // "about $300B · 4.5 GW"; "" without amounts
std::string sourcesText(const Model& model, const Deal& deal); // "Publisher (date); ..."
std::string entityLabel(const Entity& entity); // name, plus the zh-Hans name on a 2nd line

} // namespace dealgraph::detail
