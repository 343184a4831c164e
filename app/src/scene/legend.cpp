#include "scene/legend.h"

#include "document/document.h"
#include "document/model_text.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <set>

namespace dealgraph::app {

namespace {

constexpr qreal kSwatchWidth = 30;
constexpr qreal kSwatchGap = 8;
constexpr qreal kColumnGap = 22;    // between columns
constexpr qreal kEntryGap = 20;     // between entries of a row
constexpr qreal kHeadingGap = 3;    // under a column's heading
constexpr qreal kHeadingSpace = 14; // after a row's heading
constexpr qreal kPlatePadding = 10;
constexpr qreal kStripPaddingY = 6; // a strip is a toolbar-like band, not a plate

// lupdate's context for the legend's words (a free tr() would get none it can see).
struct LegendText {
    Q_DECLARE_TR_FUNCTIONS(LegendText)
};

enum class SwatchKind { Flow, Status, Entity, WidthScale, Note, Disc, Change };

struct Row {
    SwatchKind swatch;
    int value; // the FlowType, Status or EntityKind as an int
    QString label;
};

struct Section {
    QString heading;
    std::vector<Row> rows;
};

template <typename T> bool contains(const std::vector<T>& list, T value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// Statuses drawn alike share a row, so the legend never shows two identical samples.
std::vector<Row> statusRows(const std::vector<Status>& statuses) {
    std::vector<Row> rows;
    for (Status status : statuses) {
        QString label = displayText(status);
        if (status == Status::Active && contains(statuses, Status::Signed))
            continue;
        if (status == Status::Superseded && contains(statuses, Status::Abandoned))
            continue;
        if (status == Status::Signed && contains(statuses, Status::Active))
            label = LegendText::tr("Signed / active");
        if (status == Status::Abandoned && contains(statuses, Status::Superseded))
            label = LegendText::tr("Abandoned / superseded");
        rows.push_back({SwatchKind::Status, static_cast<int>(status), label});
    }
    return rows;
}

std::vector<Section> sectionsOf(const LegendContent& content) {
    std::vector<Section> sections;
    if (!content.flowTypes.empty()) {
        Section flows{LegendText::tr("Flows"), {}};
        for (FlowType type : content.flowTypes)
            flows.rows.push_back({SwatchKind::Flow, static_cast<int>(type), displayText(type)});
        if (content.showWidthScale)
            flows.rows.push_back(
                {SwatchKind::WidthScale, 0, LegendText::tr("Width: amount (log)")});
        if (content.summed)
            flows.rows.push_back(
                {SwatchKind::Note, 0, LegendText::tr("Summed: one curve per pair and type")});
        sections.push_back(std::move(flows));
    }
    if (!content.statuses.empty())
        sections.push_back({LegendText::tr("Deal status"), statusRows(content.statuses)});
    if (!content.entityKinds.empty()) {
        Section kinds{LegendText::tr("Entities"), {}};
        for (EntityKind kind : content.entityKinds)
            kinds.rows.push_back({SwatchKind::Entity, static_cast<int>(kind), displayText(kind)});
        if (content.totalsDiscs)
            kinds.rows.push_back(
                {SwatchKind::Disc, 0, LegendText::tr("Disc area: money in + out")});
        sections.push_back(std::move(kinds));
    }
    if (!content.changes.empty()) {
        Section changes{LegendText::tr("Since %1").arg(content.changesSince), {}};
        for (ChangeKind kind : content.changes) {
            const QString label = kind == ChangeKind::Appeared ? LegendText::tr("New deal")
                                  : kind == ChangeKind::StatusChanged
                                      ? LegendText::tr("Status changed")
                                      : LegendText::tr("Ended");
            changes.rows.push_back({SwatchKind::Change, static_cast<int>(kind), label});
        }
        sections.push_back(std::move(changes));
    }
    return sections;
}

// Where everything goes, computed once for both measuring and painting.
struct Placed {
    const Row* row;
    QRectF swatch;
    QRectF label;
};
struct Arrangement {
    std::vector<std::pair<QString, QRectF>> headings;
    std::vector<Placed> entries;
    QSizeF size;
};

Arrangement arrange(const std::vector<Section>& sections, const GraphStyle& style,
                    LegendLayout layout, qreal width) {
    const QFontMetricsF text(style.legendFont());
    const QFontMetricsF bold(style.legendHeadingFont());
    const qreal rowHeight = std::max<qreal>(text.height(), 14) + 4;
    auto labelWidth = [&](const Row& row) { return std::ceil(text.horizontalAdvance(row.label)); };
    Arrangement result;
    if (layout == LegendLayout::Columns) {
        const qreal headingHeight = bold.height() + kHeadingGap;
        qreal x = 0;
        std::size_t rows = 0;
        for (const Section& section : sections) {
            qreal columnWidth = std::ceil(bold.horizontalAdvance(section.heading));
            for (const Row& row : section.rows)
                columnWidth = std::max(columnWidth, kSwatchWidth + kSwatchGap + labelWidth(row));
            result.headings.push_back(
                {section.heading, QRectF(x, 0, columnWidth, headingHeight - kHeadingGap)});
            qreal y = headingHeight;
            for (const Row& row : section.rows) {
                result.entries.push_back(
                    {&row, QRectF(x, y, kSwatchWidth, rowHeight),
                     QRectF(x + kSwatchWidth + kSwatchGap, y, labelWidth(row), rowHeight)});
                y += rowHeight;
            }
            rows = std::max(rows, section.rows.size());
            x += columnWidth + kColumnGap;
        }
        result.size = {sections.empty() ? 0 : x - kColumnGap,
                       sections.empty() ? 0 : headingHeight + static_cast<qreal>(rows) * rowHeight};
        return result;
    }
    qreal headingWidth = 0;
    for (const Section& section : sections)
        headingWidth = std::max(headingWidth, std::ceil(bold.horizontalAdvance(section.heading)));
    headingWidth += kHeadingSpace;
    qreal y = 0;
    qreal right = 0;
    for (const Section& section : sections) {
        result.headings.push_back({section.heading, QRectF(0, y, headingWidth, rowHeight)});
        qreal x = headingWidth;
        for (const Row& row : section.rows) {
            const qreal entryWidth = kSwatchWidth + kSwatchGap + labelWidth(row);
            if (width > 0 && x > headingWidth && x + entryWidth > width) {
                y += rowHeight;
                x = headingWidth;
            }
            result.entries.push_back(
                {&row, QRectF(x, y, kSwatchWidth, rowHeight),
                 QRectF(x + kSwatchWidth + kSwatchGap, y, labelWidth(row), rowHeight)});
            x += entryWidth;
            right = std::max(right, x);
            x += kEntryGap;
        }
        y += rowHeight;
    }
    result.size = {right, y};
    return result;
}

void paintSwatch(QPainter& painter, const QRectF& box, const Row& row, const GraphStyle& style) {
    const qreal y = box.center().y();
    switch (row.swatch) {
    case SwatchKind::Flow: {
        const QColor colour = style.flowColour(static_cast<FlowType>(row.value));
        painter.setPen(QPen(colour, 3, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right() - 7, y));
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(QPolygonF({QPointF(box.right(), y), QPointF(box.right() - 8, y - 4.5),
                                       QPointF(box.right() - 8, y + 4.5)}));
        break;
    }
    case SwatchKind::Status:
        painter.setPen(style.linePen(style.text(), 2.5, static_cast<Status>(row.value)));
        painter.drawLine(QPointF(box.left(), y), QPointF(box.right(), y));
        break;
    case SwatchKind::WidthScale: {
        // A wedge from the thinnest amount width to the thickest.
        const qreal thin = GraphStyle::kMinAmountWidth / 2;
        const qreal thick = GraphStyle::kMaxAmountWidth / 2;
        painter.setPen(Qt::NoPen);
        painter.setBrush(style.secondaryText());
        painter.drawPolygon(
            QPolygonF({QPointF(box.left(), y - thin), QPointF(box.right(), y - thick),
                       QPointF(box.right(), y + thick), QPointF(box.left(), y + thin)}));
        break;
    }
    case SwatchKind::Note:
        break;
    case SwatchKind::Disc: {
        QColor fill = style.secondaryText(); // as GraphScene::drawBackground draws it
        fill.setAlphaF(0.10f);
        QColor rim = style.flowColour(FlowType::Money);
        rim.setAlphaF(0.6f);
        painter.setPen(QPen(rim, 1));
        painter.setBrush(fill);
        painter.drawEllipse(QPointF(box.center().x(), y), 7, 7);
        break;
    }
    case SwatchKind::Change: {
        // The graph's tags in miniature: filled for new and changed, outlined for ended.
        const bool ended = static_cast<ChangeKind>(row.value) == ChangeKind::Ended;
        const QRectF pill(box.left() + 2, y - 5.5, box.width() - 4, 11);
        painter.setPen(QPen(style.selection(), 1.2));
        painter.setBrush(ended ? style.labelBackground() : style.selection());
        painter.drawRoundedRect(pill, 5.5, 5.5);
        break;
    }
    case SwatchKind::Entity: {
        const EntityBoxStyle kind = style.entityBox(static_cast<EntityKind>(row.value));
        const QRectF rect(box.left() + 2, y - 6.5, box.width() - 4, 13);
        painter.setPen(QPen(kind.border, std::min<qreal>(kind.borderWidth, 1.6), kind.borderStyle));
        painter.setBrush(kind.fill);
        const qreal radius = std::min(kind.cornerRadius, rect.height() / 2);
        painter.drawRoundedRect(rect, radius, radius);
        break;
    }
    }
}

} // namespace

LegendContent legendContentFor(const Model& model, const View& view) {
    std::set<FlowType> types;
    std::set<Status> statuses;
    std::set<EntityKind> kinds;
    LegendContent content;
    for (const FlowRef& ref : view.flows) {
        const Flow& flow = model.deals()[ref.deal].flows[ref.flow];
        types.insert(flow.type);
        content.showWidthScale = content.showWidthScale || !flow.amounts.empty();
    }
    for (std::size_t deal : view.deals)
        if (deal < view.status.size() && view.status[deal])
            statuses.insert(*view.status[deal]);
    for (std::size_t entity : view.entities)
        kinds.insert(model.entities()[entity].kind);
    for (FlowType type : kAllFlowTypes)
        if (types.count(type))
            content.flowTypes.push_back(type);
    for (Status status : kAllStatuses)
        if (statuses.count(status))
            content.statuses.push_back(status);
    for (EntityKind kind : kAllEntityKinds)
        if (kinds.count(kind))
            content.entityKinds.push_back(kind);
    return content;
}

View viewAtEveryDate(const Document& document) {
    Filter timeless = document.filter();
    timeless.asOf.reset();
    timeless.statuses.clear();
    return applyFilter(document.model(), timeless);
}

LegendContent legendRoomFor(const Document& document) {
    return legendRoomFor(document, viewAtEveryDate(document));
}

LegendContent legendRoomFor(const Document& document, const View& all) {
    const Model& model = document.model();
    LegendContent room = legendContentFor(document, all);
    std::set<Status> statuses;
    for (std::size_t d : all.deals)
        for (const StatusStep& step : model.deals()[d].history)
            statuses.insert(step.status);
    room.statuses.clear();
    for (Status status : kAllStatuses)
        if (statuses.count(status))
            room.statuses.push_back(status);
    return room;
}

LegendContent legendContentFor(const Document& document, const View& view) {
    LegendContent content = legendContentFor(document.model(), view);
    const DisplayOptions& display = document.displayOptions();
    content.summed = display.summed && !content.flowTypes.empty();
    content.totalsDiscs = display.sizeByTotals && !content.entityKinds.empty();
    if (document.compareFrom()) {
        std::set<ChangeKind> kinds;
        for (const DealChange& change : document.changes())
            if (view.containsDeal(change.deal))
                kinds.insert(change.kind);
        for (ChangeKind kind : {ChangeKind::Appeared, ChangeKind::StatusChanged, ChangeKind::Ended})
            if (kinds.count(kind))
                content.changes.push_back(kind);
        content.changesSince = dateText(*document.compareFrom());
    }
    return content;
}

QSizeF legendSize(const LegendContent& content, const GraphStyle& style, LegendLayout layout,
                  qreal width) {
    const std::vector<Section> sections = sectionsOf(content);
    const QSizeF size = arrange(sections, style, layout, width).size;
    return {std::ceil(size.width()), std::ceil(size.height())};
}

void paintLegend(QPainter& painter, const QRectF& rect, const GraphStyle& style,
                 const LegendContent& content, LegendLayout layout) {
    const std::vector<Section> sections = sectionsOf(content);
    const Arrangement arrangement = arrange(sections, style, layout, rect.width());
    painter.save();
    painter.translate(rect.topLeft());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.legendHeadingFont());
    painter.setPen(style.secondaryText());
    for (const auto& [heading, box] : arrangement.headings)
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip, heading);
    for (const Placed& entry : arrangement.entries) {
        paintSwatch(painter, entry.swatch, *entry.row, style);
        painter.setFont(style.legendFont());
        painter.setPen(style.text());
        painter.drawText(entry.label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextDontClip,
                         entry.row->label);
    }
    painter.restore();
}

void paintLegend(QPainter& painter, const QRectF& rect, const GraphStyle& style, const Model& model,
                 const View& view) {
    paintLegend(painter, rect, style, legendContentFor(model, view));
}

LegendWidget::LegendWidget(Document* document, QWidget* parent)
    : QWidget(parent), document_(document), style_(GraphStyle::forPalette(palette())) {
    connect(document_, &Document::modelReset, this, &LegendWidget::refresh);
    connect(document_, &Document::viewChanged, this, &LegendWidget::refresh);
    connect(document_, &Document::displayChanged, this, &LegendWidget::refresh);
    connect(document_, &Document::comparisonChanged, this, &LegendWidget::refresh);
    refresh();
}

void LegendWidget::setGraphStyle(const GraphStyle& style) {
    style_ = style;
    updateGeometry();
    update();
}

void LegendWidget::setLegendLayout(LegendLayout layout) {
    layout_ = layout;
    updateGeometry();
    update();
}

void LegendWidget::refresh() {
    room_ = legendRoomFor(*document_);
    // What the legend explains stays put while the date moves (Play): the flow types, statuses
    // and kinds of every date, not only those shown on this one, so no entry jumps to another
    // place when a type appears. The key of a style not on screen today costs nothing.
    content_ = legendContentFor(*document_, document_->view());
    if (document_->filter().asOf) {
        LegendContent stable = legendContentFor(*document_, viewAtEveryDate(*document_));
        stable.statuses = room_.statuses;
        stable.changes = content_.changes;
        stable.changesSince = content_.changesSince;
        content_ = std::move(stable);
    }
    // Room for the comparison's row whenever there are dates to compare: turning Compare on
    // must not shrink the graph's pane, which moved the whole graph.
    if (!document_->model().deals().empty() && room_.changes.empty()) {
        room_.changes = {ChangeKind::Appeared, ChangeKind::StatusChanged, ChangeKind::Ended};
        room_.changesSince = QStringLiteral("0000-00-00");
    }
    updateGeometry();
    update();
    emit contentChanged();
}

QMarginsF LegendWidget::padding() const {
    return layout_ == LegendLayout::Columns
               ? QMarginsF(kPlatePadding, kPlatePadding, kPlatePadding, kPlatePadding)
               : QMarginsF(kPlatePadding, kStripPaddingY, kPlatePadding, kStripPaddingY);
}

// Columns sit on a plate; a strip's own background is the graph's.
QSizeF LegendWidget::sizeFor(qreal width) const {
    const QSizeF content = legendSize(content_, style_, layout_, width);
    if (content.isEmpty())
        return content;
    const QSizeF room = legendSize(room_, style_, layout_, width);
    return {std::max(content.width(), room.width()), std::max(content.height(), room.height())};
}

QSize LegendWidget::sizeHint() const {
    const QSizeF size = sizeFor(0);
    if (size.isEmpty())
        return {0, 0};
    const QMarginsF margins = padding();
    return QSizeF(size.width() + margins.left() + margins.right(),
                  size.height() + margins.top() + margins.bottom())
        .toSize();
}

QSize LegendWidget::minimumSizeHint() const {
    return layout_ == LegendLayout::Columns ? sizeHint() : QSize(0, heightForWidth(width()));
}

int LegendWidget::heightForWidth(int width) const {
    const QMarginsF margins = padding();
    const qreal inner = width - margins.left() - margins.right();
    const QSizeF size = sizeFor(inner);
    return size.isEmpty()
               ? 0
               : static_cast<int>(std::ceil(size.height() + margins.top() + margins.bottom()));
}

void LegendWidget::paintEvent(QPaintEvent*) {
    if (content_.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor edge = style_.secondaryText();
    edge.setAlphaF(0.35f);
    if (layout_ == LegendLayout::Columns) {
        QColor plate = style_.background();
        plate.setAlphaF(0.92f);
        painter.setPen(QPen(edge, 1));
        painter.setBrush(plate);
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    } else {
        painter.fillRect(rect(), style_.background());
        painter.setPen(QPen(edge, 1));
        painter.drawLine(QPointF(0, 0.5), QPointF(width(), 0.5)); // a hairline under the graph
    }
    const QRectF inner = QRectF(rect()).marginsRemoved(padding());
    paintLegend(painter, inner, style_, content_, layout_);
}

} // namespace dealgraph::app
