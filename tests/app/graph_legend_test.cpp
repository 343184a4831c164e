// The legend lists only what the view shows and paints readably with either theme.
#include "document/document.h"
#include "graph_test_model.h"
#include "scene/legend.h"

#include <QImage>
#include <QPainter>

#include <gtest/gtest.h>

#include <algorithm>

using namespace dealgraph;
using namespace dealgraph::app;
using namespace dealgraph::graphtest;

namespace {

template <typename T> bool has(const std::vector<T>& list, T value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// How many pixels differ clearly from the background.
int inkedPixels(const QImage& image, const QColor& background) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                    std::abs(c.blue() - background.blue()) >
                60)
                ++count;
        }
    return count;
}

} // namespace

TEST(Legend, ListsOnlyWhatTheViewShows) {
    const Model model = smallGraphModel();
    const LegendContent all = legendContentFor(model, wholeModel(model));
    EXPECT_EQ(all.flowTypes, (std::vector<FlowType>{FlowType::Money, FlowType::Compute,
                                                    FlowType::Chips, FlowType::Services}));
    EXPECT_EQ(all.statuses,
              (std::vector<Status>{Status::Rumoured, Status::Announced, Status::Signed,
                                   Status::Active, Status::OnHold, Status::Abandoned}));
    EXPECT_TRUE(has(all.entityKinds, EntityKind::Site));
    EXPECT_TRUE(all.showWidthScale);

    Filter services;
    services.flowTypes = {FlowType::Services};
    const LegendContent few = legendContentFor(model, applyFilter(model, services));
    EXPECT_EQ(few.flowTypes, std::vector<FlowType>{FlowType::Services});
    EXPECT_EQ(few.statuses, std::vector<Status>{Status::Active});
    EXPECT_EQ(few.entityKinds, (std::vector<EntityKind>{EntityKind::Company, EntityKind::Site}));
    EXPECT_FALSE(few.showWidthScale); // no amounts shown: widths mean nothing

    EXPECT_TRUE(legendContentFor(Model(), wholeModel(Model())).isEmpty());
}

TEST(Legend, PaintsInsideItsSizeWithEitherThemeAndLayout) {
    const Model model = smallGraphModel();
    const LegendContent content = legendContentFor(model, wholeModel(model));
    for (const GraphStyle& style : {GraphStyle::light(), GraphStyle::dark()})
        for (LegendLayout layout : {LegendLayout::Columns, LegendLayout::Rows}) {
            const qreal wrap = layout == LegendLayout::Rows ? 500 : 0;
            const QSizeF size = legendSize(content, style, layout, wrap);
            ASSERT_GT(size.width(), 100);
            ASSERT_GT(size.height(), 30);
            if (wrap > 0) {
                EXPECT_LE(size.width(), wrap);
            }
            // Paint with a margin and check nothing lands outside the promised size.
            const int margin = 20;
            QImage image((size + QSizeF(2 * margin, 2 * margin)).toSize(), QImage::Format_RGB32);
            image.fill(style.background());
            {
                QPainter painter(&image);
                paintLegend(painter, QRectF(QPointF(margin, margin), size), style, content, layout);
            }
            EXPECT_GT(inkedPixels(image, style.background()), 500);
            const QImage above = image.copy(0, 0, image.width(), margin - 2);
            EXPECT_EQ(inkedPixels(above, style.background()), 0);
            const QImage below =
                image.copy(0, image.height() - margin + 2, image.width(), margin - 2);
            EXPECT_EQ(inkedPixels(below, style.background()), 0);
            const QImage right =
                image.copy(image.width() - margin + 2, 0, margin - 2, image.height());
            EXPECT_EQ(inkedPixels(right, style.background()), 0);
        }
}

TEST(Legend, RowsWrapToTheWidth) {
    const Model model = smallGraphModel();
    const LegendContent content = legendContentFor(model, wholeModel(model));
    const GraphStyle style;
    const QSizeF wide = legendSize(content, style, LegendLayout::Rows, 5000);
    const QSizeF narrow = legendSize(content, style, LegendLayout::Rows, 400);
    EXPECT_GT(narrow.height(), wide.height());
    EXPECT_LE(narrow.width(), 400);
}

TEST(Legend, WidgetFollowsTheDocumentsView) {
    Document document;
    LegendWidget widget(&document);
    EXPECT_TRUE(widget.content().isEmpty());
    document.setModel(smallGraphModel());
    EXPECT_EQ(widget.content().flowTypes.size(), 4u);
    const QSize whole = widget.sizeHint();
    Filter services;
    services.flowTypes = {FlowType::Services};
    document.setFilter(services);
    EXPECT_EQ(widget.content().flowTypes.size(), 1u);
    EXPECT_LT(widget.sizeHint().height(), whole.height());
}
