#include "dealgraph/kinds.h"

#include <utility>

namespace dealgraph {
namespace {

// One table per vocabulary: value, JSON spelling, English label. Keeping the three together
// means adding a kind is one line, and a spelling can never drift from its label.
template <typename E> struct Term {
    E value;
    std::string_view json;
    std::string_view label;
};

constexpr Term<EntityKind> kEntityKinds[] = {
    {EntityKind::Company, "company", "Company"},
    {EntityKind::Investor, "investor", "Investor or fund"},
    {EntityKind::JointVenture, "joint-venture", "Joint venture"},
    {EntityKind::Site, "site", "Data-center site"},
    {EntityKind::Government, "government", "Government"},
    {EntityKind::Nonprofit, "nonprofit", "Nonprofit"},
    {EntityKind::Person, "person", "Person"},
    {EntityKind::Other, "other", "Other"},
};

constexpr Term<DealKind> kDealKinds[] = {
    {DealKind::EquityInvestment, "equity-investment", "Equity investment"},
    {DealKind::CloudContract, "cloud-contract", "Cloud / compute contract"},
    {DealKind::ChipSupply, "chip-supply", "Chip supply"},
    {DealKind::JointVenture, "joint-venture", "Joint-venture commitment"},
    {DealKind::RevenueShare, "revenue-share", "Revenue share"},
    {DealKind::Exclusivity, "exclusivity", "Exclusivity / right of first refusal"},
    {DealKind::Lease, "lease", "Lease"},
    {DealKind::Acquisition, "acquisition", "Acquisition / hire"},
    {DealKind::Partnership, "partnership", "Partnership"},
    {DealKind::Financing, "financing", "Financing"},
    {DealKind::Other, "other", "Other"},
};

constexpr Term<FlowType> kFlowTypes[] = {
    {FlowType::Money, "money", "Money"},
    {FlowType::Compute, "compute", "Compute"},
    {FlowType::Chips, "chips", "Chips"},
    {FlowType::Equity, "equity", "Equity"},
    {FlowType::RevenueShare, "revenue-share", "Revenue share"},
    {FlowType::Rights, "rights", "Rights"},
    {FlowType::Services, "services", "Services"},
};

constexpr Term<Unit> kUnits[] = {
    {Unit::Usd, "usd", "US dollars"},      {Unit::Gigawatts, "gw", "gigawatts"},
    {Unit::Gpus, "gpus", "GPUs"},          {Unit::Chips, "chips", "chips"},
    {Unit::Percent, "percent", "percent"},
};

constexpr Term<Qualifier> kQualifiers[] = {
    {Qualifier::Exact, "exact", "exact"}, {Qualifier::About, "about", "about"},
    {Qualifier::UpTo, "up-to", "up to"},  {Qualifier::AtLeast, "at-least", "at least"},
    {Qualifier::Range, "range", "range"},
};

constexpr Term<Status> kStatuses[] = {
    {Status::Rumoured, "rumoured", "Rumoured"},
    {Status::Announced, "announced", "Announced"},
    {Status::Signed, "signed", "Signed"},
    {Status::Active, "active", "Active"},
    {Status::OnHold, "on-hold", "On hold"},
    {Status::Abandoned, "abandoned", "Abandoned"},
    {Status::Superseded, "superseded", "Superseded"},
    {Status::Completed, "completed", "Completed"},
};

constexpr Term<StepLayout> kStepLayouts[] = {
    {StepLayout::FitShown, "fit-shown", "Fit what is shown"},
    {StepLayout::KeepPositions, "keep-positions", "Keep the whole graph's positions"},
};

template <typename E, std::size_t N> const Term<E>& find(const Term<E> (&table)[N], E value) {
    for (const auto& term : table)
        if (term.value == value)
            return term;
    return table[0]; // unreachable for valid enum values
}

template <typename E, std::size_t N>
std::optional<E> parse(const Term<E> (&table)[N], std::string_view text) {
    for (const auto& term : table)
        if (term.json == text)
            return term.value;
    return std::nullopt;
}

constexpr Unit kMoneyUnits[] = {Unit::Usd};
constexpr Unit kComputeUnits[] = {Unit::Gigawatts, Unit::Gpus};
constexpr Unit kChipUnits[] = {Unit::Chips};
constexpr Unit kPercentUnits[] = {Unit::Percent};

} // namespace

std::string_view toString(EntityKind v) {
    return find(kEntityKinds, v).json;
}
std::string_view toString(DealKind v) {
    return find(kDealKinds, v).json;
}
std::string_view toString(FlowType v) {
    return find(kFlowTypes, v).json;
}
std::string_view toString(Unit v) {
    return find(kUnits, v).json;
}
std::string_view toString(Qualifier v) {
    return find(kQualifiers, v).json;
}
std::string_view toString(Status v) {
    return find(kStatuses, v).json;
}
std::string_view toString(StepLayout v) {
    return find(kStepLayouts, v).json;
}

std::optional<EntityKind> entityKindFromString(std::string_view s) {
    return parse(kEntityKinds, s);
}
std::optional<DealKind> dealKindFromString(std::string_view s) {
    return parse(kDealKinds, s);
}
std::optional<FlowType> flowTypeFromString(std::string_view s) {
    return parse(kFlowTypes, s);
}
std::optional<Unit> unitFromString(std::string_view s) {
    return parse(kUnits, s);
}
std::optional<Qualifier> qualifierFromString(std::string_view s) {
    return parse(kQualifiers, s);
}
std::optional<Status> statusFromString(std::string_view s) {
    return parse(kStatuses, s);
}
std::optional<StepLayout> stepLayoutFromString(std::string_view s) {
    return parse(kStepLayouts, s);
}

std::string_view displayName(EntityKind v) {
    return find(kEntityKinds, v).label;
}
std::string_view displayName(DealKind v) {
    return find(kDealKinds, v).label;
}
std::string_view displayName(FlowType v) {
    return find(kFlowTypes, v).label;
}
std::string_view displayName(Status v) {
    return find(kStatuses, v).label;
}

std::span<const Unit> unitsFor(FlowType type) {
    switch (type) {
    case FlowType::Money:
        return kMoneyUnits;
    case FlowType::Compute:
        return kComputeUnits;
    case FlowType::Chips:
        return kChipUnits;
    case FlowType::Equity:
    case FlowType::RevenueShare:
        return kPercentUnits;
    case FlowType::Rights:
    case FlowType::Services:
        break;
    }
    return {};
}

bool isLive(Status status) {
    switch (status) {
    case Status::Rumoured:
    case Status::Announced:
    case Status::Signed:
    case Status::Active:
        return true;
    case Status::OnHold:
    case Status::Abandoned:
    case Status::Superseded:
    case Status::Completed:
        return false;
    }
    return false;
}

} // namespace dealgraph
