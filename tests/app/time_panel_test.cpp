// The time bar on the bundled dataset: slider positions, typed dates, play/pause and the
// comparison controls, each checked against the Document they drive.
#include "document/document.h"
#include "panels/time_panel.h"

#include "dealgraph/timeline.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace dealgraph::app {
namespace {

Date day(int y, int m, int d) {
    return Date::ymd(y, m, d);
}

class TimePanelTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(document.loadEmbedded()); }

    Document document;
    TimePanel panel{&document};
};

TEST_F(TimePanelTest, PositionsAreTheEventDatesInTheOrderTheyCountThenLatest) {
    const std::vector<Date>& dates = panel.eventDates();
    // Every event date of the model has a position (none of the bundled ones share a last day).
    std::vector<Date> expected = eventDates(document.model());
    ASSERT_EQ(dates.size(), expected.size());
    EXPECT_TRUE(std::is_permutation(dates.begin(), dates.end(), expected.begin()));
    for (std::size_t i = 1; i < dates.size(); ++i)
        EXPECT_LT(dates[i - 1].lastDay(), dates[i].lastDay()) << dates[i].toString();
    // A step dated "2025" counts from 2025-12-31: after 2025-09-23, not before 2025-01-21.
    const auto at = [&](const char* text) {
        const Date counts = Date::fromDayNumber(Date::parse(text)->lastDay());
        const auto found = std::find(dates.begin(), dates.end(), counts);
        EXPECT_NE(found, dates.end()) << text;
        return found - dates.begin();
    };
    EXPECT_LT(at("2025-01-21"), at("2025"));
    EXPECT_LT(at("2025-09-23"), at("2025"));
    EXPECT_EQ(at("2025") + 1, at("2026"));
    EXPECT_EQ(panel.slider()->maximum(), panel.latestPosition());
    EXPECT_EQ(panel.slider()->value(), panel.latestPosition()); // no as-of date yet
    EXPECT_TRUE(panel.dateField()->lineEdit()->text().isEmpty());
    EXPECT_EQ(panel.dateField()->lineEdit()->placeholderText(), QStringLiteral("Latest"));
}

TEST_F(TimePanelTest, MovingTheSliderSetsTheAsOfDate) {
    QSignalSpy viewChanged(&document, &Document::viewChanged);
    panel.slider()->setValue(3);
    ASSERT_TRUE(document.filter().asOf.has_value());
    EXPECT_EQ(*document.filter().asOf, panel.eventDates()[3]);
    EXPECT_EQ(panel.dateField()->lineEdit()->text(),
              QString::fromStdString(panel.eventDates()[3].toString()));
    EXPECT_EQ(viewChanged.count(), 1);

    panel.slider()->setValue(panel.latestPosition());
    EXPECT_FALSE(document.filter().asOf.has_value());
    EXPECT_TRUE(panel.dateField()->lineEdit()->text().isEmpty());
}

// Types into the date field and presses Enter, as a user would.
void type(DateField* field, const QString& text) {
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClick(field->lineEdit(), Qt::Key_Backspace); // clears the selection
    QTest::keyClicks(field->lineEdit(), text);
    QTest::keyClick(field->lineEdit(), Qt::Key_Return);
}

TEST_F(TimePanelTest, ATypedDateIsTheAsOfDateAndTheSliderStandsOnTheLastEventBeforeIt) {
    panel.show();
    type(panel.dateField(), QStringLiteral("2025-02-14"));
    ASSERT_TRUE(document.filter().asOf.has_value());
    EXPECT_EQ(*document.filter().asOf, day(2025, 2, 14)); // the typed date, not the event's
    const Date& shown = panel.eventDates()[static_cast<std::size_t>(panel.slider()->value())];
    EXPECT_EQ(shown, *Date::parse("2025-01-21"));

    // On an event date exactly.
    type(panel.dateField(), QStringLiteral("2024-10-10"));
    EXPECT_EQ(panel.eventDates()[static_cast<std::size_t>(panel.slider()->value())],
              *Date::parse("2024-10-10"));
    // A month, as the model writes dates: counts from its last day.
    type(panel.dateField(), QStringLiteral("2025-09"));
    EXPECT_EQ(*document.filter().asOf, *Date::parse("2025-09"));
    EXPECT_EQ(panel.eventDates()[static_cast<std::size_t>(panel.slider()->value())],
              day(2025, 9, 30));
    // Before the first event date: nothing is on record; the slider stays at the start.
    type(panel.dateField(), QStringLiteral("2020-05-01"));
    EXPECT_EQ(*document.filter().asOf, day(2020, 5, 1));
    EXPECT_EQ(panel.slider()->value(), 0);
    EXPECT_TRUE(document.view().deals.empty());
    // Emptied: the latest statuses.
    type(panel.dateField(), QString());
    EXPECT_FALSE(document.filter().asOf.has_value());
    EXPECT_EQ(panel.slider()->value(), panel.latestPosition());
}

TEST_F(TimePanelTest, NotADateIsMarkedAndChangesNothing) {
    panel.show();
    type(panel.dateField(), QStringLiteral("2025-02-30"));
    EXPECT_FALSE(document.filter().asOf.has_value());
    EXPECT_TRUE(panel.dateField()->hasProblem());
    EXPECT_EQ(panel.dateField()->lineEdit()->text(), QStringLiteral("2025-02-30")); // to fix
    type(panel.dateField(), QStringLiteral("2025-02-28"));
    EXPECT_FALSE(panel.dateField()->hasProblem());
    EXPECT_EQ(*document.filter().asOf, day(2025, 2, 28));
}

TEST_F(TimePanelTest, PickingADayOnTheCalendarSetsIt) {
    emit panel.dateField()->calendar()->clicked(QDate(2025, 9, 22));
    ASSERT_TRUE(document.filter().asOf.has_value());
    EXPECT_EQ(*document.filter().asOf, day(2025, 9, 22));
}

TEST_F(TimePanelTest, FollowsTheDocumentsDateWhenItChangesElsewhere) {
    document.setAsOf(day(2025, 9, 22));
    EXPECT_EQ(panel.eventDates()[static_cast<std::size_t>(panel.slider()->value())],
              *Date::parse("2025-09-22"));
    EXPECT_EQ(panel.dateField()->lineEdit()->text(), QStringLiteral("2025-09-22"));
    document.setAsOf(std::nullopt);
    EXPECT_EQ(panel.slider()->value(), panel.latestPosition());
}

TEST_F(TimePanelTest, EachStepOnlyAddsDealsToTheRecord) {
    std::size_t previous = 0;
    for (int position = 0; position <= panel.latestPosition(); ++position) {
        panel.slider()->setValue(position);
        EXPECT_GE(document.view().deals.size(), previous) << "position " << position;
        previous = document.view().deals.size();
    }
    EXPECT_EQ(previous, document.model().deals().size());
}

TEST_F(TimePanelTest, PlayStepsThroughEveryDateAndStopsAtLatest) {
    QSignalSpy playing(&panel, &TimePanel::playingChanged);
    panel.slider()->setValue(0);
    panel.play();
    ASSERT_TRUE(panel.isPlaying());
    EXPECT_EQ(panel.playTimer()->interval(), TimePanel::kPlayIntervalMs);
    // The timer calls step(); calling it here walks the same path without waiting.
    for (std::size_t i = 1; i < panel.eventDates().size(); ++i) {
        panel.step();
        ASSERT_TRUE(document.filter().asOf.has_value());
        EXPECT_EQ(*document.filter().asOf, panel.eventDates()[i]);
        EXPECT_TRUE(panel.isPlaying());
    }
    panel.step();
    EXPECT_FALSE(document.filter().asOf.has_value()); // Latest
    EXPECT_FALSE(panel.isPlaying());
    ASSERT_EQ(playing.count(), 2);
    EXPECT_FALSE(playing.back().front().toBool());

    // Play at the end starts again from the first date.
    panel.play();
    EXPECT_TRUE(panel.isPlaying());
    EXPECT_EQ(panel.slider()->value(), 0);
    EXPECT_EQ(*document.filter().asOf, panel.eventDates().front());
    panel.pause();
    EXPECT_FALSE(panel.isPlaying());
}

TEST_F(TimePanelTest, TheTimerPlaysToTheEndOnItsOwn) {
    panel.slider()->setValue(panel.latestPosition() - 2);
    panel.playTimer()->setInterval(1);
    QSignalSpy playing(&panel, &TimePanel::playingChanged);
    panel.playButton()->click();
    ASSERT_EQ(playing.count(), 1);
    ASSERT_TRUE(playing.wait(10000)); // stopped
    EXPECT_FALSE(panel.isPlaying());
    EXPECT_EQ(panel.slider()->value(), panel.latestPosition());
}

TEST_F(TimePanelTest, CompareWithSetsAndClearsTheComparisonDate) {
    panel.slider()->setValue(5);
    panel.compareBox()->setChecked(true);
    ASSERT_TRUE(document.compareFrom().has_value());
    // By default the date before the one shown: what this step brought.
    EXPECT_EQ(*document.compareFrom(), panel.eventDates()[4]);
    EXPECT_EQ(panel.compareField()->date(), panel.eventDates()[4]);
    EXPECT_TRUE(panel.compareField()->isEnabled());

    panel.show();
    type(panel.compareField(), QStringLiteral("2025-01-01"));
    EXPECT_EQ(*document.compareFrom(), day(2025, 1, 1));

    panel.compareBox()->setChecked(false);
    EXPECT_FALSE(document.compareFrom().has_value());
    panel.compareBox()->setChecked(true); // the chosen date is kept
    EXPECT_EQ(*document.compareFrom(), day(2025, 1, 1));

    document.setCompareFrom(std::nullopt); // ended elsewhere (the filter bar's Reset)
    EXPECT_FALSE(panel.compareBox()->isChecked());
    EXPECT_FALSE(panel.compareField()->isEnabled());
}

TEST_F(TimePanelTest, ANewModelBringsItsOwnDates) {
    ASSERT_TRUE(document.loadFile(QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json")));
    std::vector<Date> expected = eventDates(document.model());
    EXPECT_EQ(panel.eventDates().size(), expected.size());
    EXPECT_EQ(panel.slider()->maximum(), static_cast<int>(expected.size()));

    Model empty;
    document.setModel(empty);
    EXPECT_TRUE(panel.eventDates().empty());
    EXPECT_FALSE(panel.playButton()->isEnabled());
    panel.play(); // nothing to play: no crash, no timer
    EXPECT_FALSE(panel.isPlaying());
}

} // namespace
} // namespace dealgraph::app
