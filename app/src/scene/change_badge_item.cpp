#include "scene/change_badge_item.h"

#include "scene/graph_scene.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace dealgraph::app {

namespace {

struct BadgeText {
    Q_DECLARE_TR_FUNCTIONS(BadgeText)
};

QFont badgeFont(const GraphStyle& style) {
    QFont font = style.amountFont();
    font.setBold(true);
    return font;
}

} // namespace

ChangeBadgeItem::ChangeBadgeItem(ChangeKind kind) : kind_(kind) {
    setZValue(2); // above lines and amount labels
    setAcceptedMouseButtons(Qt::NoButton);
}

QString ChangeBadgeItem::textFor(ChangeKind kind) {
    switch (kind) {
    case ChangeKind::Appeared:
        return BadgeText::tr("+ new");
    case ChangeKind::StatusChanged:
        return BadgeText::tr("status changed");
    case ChangeKind::Ended:
        return BadgeText::tr("\u00d7 ended");
    }
    return {};
}

QString ChangeBadgeItem::text() const {
    return textFor(kind_);
}

void ChangeBadgeItem::setKind(ChangeKind kind) {
    if (kind == kind_)
        return;
    prepareGeometryChange();
    kind_ = kind;
    update();
}

QRectF ChangeBadgeItem::pillRect() const {
    const auto* owner = qobject_cast<GraphScene*>(scene());
    const GraphStyle style = owner ? owner->graphStyle() : GraphStyle();
    const QFontMetricsF metrics(badgeFont(style));
    const qreal width = metrics.horizontalAdvance(text()) + 10;
    const qreal height = metrics.height() + 2;
    return {-width / 2, -height / 2, width, height};
}

QRectF ChangeBadgeItem::boundingRect() const {
    return pillRect().adjusted(-1, -1, 1, 1);
}

void ChangeBadgeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    const auto* owner = qobject_cast<GraphScene*>(scene());
    if (!owner)
        return;
    const GraphStyle& style = owner->graphStyle();
    const QRectF pill = pillRect();
    painter->setRenderHint(QPainter::Antialiasing);
    // Ended deals get an outlined tag, the others a filled one: the difference reads in grey.
    const bool ended = kind_ == ChangeKind::Ended;
    QPen border(style.selection(), 1.2);
    painter->setPen(border);
    painter->setBrush(ended ? style.labelBackground() : style.selection());
    painter->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
    painter->setPen(ended ? style.selection() : style.background());
    painter->setFont(badgeFont(style));
    painter->drawText(pill, Qt::AlignCenter, text());
}

} // namespace dealgraph::app
