// GraphStyle: flow colours that stay apart for common colour blindness and read on light and
// dark backgrounds, widths on a log scale per unit, and line styles that tell statuses apart.
#include "scene/graph_style.h"

#include <QPalette>

#include <gtest/gtest.h>

#include <array>
#include <cmath>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

using Rgb = std::array<double, 3>; // linear RGB

double toLinear(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

Rgb linear(const QColor& colour) {
    return {toLinear(colour.redF()), toLinear(colour.greenF()), toLinear(colour.blueF())};
}

double luminance(const Rgb& c) {
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

// WCAG contrast ratio; 3:1 is the minimum for graphical objects.
double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(linear(a));
    const double lb = luminance(linear(b));
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::array<double, 3> lab(const Rgb& c) {
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    const double x = (0.4124 * c[0] + 0.3576 * c[1] + 0.1805 * c[2]) / 0.95047;
    const double y = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const double z = (0.0193 * c[0] + 0.1192 * c[1] + 0.9505 * c[2]) / 1.08883;
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, in linear RGB.
using Matrix = std::array<std::array<double, 3>, 3>;
const Matrix kIdentity = {{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
const Matrix kProtanopia = {{{0.152286, 1.052583, -0.204868},
                             {0.114503, 0.786281, 0.099216},
                             {-0.003882, -0.048116, 1.051998}}};
const Matrix kDeuteranopia = {{{0.367322, 0.860646, -0.227968},
                               {0.280085, 0.672501, 0.047413},
                               {-0.011820, 0.042940, 0.968881}}};

Rgb simulate(const Rgb& c, const Matrix& m) {
    Rgb out{};
    for (int i = 0; i < 3; ++i)
        out[i] = std::clamp(m[i][0] * c[0] + m[i][1] * c[1] + m[i][2] * c[2], 0.0, 1.0);
    return out;
}

double deltaE(const QColor& a, const QColor& b, const Matrix& vision) {
    const auto la = lab(simulate(linear(a), vision));
    const auto lb = lab(simulate(linear(b), vision));
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

class GraphStyleThemes : public ::testing::TestWithParam<Theme> {};

} // namespace

TEST_P(GraphStyleThemes, FlowColoursStayApartForNormalAndRedGreenColourBlindVision) {
    const GraphStyle style(GetParam());
    for (std::size_t i = 0; i < kAllFlowTypes.size(); ++i)
        for (std::size_t j = i + 1; j < kAllFlowTypes.size(); ++j) {
            const QColor a = style.flowColour(kAllFlowTypes[i]);
            const QColor b = style.flowColour(kAllFlowTypes[j]);
            const std::string pair = std::string(toString(kAllFlowTypes[i])) + " vs " +
                                     std::string(toString(kAllFlowTypes[j]));
            EXPECT_GE(deltaE(a, b, kIdentity), 25) << pair;
            EXPECT_GE(deltaE(a, b, kProtanopia), 10) << pair << " (protanopia)";
            EXPECT_GE(deltaE(a, b, kDeuteranopia), 10) << pair << " (deuteranopia)";
        }
}

TEST_P(GraphStyleThemes, FlowColoursAndTextReadOnTheBackground) {
    const GraphStyle style(GetParam());
    for (FlowType type : kAllFlowTypes)
        EXPECT_GE(contrast(style.flowColour(type), style.background()), 3.0) << toString(type);
    EXPECT_GE(contrast(style.text(), style.background()), 7.0);
    EXPECT_GE(contrast(style.secondaryText(), style.background()), 4.5);
    for (EntityKind kind : kAllEntityKinds)
        EXPECT_GE(contrast(style.text(), style.entityBox(kind).fill), 7.0) << toString(kind);
}

INSTANTIATE_TEST_SUITE_P(Themes, GraphStyleThemes, ::testing::Values(Theme::Light, Theme::Dark),
                         [](const auto& param) {
                             return std::string(param.param == Theme::Light ? "Light" : "Dark");
                         });

TEST(GraphStyle, ThemeFollowsTheWindowColour) {
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xEF, 0xEF, 0xEF));
    EXPECT_EQ(GraphStyle::forPalette(dark).theme(), Theme::Dark);
    EXPECT_EQ(GraphStyle::forPalette(light).theme(), Theme::Light);
    EXPECT_LT(GraphStyle::dark().background().lightnessF(), 0.3);
    EXPECT_GT(GraphStyle::light().background().lightnessF(), 0.9);
}

TEST(GraphStyle, WidthsGrowWithTheAmountOnALogScale) {
    auto usd = [](double value) { return Amount{Unit::Usd, Qualifier::Exact, value, 0, {}}; };
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(usd(1e9)), 1.5);
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(usd(500e9)), 6.0);
    const double w10 = GraphStyle::amountWidth(usd(10e9));
    const double w100 = GraphStyle::amountWidth(usd(100e9));
    EXPECT_LT(1.5, w10);
    EXPECT_LT(w10, w100);
    EXPECT_LT(w100, 6.0);
    // Equal ratios give equal steps: a log scale, not a linear one.
    EXPECT_NEAR(w10 - GraphStyle::amountWidth(usd(1e9)), w100 - w10, 1e-9);
    // Beyond the ends the width is clamped.
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(usd(5e12)), 6.0);
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(usd(1e6)), 1.5);
    // A range counts at its midpoint.
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth({Unit::Usd, Qualifier::Range, 0.5e9, 1.5e9, {}}), 1.5);
}

TEST(GraphStyle, ComputeAndChipsHaveTheirOwnScales) {
    auto amount = [](Unit unit, double value) {
        return Amount{unit, Qualifier::Exact, value, 0, {}};
    };
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(amount(Unit::Gigawatts, 10)), 6.0);
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(amount(Unit::Gigawatts, 0.1)), 1.5);
    EXPECT_LT(GraphStyle::amountWidth(amount(Unit::Gigawatts, 1)),
              GraphStyle::amountWidth(amount(Unit::Gigawatts, 5)));
    EXPECT_DOUBLE_EQ(GraphStyle::amountWidth(amount(Unit::Gpus, 5e6)), 6.0);
    EXPECT_LT(GraphStyle::amountWidth(amount(Unit::Gpus, 1e5)),
              GraphStyle::amountWidth(amount(Unit::Gpus, 1e6)));
    // 10 GW is as big as compute gets; as dollars it would be nothing.
    EXPECT_GT(GraphStyle::amountWidth(amount(Unit::Gigawatts, 10)),
              GraphStyle::amountWidth(amount(Unit::Usd, 10)));
}

TEST(GraphStyle, FlowsWithoutAmountsAreThinnestAndTheLargestAmountWins) {
    const Amount small{Unit::Usd, Qualifier::Exact, 2e9, 0, {}};
    const Amount big{Unit::Gigawatts, Qualifier::Exact, 10, 0, {}};
    EXPECT_DOUBLE_EQ(GraphStyle::flowWidth({}), GraphStyle::kNoAmountWidth);
    EXPECT_LT(GraphStyle::flowWidth({}), GraphStyle::flowWidth({small}));
    EXPECT_DOUBLE_EQ(GraphStyle::flowWidth({small, big}), 6.0);
}

TEST(GraphStyle, LineStylesTellStatusesApart) {
    const GraphStyle style;
    auto pen = [&](Status status) { return style.flowPen(FlowType::Money, 3, status); };
    const QPen rumoured = pen(Status::Rumoured);
    const QPen announced = pen(Status::Announced);
    const QPen signedPen = pen(Status::Signed);
    const QPen onHold = pen(Status::OnHold);
    EXPECT_EQ(signedPen.style(), Qt::SolidLine);
    EXPECT_EQ(pen(Status::Active).style(), Qt::SolidLine);
    EXPECT_EQ(rumoured.style(), Qt::CustomDashLine);
    EXPECT_EQ(announced.style(), Qt::CustomDashLine);
    EXPECT_EQ(onHold.style(), Qt::CustomDashLine);
    EXPECT_NE(rumoured.dashPattern(), announced.dashPattern());
    EXPECT_NE(announced.dashPattern(), onHold.dashPattern());
    EXPECT_EQ(onHold.dashPattern().size(), 4); // dash-dot
    // Live statuses are opaque; stalled and dead ones fade; dead ones are also thin.
    EXPECT_EQ(signedPen.color().alphaF(), 1.0f);
    EXPECT_LT(onHold.color().alphaF(), 1.0f);
    for (Status dead : {Status::Abandoned, Status::Superseded}) {
        EXPECT_LT(pen(dead).color().alphaF(), onHold.color().alphaF());
        EXPECT_LT(pen(dead).widthF(), signedPen.widthF());
    }
    // Completed deals are solid but lose most of their colour.
    const QPen completed = pen(Status::Completed);
    EXPECT_EQ(completed.style(), Qt::SolidLine);
    EXPECT_LT(completed.color().hsvSaturationF(), signedPen.color().hsvSaturationF() * 0.6);
}

TEST(GraphStyle, DashesStayVisibleOnThinLines) {
    const GraphStyle style;
    // QPen measures dashes in widths: a 1 pt dotted line must still have gaps of >= 1.5 pt.
    const QPen thin = style.flowPen(FlowType::Rights, 1, Status::Rumoured);
    ASSERT_EQ(thin.dashPattern().size(), 2);
    EXPECT_GE(thin.dashPattern()[1] * thin.widthF(), 1.5);
    // A minimum width (one device pixel when zoomed out) overrides a thinner line.
    EXPECT_DOUBLE_EQ(style.flowPen(FlowType::Money, 1, Status::Signed, 2.5).widthF(), 2.5);
}

TEST(GraphStyle, FontsAreSizedInSceneUnits) {
    const GraphStyle style;
    for (const QFont& font : {style.nameFont(), style.secondaryNameFont(), style.amountFont()})
        EXPECT_GT(font.pixelSize(), 0) << "a point size would make boxes depend on the DPI";
    EXPECT_LT(style.amountFont().pixelSize(), style.nameFont().pixelSize());
    GraphStyle renamed = style;
    renamed.setFontFamily(QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(renamed.nameFont().family(), QStringLiteral("DejaVu Serif"));
    EXPECT_EQ(renamed.nameFont().pixelSize(), style.nameFont().pixelSize());
}
