#include "dealgraph/date.h"

#include <charconv>
#include <cstdio>

namespace dealgraph {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil), exact for every year we accept.
long daysFromCivil(int y, int m, int d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool parseFixed(std::string_view text, std::size_t pos, std::size_t len, int& out) {
    if (pos + len > text.size())
        return false;
    for (std::size_t i = pos; i < pos + len; ++i)
        if (text[i] < '0' || text[i] > '9')
            return false;
    const auto* first = text.data() + pos;
    return std::from_chars(first, first + len, out).ec == std::errc{};
}

} // namespace

bool isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

std::optional<Date> Date::parse(std::string_view text) {
    Date date;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    if (!parseFixed(text, 0, 4, date.year_) || date.year_ < kMinYear || date.year_ > kMaxYear)
        return std::nullopt;
    date.precision_ = Precision::Year;
    if (text.size() >= 7) {
        if (text[4] != '-' || !parseFixed(text, 5, 2, date.month_) || date.month_ < 1 ||
            date.month_ > 12)
            return std::nullopt;
        date.precision_ = Precision::Month;
    }
    if (text.size() == 10) {
        if (text[7] != '-' || !parseFixed(text, 8, 2, date.day_) || date.day_ < 1 ||
            date.day_ > daysInMonth(date.year_, date.month_))
            return std::nullopt;
        date.precision_ = Precision::Day;
    }
    return date;
}

Date Date::ymd(int year, int month, int day) {
    Date date;
    date.year_ = year;
    date.month_ = month;
    date.day_ = day;
    date.precision_ = Precision::Day;
    return date;
}

long Date::firstDay() const {
    return daysFromCivil(year_, month_ ? month_ : 1, day_ ? day_ : 1);
}

long Date::lastDay() const {
    switch (precision_) {
    case Precision::Year:
        return daysFromCivil(year_, 12, 31);
    case Precision::Month:
        return daysFromCivil(year_, month_, daysInMonth(year_, month_));
    case Precision::Day:
        break;
    }
    return daysFromCivil(year_, month_, day_);
}

Date Date::fromDayNumber(long z) {
    // Inverse of daysFromCivil (civil_from_days).
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
    return ymd(y, m, d);
}

std::string Date::toString() const {
    char buffer[16];
    switch (precision_) {
    case Precision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", year_);
        break;
    case Precision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", year_, month_);
        break;
    case Precision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
        break;
    }
    return buffer;
}

std::strong_ordering Date::operator<=>(const Date& other) const {
    if (auto c = firstDay() <=> other.firstDay(); c != 0)
        return c;
    return precision_ <=> other.precision_;
}

} // namespace dealgraph
