#include "export/html_graph.h"

#include "scene/bundle_item.h"
#include "scene/change_badge_item.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_input.h"
#include "scene/graph_scene.h"
#include "scene/legend.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

// CSS pixels per scene unit at most. A slide's names are 24 units (at 10 pt type): a story's
// step of a few boxes shows them at 29 px, large as on a projected slide but leaving the page
// room; a big graph is smaller to fit anyway. The legend, 20-unit text, reads like the page's
// own text at 16 px.
constexpr qreal kPixelsPerUnit = 1.2;
constexpr qreal kLegendPixelsPerUnit = 0.8;

QString num(qreal value) {
    return QString::number(std::round(value * 100) / 100, 'g', 10);
}

QString colourOf(const QColor& colour) {
    return colour.name(QColor::HexRgb);
}

// The families a slide's font falls back to in a browser: the scene's own, then the ones the
// Debian package depends on for Latin and CJK text.
QString familiesOf(const QFont& font) {
    QStringList families{QStringLiteral("\"%1\"").arg(font.family().remove(QLatin1Char('"')))};
    for (const char* fallback :
         {"\"DejaVu Sans\"", "\"Noto Sans CJK SC\"", "\"WenQuanYi Micro Hei\"", "sans-serif"})
        families << QString::fromLatin1(fallback);
    return families.join(QStringLiteral(", "));
}

qreal pixelsOf(const QFont& font) {
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
}

class SvgWriter {
public:
    explicit SvgWriter(QString* out) : xml_(out) {}

    QXmlStreamWriter& xml() { return xml_; }
    void attribute(const char* name, const QString& value) {
        xml_.writeAttribute(QString::fromLatin1(name), value);
    }
    void attribute(const char* name, qreal value) { attribute(name, num(value)); }
    void start(const char* name) { xml_.writeStartElement(QString::fromLatin1(name)); }
    void empty(const char* name) { xml_.writeEmptyElement(QString::fromLatin1(name)); }
    void end() { xml_.writeEndElement(); }

    // Fill or stroke in a colour, its alpha as the matching opacity.
    void paint(const char* what, const QColor& colour) {
        if (colour.alpha() == 0) {
            attribute(what, QStringLiteral("none"));
            return;
        }
        attribute(what, colourOf(colour));
        if (colour.alphaF() < 0.999f)
            attribute(QByteArray(what).append("-opacity").constData(), colour.alphaF());
    }
    void rect(const QRectF& rect) {
        attribute("x", rect.x());
        attribute("y", rect.y());
        attribute("width", rect.width());
        attribute("height", rect.height());
    }
    void opacity(qreal value) {
        if (value < 0.999)
            attribute("opacity", value);
    }
    void setFont(const QFont& font) {
        attribute("font-family", familiesOf(font));
        attribute("font-size", pixelsOf(font));
        if (font.bold())
            attribute("font-weight", QStringLiteral("bold"));
    }
    // Lines of text centred on `centreX`, the first line's top at `top`.
    void lines(const QString& text, qreal centreX, qreal top, const QFont& font,
               const QColor& colour, const char* cssClass) {
        const QFontMetricsF metrics(font);
        start("text");
        attribute("class", QString::fromLatin1(cssClass));
        attribute("x", centreX);
        attribute("y", top + metrics.ascent());
        attribute("text-anchor", QStringLiteral("middle"));
        setFont(font);
        paint("fill", colour);
        const QStringList parts = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            start("tspan");
            attribute("x", centreX);
            if (i > 0)
                attribute("dy", metrics.lineSpacing());
            xml_.writeCharacters(parts[i]);
            end();
        }
        end();
    }

private:
    QXmlStreamWriter xml_;
};

QString dashes(Qt::PenStyle style, qreal width) {
    QVector<qreal> pattern;
    switch (style) {
    case Qt::DashLine:
        pattern = {4, 2};
        break;
    case Qt::DotLine:
        pattern = {1, 2};
        break;
    case Qt::DashDotLine:
        pattern = {4, 2, 1, 2};
        break;
    default:
        return {};
    }
    QStringList parts;
    for (qreal length : pattern)
        parts << num(length * width);
    return parts.join(QLatin1Char(' '));
}

// A drawn flow's ends, deal and number, on each element that stands for it.
void flowAttributes(SvgWriter& w, const FlowItem& flow, const FlowNumber& flowNumber) {
    w.attribute("data-deal", QString::fromStdString(flow.dealId()));
    w.attribute("data-flow", QString::number(flowNumber(flow.dealId(), flow.flowIndex())));
    w.attribute("data-from", QString::fromStdString(flow.ends().from));
    w.attribute("data-to", QString::fromStdString(flow.ends().to));
    if (flow.type() == BundleItem::Type) {
        const auto& bundle = static_cast<const BundleItem&>(flow);
        QStringList deals;
        for (const std::string& deal : bundle.memberDeals())
            deals << QString::fromStdString(deal);
        w.attribute("data-deals", deals.join(QLatin1Char(' ')));
    }
}

QString pathData(const QPainterPath& path) {
    QStringList parts;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            parts << QStringLiteral("M%1 %2").arg(num(e.x), num(e.y));
        } else if (e.isLineTo()) {
            parts << QStringLiteral("L%1 %2").arg(num(e.x), num(e.y));
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element to = path.elementAt(i + 2);
            parts << QStringLiteral("C%1 %2 %3 %4 %5 %6")
                         .arg(num(e.x), num(e.y), num(c2.x), num(c2.y), num(to.x), num(to.y));
            i += 2;
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString pointsOf(const QPolygonF& polygon) {
    QStringList points;
    for (const QPointF& p : polygon)
        points << num(p.x()) + QLatin1Char(',') + num(p.y());
    return points.join(QLatin1Char(' '));
}

void writeFlow(SvgWriter& w, const FlowItem& item, const GraphStyle& style,
               const FlowNumber& flowNumber) {
    const QString d = pathData(item.mapToScene(item.path()));
    if (d.isEmpty())
        return;
    const QPen pen = item.pen(style);
    w.start("g");
    w.attribute("class", QStringLiteral("flow"));
    flowAttributes(w, item, flowNumber);
    w.opacity(item.effectiveOpacity());
    // A wide transparent stroke under the line: thin curves are hard to point at.
    w.empty("path");
    w.attribute("class", QStringLiteral("hit"));
    w.attribute("d", d);
    w.attribute("fill", QStringLiteral("none"));
    w.attribute("stroke", QStringLiteral("transparent"));
    w.attribute("stroke-width", std::max<qreal>(pen.widthF(), 9));

    w.empty("path");
    w.attribute("class", QStringLiteral("line"));
    flowAttributes(w, item, flowNumber);
    w.attribute("d", d);
    w.attribute("fill", QStringLiteral("none"));
    w.paint("stroke", pen.color());
    w.attribute("stroke-width", pen.widthF());
    w.attribute("stroke-linejoin", QStringLiteral("round"));
    if (pen.style() != Qt::SolidLine) {
        QStringList parts; // QPen measures dashes in line widths, SVG in user units
        for (qreal length : pen.dashPattern())
            parts << num(length * pen.widthF());
        w.attribute("stroke-dasharray", parts.join(QLatin1Char(' ')));
    }
    for (const layout::Arrow& arrow : {item.route().headArrow, item.route().tailArrow}) {
        if (!arrow.present)
            continue;
        const QPolygonF head = item.mapToScene(item.arrowHead(arrow, pen.widthF()));
        if (head.isEmpty())
            continue;
        w.empty("polygon");
        w.attribute("class", QStringLiteral("arrow"));
        w.attribute("points", pointsOf(head));
        w.paint("fill", pen.color());
    }
    w.end();
}

void writeLabel(SvgWriter& w, const FlowLabelItem& label, const GraphStyle& style,
                const FlowNumber& flowNumber) {
    const FlowItem& flow = *label.flow();
    const QColor lineColour = style.flowStrokeColour(flow.flowType(), flow.status());
    const QRectF plate = label.mapRectToScene(label.plateRect());
    w.start("g");
    w.attribute("class", QStringLiteral("label"));
    flowAttributes(w, flow, flowNumber);
    w.opacity(label.effectiveOpacity());
    w.empty("rect");
    w.rect(plate);
    w.attribute("rx", 3);
    w.paint("fill", style.labelBackground());
    w.paint("stroke", lineColour);
    w.attribute("stroke-width", 1);
    QColor textColour = style.text();
    textColour.setAlphaF(std::max(0.45f, lineColour.alphaF())); // faded deals fade their numbers
    const QFontMetricsF metrics(style.amountFont());
    w.lines(label.text(), plate.center().x(), plate.center().y() - metrics.height() / 2,
            style.amountFont(), textColour, "amount");
    w.end();
}

void writeEntity(SvgWriter& w, const EntityItem& item, const GraphStyle& style) {
    const QRectF box = item.mapRectToScene(item.boxRect());
    const EntityBoxStyle look = style.entityBox(item.kind());
    const EntityText& text = item.text();
    w.start("g");
    w.attribute("class", QStringLiteral("entity"));
    w.attribute("data-entity", QString::fromStdString(item.entityId()));
    w.attribute("tabindex", QStringLiteral("0"));
    w.attribute("role", QStringLiteral("button"));
    w.attribute("aria-label", text.name.simplified());
    w.opacity(item.effectiveOpacity());
    // Hovered or pointed-out boxes get a heavier border in the text colour, as in the window.
    const bool strong = item.emphasis() == Emphasis::Highlighted;
    const qreal border = look.borderWidth + (strong ? 0.8 : 0);
    const qreal radius = std::min(look.cornerRadius, box.height() / 2);
    const QRectF inside = box.adjusted(border / 2, border / 2, -border / 2, -border / 2);
    w.empty("rect");
    w.attribute("class", QStringLiteral("box"));
    w.rect(inside);
    if (radius > 0)
        w.attribute("rx", radius);
    w.paint("fill", look.fill);
    w.paint("stroke", strong ? style.text() : look.border);
    w.attribute("stroke-width", border);
    if (const QString dash = dashes(look.borderStyle, border); !dash.isEmpty())
        w.attribute("stroke-dasharray", dash);

    // The text lines centred as a block, each in the height it was measured with (EntityItem).
    const QSizeF nameSize = textExtent(text.name, style.nameFont());
    const QSizeF secondarySize =
        text.secondary.isEmpty() ? QSizeF() : textExtent(text.secondary, style.secondaryNameFont());
    const QSizeF headlineSize =
        text.headline.isEmpty() ? QSizeF() : textExtent(text.headline, style.amountFont());
    const qreal block =
        nameSize.height() +
        (text.secondary.isEmpty() ? 0 : GraphStyle::kLineGap + secondarySize.height()) +
        (text.headline.isEmpty() ? 0 : GraphStyle::kLineGap + headlineSize.height());
    const qreal x = box.center().x();
    qreal y = box.center().y() - block / 2;
    w.lines(text.name, x, y, style.nameFont(), style.text(), "name");
    y += nameSize.height();
    if (!text.secondary.isEmpty()) {
        w.lines(text.secondary, x, y + GraphStyle::kLineGap, style.secondaryNameFont(),
                style.secondaryText(), "secondary");
        y += GraphStyle::kLineGap + secondarySize.height();
    }
    if (!text.headline.isEmpty())
        w.lines(text.headline, x, y + GraphStyle::kLineGap, style.amountFont(),
                style.flowColour(FlowType::Money).darker(115), "headline");
    w.end();
}

// The disc behind an entity whose area is the money it moves (--size-by-money), under every
// line as the scene draws it.
void writeDisc(SvgWriter& w, const EntityItem& item, const GraphStyle& style, qreal radius) {
    QColor fill = style.secondaryText();
    fill.setAlphaF(0.10f);
    QColor rim = style.flowColour(FlowType::Money);
    rim.setAlphaF(0.6f);
    const QPointF centre = item.mapToScene(QPointF());
    w.empty("circle");
    w.attribute("class", QStringLiteral("disc"));
    w.attribute("data-entity", QString::fromStdString(item.entityId()));
    w.attribute("cx", centre.x());
    w.attribute("cy", centre.y());
    w.attribute("r", radius);
    w.paint("fill", fill);
    w.paint("stroke", rim);
    w.opacity(item.effectiveOpacity());
}

void writeBadge(SvgWriter& w, const ChangeBadgeItem& badge, const GraphStyle& style) {
    const QRectF pill = badge.mapRectToScene(badge.boundingRect().adjusted(1, 1, -1, -1));
    const bool ended = badge.kind() == ChangeKind::Ended;
    QFont font = style.amountFont();
    font.setBold(true);
    w.start("g");
    w.attribute("class", QStringLiteral("badge"));
    w.opacity(badge.effectiveOpacity());
    w.empty("rect");
    w.rect(pill);
    w.attribute("rx", pill.height() / 2);
    w.paint("fill", ended ? style.labelBackground() : style.selection());
    w.paint("stroke", style.selection());
    w.attribute("stroke-width", 1.2);
    w.lines(badge.text(), pill.center().x(), pill.center().y() - QFontMetricsF(font).height() / 2,
            font, ended ? style.selection() : style.background(), "badge-text");
    w.end();
}

GraphStyle slideStyle(const GraphScene& scene, const Slide& slide) {
    GraphStyle style = scene.graphStyle(); // the scene's fonts: its boxes were measured with them
    style.setTheme(slide.theme == ExportTheme::Dark ? Theme::Dark : Theme::Light);
    return style;
}

} // namespace

QString graphSvg(const GraphScene& scene, const Slide& slide, const FlowNumber& flowNumber) {
    const GraphStyle style = slideStyle(scene, slide);
    const QRectF& view = slide.source;
    QString out;
    SvgWriter w(&out);
    w.start("svg");
    w.attribute("xmlns", QStringLiteral("http://www.w3.org/2000/svg"));
    w.attribute("class", QStringLiteral("graph"));
    w.attribute("viewBox",
                QStringLiteral("%1 %2 %3 %4")
                    .arg(num(view.x()), num(view.y()), num(view.width()), num(view.height())));
    w.attribute("preserveAspectRatio", QStringLiteral("xMidYMid meet"));
    // Its natural size, which the page shrinks to fit but never grows past: a step of five
    // boxes drawn to fill a wide screen had names three times the size of the page's text.
    w.attribute("width", view.width() * kPixelsPerUnit);
    w.attribute("height", view.height() * kPixelsPerUnit);
    const QList<QGraphicsItem*> items =
        scene.items(view, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
    auto isFlow = [](const QGraphicsItem* item) {
        return item->type() == FlowItem::Type || item->type() == BundleItem::Type;
    };
    // Discs under curves, curves under their labels, labels under the boxes, as the scene
    // stacks them.
    w.start("g");
    w.attribute("class", QStringLiteral("discs"));
    for (const QGraphicsItem* item : items)
        if (item->isVisible() && item->type() == EntityItem::Type) {
            const auto& entity = *static_cast<const EntityItem*>(item);
            if (const qreal radius = scene.totalsDiscRadius(entity.entityId()); radius > 0)
                writeDisc(w, entity, style, radius);
        }
    w.end();
    w.start("g");
    w.attribute("class", QStringLiteral("flows"));
    for (const QGraphicsItem* item : items)
        if (item->isVisible() && isFlow(item))
            writeFlow(w, *static_cast<const FlowItem*>(item), style, flowNumber);
    w.end();
    w.start("g");
    w.attribute("class", QStringLiteral("labels"));
    for (const QGraphicsItem* item : items)
        if (item->isVisible() && item->type() == FlowLabelItem::Type)
            writeLabel(w, *static_cast<const FlowLabelItem*>(item), style, flowNumber);
    for (const QGraphicsItem* item : items)
        if (item->isVisible() && item->type() == ChangeBadgeItem::Type)
            writeBadge(w, *static_cast<const ChangeBadgeItem*>(item), style);
    w.end();
    w.start("g");
    w.attribute("class", QStringLiteral("entities"));
    for (const QGraphicsItem* item : items)
        if (item->isVisible() && item->type() == EntityItem::Type)
            writeEntity(w, *static_cast<const EntityItem*>(item), style);
    w.end();
    w.end();
    return out;
}

QString legendSvg(const GraphScene& scene, const Slide& slide, qreal width) {
    if (!slide.legend || slide.legendContent.isEmpty())
        return {};
    const GraphStyle style = slideStyle(scene, slide);
    const QSizeF size = legendSize(slide.legendContent, style, LegendLayout::Rows, width);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(), size));
    generator.setResolution(96);
    {
        QPainter painter(&generator);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        paintLegend(painter, QRectF(QPointF(), size), style, slide.legendContent,
                    LegendLayout::Rows);
    }
    // Inline in the page: the drawing in an <svg> of the graph's scale (Qt's sizes it in
    // millimetres), without the XML declaration and Qt's title, which would be a tooltip.
    QString svg = QString::fromUtf8(bytes);
    const qsizetype root = svg.indexOf(QLatin1String("<svg"));
    const qsizetype start = root < 0 ? -1 : svg.indexOf(QLatin1Char('>'), root);
    const qsizetype end = svg.lastIndexOf(QLatin1String("</svg>"));
    if (start < 0 || end < start)
        return {};
    QString inner = svg.mid(start + 1, end - start - 1);
    static const QRegularExpression qtText(
        QStringLiteral("<title>[^<]*</title>|<desc>[^<]*</desc>"));
    inner.remove(qtText);
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %1 %2\" "
                          "width=\"%3\" height=\"%4\">%5</svg>")
        .arg(num(size.width()), num(size.height()), num(size.width() * kLegendPixelsPerUnit),
             num(size.height() * kLegendPixelsPerUnit), inner.trimmed());
}

} // namespace dealgraph::app
