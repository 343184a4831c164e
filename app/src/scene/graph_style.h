// How the graph looks: colours per flow type, boxes per entity kind, line styles per status,
// widths per amount, fonts. A plain value class that knows nothing of the screen, so export can
// draw with a light or a dark theme whatever the desktop uses.
#pragma once

#include "dealgraph/amount.h"
#include "dealgraph/kinds.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QVector>

#include <optional>
#include <vector>

class QPalette;

namespace dealgraph::app {

enum class Theme { Light, Dark };

struct EntityBoxStyle {
    QColor fill;
    QColor border;
    qreal borderWidth = 1;
    Qt::PenStyle borderStyle = Qt::SolidLine;
    qreal cornerRadius = 0; // sites are rounded, organisations sharp
};

// How a deal's status changes its lines. Dash lengths are in scene units (points) and scaled
// into the pen's width units by flowPen(), so a dotted 1 pt line still reads as dotted.
struct StatusLineStyle {
    QVector<qreal> dash; // empty: solid
    qreal alpha = 1;     // faded statuses are drawn translucent
    qreal widthFactor = 1;
    qreal greyMix = 0; // 0 keeps the type colour, 1 makes it the neutral grey
};

class GraphStyle {
public:
    explicit GraphStyle(Theme theme = Theme::Light);

    static GraphStyle light() { return GraphStyle(Theme::Light); }
    static GraphStyle dark() { return GraphStyle(Theme::Dark); }
    static GraphStyle forPalette(const QPalette& palette) { return GraphStyle(themeFor(palette)); }

    Theme theme() const { return theme_; }
    void setTheme(Theme theme) { theme_ = theme; }
    // The theme a palette asks for. Qt 6.4 has no colour-scheme hint: a dark window colour means
    // a dark desktop.
    static Theme themeFor(const QPalette& palette);

    QColor background() const;
    QColor text() const;
    QColor secondaryText() const; // the Chinese name line, legend headings
    QColor neutral() const;       // what completed deals fade toward
    QColor selection() const;     // the outline around selected things
    QColor labelBackground() const;

    QColor flowColour(FlowType type) const;
    EntityBoxStyle entityBox(EntityKind kind) const;
    static StatusLineStyle statusLine(Status status);

    // Stroke width in points for a flow's amounts on a log scale per unit; thin without one.
    static qreal flowWidth(const std::vector<Amount>& amounts);
    static qreal amountWidth(const Amount& amount);
    static constexpr qreal kNoAmountWidth = 1.0;
    static constexpr qreal kMinAmountWidth = 1.5;
    static constexpr qreal kMaxAmountWidth = 6.0;

    // The pen a flow is stroked with, given its flowWidth(). `status` empty means "not on
    // record" and draws as announced. `minimumWidth` keeps lines at least one device pixel
    // wide when zoomed out.
    QPen flowPen(FlowType type, qreal baseWidth, std::optional<Status> status,
                 qreal minimumWidth = 0) const;
    // The same for any colour (the legend's status samples).
    QPen linePen(const QColor& colour, qreal baseWidth, std::optional<Status> status,
                 qreal minimumWidth = 0) const;
    // The colour of a flow's line and arrowhead after its status is applied.
    QColor flowStrokeColour(FlowType type, std::optional<Status> status) const;
    QColor strokeColour(const QColor& colour, std::optional<Status> status) const;

    // Item opacity of things that are not part of what the pointer hovers.
    static constexpr qreal kDimmedOpacity = 0.18;

    // Fonts sized in pixels, i.e. scene units: geometry does not depend on the screen's DPI.
    QFont nameFont() const { return nameFont_; }
    QFont secondaryNameFont() const { return secondaryNameFont_; } // the zh-Hans line
    QFont amountFont() const { return amountFont_; }
    QFont legendFont() const { return legendFont_; }
    QFont legendHeadingFont() const { return legendHeadingFont_; }
    // Replaces the font family (keeping sizes); the app default is used otherwise.
    void setFontFamily(const QString& family);
    // Sizes every graph text in scene units: entity names `namePx`, every other text (second
    // names, amounts, tags, the legend) `textPx`. Slides use it to lay out at their minimum
    // type size (export/slide_layout.h); the window keeps the defaults.
    void setTypeSizes(qreal namePx, qreal textPx);
    // Whether boxes carry the entity's name in the other language under its own (the
    // Chinese name under an English one). Box sizes depend on it.
    bool secondaryNames() const { return secondaryNames_; }
    void setSecondaryNames(bool shown) { secondaryNames_ = shown; }

    // Padding between an entity's text and its box, and around an amount label.
    static constexpr qreal kBoxPaddingX = 10;
    static constexpr qreal kBoxPaddingY = 6;
    static constexpr qreal kLineGap = 1; // between the name and the zh-Hans line
    static constexpr qreal kLabelPaddingX = 4;
    static constexpr qreal kLabelPaddingY = 1.5;

private:
    Theme theme_;
    QFont nameFont_;
    QFont secondaryNameFont_;
    QFont amountFont_;
    QFont legendFont_;
    QFont legendHeadingFont_;
    bool secondaryNames_ = true;
};

} // namespace dealgraph::app
