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

class QFontMetricsF;
class QPainter;

namespace dealgraph::app {

class GraphScene;

struct SlideText {
    QString title;
    QString subtitle;
    QString dateStamp;   // "As of 2025-01-21"; empty: none
    QStringList sources; // "Tom's Hardware (citing Financial Times)", most cited first
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
};

// Composes the slide's text: the sources footer names the publishers of the deals `shown`
// (most cited first), the date stamp the document's date filter or today.
SlideText slideTextFor(const class Document& document, const View& shown,
                       const ExportOptions& options);

// The footer's lines: "Sources: a, b, c" wrapped to at most `maxLines` lines of `width`, every
// source named or, if they do not all fit, the rest counted ("and 3 more") rather than cut.
QStringList footerLines(const QStringList& sources, const QFontMetricsF& metrics, qreal width,
                        int maxLines);

// Paints the slide. The scene is drawn with the theme's GraphStyle and restored afterwards.
void paintSlide(QPainter& painter, GraphScene& scene, const Slide& slide);

// What "whole graph" means: the bounding box of the visible items.
QRectF visibleItemsRect(const GraphScene& scene);

} // namespace dealgraph::app
