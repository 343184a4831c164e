#include "export/slide_renderer.h"

#include "document/document.h"
#include "document/model_text.h"
#include "scene/graph_scene.h"

#include <QCoreApplication>
#include <QDate>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

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

SlideText slideTextFor(const Document& document, const View& shown, const ExportOptions& options) {
    SlideText text;
    text.title = options.title;
    text.subtitle = options.subtitle;
    text.caption = options.caption;
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
        std::map<QString, int> counts;
        for (auto d : shown.deals)
            for (const auto& id : model.deals()[d].sources)
                if (const Source* source = model.source(id)) {
                    QString entry = publisherOf(*source);
                    if (!source->citing.empty())
                        entry = QCoreApplication::translate("SlideRenderer", "%1 (citing %2)")
                                    .arg(entry,
                                         localized(source->translations, "citing", source->citing));
                    ++counts[entry];
                }
        std::vector<std::pair<QString, int>> ordered(counts.begin(), counts.end());
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [entry, count] : ordered)
            text.sources << entry;
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

QStringList captionLines(const QString& text, const QFont& font, qreal width, int maxLines,
                         bool* cut) {
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    QStringList lines;
    int lastStart = 0;
    bool more = false;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        if (lines.size() == maxLines) {
            more = true;
            break;
        }
        line.setLineWidth(width);
        lastStart = line.textStart();
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    if (more && !lines.isEmpty()) // the rest of the text, cut to the last line
        lines.back() =
            QFontMetricsF(font).elidedText(text.mid(lastStart).simplified(), Qt::ElideRight, width);
    if (cut)
        *cut = more;
    return lines;
}

SlideGeometry slideGeometry(const Slide& slide, const GraphStyle& style) {
    SlideGeometry g;
    const qreal scale = slide.size.height() / kLogicalHeight;
    g.width = slide.size.width() / scale;
    const qreal width = g.width;
    const QFont base = style.nameFont();
    qreal top = kMargin;
    g.footerFont = sized(base, std::max<qreal>(17, slide.textUnits));
    const QFontMetricsF metrics(g.footerFont);
    const qreal full = width - 2 * kMargin;
    const qreal stampWidth = metrics.horizontalAdvance(slide.text.dateStamp);
    // With a title, the date stamp sits at the right of the title line, leaving the footer's
    // two lines to the sources (at 10 pt they need the whole width).
    const bool stampOnTitle =
        !slide.text.title.isEmpty() && stampWidth > 0 && stampWidth < 0.35 * full;
    if (!slide.text.title.isEmpty()) {
        g.titleFont = sized(base, std::max<qreal>(44, slide.textUnits), true);
        const qreal h = QFontMetricsF(g.titleFont).height();
        g.title = QRectF(kMargin, top, full - (stampOnTitle ? stampWidth + 32 : 0), h);
        if (stampOnTitle) {
            g.stamp = QRectF(kMargin, top, full, h);
            g.stampAlignment = Qt::AlignRight | Qt::AlignVCenter;
        }
        top += h + 4;
    }
    if (!slide.text.subtitle.isEmpty()) {
        g.subtitleFont = sized(base, std::max<qreal>(26, slide.textUnits));
        const qreal h = QFontMetricsF(g.subtitleFont).height();
        g.subtitle = QRectF(kMargin, top, width - 2 * kMargin, h);
        top += h;
    }
    if (!slide.text.caption.isEmpty()) {
        g.captionFont = sized(base, std::max(slide.captionUnits, slide.textUnits));
        const QFontMetricsF captionMetrics(g.captionFont);
        const QStringList lines =
            captionLines(slide.text.caption, g.captionFont, full, kMaxCaptionLines, &g.captionCut);
        top += top > kMargin ? kGap / 2 : 0; // apart from the title, closer than the graph
        for (const QString& line : lines) {
            g.caption.push_back({QRectF(kMargin, top, full, captionMetrics.height()), line});
            top += captionMetrics.lineSpacing();
        }
    }
    if (top > kMargin)
        top += kGap;

    // Footer: the sources on the left over up to two lines, the date stamp on the right; over
    // them, what was grouped or folded to keep the type size.
    qreal bottom = kLogicalHeight - kMargin;
    const qreal h = metrics.height();
    const QString stampBelow = stampOnTitle ? QString() : slide.text.dateStamp;
    if (!slide.text.sources.isEmpty() || !stampBelow.isEmpty()) {
        const qreal belowWidth = stampOnTitle ? 0 : stampWidth;
        // On a narrow slide the stamp would squeeze the sources: it gets a line of its own.
        const bool stampApart = belowWidth > 0.35 * full;
        const qreal sourcesWidth =
            stampApart ? full : full - belowWidth - (belowWidth > 0 ? 32 : 0);
        const QStringList lines = footerLines(slide.text.sources, metrics, sourcesWidth, 2);
        const int count = std::max<int>(1, static_cast<int>(lines.size())) + (stampApart ? 1 : 0);
        const qreal footerTop = bottom - count * h;
        if (!stampBelow.isEmpty()) {
            g.stamp = QRectF(kMargin, bottom - h, full, h);
            g.stampAlignment = (stampApart ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter;
        }
        for (int i = 0; i < static_cast<int>(lines.size()); ++i)
            g.footer.push_back({QRectF(kMargin, footerTop + i * h, sourcesWidth, h), lines[i]});
        bottom = footerTop - kGap / 2;
    }
    if (!slide.text.simplification.isEmpty()) {
        const QString line = metrics.elidedText(slide.text.simplification, Qt::ElideRight, full);
        g.simplification = {QRectF(kMargin, bottom - h, full, h), line};
        bottom -= h;
    }
    bottom -= kGap / 2;

    // The legend goes below the graph as a strip of rows, or beside it in columns, whichever
    // leaves the graph larger: a wide graph wants the full width, a tall one the full height.
    const QRectF area(kMargin, top, width - 2 * kMargin, std::max<qreal>(1, bottom - top));
    g.graph = area;
    if (slide.legend && !slide.legendContent.isEmpty()) {
        const LegendContent& room =
            slide.legendRoom.isEmpty() ? slide.legendContent : slide.legendRoom;
        auto naturalSize = [&](LegendLayout layout, qreal wrap) {
            const QSizeF content = legendSize(slide.legendContent, style, layout, wrap);
            const QSizeF reserved = legendSize(room, style, layout, wrap);
            return std::pair{content, QSizeF(std::max(content.width(), reserved.width()),
                                             std::max(content.height(), reserved.height()))};
        };
        const QSizeF source = slide.source.isValid() ? slide.source.size() : QSizeF(16, 9);
        auto graphScale = [&](const QRectF& r) {
            return std::min(r.width() / source.width(), r.height() / source.height());
        };
        const auto [rowsContent, rows] = naturalSize(LegendLayout::Rows, area.width());
        const auto [columnsContent, columns] = naturalSize(LegendLayout::Columns, 0);
        const QRectF above(area.left(), area.top(), area.width(),
                           area.height() - rows.height() - kGap);
        const qreal fitBeside = std::min(1.0, area.height() / std::max<qreal>(1, columns.height()));
        const QRectF left(area.left(), area.top(),
                          area.width() - columns.width() * fitBeside - kGap, area.height());
        const bool beside = graphScale(left) > graphScale(above);
        g.legendLayout = beside ? LegendLayout::Columns : LegendLayout::Rows;
        g.legendFit = beside ? fitBeside : 1.0;
        g.graph = beside ? left : above;
        const QSizeF natural = beside ? columns : rows;
        const QSizeF content = beside ? columnsContent : rowsContent;
        g.legendOrigin = beside ? QPointF(area.right() - natural.width() * g.legendFit,
                                          area.bottom() - natural.height() * g.legendFit)
                                : QPointF(area.left(), area.bottom() - natural.height());
        // Drawn at the reserved box's bottom left, where a legend of any size lines up.
        g.legend = QRectF(QPointF(0, natural.height() - content.height()),
                          beside ? content : QSizeF(area.width(), content.height()));
    }
    if (slide.source.isValid() && g.graph.width() > 1 && g.graph.height() > 1) {
        g.graphScale = std::min({g.graph.width() / slide.source.width(),
                                 g.graph.height() / slide.source.height(), slide.maxGraphScale});
        g.graphRect = QRectF(QPointF(), slide.source.size() * g.graphScale);
        g.graphRect.moveCenter(g.graph.center());
    }
    return g;
}

void paintSlide(QPainter& painter, GraphScene& scene, const Slide& slide) {
    const GraphStyle saved = scene.graphStyle();
    const GraphStyle style = styleFor(slide.theme, saved);
    const SlideGeometry g = slideGeometry(slide, style);
    const qreal scale = slide.size.height() / kLogicalHeight;

    painter.save();
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                           QPainter::SmoothPixmapTransform);
    if (slide.theme != ExportTheme::Transparent)
        painter.fillRect(QRect(QPoint(), slide.size), style.background());
    painter.scale(scale, scale);

    painter.setPen(style.text());
    if (g.title.isValid()) {
        painter.setFont(g.titleFont);
        painter.drawText(g.title, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(g.titleFont)
                             .elidedText(slide.text.title, Qt::ElideRight, g.title.width()));
    }
    if (!g.caption.empty()) {
        painter.setFont(g.captionFont);
        for (const auto& [rect, line] : g.caption)
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, line);
    }
    painter.setPen(style.secondaryText());
    if (g.subtitle.isValid()) {
        painter.setFont(g.subtitleFont);
        painter.drawText(g.subtitle, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(g.subtitleFont)
                             .elidedText(slide.text.subtitle, Qt::ElideRight, g.subtitle.width()));
    }
    painter.setFont(g.footerFont);
    if (g.stamp.isValid())
        painter.drawText(g.stamp, g.stampAlignment, slide.text.dateStamp);
    for (const auto& [rect, line] : g.footer)
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, line);
    if (g.simplification.first.isValid())
        painter.drawText(g.simplification.first, Qt::AlignLeft | Qt::AlignVCenter,
                         g.simplification.second);

    if (g.legend.isValid()) {
        painter.save();
        painter.translate(g.legendOrigin);
        painter.scale(g.legendFit, g.legendFit);
        paintLegend(painter, g.legend, style, slide.legendContent, g.legendLayout);
        painter.restore();
    }

    // The graph, fitted and centred in what is left, drawn with the slide's theme and without
    // the scene's own background.
    if (!g.graphRect.isEmpty()) {
        const QBrush background = scene.backgroundBrush();
        scene.setGraphStyle(style);
        scene.setBackgroundBrush(Qt::NoBrush);
        scene.render(&painter, g.graphRect, slide.source, Qt::IgnoreAspectRatio);
        scene.setGraphStyle(saved);
        scene.setBackgroundBrush(background);
    }
    painter.restore();
}

} // namespace dealgraph::app
