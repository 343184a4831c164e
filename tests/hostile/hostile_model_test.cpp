// Hostile numbers at the model level: amounts at the top of the double range stay finite and
// readable, totals that would overflow saturate, and amounts past the double range or below
// zero are refused.
#include "dealgraph/amount.h"
#include "dealgraph/load.h"
#include "dealgraph/query.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

using namespace dealgraph;

namespace {

std::string modelWithAmounts(const std::string& amounts) {
    return R"({"format": "dealgraph", "version": 1,
      "entities": [{"id": "a", "name": "A", "kind": "company"},
                   {"id": "b", "name": "B", "kind": "company"}],
      "sources": [],
      "deals": [{"id": "d", "title": "D", "kind": "other",
                 "flows": [{"from": "a", "to": "b", "type": "money", "amounts": [)" +
           amounts + R"(]},
                           {"from": "a", "to": "b", "type": "money", "amounts": [)" +
           amounts +
           R"(]}],
                 "history": [{"status": "signed", "date": "2025-09"}]}]})";
}

TEST(HostileAmounts, TopOfTheDoubleRangeReadsInScientificNotation) {
    EXPECT_EQ(humanizeValue(Unit::Usd, 1e308), "$1e308");
    EXPECT_EQ(humanizeValue(Unit::Usd, std::numeric_limits<double>::max()), "$1.8e308");
    EXPECT_EQ(humanizeValue(Unit::Gpus, 2.5e20), "2.5e20 GPUs");
    EXPECT_EQ(humanizeValue(Unit::Chips, 1e300), "1e300 chips");
    EXPECT_EQ(humanizeValue(Unit::Gigawatts, 1e308), "1e308 GW");
    // Ordinary amounts keep their suffixes.
    EXPECT_EQ(humanizeValue(Unit::Usd, 3e11), "$300B");
    EXPECT_EQ(humanizeValue(Unit::Usd, 1.5e15), "$1500T");
    EXPECT_EQ(humanizeValue(Unit::Gpus, 4e5), "400k GPUs");
}

TEST(HostileAmounts, NonFiniteValuesNeverPrintAsDigits) {
    EXPECT_EQ(humanizeValue(Unit::Usd, std::numeric_limits<double>::infinity()), "$\u221E");
}

TEST(HostileAmounts, RangeMidpointNearTheTopStaysFinite) {
    const Amount range{Unit::Usd, Qualifier::Range, 1e308, 1.7e308, {}};
    EXPECT_TRUE(std::isfinite(range.nominal()));
    EXPECT_DOUBLE_EQ(range.nominal(), 1.35e308);
}

TEST(HostileAmounts, TotalsThatWouldOverflowSaturateAndAreApproximate) {
    const LoadResult loaded =
        loadModelFromString(modelWithAmounts(R"({"value": 1e308, "unit": "usd"})"));
    ASSERT_TRUE(loaded.ok()) << loaded.errors.front().message;
    const Totals totals = totalsFor(*loaded.model, wholeModel(*loaded.model), "a");
    const Total& money = totals.at({FlowType::Money, Unit::Usd});
    EXPECT_TRUE(std::isfinite(money.out));
    EXPECT_EQ(money.out, std::numeric_limits<double>::max());
    EXPECT_TRUE(money.approximate);
    EXPECT_EQ(money.outFlows, 2);
}

TEST(HostileAmounts, TotalsThatFitStayExact) {
    const LoadResult loaded =
        loadModelFromString(modelWithAmounts(R"({"value": 1e300, "unit": "usd"})"));
    ASSERT_TRUE(loaded.ok());
    const Totals totals = totalsFor(*loaded.model, wholeModel(*loaded.model), "b");
    const Total& money = totals.at({FlowType::Money, Unit::Usd});
    EXPECT_DOUBLE_EQ(money.in, 2e300);
    EXPECT_FALSE(money.approximate);
}

TEST(HostileAmounts, NumbersPastTheDoubleRangeAndBelowZeroAreRefused) {
    for (const char* value : {"1e309", "-1", "-1e308"}) {
        const LoadResult loaded = loadModelFromString(
            modelWithAmounts(std::string(R"({"value": )") + value + R"(, "unit": "usd"})"));
        ASSERT_FALSE(loaded.ok()) << value;
        EXPECT_FALSE(loaded.errors.front().message.empty());
    }
}

TEST(HostileStrings, ControlCharactersAreRefusedWithTheirPlace) {
    const LoadResult loaded = loadModelFromString(
        R"({"format": "dealgraph", "version": 1, "title": "a\u0000b", "entities": [],
            "sources": [], "deals": []})");
    ASSERT_FALSE(loaded.ok());
    ASSERT_EQ(loaded.errors.size(), 1u);
    EXPECT_EQ(loaded.errors.front().path, "/title");
    EXPECT_EQ(loaded.errors.front().message,
              "control character U+0000 in a string; only tab and line breaks are allowed");
}

TEST(HostileStrings, TabsAndLineBreaksStay) {
    const LoadResult loaded = loadModelFromString(
        R"({"format": "dealgraph", "version": 1, "title": "a\tb\r\nc", "entities": [],
            "sources": [], "deals": []})");
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.model->title(), "a\tb\r\nc");
}

} // namespace
