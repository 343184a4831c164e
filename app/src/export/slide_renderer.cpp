#include "export/slide_renderer.h"

#include "document/document.h"
#include "scene/entity_item.h"
#include "scene/graph_scene.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QPainter>

#include <algorithm>
#include <map>
#include <set>

namespace dealgraph::app {
namespace {

// The slide is laid out in a logical space 1080 units high, then scaled to the device: text
// and margins keep their proportions from a 1080p slide to a 4K one.
constexpr qreal kLogicalHeight = 1080;
constexpr qreal kMargin = 48;
constexpr qreal kGap = 20;

QFont sized(QFont font, qreal pixels, bool bold = false) {
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

GraphStyle styleFor(ExportTheme theme, const GraphStyle& fonts) {
    GraphStyle style = fonts; // keep the scene's fonts: box sizes were measured with them
    style.setTheme(theme == ExportTheme::Dark ? Theme::Dark : Theme::Light);
    return style;
}

} // namespace

QRectF visibleItemsRect(const GraphScene& scene) {
    QRectF rect;
    for (const QGraphicsItem* item : scene.items()) {
        if (!item->isVisible() || item->parentItem())
            continue;
        rect |= item->sceneBoundingRect();
        // The totals disc is drawn behind the box, by the scene's background.
        if (const auto* entity = qgraphicsitem_cast<const EntityItem*>(item))
            if (const qreal r = scene.totalsDiscRadius(entity->entityId()); r > 0)
                rect |= QRectF(entity->pos() - QPointF(r, r), QSizeF(2 * r, 2 * r));
    }
    return rect;
}

SlideText slideTextFor(const Document& document, const View& shown, const ExportOptions& options) {
    SlideText text;
    text.title = options.title;
    text.subtitle = options.subtitle;
    if (options.dateStamp) {
        // Without a date filter the slide shows each deal's latest reported status, which is not
        // the same as "as of today" (a step dated only "2026" counts from 2026-12-31).
        const auto asOf = document.filter().asOf;
        text.dateStamp =
            asOf ? QCoreApplication::translate("SlideRenderer", "As of %1")
                       .arg(QString::fromStdString(asOf->toString()))
                 : QCoreApplication::translate("SlideRenderer", "Latest reported status, %1")
                       .arg(QDate::currentDate().toString(Qt::ISODate));
        if (const auto from = document.compareFrom())
            text.dateStamp = QCoreApplication::translate("SlideRenderer", "%1; changes since %2")
                                 .arg(text.dateStamp, QString::fromStdString(from->toString()));
    }
    if (options.sourcesFooter) {
        // One entry per article: its publisher and whom it cites. The most cited come first, so
        // if the footer must count the rest, the ones it names are those most deals rest on.
        const Model& model = document.model();
        std::map<std::string, int> counts;
        for (auto d : shown.deals)
            for (const auto& id : model.deals()[d].sources)
                if (const Source* source = model.source(id)) {
                    std::string entry = source->publisher;
                    if (!source->citing.empty())
                        entry += " (citing " + source->citing + ")";
                    ++counts[entry];
                }
        std::vector<std::pair<std::string, int>> ordered(counts.begin(), counts.end());
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [entry, count] : ordered)
            text.sources << QString::fromStdString(entry);
    }
    return text;
}

QStringList footerLines(const QStringList& sources, const QFontMetricsF& metrics, qreal width,
                        int maxLines) {
    if (sources.isEmpty())
        return {};
    const QString lead = QCoreApplication::translate("SlideRenderer", "Sources: ");
    auto more = [](int n) {
        return QCoreApplication::translate("SlideRenderer", "and %n more", nullptr, n);
    };
    QStringList lines{lead};
    for (int i = 0; i < sources.size(); ++i) {
        const bool last = i + 1 == sources.size();
        const QString item = sources[i] + (last ? QString() : QStringLiteral(","));
        QString& line = lines.back();
        const QString candidate = line.endsWith(QLatin1Char(' ')) || line == lead
                                      ? line + item
                                      : line + QLatin1Char(' ') + item;
        if (metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() < maxLines) {
            lines << metrics.elidedText(item, Qt::ElideRight, width);
            continue;
        }
        // No room for this one: count it and the rest, dropping names from the last line until
        // the count fits.
        int remaining = static_cast<int>(sources.size()) - i;
        while (metrics.horizontalAdvance(line + QLatin1Char(' ') + more(remaining)) > width) {
            const int cut = line.lastIndexOf(QStringLiteral(", "));
            if (cut <= 0) { // one long name on this line: shorten it instead
                line = metrics.elidedText(
                    line, Qt::ElideRight,
                    width - metrics.horizontalAdvance(QLatin1Char(' ') + more(remaining)));
                break;
            }
            line = line.left(cut + 1);
            ++remaining;
        }
        line += QLatin1Char(' ') + more(remaining);
        break;
    }
    return lines;
}

void paintSlide(QPainter& painter, GraphScene& scene, const Slide& slide) {
    const GraphStyle saved = scene.graphStyle();
    const GraphStyle style = styleFor(slide.theme, saved);
    const qreal scale = slide.size.height() / kLogicalHeight;
    const qreal width = slide.size.width() / scale;

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    if (slide.theme != ExportTheme::Transparent)
        painter.fillRect(QRect(QPoint(), slide.size), style.background());
    painter.scale(scale, scale);

    const QFont base = style.nameFont();
    qreal top = kMargin;
    painter.setPen(style.text());
    if (!slide.text.title.isEmpty()) {
        const QFont font = sized(base, 44, true);
        painter.setFont(font);
        const qreal h = QFontMetricsF(font).height();
        painter.drawText(
            QRectF(kMargin, top, width - 2 * kMargin, h), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(font).elidedText(slide.text.title, Qt::ElideRight, width - 2 * kMargin));
        top += h + 4;
    }
    if (!slide.text.subtitle.isEmpty()) {
        const QFont font = sized(base, 26);
        painter.setFont(font);
        painter.setPen(style.secondaryText());
        const qreal h = QFontMetricsF(font).height();
        painter.drawText(QRectF(kMargin, top, width - 2 * kMargin, h),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(slide.text.subtitle, Qt::ElideRight,
                                                        width - 2 * kMargin));
        top += h;
    }
    if (top > kMargin)
        top += kGap;

    // Footer: the sources on the left over up to two lines, the date stamp on the right.
    qreal bottom = kLogicalHeight - kMargin;
    if (!slide.text.sources.isEmpty() || !slide.text.dateStamp.isEmpty()) {
        const QFont font = sized(base, 17);
        const QFontMetricsF metrics(font);
        painter.setFont(font);
        painter.setPen(style.secondaryText());
        const qreal h = metrics.height();
        const qreal full = width - 2 * kMargin;
        const qreal stampWidth = metrics.horizontalAdvance(slide.text.dateStamp);
        // On a narrow slide the stamp would squeeze the sources: it gets a line of its own.
        const bool stampApart = stampWidth > 0.35 * full;
        const qreal sourcesWidth =
            stampApart ? full : full - stampWidth - (stampWidth > 0 ? 32 : 0);
        const QStringList lines = footerLines(slide.text.sources, metrics, sourcesWidth, 2);
        const int count = std::max<int>(1, static_cast<int>(lines.size())) + (stampApart ? 1 : 0);
        const qreal footerTop = bottom - count * h;
        painter.drawText(QRectF(kMargin, bottom - h, full, h),
                         (stampApart ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter,
                         slide.text.dateStamp);
        for (int i = 0; i < static_cast<int>(lines.size()); ++i)
            painter.drawText(QRectF(kMargin, footerTop + i * h, sourcesWidth, h),
                             Qt::AlignLeft | Qt::AlignVCenter, lines[i]);
        bottom = footerTop - kGap;
    }

    // The legend goes below the graph or beside it, whichever leaves the graph larger: a wide
    // graph wants the full width, a tall one the full height.
    const QRectF area(kMargin, top, width - 2 * kMargin, std::max<qreal>(1, bottom - top));
    QRectF target = area;
    if (slide.legend && !slide.legendContent.isEmpty()) {
        const LegendContent& room =
            slide.legendRoom.isEmpty() ? slide.legendContent : slide.legendRoom;
        const QSizeF content = legendSize(slide.legendContent, style);
        const QSizeF reserved = legendSize(room, style);
        const QSizeF natural(std::max(content.width(), reserved.width()),
                             std::max(content.height(), reserved.height()));
        const QSizeF source = slide.source.isValid() ? slide.source.size() : QSizeF(1, 1);
        auto graphScale = [&](const QRectF& r) {
            return std::min(r.width() / source.width(), r.height() / source.height());
        };
        const qreal fitBelow = std::min(1.0, area.width() / std::max<qreal>(1, natural.width()));
        const QRectF above(area.left(), area.top(), area.width(),
                           area.height() - natural.height() * fitBelow - kGap);
        const qreal fitBeside = std::min(1.0, area.height() / std::max<qreal>(1, natural.height()));
        const QRectF left(area.left(), area.top(),
                          area.width() - natural.width() * fitBeside - kGap, area.height());
        const bool beside = graphScale(left) > graphScale(above);
        const qreal fit = beside ? fitBeside : fitBelow;
        target = beside ? left : above;
        painter.save();
        if (beside)
            painter.translate(area.right() - natural.width() * fit,
                              area.bottom() - natural.height() * fit);
        else
            painter.translate(area.left(), area.bottom() - natural.height() * fit);
        painter.scale(fit, fit);
        // Drawn at the reserved box's bottom left, where a legend of any size lines up.
        paintLegend(painter, QRectF(QPointF(0, natural.height() - content.height()), content),
                    style, slide.legendContent);
        painter.restore();
    }

    // The graph, fitted and centred in what is left, drawn with the slide's theme and without
    // the scene's own background.
    if (slide.source.isValid() && target.width() > 1 && target.height() > 1) {
        const qreal scaleToFit = std::min(target.width() / slide.source.width(),
                                          target.height() / slide.source.height());
        QRectF fitted(QPointF(), slide.source.size() * scaleToFit);
        fitted.moveCenter(target.center());
        const QBrush background = scene.backgroundBrush();
        scene.setGraphStyle(style);
        scene.setBackgroundBrush(Qt::NoBrush);
        scene.render(&painter, fitted, slide.source, Qt::IgnoreAspectRatio);
        scene.setGraphStyle(saved);
        scene.setBackgroundBrush(background);
    }
    painter.restore();
}

} // namespace dealgraph::app
