#include "scene/graph_style.h"

#include <QFontInfo>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

namespace {

// Han characters come from WenQuanYi Micro Hei before Noto Sans CJK: Noto maps Kangxi radicals
// (U+2F00..) to the same glyphs as ideographs, and Qt's PDF writer names each glyph by its
// lowest code point, so 文 in an exported PDF would copy and search as the radical ⽂.
// WenQuanYi has no radicals, so its glyphs map back to the ideographs.
// In a Chinese locale fontconfig makes Noto Sans CJK the default family itself, which would put
// it first again: Latin text then takes DejaVu Sans, as in every other locale, and Han text
// WenQuanYi.
QStringList familiesFor(const QString& primary) {
    const bool cjkPrimary = primary.contains(QLatin1String("CJK"), Qt::CaseInsensitive) ||
                            primary.contains(QLatin1String("Source Han"), Qt::CaseInsensitive);
    return {cjkPrimary ? QStringLiteral("DejaVu Sans") : primary,
            QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")};
}

QFont sizedFont(int pixelSize, QFont::Weight weight) {
    QFont font; // the application font's family
    // Resolve first: the default family is often an alias ("Sans Serif") that a family list
    // would skip, sending Latin text to the CJK font too.
    font.setFamilies(familiesFor(QFontInfo(font).family()));
    font.setPixelSize(pixelSize);
    font.setWeight(weight);
    font.setHintingPreference(QFont::PreferNoHinting); // same widths at every zoom
    return font;
}

// Maps value to [kMinAmountWidth, kMaxAmountWidth] on a log scale between `low` and `high`.
qreal logWidth(double value, double low, double high) {
    if (!(value > low))
        return GraphStyle::kMinAmountWidth;
    const double t = std::min(1.0, std::log(value / low) / std::log(high / low));
    return GraphStyle::kMinAmountWidth +
           t * (GraphStyle::kMaxAmountWidth - GraphStyle::kMinAmountWidth);
}

QColor mix(const QColor& a, const QColor& b, qreal t) {
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t),
                            static_cast<float>(a.alphaF()));
}

} // namespace

GraphStyle::GraphStyle(Theme theme)
    : theme_(theme), nameFont_(sizedFont(15, QFont::Medium)),
      secondaryNameFont_(sizedFont(12, QFont::Normal)), amountFont_(sizedFont(12, QFont::Normal)),
      legendFont_(sizedFont(12, QFont::Normal)), legendHeadingFont_(sizedFont(12, QFont::Bold)) {}

Theme GraphStyle::themeFor(const QPalette& palette) {
    return palette.color(QPalette::Window).lightnessF() < 0.5 ? Theme::Dark : Theme::Light;
}

void GraphStyle::setTypeSizes(qreal namePx, qreal textPx) {
    const int name = std::max(1, qRound(namePx));
    const int text = std::max(1, qRound(textPx));
    nameFont_.setPixelSize(name);
    for (QFont* font : {&secondaryNameFont_, &amountFont_, &legendFont_, &legendHeadingFont_})
        font->setPixelSize(text);
}

void GraphStyle::setFontFamily(const QString& family) {
    for (QFont* font :
         {&nameFont_, &secondaryNameFont_, &amountFont_, &legendFont_, &legendHeadingFont_})
        font->setFamilies(familiesFor(family));
}

QColor GraphStyle::background() const {
    return theme_ == Theme::Dark ? QColor(0x1E, 0x21, 0x26) : QColor(0xFB, 0xFB, 0xF9);
}

QColor GraphStyle::text() const {
    return theme_ == Theme::Dark ? QColor(0xE6, 0xE8, 0xEB) : QColor(0x1F, 0x23, 0x28);
}

QColor GraphStyle::secondaryText() const {
    return theme_ == Theme::Dark ? QColor(0xA9, 0xAF, 0xB8) : QColor(0x5A, 0x60, 0x6A);
}

QColor GraphStyle::neutral() const {
    return theme_ == Theme::Dark ? QColor(0x8E, 0x94, 0x9E) : QColor(0x8A, 0x8F, 0x98);
}

QColor GraphStyle::selection() const {
    // Selection is an outline in the strongest neutral, not a hue: any hue would be confused
    // with some flow type's colour (a yellow highlighter vanished on revenue-share gold).
    return theme_ == Theme::Dark ? QColor(0xFF, 0xFF, 0xFF) : QColor(0x11, 0x14, 0x18);
}

QColor GraphStyle::labelBackground() const {
    QColor colour = background();
    colour.setAlpha(230);
    return colour;
}

// Hues per type are the same in both themes (money green, compute blue, chips vermillion,
// equity violet, revenue share gold, rights teal, services grey); lightness differs so every
// colour keeps at least 3:1 contrast against its background. The sets were checked pairwise
// in CIELAB under simulated protanopia and deuteranopia (see graph_style_test.cpp).
QColor GraphStyle::flowColour(FlowType type) const {
    const bool dark = theme_ == Theme::Dark;
    switch (type) {
    case FlowType::Money:
        return dark ? QColor(0x7E, 0xD9, 0xA0) : QColor(0x1B, 0x9E, 0x77);
    case FlowType::Compute:
        return dark ? QColor(0x4F, 0x9B, 0xD9) : QColor(0x1F, 0x4E, 0x9A);
    case FlowType::Chips:
        return dark ? QColor(0xFF, 0x6A, 0x3D) : QColor(0xB8, 0x3C, 0x12);
    case FlowType::Equity:
        return dark ? QColor(0xA0, 0x8C, 0xFF) : QColor(0x8A, 0x5B, 0xD6);
    case FlowType::RevenueShare:
        return dark ? QColor(0xF6, 0xC4, 0x53) : QColor(0xB0, 0x80, 0x00);
    case FlowType::Rights:
        return dark ? QColor(0x6F, 0xE3, 0xF0) : QColor(0x2A, 0x9A, 0xB8);
    case FlowType::Services:
        return dark ? QColor(0xB8, 0xB0, 0xA8) : QColor(0x55, 0x55, 0x55);
    }
    return text();
}

EntityBoxStyle GraphStyle::entityBox(EntityKind kind) const {
    const bool dark = theme_ == Theme::Dark;
    auto rgb = [](unsigned value) { return QColor::fromRgb(value); };
    EntityBoxStyle box{dark ? rgb(0x2B3039) : rgb(0xFFFFFF), dark ? rgb(0x98A2B3) : rgb(0x5A6372),
                       1.2, Qt::SolidLine, 2};
    switch (kind) {
    case EntityKind::Company:
        break;
    case EntityKind::Investor: // warm paper: money holders
        box.fill = dark ? rgb(0x3A3426) : rgb(0xF6F0E1);
        box.border = dark ? rgb(0xC8AE72) : rgb(0x8A7444);
        break;
    case EntityKind::JointVenture: // dashed: a vehicle of other parties, not a firm of its own
        box.fill = dark ? rgb(0x262F45) : rgb(0xEEF2FB);
        box.border = dark ? rgb(0x8EA4D6) : rgb(0x4A5A80);
        box.borderWidth = 1.5;
        box.borderStyle = Qt::DashLine;
        break;
    case EntityKind::Site: // rounded and green-grey: a place, not an organisation
        box.fill = dark ? rgb(0x23352A) : rgb(0xE9F3EC);
        box.border = dark ? rgb(0x7FB08C) : rgb(0x5E7F66);
        box.cornerRadius = 12;
        break;
    case EntityKind::Government: // heavier border: states and agencies
        box.fill = dark ? rgb(0x30343A) : rgb(0xF1F2F4);
        box.border = dark ? rgb(0xDDDDDD) : rgb(0x30343A);
        box.borderWidth = 2.2;
        break;
    case EntityKind::Nonprofit:
        box.fill = dark ? rgb(0x3A2B37) : rgb(0xF7EEF5);
        box.border = dark ? rgb(0xC49ABD) : rgb(0x8E6A86);
        break;
    case EntityKind::Person:
        box.cornerRadius = 12;
        break;
    case EntityKind::Other:
        box.fill = dark ? rgb(0x2E2E2E) : rgb(0xF3F3F3);
        box.border = dark ? rgb(0x8A8A8A) : rgb(0x8A8A8A);
        box.borderStyle = Qt::DotLine;
        break;
    }
    return box;
}

StatusLineStyle GraphStyle::statusLine(Status status) {
    switch (status) {
    case Status::Rumoured:
        return {{1, 2}, 1, 1, 0}; // dotted
    case Status::Announced:
        return {{4, 2.5}, 1, 1, 0}; // dashed
    case Status::Signed:
    case Status::Active:
        return {{}, 1, 1, 0}; // solid
    case Status::OnHold:
        return {{5, 2, 1, 2}, 0.55, 1, 0}; // dash-dot, faded
    case Status::Abandoned:
    case Status::Superseded:
        return {{}, 0.35, 0.5, 0.3}; // faded and thin
    case Status::Completed:
        return {{}, 0.85, 1, 0.65}; // solid, grey-ish: done, no longer in play
    }
    return {};
}

qreal GraphStyle::amountWidth(const Amount& amount) {
    const double value = amount.nominal();
    switch (amount.unit) {
    case Unit::Usd:
        return logWidth(value, 1e9, 500e9); // $1B .. $500B
    case Unit::Gigawatts:
        return logWidth(value, 0.1, 10); // 100 MW .. 10 GW
    case Unit::Gpus:
    case Unit::Chips:
        return logWidth(value, 1e4, 5e6); // 10k .. 5M accelerators
    case Unit::Percent:
        return logWidth(value, 1, 100);
    }
    return kMinAmountWidth;
}

qreal GraphStyle::flowWidth(const std::vector<Amount>& amounts) {
    qreal width = amounts.empty() ? kNoAmountWidth : kMinAmountWidth;
    for (const Amount& amount : amounts)
        width = std::max(width, amountWidth(amount));
    return width;
}

QColor GraphStyle::strokeColour(const QColor& base, std::optional<Status> status) const {
    const StatusLineStyle line = statusLine(status.value_or(Status::Announced));
    QColor colour = mix(base, neutral(), line.greyMix);
    colour.setAlphaF(static_cast<float>(line.alpha));
    return colour;
}

QColor GraphStyle::flowStrokeColour(FlowType type, std::optional<Status> status) const {
    return strokeColour(flowColour(type), status);
}

QPen GraphStyle::flowPen(FlowType type, qreal baseWidth, std::optional<Status> status,
                         qreal minimumWidth) const {
    return linePen(flowColour(type), baseWidth, status, minimumWidth);
}

QPen GraphStyle::linePen(const QColor& colour, qreal baseWidth, std::optional<Status> status,
                         qreal minimumWidth) const {
    const StatusLineStyle line = statusLine(status.value_or(Status::Announced));
    const qreal width = std::max({baseWidth * line.widthFactor, minimumWidth, 0.75});
    QPen pen(strokeColour(colour, status), width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!line.dash.isEmpty()) {
        // Dash units grow with the line but never below 1.5 pt, so thin lines keep visible
        // gaps; QPen measures patterns in multiples of its width.
        const qreal unit = std::max(width, 1.5) / width;
        QVector<qreal> pattern;
        for (qreal length : line.dash)
            pattern << length * unit;
        pen.setDashPattern(pattern);
    }
    return pen;
}

} // namespace dealgraph::app
