#include "dealgraph/amount_text.h"

#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace dealgraph {
namespace {

struct Scale {
    const char* suffix;
    int exponent;
};

// Largest first: the text of a value uses the largest scale it reaches.
constexpr std::array<Scale, 4> kScales{{{"T", 12}, {"B", 9}, {"M", 6}, {"K", 3}}};

// The shortest decimal text that reads back as exactly `value`.
std::string shortest(double value) {
    std::array<char, 64> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return std::string(buffer.data(), result.ptr);
}

double readDecimal(const std::string& text) {
    return std::strtod(text.c_str(), nullptr);
}

// `value` as a number with a scale suffix when that reads back exactly ("300B", "6.63B",
// "1.5K"), else its shortest plain text. Counts use a lower-case "k", as people write "300k".
std::string scaledText(double value, bool dollars) {
    if (!std::isfinite(value))
        return shortest(value);
    for (const Scale& scale : kScales) {
        if (!dollars && scale.exponent == 12)
            continue;
        if (std::fabs(value) < std::pow(10.0, scale.exponent))
            continue;
        const std::string mantissa = shortest(value / std::pow(10.0, scale.exponent));
        if (mantissa.find('e') != std::string::npos)
            break;
        // Read back as a parser would: the mantissa's digits with the scale as an exponent,
        // one correctly rounded conversion.
        std::string decimal = mantissa;
        decimal += 'e';
        decimal += std::to_string(scale.exponent);
        if (readDecimal(decimal) == value) {
            std::string suffix = scale.suffix;
            if (!dollars && suffix == "K")
                suffix = "k";
            std::string text = mantissa;
            text += suffix;
            return text;
        }
        break;
    }
    return shortest(value);
}

// `text` after `prefix`, built by appending (GCC 12 warns falsely on literal + string).
std::string prefixed(const char* prefix, const std::string& text) {
    std::string out(prefix);
    out += text;
    return out;
}

std::string valueText(Unit unit, double value) {
    switch (unit) {
    case Unit::Usd:
        return value < 0 ? prefixed("-$", scaledText(-value, true))
                         : prefixed("$", scaledText(value, true));
    case Unit::Gigawatts:
        return shortest(value) + " GW";
    case Unit::Gpus:
        return scaledText(value, false) + " GPUs";
    case Unit::Chips:
        return scaledText(value, false) + " chips";
    case Unit::Percent:
        return shortest(value) + "%";
    }
    return shortest(value);
}

// ---- Reading ----

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

void skipSpaces(std::string_view& text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
}

bool eat(std::string_view& text, std::string_view word) {
    skipSpaces(text);
    if (text.size() < word.size() || lower(text.substr(0, word.size())) != word)
        return false;
    text.remove_prefix(word.size());
    return true;
}

// A word must not run on into letters ("up tomorrow" is not "up to").
bool eatWord(std::string_view& text, std::string_view word) {
    std::string_view probe = text;
    if (!eat(probe, word))
        return false;
    if (!probe.empty() && std::isalpha(static_cast<unsigned char>(probe.front())))
        return false;
    text = probe;
    return true;
}

std::optional<Qualifier> readQualifier(std::string_view& text) {
    struct Word {
        std::string_view word;
        Qualifier qualifier;
    };
    static constexpr Word kWords[] = {
        {"approximately", Qualifier::About},
        {"about", Qualifier::About},
        {"around", Qualifier::About},
        {"roughly", Qualifier::About},
        {"~", Qualifier::About},
        {"\u5927\u7EA6", Qualifier::About}, // 大约
        {"\u7EA6", Qualifier::About},       // 约
        {"up to", Qualifier::UpTo},
        {"at most", Qualifier::UpTo},
        {"\u6700\u591A", Qualifier::UpTo}, // 最多
        {"at least", Qualifier::AtLeast},
        {"over", Qualifier::AtLeast},
        {"more than", Qualifier::AtLeast},
        {"\u81F3\u5C11", Qualifier::AtLeast}, // 至少
        {"\u8D85\u8FC7", Qualifier::AtLeast}, // 超过
    };
    for (const Word& w : kWords) {
        const bool ascii = static_cast<unsigned char>(w.word.front()) < 0x80 && w.word != "~";
        if (ascii ? eatWord(text, w.word) : eat(text, w.word))
            return w.qualifier;
    }
    return std::nullopt;
}

struct Number {
    double value = 0;
    std::optional<Unit> unit;
};

// "$1.5B", "300k", "1,000", "2e9", "10 GW", "20%". Reads the digits, the scale and the unit
// that follow, and a "$" before.
std::optional<Number> readNumber(std::string_view& text, std::string* error) {
    Number number;
    skipSpaces(text);
    if (eat(text, "$") || eat(text, "us$"))
        number.unit = Unit::Usd;
    skipSpaces(text);
    std::string digits;
    bool negative = false;
    if (!text.empty() && text.front() == '-') {
        negative = true;
        text.remove_prefix(1);
    }
    while (!text.empty()) {
        const char c = text.front();
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            digits += c;
        } else if (c == ',' && !digits.empty() && text.size() > 3 &&
                   std::isdigit(static_cast<unsigned char>(text[1]))) {
            // a thousands separator: dropped
        } else if ((c == 'e' || c == 'E') && !digits.empty() && text.size() > 1 &&
                   (std::isdigit(static_cast<unsigned char>(text[1])) || text[1] == '-' ||
                    text[1] == '+')) {
            digits += 'e';
            text.remove_prefix(1);
            digits += text.front();
        } else {
            break;
        }
        text.remove_prefix(1);
    }
    if (digits.empty() || digits == ".") {
        if (error)
            *error = "no number";
        return std::nullopt;
    }
    int exponent = 0;
    skipSpaces(text);
    if (eatWord(text, "bn") || eatWord(text, "billion") || eatWord(text, "b"))
        exponent = 9;
    else if (eatWord(text, "trillion") || eatWord(text, "t"))
        exponent = 12;
    else if (eatWord(text, "million") || eatWord(text, "mn") || eatWord(text, "m"))
        exponent = 6;
    else if (eatWord(text, "thousand") || eatWord(text, "k"))
        exponent = 3;
    // One correctly rounded conversion of the digits with the scale: "6.63B" is 6630000000.
    std::string decimal = digits;
    if (exponent != 0) {
        const auto e = decimal.find('e');
        int written = 0;
        if (e != std::string::npos) {
            written = std::atoi(decimal.c_str() + e + 1);
            decimal.resize(e);
        }
        decimal += 'e';
        decimal += std::to_string(written + exponent);
    }
    char* end = nullptr;
    number.value = std::strtod(decimal.c_str(), &end);
    if (end != decimal.c_str() + decimal.size() || !std::isfinite(number.value)) {
        if (error)
            *error = prefixed("'", digits) + "' is not a number";
        return std::nullopt;
    }
    if (negative)
        number.value = -number.value;
    skipSpaces(text);
    if (eatWord(text, "usd") || eatWord(text, "dollars"))
        number.unit = Unit::Usd;
    else if (eatWord(text, "gw") || eatWord(text, "gigawatts"))
        number.unit = Unit::Gigawatts;
    else if (eatWord(text, "gpus") || eatWord(text, "gpu"))
        number.unit = Unit::Gpus;
    else if (eatWord(text, "chips") || eatWord(text, "chip"))
        number.unit = Unit::Chips;
    else if (eat(text, "%") || eatWord(text, "percent"))
        number.unit = Unit::Percent;
    return number;
}

bool readRangeJoin(std::string_view& text) {
    return eat(text, "\u2013") || eat(text, "\u2014") || eat(text, "-") || eatWord(text, "to");
}

} // namespace

std::string amountInputText(const Amount& amount) {
    std::string text;
    switch (amount.qualifier) {
    case Qualifier::About:
        text = "about ";
        break;
    case Qualifier::UpTo:
        text = "up to ";
        break;
    case Qualifier::AtLeast:
        text = "at least ";
        break;
    case Qualifier::Exact:
    case Qualifier::Range:
        break;
    }
    text += valueText(amount.unit, amount.value);
    if (amount.qualifier == Qualifier::Range)
        text += prefixed(" - ", valueText(amount.unit, amount.max));
    return text;
}

std::optional<Amount> parseAmountText(std::string_view text, std::string* error,
                                      std::optional<Unit> defaultUnit) {
    const std::string original(text);
    auto fail = [&](const std::string& why) -> std::optional<Amount> {
        if (error)
            *error = why + " in '" + original + "'";
        return std::nullopt;
    };
    Amount amount;
    if (const auto qualifier = readQualifier(text))
        amount.qualifier = *qualifier;
    std::string why;
    const auto first = readNumber(text, &why);
    if (!first)
        return fail(why);
    std::optional<Unit> unit = first->unit;
    amount.value = first->value;
    if (readRangeJoin(text)) {
        if (amount.qualifier != Qualifier::Exact)
            return fail("a range cannot also be 'about', 'up to' or 'at least'");
        const auto second = readNumber(text, &why);
        if (!second)
            return fail(why + " after the range's dash");
        if (unit && second->unit && *unit != *second->unit)
            return fail("the range's two ends are in different units");
        if (!unit)
            unit = second->unit;
        amount.qualifier = Qualifier::Range;
        amount.max = second->value;
        if (amount.max < amount.value)
            return fail("the range's upper end is below its lower end");
    }
    skipSpaces(text);
    if (!text.empty())
        return fail(prefixed("'", std::string(text)) + "' is not understood");
    if (!unit)
        unit = defaultUnit;
    if (!unit)
        return fail("no unit ($, GW, GPUs, chips or %)");
    amount.unit = *unit;
    return amount;
}

std::optional<std::vector<Amount>> parseAmountsText(std::string_view text, std::string* error) {
    std::vector<Amount> amounts;
    while (true) {
        const auto semicolon = text.find(';');
        std::string_view part = text.substr(0, semicolon);
        skipSpaces(part);
        while (!part.empty() && std::isspace(static_cast<unsigned char>(part.back())))
            part.remove_suffix(1);
        if (!part.empty()) {
            auto amount = parseAmountText(part, error);
            if (!amount)
                return std::nullopt;
            amounts.push_back(std::move(*amount));
        }
        if (semicolon == std::string_view::npos)
            break;
        text.remove_prefix(semicolon + 1);
    }
    return amounts;
}

std::string amountsInputText(const std::vector<Amount>& amounts) {
    std::string text;
    for (const Amount& amount : amounts) {
        if (!text.empty())
            text += "; ";
        text += amountInputText(amount);
    }
    return text;
}

} // namespace dealgraph
