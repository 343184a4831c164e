// A graph laid out for one slide at the slide's minimum type size. The window's scene is laid
// out for the screen (small type, the whole model); a slide lays out again with its fonts at
// ExportOptions::minTypePt, for the frame's shape, and for what it shows. When that graph
// cannot fit the frame without drawing type smaller, it is simplified, not shrunk: groups
// collapse into one box each, then the least weighty entities fold into "Others", and the
// slide says what was folded (or, with strictType, the export fails naming the size it needs).
#pragma once

#include "export/export_options.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dealgraph::app {

class Document;
class GraphScene;
class GraphStyle;

struct SlideGraph {
    std::unique_ptr<Document> document;
    std::unique_ptr<GraphScene> scene;
    // What was grouped or folded, for the slide ("Grouped: Oracle-built sites (4) …");
    // empty when nothing was.
    QString simplification;
};

// The graph style of a slide: the scene's fonts sized to the options' type, the other-language
// line as asked (or as the interface's language decides).
GraphStyle slideGraphStyle(const GraphStyle& base, const ExportOptions& options);

// Lays out what `source` (a scene and its document) shows for a slide of `options`, with the
// source's layout worker, cache and time limit, waiting for the worker in a local event loop.
// Returns nullopt and sets `error` when the layout fails, or when options.strictType is set and
// the graph does not fit at options.minTypePt.
std::optional<SlideGraph> layOutSlideGraph(GraphScene& source, const ExportOptions& options,
                                           QString* error);

} // namespace dealgraph::app
