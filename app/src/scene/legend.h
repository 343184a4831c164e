// The legend: flow types with their colours, status line styles and entity kinds, listing only
// what the current view shows. A paint function so export can draw it onto an image with any
// theme, and a small widget showing it for the document's view (dock or overlay).
#pragma once

#include "scene/graph_style.h"

#include "dealgraph/kinds.h"
#include "dealgraph/model.h"
#include "dealgraph/query.h"
#include "dealgraph/timeline.h"

#include <QMarginsF>
#include <QRectF>
#include <QSizeF>
#include <QWidget>

#include <vector>

class QPainter;

namespace dealgraph::app {

class Document;

struct LegendContent {
    std::vector<FlowType> flowTypes; // in kAllFlowTypes order
    std::vector<Status> statuses;    // in kAllStatuses order
    std::vector<EntityKind> entityKinds;
    bool showWidthScale = false;     // some shown flow has an amount, so widths mean something
    bool summed = false;             // curves are per pair and type, labelled with totals
    bool totalsDiscs = false;        // entities carry a disc sized by the money they move
    std::vector<ChangeKind> changes; // comparing: the tags shown, in ChangeKind order
    QString changesSince;            // comparing: the earlier date, "2025-01-21"

    bool isEmpty() const { return flowTypes.empty() && entityKinds.empty(); }
};

// What the view shows: the types of its flows, its deals' statuses, its entities' kinds.
LegendContent legendContentFor(const Model& model, const View& view);
// The same plus what the document's display options and comparison add to the picture.
LegendContent legendContentFor(const Document& document, const View& view);

// Columns: flows, status and entities side by side, one entry a line (a slide's corner).
// Rows: one line per section, entries side by side, wrapping to the width (a strip).
enum class LegendLayout { Columns, Rows };

// The size paintLegend needs; `width` is where Rows wrap (0: never).
QSizeF legendSize(const LegendContent& content, const GraphStyle& style,
                  LegendLayout layout = LegendLayout::Columns, qreal width = 0);
// Paints the content at `rect`'s top-left (Rows wrap to its width), background untouched.
void paintLegend(QPainter& painter, const QRectF& rect, const GraphStyle& style,
                 const LegendContent& content, LegendLayout layout = LegendLayout::Columns);
void paintLegend(QPainter& painter, const QRectF& rect, const GraphStyle& style, const Model& model,
                 const View& view);

// The legend of the document's view at every date (its other filters kept), with every status
// its deals ever had: the room a legend needs so it keeps its size while the date moves.
LegendContent legendRoomFor(const Document& document);
// The same from viewAtEveryDate(document), for callers that already have it.
LegendContent legendRoomFor(const Document& document, const View& everyDate);
// The document's view without its date (and so without its status clause, which selects
// different deals at different dates): what the graph shows at one date or another.
View viewAtEveryDate(const Document& document);

// The legend of the document's current view (nothing when the view is empty). Follows
// viewChanged and modelReset. In Columns it draws on a rounded plate (a dock or an overlay);
// in Rows it is a strip whose height depends on its width.
class LegendWidget : public QWidget {
    Q_OBJECT
public:
    explicit LegendWidget(Document* document, QWidget* parent = nullptr);

    void setGraphStyle(const GraphStyle& style);
    void setLegendLayout(LegendLayout layout);
    const LegendContent& content() const { return content_; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return layout_ == LegendLayout::Rows; }
    int heightForWidth(int width) const override;

signals:
    void contentChanged();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();
    QMarginsF padding() const;

    Document* document_;
    GraphStyle style_;
    QSizeF sizeFor(qreal width) const; // of the larger of content_ and room_
    LegendContent content_;
    LegendContent room_; // legendRoomFor: sizes the widget, so playing dates never resizes it
    LegendLayout layout_ = LegendLayout::Columns;
};

} // namespace dealgraph::app
