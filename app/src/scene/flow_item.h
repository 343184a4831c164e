// A flow on the graph: the Bézier curve Graphviz routed, an arrowhead at its head, coloured by
// type, as wide as its amount and dashed by its deal's status, with its amount label as a
// separate item above every line (so crossing lines never cover a number).
#pragma once

#include "scene/entity_item.h"

#include "dealgraph/graph_layout.h"
#include "dealgraph/kinds.h"

#include <QGraphicsItem>
#include <QPainterPath>

#include <optional>
#include <string>
#include <vector>

namespace dealgraph::app {

class FlowLabelItem;

// How a flow relates to the document's selection: selected itself (or its whole deal is), or
// another flow of its deal is.
enum class FlowSelection { None, SameDeal, Selected };

class FlowItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    struct Ends {
        std::string from; // entity ids, for hover highlighting
        std::string to;
    };

    FlowItem(std::string dealId, int flowIndex, FlowType type, qreal amountWidth, Ends ends,
             const layout::EdgeGeometry& geometry);

    int type() const override { return Type; }
    const std::string& dealId() const { return dealId_; }
    int flowIndex() const { return flowIndex_; }
    FlowType flowType() const { return type_; }
    const Ends& ends() const { return ends_; }
    const QPainterPath& path() const { return path_; }
    // Whether this curve draws (part of) the deal: its own, or one of a bundle's members.
    virtual bool involvesDeal(const std::string& dealId) const { return dealId == dealId_; }

    // Replaces the curve and arrowheads: the scene re-routes flows whose boxes were placed by
    // hand (flow_route.h), and restores the layout's route when they go back.
    void setRoute(const layout::EdgeGeometry& geometry);
    const layout::EdgeGeometry& route() const { return route_; }

    // The label item, created by the scene when the flow has amounts; may be null.
    void setLabel(FlowLabelItem* label) { label_ = label; }
    FlowLabelItem* label() const { return label_; }

    // The deal's status in the document's view; nullopt when it is not on record.
    void setStatus(std::optional<Status> status);
    std::optional<Status> status() const { return status_; }
    // Shows or hides the flow together with its label.
    void setShown(bool shown);
    void setEmphasis(Emphasis emphasis);
    Emphasis emphasis() const { return emphasis_; }
    void setSelectionState(FlowSelection state);
    FlowSelection selectionState() const { return selection_; }
    void setToolTips(const QString& toolTip); // on the line and its label

    // The pen at this item's status; `minimumWidth` in scene units.
    QPen pen(const GraphStyle& style, qreal minimumWidth = 0) const;
    // The triangle drawn for `arrow` on a line `lineWidth` wide, in item coordinates (the web
    // page draws the same).
    QPolygonF arrowHead(const layout::Arrow& arrow, qreal lineWidth) const;

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

    // Shared with the label so pointer handling is identical on both. A summed bundle
    // (bundle_item.h) points at all of its deals instead of one.
    virtual void hoverEntered();
    virtual void hoverLeft();
    virtual void pressed();

    // Stroke width for the amounts (GraphStyle::flowWidth); summed bundles change it per view.
    void setAmountWidth(qreal width);

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    GraphScene* graphScene() const;
    void updateZ();

    std::string dealId_;
    int flowIndex_;
    FlowType type_;
    qreal amountWidth_;
    Ends ends_;
    layout::EdgeGeometry route_; // what path_ and arrows_ were made from
    QPainterPath path_;
    std::vector<layout::Arrow> arrows_;
    QRectF bounds_;
    std::optional<Status> status_;
    Emphasis emphasis_ = Emphasis::Normal;
    FlowSelection selection_ = FlowSelection::None;
    FlowLabelItem* label_ = nullptr;
};

// A flow's amount on a rounded plate of the background colour, so it reads over lines.
class FlowLabelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    FlowLabelItem(FlowItem* flow, QString text, QSizeF size);

    int type() const override { return Type; }
    FlowItem* flow() const { return flow_; }
    const QString& text() const { return text_; }
    void setText(QString text, QSizeF size); // a bundle's total changes with the view
    QRectF plateRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;

private:
    FlowItem* flow_;
    QString text_;
    QSizeF size_;
};

} // namespace dealgraph::app
