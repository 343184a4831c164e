#include "export/pptx_slide.h"

#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/legend.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

constexpr qreal kLogicalHeight = 1080; // the slide's units (slide_renderer.cpp)
constexpr qint64 kSlideHeightEmu = 7 * kEmuPerInch + kEmuPerInch / 2;

// A slide font's height in slide units (slide_renderer.cpp sizes them in pixels, one per unit).
qreal unitsOf(const QFont& font) {
    return font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF();
}

QString hex(const QColor& colour) {
    return colour.name(QColor::HexRgb).mid(1).toUpper();
}

// Writes one slide's shapes, converting slide units and scene units into EMU.
class SlideWriter {
public:
    SlideWriter(QXmlStreamWriter& xml, const Slide& slide, const SlideGeometry& geometry)
        : xml_(xml), slide_(slide), g_(geometry),
          emuPerUnit_(static_cast<qreal>(kSlideHeightEmu) / kLogicalHeight) {}

    qint64 emu(qreal units) const { return std::llround(units * emuPerUnit_); }
    // Hundredths of a point for a text `units` high (slide units).
    int fontSize(qreal units) const {
        return std::max(100,
                        static_cast<int>(std::lround(units * emuPerUnit_ / kEmuPerPoint * 100)));
    }
    QPointF toSlide(const QPointF& scenePoint) const {
        return g_.graphRect.topLeft() + (scenePoint - slide_.source.topLeft()) * g_.graphScale;
    }
    QRectF toSlide(const QRectF& sceneRect) const {
        return {toSlide(sceneRect.topLeft()), sceneRect.size() * g_.graphScale};
    }
    qreal graphScale() const { return g_.graphScale; }
    int nextId() { return ++id_; }

    void frame(const QRectF& rect) {
        xml_.writeStartElement(QStringLiteral("a:xfrm"));
        xml_.writeEmptyElement(QStringLiteral("a:off"));
        xml_.writeAttribute(QStringLiteral("x"), QString::number(emu(rect.left())));
        xml_.writeAttribute(QStringLiteral("y"), QString::number(emu(rect.top())));
        xml_.writeEmptyElement(QStringLiteral("a:ext"));
        xml_.writeAttribute(QStringLiteral("cx"),
                            QString::number(std::max<qint64>(1, emu(rect.width()))));
        xml_.writeAttribute(QStringLiteral("cy"),
                            QString::number(std::max<qint64>(1, emu(rect.height()))));
        xml_.writeEndElement();
    }
    void solid(const QColor& colour) {
        xml_.writeStartElement(QStringLiteral("a:solidFill"));
        xml_.writeStartElement(QStringLiteral("a:srgbClr"));
        xml_.writeAttribute(QStringLiteral("val"), hex(colour));
        if (colour.alphaF() < 0.999f) {
            xml_.writeEmptyElement(QStringLiteral("a:alpha"));
            xml_.writeAttribute(QStringLiteral("val"),
                                QString::number(std::lround(colour.alphaF() * 100000)));
        }
        xml_.writeEndElement();
        xml_.writeEndElement();
    }
    void shapeStart(const QString& name, bool textBox) {
        xml_.writeStartElement(QStringLiteral("p:sp"));
        xml_.writeStartElement(QStringLiteral("p:nvSpPr"));
        xml_.writeEmptyElement(QStringLiteral("p:cNvPr"));
        xml_.writeAttribute(QStringLiteral("id"), QString::number(nextId()));
        xml_.writeAttribute(QStringLiteral("name"), name);
        xml_.writeEmptyElement(QStringLiteral("p:cNvSpPr"));
        if (textBox)
            xml_.writeAttribute(QStringLiteral("txBox"), QStringLiteral("1"));
        xml_.writeEmptyElement(QStringLiteral("p:nvPr"));
        xml_.writeEndElement();
    }

    struct Run {
        QString text;
        qreal units; // text height in slide units
        QColor colour;
        bool bold = false;
    };
    // A text body: one paragraph per run (a run's own line breaks become paragraphs too).
    void textBody(const std::vector<Run>& runs, const char* align, bool wrap) {
        xml_.writeStartElement(QStringLiteral("p:txBody"));
        xml_.writeStartElement(QStringLiteral("a:bodyPr"));
        xml_.writeAttribute(QStringLiteral("wrap"),
                            wrap ? QStringLiteral("square") : QStringLiteral("none"));
        for (const char* inset : {"lIns", "tIns", "rIns", "bIns"})
            xml_.writeAttribute(QString::fromLatin1(inset), QStringLiteral("0"));
        xml_.writeAttribute(QStringLiteral("anchor"), QStringLiteral("ctr"));
        xml_.writeEmptyElement(QStringLiteral("a:noAutofit"));
        xml_.writeEndElement();
        xml_.writeEmptyElement(QStringLiteral("a:lstStyle"));
        for (const Run& run : runs)
            for (const QString& line : run.text.split(QLatin1Char('\n'))) {
                xml_.writeStartElement(QStringLiteral("a:p"));
                xml_.writeEmptyElement(QStringLiteral("a:pPr"));
                xml_.writeAttribute(QStringLiteral("algn"), QString::fromLatin1(align));
                xml_.writeStartElement(QStringLiteral("a:r"));
                xml_.writeStartElement(QStringLiteral("a:rPr"));
                xml_.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
                xml_.writeAttribute(QStringLiteral("sz"), QString::number(fontSize(run.units)));
                if (run.bold)
                    xml_.writeAttribute(QStringLiteral("b"), QStringLiteral("1"));
                solid(run.colour);
                xml_.writeEmptyElement(QStringLiteral("a:latin"));
                xml_.writeAttribute(QStringLiteral("typeface"), QStringLiteral("DejaVu Sans"));
                xml_.writeEmptyElement(QStringLiteral("a:ea"));
                xml_.writeAttribute(QStringLiteral("typeface"),
                                    QStringLiteral("WenQuanYi Micro Hei"));
                xml_.writeEndElement();
                xml_.writeTextElement(QStringLiteral("a:t"), line);
                xml_.writeEndElement(); // a:r
                xml_.writeEndElement(); // a:p
            }
        xml_.writeEndElement();
    }
    // Slide text: a frameless text box.
    void text(const QString& name, const QRectF& rect, const std::vector<Run>& runs,
              const char* align = "l", bool wrap = true) {
        if (!rect.isValid())
            return;
        shapeStart(name, true);
        xml_.writeStartElement(QStringLiteral("p:spPr"));
        frame(rect);
        geometry("rect");
        xml_.writeEmptyElement(QStringLiteral("a:noFill"));
        xml_.writeEndElement();
        textBody(runs, align, wrap);
        xml_.writeEndElement();
    }
    void geometry(const char* preset, int adjust = -1) {
        xml_.writeStartElement(QStringLiteral("a:prstGeom"));
        xml_.writeAttribute(QStringLiteral("prst"), QString::fromLatin1(preset));
        xml_.writeStartElement(QStringLiteral("a:avLst"));
        if (adjust >= 0) {
            xml_.writeEmptyElement(QStringLiteral("a:gd"));
            xml_.writeAttribute(QStringLiteral("name"), QStringLiteral("adj"));
            xml_.writeAttribute(QStringLiteral("fmla"), QStringLiteral("val %1").arg(adjust));
        }
        xml_.writeEndElement();
        xml_.writeEndElement();
    }
    void line(const QColor& colour, qreal widthUnits, const char* dash,
              const char* tailArrow = nullptr, const char* headArrow = nullptr) {
        xml_.writeStartElement(QStringLiteral("a:ln"));
        xml_.writeAttribute(QStringLiteral("w"),
                            QString::number(std::max<qint64>(3175, emu(widthUnits))));
        solid(colour);
        xml_.writeEmptyElement(QStringLiteral("a:prstDash"));
        xml_.writeAttribute(QStringLiteral("val"), QString::fromLatin1(dash));
        // DrawingML's head is the path's start, its tail the path's end.
        if (headArrow) {
            xml_.writeEmptyElement(QStringLiteral("a:headEnd"));
            xml_.writeAttribute(QStringLiteral("type"), QString::fromLatin1(headArrow));
        }
        if (tailArrow) {
            xml_.writeEmptyElement(QStringLiteral("a:tailEnd"));
            xml_.writeAttribute(QStringLiteral("type"), QString::fromLatin1(tailArrow));
        }
        xml_.writeEndElement();
    }
    // A picture of the package's part related as `relationship`.
    void picture(const QString& name, const QRectF& rect, const QString& relationship) {
        xml_.writeStartElement(QStringLiteral("p:pic"));
        xml_.writeStartElement(QStringLiteral("p:nvPicPr"));
        xml_.writeEmptyElement(QStringLiteral("p:cNvPr"));
        xml_.writeAttribute(QStringLiteral("id"), QString::number(nextId()));
        xml_.writeAttribute(QStringLiteral("name"), name);
        xml_.writeEmptyElement(QStringLiteral("p:cNvPicPr"));
        xml_.writeEmptyElement(QStringLiteral("p:nvPr"));
        xml_.writeEndElement();
        xml_.writeStartElement(QStringLiteral("p:blipFill"));
        xml_.writeEmptyElement(QStringLiteral("a:blip"));
        xml_.writeAttribute(QStringLiteral("r:embed"), relationship);
        xml_.writeStartElement(QStringLiteral("a:stretch"));
        xml_.writeEmptyElement(QStringLiteral("a:fillRect"));
        xml_.writeEndElement();
        xml_.writeEndElement();
        xml_.writeStartElement(QStringLiteral("p:spPr"));
        frame(rect);
        geometry("rect");
        xml_.writeEndElement();
        xml_.writeEndElement();
    }
    QXmlStreamWriter& xml() { return xml_; }

private:
    QXmlStreamWriter& xml_;
    const Slide& slide_;
    const SlideGeometry& g_;
    qreal emuPerUnit_;
    int id_ = 1;
};

const char* dashFor(const std::optional<Status>& status) {
    switch (status.value_or(Status::Announced)) {
    case Status::Rumoured:
        return "sysDot";
    case Status::Announced:
        return "dash";
    case Status::OnHold:
        return "dashDot";
    default:
        return "solid";
    }
}

const char* borderDash(Qt::PenStyle style) {
    switch (style) {
    case Qt::DashLine:
        return "dash";
    case Qt::DotLine:
        return "sysDot";
    case Qt::DashDotLine:
        return "dashDot";
    default:
        return "solid";
    }
}

QColor withOpacity(QColor colour, qreal opacity) {
    colour.setAlphaF(static_cast<float>(colour.alphaF() * opacity));
    return colour;
}

void writeEntity(SlideWriter& w, const EntityItem& item, const GraphStyle& style) {
    const QRectF box = w.toSlide(item.mapRectToScene(item.boxRect()));
    const EntityBoxStyle look = style.entityBox(item.kind());
    const qreal opacity = item.effectiveOpacity();
    QXmlStreamWriter& xml = w.xml();
    w.shapeStart(item.text().name.simplified(), false);
    xml.writeStartElement(QStringLiteral("p:spPr"));
    w.frame(box);
    const qreal shorter = std::min(box.width(), box.height());
    if (look.cornerRadius > 0 && shorter > 0)
        w.geometry("roundRect",
                   static_cast<int>(std::lround(
                       std::min(50000.0, look.cornerRadius * w.graphScale() / shorter * 100000))));
    else
        w.geometry("rect");
    w.solid(withOpacity(look.fill, opacity));
    w.line(withOpacity(look.border, opacity), look.borderWidth * w.graphScale(),
           borderDash(look.borderStyle));
    xml.writeEndElement();
    std::vector<SlideWriter::Run> runs{{item.text().name,
                                        style.nameFont().pixelSize() * w.graphScale(),
                                        withOpacity(style.text(), opacity)}};
    if (style.secondaryNames() && !item.text().secondary.isEmpty())
        runs.push_back({item.text().secondary,
                        style.secondaryNameFont().pixelSize() * w.graphScale(),
                        withOpacity(style.secondaryText(), opacity)});
    if (!item.text().headline.isEmpty())
        runs.push_back({item.text().headline, style.amountFont().pixelSize() * w.graphScale(),
                        withOpacity(style.flowColour(FlowType::Money), opacity)});
    w.textBody(runs, "ctr", false);
    xml.writeEndElement();
}

void writeFlow(SlideWriter& w, const FlowItem& item, const GraphStyle& style) {
    // The curve as drawn, in slide units, with a last straight piece to the arrowhead's tip
    // (the slide application draws the head at the path's end).
    QPainterPath path;
    const QPainterPath scenePath = item.mapToScene(item.path());
    for (int i = 0; i < scenePath.elementCount(); ++i) {
        const QPainterPath::Element e = scenePath.elementAt(i);
        const QPointF p = w.toSlide(QPointF(e.x, e.y));
        if (e.isMoveTo())
            path.moveTo(p);
        else if (e.isLineTo())
            path.lineTo(p);
        else if (e.isCurveTo() && i + 2 < scenePath.elementCount()) {
            const QPainterPath::Element c2 = scenePath.elementAt(i + 1);
            const QPainterPath::Element end = scenePath.elementAt(i + 2);
            path.cubicTo(p, w.toSlide(QPointF(c2.x, c2.y)), w.toSlide(QPointF(end.x, end.y)));
            i += 2;
        }
    }
    if (path.elementCount() < 2)
        return;
    const layout::Arrow& head = item.route().headArrow;
    if (head.present)
        path.lineTo(w.toSlide(item.mapToScene(QPointF(head.tip.x, head.tip.y))));
    const QRectF bounds = path.controlPointRect().adjusted(-0.5, -0.5, 0.5, 0.5);

    QXmlStreamWriter& xml = w.xml();
    w.shapeStart(QStringLiteral("Flow %1").arg(QString::fromStdString(item.dealId())), false);
    xml.writeStartElement(QStringLiteral("p:spPr"));
    w.frame(bounds);
    xml.writeStartElement(QStringLiteral("a:custGeom"));
    for (const char* empty : {"a:avLst", "a:gdLst", "a:ahLst", "a:cxnLst"})
        xml.writeEmptyElement(QString::fromLatin1(empty));
    xml.writeEmptyElement(QStringLiteral("a:rect"));
    for (const char* side : {"l", "t", "r", "b"})
        xml.writeAttribute(QString::fromLatin1(side), QStringLiteral("0"));
    xml.writeStartElement(QStringLiteral("a:pathLst"));
    xml.writeStartElement(QStringLiteral("a:path"));
    xml.writeAttribute(QStringLiteral("w"),
                       QString::number(std::max<qint64>(1, w.emu(bounds.width()))));
    xml.writeAttribute(QStringLiteral("h"),
                       QString::number(std::max<qint64>(1, w.emu(bounds.height()))));
    xml.writeAttribute(QStringLiteral("fill"), QStringLiteral("none"));
    auto point = [&](const QPointF& p) {
        xml.writeEmptyElement(QStringLiteral("a:pt"));
        xml.writeAttribute(QStringLiteral("x"), QString::number(w.emu(p.x() - bounds.left())));
        xml.writeAttribute(QStringLiteral("y"), QString::number(w.emu(p.y() - bounds.top())));
    };
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            xml.writeStartElement(QStringLiteral("a:moveTo"));
            point(e);
        } else if (e.isLineTo()) {
            xml.writeStartElement(QStringLiteral("a:lnTo"));
            point(e);
        } else if (e.isCurveTo()) {
            xml.writeStartElement(QStringLiteral("a:cubicBezTo"));
            point(e);
            point(path.elementAt(i + 1));
            point(path.elementAt(i + 2));
            i += 2;
        } else {
            continue;
        }
        xml.writeEndElement();
    }
    xml.writeEndElement(); // a:path
    xml.writeEndElement(); // a:pathLst
    xml.writeEndElement(); // a:custGeom
    xml.writeEmptyElement(QStringLiteral("a:noFill"));
    const QPen pen = item.pen(style);
    w.line(withOpacity(pen.color(), item.effectiveOpacity()), pen.widthF() * w.graphScale(),
           dashFor(item.status()), head.present ? "triangle" : nullptr,
           item.route().tailArrow.present ? "triangle" : nullptr);
    xml.writeEndElement(); // p:spPr
    xml.writeEndElement(); // p:sp
}

void writeLabel(SlideWriter& w, const FlowLabelItem& label, const GraphStyle& style) {
    const FlowItem* flow = label.flow();
    const QColor lineColour = style.flowStrokeColour(flow->flowType(), flow->status());
    const qreal opacity = label.effectiveOpacity();
    QXmlStreamWriter& xml = w.xml();
    w.shapeStart(QStringLiteral("Amount %1").arg(label.text()), true);
    xml.writeStartElement(QStringLiteral("p:spPr"));
    w.frame(w.toSlide(label.mapRectToScene(label.plateRect())));
    w.geometry("roundRect", 16667);
    w.solid(withOpacity(style.labelBackground(), opacity));
    w.line(withOpacity(lineColour, opacity), 1, "solid");
    xml.writeEndElement();
    QColor textColour = style.text();
    textColour.setAlphaF(std::max(0.45f, lineColour.alphaF()));
    w.textBody({{label.text(), style.amountFont().pixelSize() * w.graphScale(),
                 withOpacity(textColour, opacity)}},
               "ctr", false);
    xml.writeEndElement();
}

// The namespaces of a slide or notes page, on its root element.
void presentationNamespaces(QXmlStreamWriter& xml) {
    xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/drawingml/2006/main"),
                       QStringLiteral("a"));
    xml.writeNamespace(
        QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        QStringLiteral("r"));
    xml.writeNamespace(QStringLiteral("http://schemas.openxmlformats.org/presentationml/2006/main"),
                       QStringLiteral("p"));
}

// Opens a page's shape tree with the group properties every tree starts with.
void startShapeTree(QXmlStreamWriter& xml) {
    xml.writeStartElement(QStringLiteral("p:spTree"));
    xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("name"), QString());
    xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:nvPr"));
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("p:grpSpPr"));
}

QByteArray notesXml(const Slide& slide) {
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("p:notes"));
    presentationNamespaces(xml);
    xml.writeStartElement(QStringLiteral("p:cSld"));
    startShapeTree(xml);
    // The notes text in the notes page's body placeholder.
    xml.writeStartElement(QStringLiteral("p:sp"));
    xml.writeStartElement(QStringLiteral("p:nvSpPr"));
    xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("2"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Notes"));
    xml.writeStartElement(QStringLiteral("p:cNvSpPr"));
    xml.writeEmptyElement(QStringLiteral("a:spLocks"));
    xml.writeAttribute(QStringLiteral("noGrp"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("p:nvPr"));
    xml.writeEmptyElement(QStringLiteral("p:ph"));
    xml.writeAttribute(QStringLiteral("type"), QStringLiteral("body"));
    xml.writeAttribute(QStringLiteral("idx"), QStringLiteral("1"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("p:spPr"));
    xml.writeStartElement(QStringLiteral("p:txBody"));
    xml.writeEmptyElement(QStringLiteral("a:bodyPr"));
    xml.writeEmptyElement(QStringLiteral("a:lstStyle"));
    QStringList lines;
    if (!slide.text.sources.isEmpty())
        lines << QStringLiteral("Sources:") << slide.text.sources;
    if (!slide.text.dateStamp.isEmpty())
        lines << slide.text.dateStamp;
    if (!slide.text.simplification.isEmpty())
        lines << slide.text.simplification;
    if (lines.isEmpty())
        lines << QString();
    for (const QString& line : lines) {
        xml.writeStartElement(QStringLiteral("a:p"));
        xml.writeStartElement(QStringLiteral("a:r"));
        xml.writeEmptyElement(QStringLiteral("a:rPr"));
        xml.writeAttribute(QStringLiteral("lang"), QStringLiteral("en-US"));
        xml.writeTextElement(QStringLiteral("a:t"), line);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement(); // p:txBody
    xml.writeEndElement(); // p:sp
    xml.writeEndElement(); // p:spTree
    xml.writeEndElement(); // p:cSld
    xml.writeEndDocument();
    return bytes;
}

} // namespace

QSize pptxSlideSize(const Slide& slide) {
    const qreal aspect = slide.size.height() > 0
                             ? static_cast<qreal>(slide.size.width()) / slide.size.height()
                             : 16.0 / 9.0;
    return {static_cast<int>(std::llround(kSlideHeightEmu * aspect)),
            static_cast<int>(kSlideHeightEmu)};
}

PptxSlideXml pptxSlide(const GraphScene& scene, const Slide& slide) {
    GraphStyle style = scene.graphStyle(); // the scene's fonts: its boxes were measured with them
    style.setTheme(slide.theme == ExportTheme::Dark ? Theme::Dark : Theme::Light);
    const SlideGeometry g = slideGeometry(slide, style);

    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    xml.writeStartElement(QStringLiteral("p:sld"));
    presentationNamespaces(xml);
    xml.writeStartElement(QStringLiteral("p:cSld"));
    SlideWriter w(xml, slide, g);
    if (slide.theme != ExportTheme::Transparent) {
        xml.writeStartElement(QStringLiteral("p:bg"));
        xml.writeStartElement(QStringLiteral("p:bgPr"));
        w.solid(style.background());
        xml.writeEmptyElement(QStringLiteral("a:effectLst"));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    startShapeTree(xml);

    w.text(QStringLiteral("Title"), g.title,
           {{slide.text.title, unitsOf(g.titleFont), style.text(), true}});
    w.text(QStringLiteral("Subtitle"), g.subtitle,
           {{slide.text.subtitle, unitsOf(g.subtitleFont), style.secondaryText()}});
    // The caption as one paragraph the slide application wraps, over the lines it took here.
    if (!g.caption.empty()) {
        QRectF lines;
        for (const auto& [rect, line] : g.caption)
            lines |= rect;
        w.text(QStringLiteral("Caption"), lines,
               {{slide.text.caption, unitsOf(g.captionFont), style.text()}});
    }

    // The graph: one group, curves under their labels and the boxes.
    if (!g.graphRect.isEmpty()) {
        xml.writeStartElement(QStringLiteral("p:grpSp"));
        xml.writeStartElement(QStringLiteral("p:nvGrpSpPr"));
        xml.writeEmptyElement(QStringLiteral("p:cNvPr"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(w.nextId()));
        xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Graph"));
        xml.writeEmptyElement(QStringLiteral("p:cNvGrpSpPr"));
        xml.writeEmptyElement(QStringLiteral("p:nvPr"));
        xml.writeEndElement();
        xml.writeStartElement(QStringLiteral("p:grpSpPr"));
        xml.writeStartElement(QStringLiteral("a:xfrm"));
        for (const auto& [name, rect] : {std::pair{"a:off", g.graphRect},
                                         {"a:ext", g.graphRect},
                                         {"a:chOff", g.graphRect},
                                         {"a:chExt", g.graphRect}}) {
            xml.writeEmptyElement(QString::fromLatin1(name));
            const bool offset = QByteArray(name).endsWith("Off") || QByteArray(name) == "a:off";
            xml.writeAttribute(offset ? QStringLiteral("x") : QStringLiteral("cx"),
                               QString::number(w.emu(offset ? rect.left() : rect.width())));
            xml.writeAttribute(offset ? QStringLiteral("y") : QStringLiteral("cy"),
                               QString::number(w.emu(offset ? rect.top() : rect.height())));
        }
        xml.writeEndElement();
        xml.writeEndElement();
        const QList<QGraphicsItem*> items =
            scene.items(slide.source, Qt::IntersectsItemBoundingRect, Qt::AscendingOrder);
        for (const QGraphicsItem* item : items)
            if (item->isVisible() && item->type() == FlowItem::Type)
                writeFlow(w, *static_cast<const FlowItem*>(item), style);
        for (const QGraphicsItem* item : items)
            if (item->isVisible() && item->type() == FlowLabelItem::Type)
                writeLabel(w, *static_cast<const FlowLabelItem*>(item), style);
        for (const QGraphicsItem* item : items)
            if (item->isVisible() && item->type() == EntityItem::Type)
                writeEntity(w, *static_cast<const EntityItem*>(item), style);
        xml.writeEndElement(); // p:grpSp
    }

    // The legend, a picture of it: it keys the lines' colours and dashes and needs no editing.
    QByteArray legendPng;
    if (g.legend.isValid() && g.legendFit > 0) {
        const QRectF placed(g.legendOrigin, g.legend.size() * g.legendFit);
        constexpr qreal kPixelsPerUnit = 2; // sharp on a 4K projector
        QImage image((placed.size() * kPixelsPerUnit).toSize().expandedTo(QSize(1, 1)),
                     QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
            painter.scale(kPixelsPerUnit * g.legendFit, kPixelsPerUnit * g.legendFit);
            painter.translate(-g.legend.topLeft());
            paintLegend(painter, g.legend, style, slide.legendContent, g.legendLayout);
        }
        QBuffer buffer(&legendPng);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        w.picture(QStringLiteral("Legend"), placed, QString::fromLatin1(kLegendImageRel));
    }

    const qreal small = unitsOf(g.footerFont);
    w.text(QStringLiteral("Date"), g.stamp, {{slide.text.dateStamp, small, style.secondaryText()}},
           g.stampAlignment & Qt::AlignRight ? "r" : "l", false);
    if (g.simplification.first.isValid())
        w.text(QStringLiteral("Simplified"), g.simplification.first,
               {{g.simplification.second, small, style.secondaryText()}}, "l", false);
    for (const auto& [rect, line] : g.footer)
        w.text(QStringLiteral("Sources"), rect, {{line, small, style.secondaryText()}}, "l", false);

    xml.writeEndElement(); // p:spTree
    xml.writeEndElement(); // p:cSld
    xml.writeStartElement(QStringLiteral("p:clrMapOvr"));
    xml.writeEmptyElement(QStringLiteral("a:masterClrMapping"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return {bytes, notesXml(slide), legendPng};
}

} // namespace dealgraph::app
