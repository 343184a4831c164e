// The closed vocabularies of the format: entity kinds, deal kinds, flow types,
// units, amount qualifiers, deal statuses and story step layouts, with their JSON spellings.
#pragma once

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace dealgraph {

enum class EntityKind {
    Company,
    Investor,
    JointVenture,
    Site,
    Government,
    Nonprofit,
    Person,
    Other
};

enum class DealKind {
    EquityInvestment,
    CloudContract,
    ChipSupply,
    JointVenture,
    RevenueShare,
    Exclusivity,
    Lease,
    Acquisition,
    Partnership,
    Financing,
    Other
};

// What moves along a flow. The amount's unit follows from the type (see unitsFor).
enum class FlowType { Money, Compute, Chips, Equity, RevenueShare, Rights, Services };

enum class Unit { Usd, Gigawatts, Gpus, Chips, Percent };

enum class Qualifier { Exact, About, UpTo, AtLeast, Range };

// Ordered roughly by life cycle; the order is used for sorting, not for validity.
enum class Status { Rumoured, Announced, Signed, Active, OnHold, Abandoned, Superseded, Completed };

// How a story step's slide is laid out: for what it shows, or with the whole graph's positions
// so that consecutive steps line up.
enum class StepLayout { FitShown, KeepPositions };

inline constexpr std::array kAllEntityKinds = {
    EntityKind::Company,    EntityKind::Investor,  EntityKind::JointVenture, EntityKind::Site,
    EntityKind::Government, EntityKind::Nonprofit, EntityKind::Person,       EntityKind::Other};
inline constexpr std::array kAllDealKinds = {DealKind::EquityInvestment,
                                             DealKind::CloudContract,
                                             DealKind::ChipSupply,
                                             DealKind::JointVenture,
                                             DealKind::RevenueShare,
                                             DealKind::Exclusivity,
                                             DealKind::Lease,
                                             DealKind::Acquisition,
                                             DealKind::Partnership,
                                             DealKind::Financing,
                                             DealKind::Other};
inline constexpr std::array kAllFlowTypes = {
    FlowType::Money,        FlowType::Compute, FlowType::Chips,   FlowType::Equity,
    FlowType::RevenueShare, FlowType::Rights,  FlowType::Services};
inline constexpr std::array kAllUnits = {Unit::Usd, Unit::Gigawatts, Unit::Gpus, Unit::Chips,
                                         Unit::Percent};
inline constexpr std::array kAllQualifiers = {Qualifier::Exact, Qualifier::About, Qualifier::UpTo,
                                              Qualifier::AtLeast, Qualifier::Range};
inline constexpr std::array kAllStatuses = {
    Status::Rumoured, Status::Announced, Status::Signed,     Status::Active,
    Status::OnHold,   Status::Abandoned, Status::Superseded, Status::Completed};
inline constexpr std::array kAllStepLayouts = {StepLayout::FitShown, StepLayout::KeepPositions};

// JSON spellings ("joint-venture", "up-to", "on-hold", ...).
std::string_view toString(EntityKind);
std::string_view toString(DealKind);
std::string_view toString(FlowType);
std::string_view toString(Unit);
std::string_view toString(Qualifier);
std::string_view toString(Status);
std::string_view toString(StepLayout);

std::optional<EntityKind> entityKindFromString(std::string_view);
std::optional<DealKind> dealKindFromString(std::string_view);
std::optional<FlowType> flowTypeFromString(std::string_view);
std::optional<Unit> unitFromString(std::string_view);
std::optional<Qualifier> qualifierFromString(std::string_view);
std::optional<Status> statusFromString(std::string_view);
std::optional<StepLayout> stepLayoutFromString(std::string_view);

// Human labels in English ("Joint venture", "Right of first refusal / exclusivity", "On hold").
std::string_view displayName(EntityKind);
std::string_view displayName(DealKind);
std::string_view displayName(FlowType);
std::string_view displayName(Status);

// Which units a flow of this type may carry; empty for rights and services.
std::span<const Unit> unitsFor(FlowType);

// Whether a deal in this status still stands (rumoured .. active); on hold, abandoned,
// superseded and completed deals are drawn differently.
bool isLive(Status);

} // namespace dealgraph
