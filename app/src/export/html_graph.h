// A slide's graph as inline SVG for a web page (html_page.h), written from the laid-out scene's
// items as the PowerPoint export writes them (pptx_slide.h): each entity a group carrying its
// id (`<g class="entity" data-entity="openai">`) with its box and name, each flow a group and
// a path carrying its deal and flow (`data-deal`, `data-flow`, the ids at its ends) with its
// arrowhead, each amount a label carrying the same, in the slide's colours, status dashes and
// emphasis. Every text from the model is escaped.
#pragma once

#include "export/slide_renderer.h"

#include <QString>

#include <functional>
#include <string>

namespace dealgraph::app {

class GraphScene;

// The number of a drawn flow in the model the page describes: a slide's graph may be a
// simplified model (groups folded, "Others") whose flows are numbered otherwise. -1: none.
using FlowNumber = std::function<int(const std::string& dealId, int drawnFlow)>;

// The graph `slide.source` frames, in scene units (the SVG's viewBox), with the slide's
// theme. `scene` is read as it stands (visibility, emphasis, routes).
QString graphSvg(const GraphScene& scene, const Slide& slide, const FlowNumber& flowNumber);

// The slide's legend as inline SVG, in rows wrapped to `width` legend units; empty without
// one.
QString legendSvg(const GraphScene& scene, const Slide& slide, qreal width);

} // namespace dealgraph::app
