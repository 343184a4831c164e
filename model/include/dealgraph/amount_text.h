// Amounts as a person types them into a form: "$300B", "up to $100B", "about 1 GW",
// "300k GPUs", "at least 25%", "$4B-5B". The text a form shows for an amount reads back to
// exactly the same amount (the value's every digit kept: "$6.63B", never a rounded "$6.6B"), so
// opening and closing a form never changes a number the article gave.
#pragma once

#include "dealgraph/amount.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph {

// The text for `amount` that parseAmountText reads back to the same unit, qualifier, value and
// max. English words ("about", "up to", "at least"); the unknown members are not part of it.
std::string amountInputText(const Amount& amount);

// Reads one amount. Accepted, case-insensitively and with spaces anywhere between parts:
// - a qualifier first: "about", "approximately", "~", "up to", "at most", "at least", "over",
//   and the Chinese 约, 大约, 最多, 至少, 超过;
// - a number: digits with an optional fraction and exponent ("1.5", "2e9", "1,000"), then an
//   optional scale: K (thousand), M (million), B or bn (billion), T (trillion);
// - a unit: "$" before the number or "USD" after it (dollars); "GW"; "GPU"/"GPUs"; "chip(s)";
//   "%". A range is two numbers joined by "-", "–" or "to", the unit on either or both.
// Without a unit the amount is dollars only when `defaultUnit` says so.
// On failure returns nullopt and says what is wrong in `error` ("no number in 'about'").
std::optional<Amount> parseAmountText(std::string_view text, std::string* error = nullptr,
                                      std::optional<Unit> defaultUnit = std::nullopt);

// Several amounts separated by ";" ("about 1 GW; 300k GPUs": a compute flow). An empty text
// gives no amounts. Fails on the first amount that does not read, naming it.
std::optional<std::vector<Amount>> parseAmountsText(std::string_view text,
                                                    std::string* error = nullptr);
std::string amountsInputText(const std::vector<Amount>& amounts);

} // namespace dealgraph
