// Play tells what happened: a caption over the graph says what changed on the date shown, the
// slider names the years, the legend keeps still while the date moves, turning Compare on does not
// move the graph, and compare tags never sit on a box. The bundled dataset, in a real window.
#include "shell_fixture.h"

#include "document/model_text.h"
#include "panels/time_panel.h"
#include "panels/time_slider.h"
#include "scene/change_badge_item.h"
#include "scene/date_caption.h"
#include "scene/legend.h"

#include <QCheckBox>

namespace dealgraph::app::shelltest {
namespace {

class PlayTest : public ShellTest {
protected:
    void SetUp() override {
        ShellTest::SetUp();
        openBundledDataset();
    }
    TimePanel& time() { return *window->findChild<TimePanel*>(); }
    DateCaption& caption() { return *view().dateCaption(); }
};

bool sameLegend(const LegendContent& a, const LegendContent& b) {
    return a.flowTypes == b.flowTypes && a.statuses == b.statuses &&
           a.entityKinds == b.entityKinds && a.showWidthScale == b.showWidthScale;
}

} // namespace

TEST_F(PlayTest, EachStepSaysWhatChangedThatDay) {
    document().setAsOf(Date::ymd(2025, 9, 22));
    QCoreApplication::processEvents();
    EXPECT_EQ(caption().text(),
              QStringLiteral("2025-09-22 · Nvidia to invest up to $100B in OpenAI to build 10 GW "
                             "of AI infrastructure · announced"));
    EXPECT_TRUE(caption().isVisible());
    EXPECT_TRUE(view().viewport()->geometry().contains(caption().geometry()))
        << "the caption is not over the graph";

    // Every date of Play has something to say: that is why it is a date on record.
    for (const Date& date : time().eventDates()) {
        document().setAsOf(date);
        EXPECT_TRUE(DateCaption::textFor(document()).startsWith(dateText(date)))
            << date.toString() << ": " << DateCaption::textFor(document()).toStdString();
    }
    document().setAsOf(std::nullopt); // Latest: no caption
    QCoreApplication::processEvents();
    EXPECT_FALSE(caption().isVisible());
}

TEST_F(PlayTest, TheSliderNamesTheYears) {
    const auto& marks = time().timeSlider()->yearMarks();
    std::vector<QString> years;
    for (const auto& [position, year] : marks)
        years.push_back(year);
    EXPECT_EQ(years, (std::vector<QString>{QStringLiteral("2024"), QStringLiteral("2025"),
                                           QStringLiteral("2026")}));
    for (std::size_t i = 1; i < marks.size(); ++i)
        EXPECT_LT(time().timeSlider()->xForPosition(marks[i - 1].first),
                  time().timeSlider()->xForPosition(marks[i].first));
    EXPECT_GT(time().timeSlider()->sizeHint().height(), QSlider(Qt::Horizontal).sizeHint().height())
        << "no room for the years under the slider";
}

TEST_F(PlayTest, TheLegendKeepsStillWhileTheDateMoves) {
    LegendWidget& legend = *view().legend();
    document().setAsOf(time().eventDates().front());
    QCoreApplication::processEvents();
    const LegendContent first = legend.content();
    const int height = legend.height();
    for (const Date& date : time().eventDates()) {
        document().setAsOf(date);
        QCoreApplication::processEvents();
        EXPECT_TRUE(sameLegend(legend.content(), first)) << date.toString() << ": an entry moved";
        EXPECT_EQ(legend.height(), height) << date.toString();
    }
}

TEST_F(PlayTest, CompareDoesNotMoveTheGraphAndItsTagsSitOnNoBox) {
    GraphScene& scene = *window->graphScene();
    EntityItem* openai = scene.entityItem("openai");
    ASSERT_NE(openai, nullptr);
    const QRect viewport = view().viewport()->geometry();
    const QPoint before = view().mapFromScene(openai->sceneBoundingRect().center());

    document().setCompareFrom(Date::ymd(2025, 1, 21));
    QCoreApplication::processEvents();
    EXPECT_EQ(view().viewport()->geometry(), viewport) << "the graph's pane changed size";
    EXPECT_EQ(view().mapFromScene(openai->sceneBoundingRect().center()), before)
        << "OpenAI moved on screen";

    int tags = 0;
    for (QGraphicsItem* item : scene.items()) {
        auto* tag = dynamic_cast<ChangeBadgeItem*>(item);
        if (!tag || !tag->isVisible())
            continue;
        ++tags;
        const QRectF tagRect = tag->sceneBoundingRect();
        for (const Entity& entity : document().model().entities()) {
            EntityItem* box = scene.entityItem(entity.id);
            if (box && box->isVisible()) {
                EXPECT_FALSE(box->mapRectToScene(box->boxRect()).intersects(tagRect))
                    << "a compare tag sits on " << entity.id;
            }
        }
    }
    EXPECT_GT(tags, 0);
}

} // namespace dealgraph::app::shelltest
