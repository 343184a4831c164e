// Exports what the window shows: PNG, SVG and PDF slides, DOT and GraphML interchange, and the
// clipboard. Every file is written atomically: a failed or interrupted export never leaves a
// truncated file where an older one was.
#pragma once

#include "export/export_options.h"
#include "export/slide_layout.h"
#include "export/slide_renderer.h"

#include <QByteArray>
#include <QRectF>
#include <QString>

#include <optional>

class QMimeData;
class QPdfWriter;

namespace dealgraph::app {

class Document;
class GraphScene;

// What a slide shows: its text, legend and the part of the scene it frames. A whole-graph slide
// with a date frames the graph of every date, so slides of one graph at different dates line up.
Slide composeSlide(GraphScene& scene, const Document& document, const ExportOptions& options,
                   const QRectF& viewRect);

// Whether a slide draws the window's own scene (and so needs its layout): the current view,
// or boxes placed by hand. Otherwise it lays out its own graph at its type size.
bool slideDrawsTheWindowScene(const Document& document, const ExportOptions& options,
                              const QRectF& viewRect);

// What a slide is drawn from: for a whole-graph slide the graph laid out again at the slide's
// type size (owned here), for the current view or boxes placed by hand the window's own scene.
struct PreparedSlide {
    std::optional<SlideGraph> graph;
    GraphScene* scene = nullptr;
    Slide slide;
};

// Lays out (or takes the window's scene for) the slide `options` ask for. On failure returns
// nullopt and says why.
std::optional<PreparedSlide> prepareSlide(GraphScene& scene, const Document& document,
                                          const ExportOptions& options, const QRectF& viewRect,
                                          QString* error);

// A slide shows the graph, not the window's state: no selection casing, no deal lit because it
// was clicked last, no hover. The window's scene gets them back when the slide is drawn.
class SelectionHidden {
public:
    explicit SelectionHidden(GraphScene& scene);
    ~SelectionHidden();
    SelectionHidden(const SelectionHidden&) = delete;
    SelectionHidden& operator=(const SelectionHidden&) = delete;

private:
    GraphScene& scene_;
};

// PDF pages the size of a slide of `slideSize` pixels, at 96 of them to the inch, no margins.
void setUpPdfPage(QPdfWriter& writer, const QSize& slideSize, const QString& title);

// Renders a slide in an image format (PNG, SVG or PDF) into bytes.
QByteArray renderSlide(GraphScene& scene, const Document& document, const ExportOptions& options,
                       const QRectF& viewRect, QString* error);

// Writes `data` to `path` through a temporary file renamed into place on success.
bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error);

// Exports to `path` in the format of its extension. `viewRect` is the scene rectangle of the
// current view, used when options.scope is CurrentView. On failure returns false and says why.
bool exportToFile(const QString& path, GraphScene& scene, const Document& document,
                  ExportOptions options, const QRectF& viewRect, QString* error);

// The slide as PNG image data plus SVG ("image/svg+xml") for applications that take it.
QMimeData* slideMimeData(GraphScene& scene, const Document& document, const ExportOptions& options,
                         const QRectF& viewRect);

} // namespace dealgraph::app
