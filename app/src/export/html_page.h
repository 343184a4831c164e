// The graph as one self-contained web page: each view (a story's step, or the one graph) a
// slide's graph as inline SVG (html_graph.h) with its title, caption, legend and sources, and a
// details panel: hovering an entity or a flow lights it and its partners, clicking one shows
// its deals, or the deal with its flows, dated history, notes and sources, as the window's
// details panel does. What the panel needs goes into the page as JSON; the page's script and
// style (resources/web/) are inline, pinned by a Content-Security-Policy that allows no other
// script, style or request, so the page works from a file:// path with no network. Every text
// from the model is escaped, in the markup and in the JSON alike.
#pragma once

#include "export/slide_renderer.h"

#include "dealgraph/model.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <set>
#include <vector>

namespace dealgraph::app {

class Document;
class GraphScene;

class HtmlPage {
public:
    // `model` is the one the details describe (the document's, not a slide's simplified one);
    // it must outlive the page.
    explicit HtmlPage(const Model& model);

    // Adds a view: `scene` (laid out, with the emphasis the view gives it) drawn as `slide`
    // frames it. `shown` is the document showing the view over `model`: its deals are the
    // view's, its statuses as of its date.
    void addView(const GraphScene& scene, const Slide& slide, const Document& shown);

    // The page. `name` is its title ("dealgraph" when empty); with more than one view it plays
    // them as a story, step by step (Previous/Next, arrow keys, PageUp/PageDown, space).
    QByteArray html(const QString& name) const;

private:
    struct PageView {
        QString graph;  // inline SVG
        QString legend; // inline SVG, or empty
        SlideText text;
        ExportTheme theme = ExportTheme::Light;
        QJsonObject data; // what the details panel needs of this view
    };

    QJsonObject dataJson(const QString& title) const;
    QString viewHtml(const PageView& view, std::size_t index) const;

    const Model& model_;
    std::vector<PageView> views_;
    std::set<std::size_t> entities_; // model indexes the details may name
    std::set<std::size_t> deals_;
};

} // namespace dealgraph::app
