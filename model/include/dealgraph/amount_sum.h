// Adding amounts without changing what they say. "up to $100B" plus "$10B" is "up to $110B",
// not "about $110B": a summed label is quoted on slides, so its qualifier must be as strong as
// its weakest member and no stronger. The rules are in docs/format.md ("Adding amounts").
#pragma once

#include "dealgraph/amount.h"

#include <limits>
#include <string>

namespace dealgraph {

class AmountSum {
public:
    explicit AmountSum(Unit unit = Unit::Usd) : unit_(unit) {}

    // Adds a member's amount; amounts of another unit are refused (returns false).
    bool add(const Amount& amount);
    // A member that takes part but carries no amount in this unit: the total is a floor.
    void addUnknown() { ++unknown_; }

    Unit unit() const { return unit_; }
    int members() const { return members_; } // members with an amount
    int unknown() const { return unknown_; } // members without one
    bool empty() const { return members_ == 0; }

    // The number used for widths and sorting: the sum of the members' nominal values.
    double nominal() const { return nominal_; }
    double low() const { return low_; }   // the sum of the lower ends ("up to" adds 0)
    double high() const { return high_; } // the sum of the upper ends, if bounded()

    // What the sum says, as one amount whose qualifier is the truth:
    //  - exact when every member is exact;
    //  - about when the members are exact or about;
    //  - range when ranges are added (lower ends, upper ends) to exact or about members;
    //  - up to (the upper ends added) when a member is "up to" and none is open-ended;
    //  - at least (the lower ends added) when a member is "at least" or has no amount.
    // When the floor is zero (only "up to" members beside unknown ones) the reading is "up to"
    // the known part and openEndedCeiling() is true: the label must say more may come.
    Amount reading() const;
    // Some member was "about": an "up to", "at least" or range reading is itself approximate.
    bool approximateBound() const;
    // An "up to" reading with members of unknown amount beside it (see reading()).
    bool openEndedCeiling() const;

private:
    Unit unit_;
    int members_ = 0;
    int unknown_ = 0;
    double nominal_ = 0;
    double low_ = 0;
    double high_ = 0;
    bool about_ = false;
    bool upTo_ = false;
    bool atLeast_ = false;
    bool range_ = false;
};

// "up to $110B", "at least about $13B", "about $4B–5B", "up to $100B + ?": English, for the
// command line and the model's own tests (the app translates the same parts).
std::string humanize(const AmountSum& sum);

} // namespace dealgraph
