#include "export/exporter.h"

#include "document/document.h"
#include "document/model_text.h"
#include "export/html_page.h"
#include "export/pptx_slide.h"
#include "export/slide_layout.h"
#include "export/slide_renderer.h"
#include "scene/entity_item.h"
#include "scene/flow_item.h"
#include "scene/graph_scene.h"
#include "scene/graph_style.h"

#include "dealgraph/interchange.h"
#include "dealgraph/load.h"
#include "dealgraph/simplify.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QMimeData>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>
#include <set>

namespace dealgraph::app {
namespace {

// What a current-view slide shows: the document's view cut to the flows and entities whose
// items lie in `rect`, so its legend and sources name only what is on the slide.
View viewWithin(const GraphScene& scene, const Document& document, const QRectF& rect) {
    const Model& model = document.model();
    View shown = document.view();
    std::erase_if(shown.flows, [&](const FlowRef& ref) {
        const FlowItem* item = scene.shownItemOf(ref); // its own curve, or its summed bundle
        return !item || !rect.intersects(item->sceneBoundingRect());
    });
    std::erase_if(shown.entities, [&](std::size_t e) {
        const EntityItem* item = scene.entityItem(model.entities()[e].id);
        return !item || !item->isVisible() || !rect.intersects(item->sceneBoundingRect());
    });
    std::set<std::size_t> deals;
    for (const auto& ref : shown.flows)
        deals.insert(ref.deal);
    shown.deals.assign(deals.begin(), deals.end());
    return shown;
}

// What a whole-graph slide frames. With a date, the graph as it is at ANY date (the other
// filters kept), so "as of 2025-01-21" and "as of today" put every entity at the same place of
// the slide and leave room for the same legend. Without one, what is visible.
struct Framing {
    QRectF source;
    LegendContent legendRoom;
};

Framing framingFor(const GraphScene& scene, const Document& document) {
    if (!document.filter().asOf)
        return {scene.shownItemsRect(), {}};
    // Measured from the items alone (not what happens to be visible), the same for every date.
    Framing framing;
    const Model& model = document.model();
    const View all = viewAtEveryDate(document);
    for (std::size_t e : all.entities)
        if (const EntityItem* item = scene.entityItem(model.entities()[e].id))
            framing.source |= item->sceneBoundingRect();
    for (const FlowRef& ref : all.flows) {
        const FlowItem* item =
            scene.flowItem(model.deals()[ref.deal].id, static_cast<int>(ref.flow));
        if (!item)
            continue;
        framing.source |= item->sceneBoundingRect();
        if (item->label())
            framing.source |= item->label()->sceneBoundingRect();
    }
    framing.legendRoom = legendRoomFor(document, all);
    return framing;
}

} // namespace

Slide composeSlide(GraphScene& scene, const Document& document, const ExportOptions& options,
                   const QRectF& viewRect) {
    const bool currentView = options.scope == ExportScope::CurrentView && viewRect.isValid();
    const View shown = currentView ? viewWithin(scene, document, viewRect) : document.view();
    Slide slide;
    slide.size = options.size;
    slide.theme = options.theme;
    slide.text = slideTextFor(document, shown, options);
    slide.legend = options.legend;
    slide.legendContent = legendContentFor(document, shown);
    slide.textUnits = options.minTypePt * options.unitsPerPoint();
    slide.captionUnits = options.captionUnits();
    // A whole-graph slide is laid out at its type size (slide_layout.h): drawn at scale 1 or
    // more. The current view is the window's scene, drawn as it fits.
    slide.maxGraphScale = currentView ? slide.maxGraphScale : kMaxSlideGraphScale;
    if (currentView) {
        // The view's rectangle, grown to take whole every box it shows a part of: a slide
        // with half of OpenAI's box at its edge reads as a mistake.
        slide.source = viewRect;
        const Model& model = document.model();
        for (std::size_t e : shown.entities)
            if (const EntityItem* item = scene.entityItem(model.entities()[e].id))
                slide.source |= item->mapRectToScene(item->boxRect());
    } else {
        Framing framing = framingFor(scene, document);
        slide.source = framing.source;
        slide.legendRoom = std::move(framing.legendRoom);
    }
    // A little air around the graph so arrowheads and labels are never cut at the border.
    slide.source.adjust(-12, -12, 12, 12);
    return slide;
}

SelectionHidden::SelectionHidden(GraphScene& scene) : scene_(scene) {
    scene_.setSelectionDrawn(false);
}

SelectionHidden::~SelectionHidden() {
    scene_.setSelectionDrawn(true);
}

std::optional<PreparedSlide> prepareSlide(GraphScene& scene, const Document& document,
                                          const ExportOptions& options, const QRectF& viewRect,
                                          QString* error) {
    PreparedSlide prepared;
    if (options.scope == ExportScope::CurrentView && viewRect.isValid() && scene.hasLayout()) {
        prepared.scene = &scene;
        prepared.slide = composeSlide(scene, document, options, viewRect);
        return prepared;
    }
    // Boxes placed by hand are the user's arrangement of the picture: the slide draws it as
    // placed rather than laying the graph out anew, and says when its type falls short.
    if (document.hasPositionsOfModel() && scene.hasLayout()) {
        prepared.scene = &scene;
        prepared.slide = composeSlide(scene, document, options, QRectF());
        // The window's scene, laid out at screen type: drawn as large as it fits, as before.
        prepared.slide.maxGraphScale = Slide{}.maxGraphScale;
        // Measured with room for the line that may say its type falls short.
        Slide measured = prepared.slide;
        measured.text.simplification = QStringLiteral("-");
        const SlideGeometry geometry = slideGeometry(measured, scene.graphStyle());
        const double smallestPx = std::min(scene.graphStyle().amountFont().pixelSize(),
                                           scene.graphStyle().secondaryNameFont().pixelSize());
        const double points = geometry.graphScale * smallestPx / options.unitsPerPoint();
        if (points < options.minTypePt - 0.05) {
            const QString drawn = QString::number(std::floor(points * 10) / 10);
            if (options.strictType) {
                if (error)
                    *error = QStringLiteral("with its boxes placed by hand the graph fits only "
                                            "with %1 pt type, smaller than --min-type %2; reset "
                                            "the positions to lay it out for the slide")
                                 .arg(drawn)
                                 .arg(options.minTypePt);
                return std::nullopt;
            }
            prepared.slide.text.simplification =
                QCoreApplication::translate("Exporter", "Boxes placed by hand: type drawn at %1 pt "
                                                        "(View > Reset Positions lays the graph "
                                                        "out for the slide at %2 pt)")
                    .arg(drawn)
                    .arg(options.minTypePt);
        }
        return prepared;
    }
    prepared.graph = layOutSlideGraph(scene, options, error);
    if (!prepared.graph)
        return std::nullopt;
    prepared.scene = prepared.graph->scene.get();
    prepared.slide = composeSlide(*prepared.scene, *prepared.graph->document, options, QRectF());
    prepared.slide.text.simplification = prepared.graph->simplification;
    return prepared;
}

void setUpPdfPage(QPdfWriter& writer, const QSize& slideSize, const QString& title) {
    // 96 device pixels per inch: a 1920x1080 slide is a 20x11.25 in page, vector throughout.
    writer.setResolution(96);
    writer.setPageSize(QPageSize(QSizeF(slideSize.width() * 0.75, slideSize.height() * 0.75),
                                 QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(title.isEmpty() ? QStringLiteral("dealgraph") : title);
    writer.setCreator(QStringLiteral("dealgraph"));
}

namespace {

QByteArray renderPng(GraphScene& scene, const Slide& slide, int dotsPerInch) {
    QImage image(slide.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        paintSlide(painter, scene, slide);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    writer.write(image);
    return bytes;
}

QByteArray renderSvg(GraphScene& scene, const Slide& slide) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(slide.size);
    generator.setViewBox(QRect(QPoint(), slide.size));
    generator.setResolution(96);
    // Qt 6.4 writes the title and description into the XML without escaping them.
    generator.setTitle(slide.text.title.toHtmlEscaped());
    generator.setDescription(QStringLiteral("dealgraph"));
    {
        QPainter painter(&generator);
        paintSlide(painter, scene, slide);
    }
    return bytes;
}

QByteArray renderPdf(GraphScene& scene, const Slide& slide) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfPage(writer, slide.size, slide.text.title);
    {
        QPainter painter(&writer);
        paintSlide(painter, scene, slide);
    }
    return bytes;
}

} // namespace

QByteArray renderSlide(GraphScene& scene, const Document& document, const ExportOptions& options,
                       const QRectF& viewRect, QString* error) {
    if (!isSlideFormat(options.format)) {
        if (error)
            *error = QStringLiteral("DOT, GraphML and JSON are not slide formats");
        return {};
    }
    auto prepared = prepareSlide(scene, document, options, viewRect, error);
    if (!prepared)
        return {};
    GraphScene& drawn = *prepared->scene;
    const Slide& slide = prepared->slide;
    const SelectionHidden hidden(drawn);
    QByteArray bytes;
    switch (options.format) {
    case ExportFormat::Png:
        bytes = renderPng(drawn, slide, options.dotsPerInch());
        break;
    case ExportFormat::Svg:
        bytes = renderSvg(drawn, slide);
        break;
    case ExportFormat::Pdf:
        bytes = renderPdf(drawn, slide);
        break;
    case ExportFormat::Pptx:
        bytes =
            pptxPackage({pptxSlide(drawn, slide)}, pptxSlideSize(slide), slide.text.title, error);
        if (bytes.isEmpty())
            return {};
        break;
    case ExportFormat::Html: {
        HtmlPage page(document.model());
        page.addView(drawn, slide, document);
        bytes =
            page.html(slide.text.title.isEmpty() ? titleOf(document.model()) : slide.text.title);
        break;
    }
    case ExportFormat::Dot:
    case ExportFormat::GraphML:
    case ExportFormat::Json:
        if (error)
            *error = QStringLiteral("DOT, GraphML and JSON are not slide formats");
        return {};
    }
    if (bytes.isEmpty() && error)
        *error = QStringLiteral("rendering the image failed");
    return bytes;
}

bool slideDrawsTheWindowScene(const Document& document, const ExportOptions& options,
                              const QRectF& viewRect) {
    return (options.scope == ExportScope::CurrentView && viewRect.isValid()) ||
           document.hasPositionsOfModel();
}

bool writeFileAtomically(const QString& path, const QByteArray& data, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

bool exportToFile(const QString& path, GraphScene& scene, const Document& document,
                  ExportOptions options, const QRectF& viewRect, QString* error) {
    const auto format = formatFromPath(path);
    if (!format) {
        if (error)
            *error = QStringLiteral("%1: unknown format; use .png, .svg, .pdf, .pptx, .html, .dot, "
                                    ".graphml or .json")
                         .arg(QFileInfo(path).fileName());
        return false;
    }
    options.format = *format;
    QByteArray bytes;
    if (*format == ExportFormat::Dot) {
        DotStyle dotStyle;
        for (auto type : kAllFlowTypes)
            dotStyle.flowColours[type] =
                GraphStyle::light().flowColour(type).name(QColor::HexRgb).toStdString();
        bytes = QByteArray::fromStdString(writeDot(document.model(), document.view(), dotStyle));
    } else if (*format == ExportFormat::GraphML) {
        bytes = QByteArray::fromStdString(writeGraphML(document.model(), document.view()));
    } else if (*format == ExportFormat::Json) {
        bytes = QByteArray::fromStdString(saveModelToString(
            modelAsShown(document.model(), document.view(), document.filter().asOf)));
    } else {
        if (slideDrawsTheWindowScene(document, options, viewRect) && !scene.hasLayout()) {
            if (error)
                *error = QStringLiteral("the graph has no layout yet");
            return false;
        }
        bytes = renderSlide(scene, document, options, viewRect, error);
        if (bytes.isEmpty())
            return false;
    }
    return writeFileAtomically(path, bytes, error);
}

QMimeData* slideMimeData(GraphScene& scene, const Document& document, const ExportOptions& options,
                         const QRectF& viewRect) {
    auto* mime = new QMimeData;
    auto prepared = prepareSlide(scene, document, options, viewRect, nullptr);
    if (!prepared)
        return mime;
    const SelectionHidden hidden(*prepared->scene);
    const QByteArray png = renderPng(*prepared->scene, prepared->slide, options.dotsPerInch());
    mime->setImageData(QImage::fromData(png, "png"));
    mime->setData(QStringLiteral("image/png"), png);
    mime->setData(QStringLiteral("image/svg+xml"), renderSvg(*prepared->scene, prepared->slide));
    return mime;
}

} // namespace dealgraph::app
