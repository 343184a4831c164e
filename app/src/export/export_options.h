// What an export produces: format, pixel size, theme, and the slide's framing. Shared by the
// export dialog and the command line so both offer the same choices.
#pragma once

#include "dealgraph/graph_layout.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealgraph::app {

// Pptx: PowerPoint with the graph as native shapes (pptx_slide.h).
// Html: one self-contained web page, the graph as SVG with a details panel (html_page.h).
// Json: the model as shown (filters, focus and date applied), a smaller valid model to share.
enum class ExportFormat { Png, Svg, Pdf, Pptx, Html, Dot, GraphML, Json };
enum class ExportTheme { Light, Dark, Transparent };
enum class ExportScope { WholeGraph, CurrentView };
// How a whole-graph slide is laid out: for what it shows (a filtered or dated slide gets the
// whole frame), or with the whole graph's positions, so that a series of dated slides lines up.
enum class SlideLayout { FitShown, KeepPositions };
// The format's entity groups on a slide: collapsed only when the graph would not fit otherwise
// (Auto), always collapsed into one box each, or never (the lightest entities fold instead).
enum class GroupDisplay { Auto, Collapsed, Expanded };
// Services and rights flows that carry no amount on a slide: left out only when the graph
// would not fit otherwise (Auto, after the groups and before any entity folds into
// "Others"), always, or never. The slide says how many it left out.
enum class UnpricedFlows { Auto, Hidden, Shown };

// The smallest graph text of a slide, in points on the slide (10 pt reads from the back of a
// room); entity names are kNameTypeFactor times it (12 pt). Legend and footer use it too.
inline constexpr double kDefaultMinTypePt = 10;
inline constexpr double kNameTypeFactor = 1.2;
inline constexpr double kMinTypePtLowest = 4;
inline constexpr double kMinTypePtHighest = 48;
// A caption is read from the back of a room like the graph's names, and is longer: never under
// 15 pt, and 1.5 times the slide's smallest text when that is larger.
inline constexpr double kMinCaptionPt = 15;
inline constexpr double kCaptionTypeFactor = 1.5;

struct SlidePreset {
    const char* name;   // command-line spelling
    const char* label;  // menu text
    QSize size;         // pixels
    double widthInches; // the slide width the PNG's DPI metadata maps the image to
};

// 16:9 1920x1080 and 3840x2160 map to a 13.33 in wide slide (PowerPoint, Keynote, Google
// Slides, Impress defaults), so a pasted PNG lands at exactly slide size; 4:3 to a 10 in slide.
inline constexpr SlidePreset kSlidePresets[] = {
    {"16x9", "16:9 (1920 \u00d7 1080)", {1920, 1080}, 13.333},
    {"4k", "16:9 4K (3840 \u00d7 2160)", {3840, 2160}, 13.333},
    {"4x3", "4:3 (1600 \u00d7 1200)", {1600, 1200}, 10.0},
};

struct ExportOptions {
    ExportFormat format = ExportFormat::Png;
    QSize size = {1920, 1080};
    double widthInches = 13.333;
    ExportTheme theme = ExportTheme::Light;
    ExportScope scope = ExportScope::WholeGraph;
    QString title;    // empty: none
    QString subtitle; // empty: none
    // A few sentences under the title (a story step's), wrapped, at least kMinCaptionPt.
    QString caption;
    bool legend = true;
    bool dateStamp = true;                // "As of <date>" (the view's date, or today)
    bool sourcesFooter = true;            // publishers of the deals shown
    std::optional<layout::Engine> engine; // headless only: overrides the default engine
    double minTypePt = kDefaultMinTypePt; // graph text is never drawn smaller (see above)
    // The graph cannot fit at minTypePt: fail, naming the size it would need, rather than
    // group and fold entities until it fits.
    bool strictType = false;
    SlideLayout layout = SlideLayout::FitShown;
    GroupDisplay groups = GroupDisplay::Auto;
    UnpricedFlows unpriced = UnpricedFlows::Auto;
    // The other-language name under each box; unset: shown in the Chinese interface only.
    std::optional<bool> secondaryNames;

    // PNG metadata: pixels per inch such that the image is widthInches wide.
    int dotsPerInch() const;
    // Slide units per point on the slide. The slide is drawn in a space 1080 units high
    // whatever its pixel size (slide_renderer.cpp); a 16:9 slide is 13.33 in wide, so 2 units
    // are 1 pt at every preset.
    double unitsPerPoint() const;
    // The caption's type size in slide units (kMinCaptionPt, or larger with minTypePt).
    double captionUnits() const;
};

// Limits that keep an export from exhausting memory: 3840x2160 is the largest preset; 8K
// (7680 px) is allowed for posters, no more.
inline constexpr int kMaxExportSide = 7680;
inline constexpr int kMinExportSide = 200;

std::optional<ExportFormat> formatFromPath(const QString& path);
// Whether the format draws the laid-out graph (PNG, SVG, PDF, PowerPoint, a web page), rather
// than writing the model's data (DOT, GraphML, JSON).
bool isSlideFormat(ExportFormat format);
std::optional<QSize> parseSize(const QString& text); // "1920x1080"
const SlidePreset* presetByName(const QString& name);
std::optional<ExportTheme> themeFromString(const QString& text);

} // namespace dealgraph::app
