// A calendar date with the precision its source gave: a year, a month or a day.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace dealgraph {

class Date {
public:
    enum class Precision { Year, Month, Day };

    Date() = default;

    // Accepts "YYYY", "YYYY-MM" and "YYYY-MM-DD" for years 1900..2199; rejects impossible
    // dates such as 2025-02-30 or 2025-13.
    static std::optional<Date> parse(std::string_view text);
    static Date ymd(int year, int month, int day); // precondition: a valid full date

    int year() const { return year_; }
    int month() const { return month_; } // 0 when the precision is Year
    int day() const { return day_; }     // 0 unless the precision is Day
    Precision precision() const { return precision_; }
    bool isValid() const { return year_ != 0; }

    // Days since 1970-01-01 of the first and of the last day the date may mean.
    // "2025-01" spans 2025-01-01 .. 2025-01-31.
    long firstDay() const;
    long lastDay() const;
    static Date fromDayNumber(long days); // a full date

    std::string toString() const; // the JSON spelling, e.g. "2025-01"

    // Chronological order by first day, then coarser precision first; equal only when identical.
    std::strong_ordering operator<=>(const Date& other) const;
    bool operator==(const Date& other) const = default;

private:
    int year_ = 0;
    int month_ = 0;
    int day_ = 0;
    Precision precision_ = Precision::Year;
};

bool isLeapYear(int year);
int daysInMonth(int year, int month);

} // namespace dealgraph
