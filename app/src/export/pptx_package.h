// A PowerPoint (.pptx) package: the Office Open XML parts around the slides (content types,
// relationships, presentation, one master and layout, themes, the notes master), zipped with
// libzip. The slides' own XML comes from pptx_slide.h.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

#include <utility>
#include <vector>

namespace dealgraph::app {

struct PptxSlideXml {
    QByteArray slide;  // ppt/slides/slideN.xml
    QByteArray notes;  // ppt/notesSlides/notesSlideN.xml
    QByteArray legend; // PNG the slide shows as relationship kLegendImageRel; empty: none
};
// The relationship id a slide uses for its legend picture.
inline constexpr char kLegendImageRel[] = "rId3";

// EMU (English Metric Units) per point and per inch, DrawingML's unit of length.
inline constexpr qint64 kEmuPerPoint = 12700;
inline constexpr qint64 kEmuPerInch = 914400;

// The whole package for `slides` on slides `slideEmu` large (16:9: 12192000 x 6858000).
// Empty with `error` set when zipping fails.
QByteArray pptxPackage(const std::vector<PptxSlideXml>& slides, QSize slideEmu,
                       const QString& title, QString* error);

// Zips `parts` (path inside the archive, bytes) in order with libzip. Empty on failure.
QByteArray zipParts(const std::vector<std::pair<QString, QByteArray>>& parts, QString* error);

} // namespace dealgraph::app
