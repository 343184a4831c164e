#include "dealgraph/amount_sum.h"

#include <cmath>

namespace dealgraph {
namespace {

// Saturating addition: totals of amounts near 1e308 keep the largest finite value rather than
// turn into infinity (the loader refuses non-finite amounts, so nothing downstream expects one).
double plus(double sum, double value) {
    const double result = sum + value;
    return std::isinf(result) ? std::numeric_limits<double>::max() : result;
}

} // namespace

bool AmountSum::add(const Amount& amount) {
    if (amount.unit != unit_)
        return false;
    ++members_;
    nominal_ = plus(nominal_, amount.nominal());
    switch (amount.qualifier) {
    case Qualifier::About:
        about_ = true;
        [[fallthrough]];
    case Qualifier::Exact:
        low_ = plus(low_, amount.value);
        high_ = plus(high_, amount.value);
        break;
    case Qualifier::UpTo:
        upTo_ = true;
        high_ = plus(high_, amount.value);
        break;
    case Qualifier::AtLeast:
        atLeast_ = true;
        low_ = plus(low_, amount.value);
        high_ = plus(high_, amount.value);
        break;
    case Qualifier::Range:
        range_ = true;
        low_ = plus(low_, amount.value);
        high_ = plus(high_, amount.max);
        break;
    }
    return true;
}

Amount AmountSum::reading() const {
    Amount amount;
    amount.unit = unit_;
    if (atLeast_ || unknown_ > 0) {
        if (low_ > 0 || !upTo_) {
            amount.qualifier = Qualifier::AtLeast;
            amount.value = low_;
            return amount;
        }
        // Only ceilings beside unknown members: no floor to state, so state the ceiling of
        // what is known and let openEndedCeiling() say that more may come.
    }
    if (upTo_) {
        amount.qualifier = Qualifier::UpTo;
        amount.value = high_;
    } else if (range_ || low_ != high_) {
        amount.qualifier = Qualifier::Range;
        amount.value = low_;
        amount.max = high_;
    } else {
        amount.qualifier = about_ ? Qualifier::About : Qualifier::Exact;
        amount.value = low_;
    }
    return amount;
}

bool AmountSum::approximateBound() const {
    const Qualifier qualifier = reading().qualifier;
    return about_ && qualifier != Qualifier::About && qualifier != Qualifier::Exact;
}

bool AmountSum::openEndedCeiling() const {
    return (atLeast_ || unknown_ > 0) && reading().qualifier == Qualifier::UpTo;
}

std::string humanize(const AmountSum& sum) {
    const Amount amount = sum.reading();
    const std::string value = amount.qualifier == Qualifier::Range
                                  ? humanize(amount)
                                  : humanizeValue(amount.unit, amount.value);
    const std::string about = sum.approximateBound() ? "about " : "";
    switch (amount.qualifier) {
    case Qualifier::Exact:
        return value;
    case Qualifier::About:
        return "about " + value;
    case Qualifier::Range:
        return about + value;
    case Qualifier::UpTo:
        return "up to " + about + value + (sum.openEndedCeiling() ? " + ?" : "");
    case Qualifier::AtLeast:
        return "at least " + about + value;
    }
    return value;
}

} // namespace dealgraph
