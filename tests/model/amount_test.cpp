#include "dealgraph/amount.h"

#include <gtest/gtest.h>

using namespace dealgraph;

namespace {
Amount amount(double value, Unit unit, Qualifier q = Qualifier::Exact, double max = 0) {
    Amount a;
    a.value = value;
    a.unit = unit;
    a.qualifier = q;
    a.max = max;
    return a;
}
} // namespace

TEST(Amount, HumanizesDollars) {
    EXPECT_EQ(humanize(amount(300e9, Unit::Usd)), "$300B");
    EXPECT_EQ(humanize(amount(100e9, Unit::Usd, Qualifier::UpTo)), "up to $100B");
    EXPECT_EQ(humanize(amount(6.6e9, Unit::Usd)), "$6.6B");
    EXPECT_EQ(humanize(amount(650e6, Unit::Usd)), "$650M");
    EXPECT_EQ(humanize(amount(13e9, Unit::Usd, Qualifier::AtLeast)), "at least $13B");
    EXPECT_EQ(humanize(amount(500e9, Unit::Usd, Qualifier::About)), "about $500B");
    EXPECT_EQ(humanize(amount(1.5e12, Unit::Usd)), "$1.5T");
    EXPECT_EQ(humanize(amount(999, Unit::Usd)), "$999");
}

TEST(Amount, HumanizesOtherUnits) {
    EXPECT_EQ(humanize(amount(10, Unit::Gigawatts)), "10 GW");
    EXPECT_EQ(humanize(amount(0.9, Unit::Gigawatts, Qualifier::About)), "about 0.9 GW");
    EXPECT_EQ(humanize(amount(300000, Unit::Gpus)), "300k GPUs");
    EXPECT_EQ(humanize(amount(1, Unit::Gpus)), "1 GPU");
    EXPECT_EQ(humanize(amount(300000, Unit::Chips)), "300k chips");
    EXPECT_EQ(humanize(amount(20, Unit::Percent)), "20%");
    EXPECT_EQ(humanize(amount(49.5, Unit::Percent)), "49.5%");
}

TEST(Amount, HumanizesRanges) {
    EXPECT_EQ(humanize(amount(4e6, Unit::Gpus, Qualifier::Range, 5e6)), "4M\u20135M GPUs");
    EXPECT_EQ(humanize(amount(4e9, Unit::Usd, Qualifier::Range, 5e9)), "$4B\u20135B");
    EXPECT_DOUBLE_EQ(amount(4e6, Unit::Gpus, Qualifier::Range, 5e6).nominal(), 4.5e6);
    EXPECT_DOUBLE_EQ(amount(100e9, Unit::Usd, Qualifier::UpTo).nominal(), 100e9);
}
