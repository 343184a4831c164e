#include "dealgraph/date.h"

#include <gtest/gtest.h>

using dealgraph::Date;

TEST(Date, ParsesEachPrecision) {
    auto year = Date::parse("2025");
    auto month = Date::parse("2025-01");
    auto day = Date::parse("2025-01-21");
    ASSERT_TRUE(year && month && day);
    EXPECT_EQ(year->precision(), Date::Precision::Year);
    EXPECT_EQ(month->precision(), Date::Precision::Month);
    EXPECT_EQ(day->precision(), Date::Precision::Day);
    EXPECT_EQ(day->year(), 2025);
    EXPECT_EQ(day->month(), 1);
    EXPECT_EQ(day->day(), 21);
    EXPECT_EQ(month->toString(), "2025-01");
    EXPECT_EQ(day->toString(), "2025-01-21");
}

TEST(Date, RejectsImpossibleAndMalformedDates) {
    for (const char* text : {"2025-02-29", "2025-02-30", "2025-13", "2025-00", "2025-04-31",
                             "2025-01-00", "25-01-01", "2025/01/21", "2025-1-21", "", "abcd",
                             "1899", "2200", "2025-01-21T00:00", " 2025", "+025"})
        EXPECT_FALSE(Date::parse(text)) << text;
    EXPECT_TRUE(Date::parse("2024-02-29"));  // a leap year
    EXPECT_TRUE(Date::parse("2000-02-29"));  // divisible by 400
    EXPECT_FALSE(Date::parse("1900-02-29")); // divisible by 100 only
}

TEST(Date, SpansItsPrecision) {
    const auto month = *Date::parse("2025-02");
    EXPECT_EQ(Date::fromDayNumber(month.firstDay()).toString(), "2025-02-01");
    EXPECT_EQ(Date::fromDayNumber(month.lastDay()).toString(), "2025-02-28");
    const auto year = *Date::parse("2024");
    EXPECT_EQ(year.lastDay() - year.firstDay(), 365); // 366 days in 2024
    EXPECT_EQ(Date::parse("1970-01-01")->firstDay(), 0);
}

TEST(Date, DayNumbersRoundTrip) {
    for (long day = Date::parse("1900-01-01")->firstDay();
         day < Date::parse("2199-12-31")->lastDay(); day += 37)
        EXPECT_EQ(Date::fromDayNumber(day).firstDay(), day);
}

TEST(Date, OrdersByFirstDayThenCoarserFirst) {
    auto d = [](const char* text) { return *Date::parse(text); };
    EXPECT_LT(d("2024-12-31"), d("2025"));
    EXPECT_LT(d("2025"), d("2025-01"));
    EXPECT_LT(d("2025-01"), d("2025-01-01"));
    EXPECT_LT(d("2025-01-21"), d("2025-02"));
    EXPECT_EQ(d("2025-01"), d("2025-01"));
}
