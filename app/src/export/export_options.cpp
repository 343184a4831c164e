#include "export/export_options.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace dealgraph::app {

int ExportOptions::dotsPerInch() const {
    return std::max(1, static_cast<int>(std::lround(size.width() / widthInches)));
}

double ExportOptions::unitsPerPoint() const {
    constexpr double kSlideUnitsHigh = 1080;
    if (size.width() <= 0 || size.height() <= 0 || !(widthInches > 0))
        return 2;
    const double pixelsPerPoint = size.width() / (widthInches * 72);
    return pixelsPerPoint * kSlideUnitsHigh / size.height();
}

double ExportOptions::captionUnits() const {
    return std::max(kMinCaptionPt, kCaptionTypeFactor * minTypePt) * unitsPerPoint();
}

std::optional<ExportFormat> formatFromPath(const QString& path) {
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".png")))
        return ExportFormat::Png;
    if (lower.endsWith(QLatin1String(".svg")))
        return ExportFormat::Svg;
    if (lower.endsWith(QLatin1String(".pdf")))
        return ExportFormat::Pdf;
    if (lower.endsWith(QLatin1String(".pptx")))
        return ExportFormat::Pptx;
    if (lower.endsWith(QLatin1String(".html")) || lower.endsWith(QLatin1String(".htm")))
        return ExportFormat::Html;
    if (lower.endsWith(QLatin1String(".dot")) || lower.endsWith(QLatin1String(".gv")))
        return ExportFormat::Dot;
    if (lower.endsWith(QLatin1String(".graphml")))
        return ExportFormat::GraphML;
    if (lower.endsWith(QLatin1String(".json")))
        return ExportFormat::Json;
    return std::nullopt;
}

bool isSlideFormat(ExportFormat format) {
    return format != ExportFormat::Dot && format != ExportFormat::GraphML &&
           format != ExportFormat::Json;
}

std::optional<QSize> parseSize(const QString& text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < kMinExportSide || size.height() < kMinExportSide ||
        size.width() > kMaxExportSide || size.height() > kMaxExportSide)
        return std::nullopt;
    return size;
}

const SlidePreset* presetByName(const QString& name) {
    for (const auto& preset : kSlidePresets)
        if (name == QLatin1String(preset.name))
            return &preset;
    return nullptr;
}

std::optional<ExportTheme> themeFromString(const QString& text) {
    if (text == QLatin1String("light"))
        return ExportTheme::Light;
    if (text == QLatin1String("dark"))
        return ExportTheme::Dark;
    if (text == QLatin1String("transparent"))
        return ExportTheme::Transparent;
    return std::nullopt;
}

} // namespace dealgraph::app
