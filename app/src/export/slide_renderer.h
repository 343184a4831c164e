// Paints a slide: background, title and subtitle, the graph fitted with margins, a legend of
// what is shown, and a footer with the "as of" date and the publishers of the deals shown.
// Paints on any QPainter device, so PNG, SVG, PDF and the clipboard get the same picture.
#pragma once

#include "export/export_options.h"
#include "scene/graph_style.h"
#include "scene/legend.h"

#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

class QFontMetricsF;
class QPainter;

namespace dealgraph::app {

class GraphScene;

struct SlideText {
    QString title;
    QString subtitle;
    QString caption;     // a few sentences under the title (a story step's); empty: none
    QString dateStamp;   // "As of 2025-01-21"; empty: none
    QStringList sources; // "Tom's Hardware (citing Financial Times)", most cited first
    // What was grouped or folded so the graph reads at the slide's type size; empty: nothing.
    QString simplification;
};

struct Slide {
    QSize size; // device pixels
    ExportTheme theme = ExportTheme::Light;
    SlideText text;
    bool legend = true;
    LegendContent legendContent;
    // The legend the slide makes room for: legendContent, or for a dated slide the legend of all
    // its dates, so that slides of the same graph at different dates put the graph in the same
    // place (see framingFor in exporter.cpp). Empty: legendContent.
    LegendContent legendRoom;
    QRectF source; // the part of the scene to show
    // The smallest text of the slide's own (footer, legend), in slide units (1080 high).
    qreal textUnits = 20;
    qreal captionUnits = 30; // the caption's type (ExportOptions::captionUnits)
    // The graph is drawn at most this many slide units per scene unit. A slide laid out at
    // its type size (export/slide_layout.h) is never drawn below 1, and at most 2: a small
    // filtered graph grows, but not into a poster.
    qreal maxGraphScale = 1e9;
};

// A slide laid out at its type size draws its graph at most this large (see maxGraphScale).
inline constexpr qreal kMaxSlideGraphScale = 2;
// A caption longer than this many lines is cut with an ellipsis (captionLines): the graph
// keeps most of the slide.
inline constexpr int kMaxCaptionLines = 5;

// Where each part of a slide goes, in slide units (1080 high).
struct SlideGeometry {
    qreal width = 0; // of the slide, in slide units
    QRectF title, subtitle, stamp;
    QFont titleFont, subtitleFont, captionFont, footerFont;
    std::vector<std::pair<QRectF, QString>> caption; // its lines, wrapped
    bool captionCut = false; // longer than kMaxCaptionLines: the last line ends in "…"
    Qt::Alignment stampAlignment = Qt::AlignRight | Qt::AlignVCenter;
    std::vector<std::pair<QRectF, QString>> footer; // the sources' lines
    std::pair<QRectF, QString> simplification;
    QPointF legendOrigin;
    QRectF legend; // in the legend's own units, drawn at legendOrigin scaled by legendFit
    qreal legendFit = 1;
    LegendLayout legendLayout = LegendLayout::Columns;
    QRectF graph;     // the room left for the graph
    QRectF graphRect; // where the graph is drawn: slide.source fitted and centred in `graph`
    qreal graphScale = 0;
};
SlideGeometry slideGeometry(const Slide& slide, const GraphStyle& style);

// Composes the slide's text: the sources footer names the publishers of the deals `shown`
// (most cited first), the date stamp the document's date filter or today.
SlideText slideTextFor(const class Document& document, const View& shown,
                       const ExportOptions& options);

// The footer's lines: "Sources: a, b, c" wrapped to at most `maxLines` lines of `width`, every
// source named or, if they do not all fit, the rest counted ("and 3 more") rather than cut.
QStringList footerLines(const QStringList& sources, const QFontMetricsF& metrics, qreal width,
                        int maxLines);

// The caption wrapped to `width` in `font` (words, or characters in Chinese), at most `maxLines`
// lines; when it needs more, the last is cut with an ellipsis and `cut` is set.
QStringList captionLines(const QString& text, const QFont& font, qreal width, int maxLines,
                         bool* cut = nullptr);

// Paints the slide. The scene is drawn with the theme's GraphStyle and restored afterwards.
void paintSlide(QPainter& painter, GraphScene& scene, const Slide& slide);

} // namespace dealgraph::app
