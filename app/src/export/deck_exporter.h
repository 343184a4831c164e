// A story as a deck: one slide per step, each framed as a single export is (title, caption,
// legend, as-of stamp, the sources of what the step shows): a PDF of one page per step, a
// PowerPoint deck of one slide per step with the graph as native shapes (pptx_slide.h), or a
// web page that plays the steps one by one (html_page.h).
#pragma once

#include "export/export_options.h"

#include "dealgraph/model.h"

#include <QString>
#include <QStringList>

namespace dealgraph::app {

class Document;
class GraphScene;

// The formats a deck can be written in, and how the command line names them.
enum class DeckFormat { Pdf, Pptx, Html };
// "deck.pdf" -> Pdf, "deck.pptx" -> Pptx, "deck.html" (or .htm) -> Html; nullopt for anything
// else (deckFormatProblem).
std::optional<DeckFormat> deckFormatFromPath(const QString& path);
// Why `path` cannot take a deck: the formats that can. Empty when it can.
QString deckFormatProblem(const QString& path);

// Writes `story` to `path` (a PDF: vector, fonts embedded; a .pptx; or a web page), each step
// shown in `document` (story_view.h) and laid out for its slide as `options` ask, with the
// step's title, caption, layout and collapsed groups. The document's view is put back
// afterwards. `warnings` gets what
// the reader should know (a caption cut to fit). On failure returns false and says why; no file
// is left half written.
bool exportStoryDeck(const QString& path, GraphScene& scene, Document& document, const Story& story,
                     const ExportOptions& options, QString* error, QStringList* warnings = nullptr);

} // namespace dealgraph::app
