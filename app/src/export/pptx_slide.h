// One slide of a PowerPoint deck in DrawingML, from the same Slide the PNG, SVG and PDF
// exports paint: the title and caption as slide text; the graph as native shapes a user can
// edit (each entity a box with its name as its text, each flow a curve with its arrowhead,
// each amount a text box), grouped so the whole graph moves as one; the date stamp and what
// was folded as small text; the sources in the speaker notes.
#pragma once

#include "export/pptx_package.h"
#include "export/slide_renderer.h"

#include <QSize>

namespace dealgraph::app {

class GraphScene;

// The slide's size in EMU: its aspect, 7.5 inches high (13.33 x 7.5 in for 16:9).
QSize pptxSlideSize(const Slide& slide);

// The slide and its notes page. `scene` is read as it stands (visibility, emphasis, routes).
PptxSlideXml pptxSlide(const GraphScene& scene, const Slide& slide);

} // namespace dealgraph::app
