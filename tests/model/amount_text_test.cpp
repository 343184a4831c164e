// Amounts typed into a form: what a person writes reads as the amount the article gave, and the
// text a form shows for an amount reads back to exactly that amount.
#include "dealgraph/amount_text.h"

#include "dealgraph/load.h"

#include <gtest/gtest.h>

#include <random>

using namespace dealgraph;

namespace {

Amount parsed(std::string_view text) {
    std::string error;
    const auto amount = parseAmountText(text, &error);
    EXPECT_TRUE(amount.has_value()) << text << ": " << error;
    return amount.value_or(Amount{});
}

Amount make(Unit unit, Qualifier qualifier, double value, double max = 0) {
    Amount amount;
    amount.unit = unit;
    amount.qualifier = qualifier;
    amount.value = value;
    amount.max = max;
    return amount;
}

} // namespace

TEST(AmountText, ReadsFiguresAsArticlesWriteThem) {
    EXPECT_EQ(parsed("$300B"), make(Unit::Usd, Qualifier::Exact, 300e9));
    EXPECT_EQ(parsed("up to $100B"), make(Unit::Usd, Qualifier::UpTo, 100e9));
    EXPECT_EQ(parsed("at least $13 billion"), make(Unit::Usd, Qualifier::AtLeast, 13e9));
    EXPECT_EQ(parsed("about 1 GW"), make(Unit::Gigawatts, Qualifier::About, 1));
    EXPECT_EQ(parsed("~10GW"), make(Unit::Gigawatts, Qualifier::About, 10));
    EXPECT_EQ(parsed("300k GPUs"), make(Unit::Gpus, Qualifier::Exact, 300e3));
    EXPECT_EQ(parsed("1,000,000 chips"), make(Unit::Chips, Qualifier::Exact, 1e6));
    EXPECT_EQ(parsed("49%"), make(Unit::Percent, Qualifier::Exact, 49));
    EXPECT_EQ(parsed("$4B-5B"), make(Unit::Usd, Qualifier::Range, 4e9, 5e9));
    EXPECT_EQ(parsed("$4B \u2013 $5B"), make(Unit::Usd, Qualifier::Range, 4e9, 5e9));
    EXPECT_EQ(parsed("4 to 5 GW"), make(Unit::Gigawatts, Qualifier::Range, 4, 5));
    EXPECT_EQ(parsed("6.6 bn usd"), make(Unit::Usd, Qualifier::Exact, 6.6e9));
    EXPECT_EQ(parsed("2e9 USD"), make(Unit::Usd, Qualifier::Exact, 2e9));
    // The Chinese qualifiers, as the Chinese interface writes them.
    EXPECT_EQ(parsed("\u7EA6 $500B"), make(Unit::Usd, Qualifier::About, 500e9));
    EXPECT_EQ(parsed("\u81F3\u5C11 $13B"), make(Unit::Usd, Qualifier::AtLeast, 13e9));
    EXPECT_EQ(parsed("\u6700\u591A 10 GW"), make(Unit::Gigawatts, Qualifier::UpTo, 10));
    // One correctly rounded conversion: "6.63B" is the double nearest 6630000000, not
    // 6.63 * 1e9.
    EXPECT_EQ(parsed("$6.63B").value, 6630000000.0);
}

TEST(AmountText, SaysWhatIsWrongWithATextItCannotRead) {
    std::string error;
    EXPECT_FALSE(parseAmountText("about", &error));
    EXPECT_NE(error.find("no number"), std::string::npos) << error;
    EXPECT_FALSE(parseAmountText("300", &error));
    EXPECT_NE(error.find("no unit"), std::string::npos) << error;
    EXPECT_TRUE(parseAmountText("300", &error, Unit::Usd));
    EXPECT_FALSE(parseAmountText("$5B-4B", &error));
    EXPECT_NE(error.find("below its lower end"), std::string::npos) << error;
    EXPECT_FALSE(parseAmountText("1 GW - 2 GPUs", &error));
    EXPECT_NE(error.find("different units"), std::string::npos) << error;
    EXPECT_FALSE(parseAmountText("$300B of compute", &error));
    EXPECT_NE(error.find("'of compute' is not understood"), std::string::npos) << error;
    EXPECT_FALSE(parseAmountText("up tomorrow $3B", &error));
    EXPECT_FALSE(parseAmountText("about $4B-5B", &error));
    EXPECT_FALSE(parseAmountText("1e999 GW", &error));
}

TEST(AmountText, SeveralAmountsAreSeparatedBySemicolons) {
    std::string error;
    const auto amounts = parseAmountsText(" about 1 GW ;300k GPUs; ", &error);
    ASSERT_TRUE(amounts) << error;
    ASSERT_EQ(amounts->size(), 2u);
    EXPECT_EQ((*amounts)[0], make(Unit::Gigawatts, Qualifier::About, 1));
    EXPECT_EQ((*amounts)[1], make(Unit::Gpus, Qualifier::Exact, 300e3));
    EXPECT_EQ(amountsInputText(*amounts), "about 1 GW; 300k GPUs");
    EXPECT_TRUE(parseAmountsText("", &error)->empty());
    EXPECT_FALSE(parseAmountsText("$1B; lots", &error));
    EXPECT_NE(error.find("'lots'"), std::string::npos) << error;
}

TEST(AmountText, AFormShowsEveryDigitSoNothingIsRoundedAway) {
    EXPECT_EQ(amountInputText(make(Unit::Usd, Qualifier::Exact, 300e9)), "$300B");
    EXPECT_EQ(amountInputText(make(Unit::Usd, Qualifier::Exact, 6630000000)), "$6.63B");
    EXPECT_EQ(amountInputText(make(Unit::Usd, Qualifier::UpTo, 100e9)), "up to $100B");
    EXPECT_EQ(amountInputText(make(Unit::Gpus, Qualifier::About, 300e3)), "about 300k GPUs");
    EXPECT_EQ(amountInputText(make(Unit::Usd, Qualifier::Range, 4e9, 5e9)), "$4B - $5B");
    EXPECT_EQ(amountInputText(make(Unit::Usd, Qualifier::Exact, 1234567891)), "$1.234567891B");
}

// Every amount's form text reads back to the very same amount: random values over the whole
// range the loader accepts, at every scale, with every unit and qualifier.
TEST(AmountText, TheFormTextOfAnyAmountReadsBackExactly) {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> exponent(-3, 15);
    std::uniform_int_distribution<int> digits(0, 4);
    const Unit units[] = {Unit::Usd, Unit::Gigawatts, Unit::Gpus, Unit::Chips, Unit::Percent};
    const Qualifier qualifiers[] = {Qualifier::Exact, Qualifier::About, Qualifier::UpTo,
                                    Qualifier::AtLeast, Qualifier::Range};
    for (int i = 0; i < 20000; ++i) {
        // Round figures ("6.63e9") as often as arbitrary doubles.
        double value = std::pow(10.0, exponent(random));
        if (i % 2 == 0) {
            const double scale = std::pow(10.0, std::floor(std::log10(value)) - digits(random));
            value = std::round(value / scale) * scale;
        }
        const Unit unit = units[i % 5];
        const Qualifier qualifier = qualifiers[(i / 5) % 5];
        const Amount amount =
            make(unit, qualifier, value, qualifier == Qualifier::Range ? value * 1.5 : 0);
        const std::string text = amountInputText(amount);
        std::string error;
        const auto back = parseAmountText(text, &error);
        ASSERT_TRUE(back) << text << ": " << error;
        ASSERT_EQ(*back, amount) << text << " read back as " << back->value;
    }
}
