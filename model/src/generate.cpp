#include "dealgraph/generate.h"

#include <array>
#include <cstdint>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dealgraph {
namespace {

// std::mt19937_64's output is fixed by the standard, the std distributions are not: every number
// is mapped from the engine's raw bits here, and amounts are built from integers (no log or pow,
// whose last bits differ between C libraries), so a seed means the same model everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : engine_(seed) {}

    // Uniform in [0, n); the modulo bias is below 2^-40 for the n used here.
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
    int between(int lo, int hi) { return lo + static_cast<int>(below(std::size_t(hi - lo + 1))); }
    // Whether an event of probability percent/100 happens.
    bool percent(int percent) { return below(100) < static_cast<std::size_t>(percent); }

    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items) {
        return items[below(N)];
    }
    // An index drawn with the given weights.
    template <std::size_t N> std::size_t weighted(const std::array<int, N>& weights) {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = static_cast<int>(below(std::size_t(total)));
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 engine_;
};

using Kinds = std::span<const EntityKind>;

constexpr std::array kSyllables = {"ar",   "bel", "cor", "dyn", "el",  "fen", "gal", "hel",
                                   "ion",  "jun", "kor", "lum", "mer", "nov", "or",  "pax",
                                   "quan", "ris", "sol", "tor", "ul",  "vex", "wen", "xan",
                                   "yor",  "zen", "ta",  "mi",  "ka",  "ro",  "ve",  "na"};
constexpr std::array kEndings = {"tek", "ion", "ex", "ara", "ix", "um", "ora", "is", "ent", "yx"};
constexpr std::array kCompanySuffixes = {
    " Systems", " Labs",     " AI",      " Cloud", " Semiconductor",
    " Energy",  " Networks", " Compute", "",       " Technologies"};
constexpr std::array kInvestorSuffixes = {" Capital", " Ventures", " Partners",
                                          " Fund",    " Holdings", " Asset Management"};
constexpr std::array kPlaces = {"Abilene",   "Lordstown",       "Milam County",    "Shackelford",
                                "Dona Ana",  "Port Washington", "Saline Township", "Mount Pleasant",
                                "Stargate",  "Narvik",          "Abu Dhabi",       "Johor",
                                "Querétaro", "Lancium"};
constexpr std::array kZhSyllables = {"星", "云", "算", "力", "智", "芯", "海", "山", "天", "华"};
constexpr std::array kPublishers = {"Financial Times",
                                    "Bloomberg",
                                    "Reuters",
                                    "The Information",
                                    "The Wall Street Journal",
                                    "CNBC",
                                    "证券时报 (Securities Times)",
                                    "SemiAnalysis",
                                    "The Verge",
                                    "Nikkei Asia",
                                    "TechCrunch",
                                    "Company press release"};
constexpr std::array kStepNotes = {"per people familiar", "in a regulatory filing",
                                   "confirmed by both parties", "first tranche", "scaled back"};

std::string coinedWord(Random& random) {
    // Every syllable starts with a lower-case ASCII letter; the word starts with its capital.
    const std::string_view head = random.pick(kSyllables);
    std::string word(1, static_cast<char>(head[0] - 'a' + 'A'));
    word += head.substr(1);
    if (random.percent(50))
        word += random.pick(kSyllables);
    word += random.pick(kEndings);
    return word;
}

// Entity kinds in a realistic proportion: many companies and sites, few people.
constexpr std::array kEntityKindOrder = {
    EntityKind::Company,    EntityKind::Investor,  EntityKind::Site,   EntityKind::JointVenture,
    EntityKind::Government, EntityKind::Nonprofit, EntityKind::Person, EntityKind::Other};
constexpr std::array kEntityKindWeights = {40, 14, 22, 5, 6, 4, 5, 4};

constexpr std::string_view idPrefix(EntityKind kind) {
    switch (kind) {
    case EntityKind::Company:
        return "co-";
    case EntityKind::Investor:
        return "inv-";
    case EntityKind::Site:
        return "site-";
    case EntityKind::JointVenture:
        return "jv-";
    case EntityKind::Government:
        return "gov-";
    case EntityKind::Nonprofit:
        return "np-";
    case EntityKind::Person:
        return "p-";
    case EntityKind::Other:
        break;
    }
    return "x-";
}

Entity makeEntity(Random& random, std::size_t index) {
    Entity entity;
    entity.kind = kEntityKindOrder[random.weighted(kEntityKindWeights)];
    entity.id = std::string(idPrefix(entity.kind)) + std::to_string(index);
    const std::string word = coinedWord(random);
    switch (entity.kind) {
    case EntityKind::Company:
        entity.name = word + random.pick(kCompanySuffixes);
        break;
    case EntityKind::Investor:
        entity.name = word + random.pick(kInvestorSuffixes);
        break;
    case EntityKind::Site:
        entity.name = std::string(random.pick(kPlaces)) + " campus " + std::to_string(index);
        break;
    case EntityKind::JointVenture:
        entity.name = word + "-" + coinedWord(random) + " JV";
        break;
    case EntityKind::Government:
        entity.name = "Republic of " + word;
        break;
    case EntityKind::Nonprofit:
        entity.name = word + " Foundation";
        break;
    case EntityKind::Person:
        entity.name = coinedWord(random) + " " + word;
        break;
    case EntityKind::Other:
        entity.name = word + " Consortium";
        break;
    }
    if (random.percent(5)) {
        // One draw per statement: the operands of + are evaluated in an unspecified order.
        std::string zh = random.pick(kZhSyllables);
        zh += random.pick(kZhSyllables);
        zh += random.pick(kZhSyllables);
        entity.names["zh-Hans"] = zh;
    }
    if (random.percent(10))
        entity.aliases.push_back(word.substr(0, 3) + "X");
    if (random.percent(30))
        entity.description = "Synthetic " + std::string(displayName(entity.kind)) + ".";
    return entity;
}

// A base-unit number with two significant digits: mantissa 10..99 times 10^exponent, built from
// integers so that it is exact and the same everywhere.
double twoDigits(Random& random, int minExponent, int maxExponent) {
    std::uint64_t value = std::uint64_t(random.between(10, 99));
    for (int e = random.between(minExponent, maxExponent); e > 0; --e)
        value *= 10;
    return static_cast<double>(value);
}

Amount makeAmount(Random& random, Unit unit, double value, bool allowRange) {
    Amount amount;
    amount.unit = unit;
    amount.value = value;
    constexpr std::array kQualifiers = {Qualifier::Exact, Qualifier::About, Qualifier::UpTo,
                                        Qualifier::AtLeast, Qualifier::Range};
    amount.qualifier = kQualifiers[random.weighted(std::array{50, 20, 15, 5, allowRange ? 10 : 0})];
    if (amount.qualifier == Qualifier::Range)
        // +10 % .. +100 %; IEEE multiplication and division round the same way everywhere.
        amount.max = value + value * random.between(1, 10) / 10;
    return amount;
}

Amount money(Random& random) {
    return makeAmount(random, Unit::Usd, twoDigits(random, 6, 10), true); // $10M .. $990B
}

Amount percentShare(Random& random, int lo, int hi) {
    return makeAmount(random, Unit::Percent, random.between(lo, hi), false);
}

std::vector<Amount> computeAmounts(Random& random) {
    std::vector<Amount> out;
    const int which = random.between(0, 2); // GW, GPUs, or both
    if (which != 1)
        out.push_back(makeAmount(random, Unit::Gigawatts, random.between(1, 99) / 10.0, true));
    if (which != 0)
        out.push_back(makeAmount(random, Unit::Gpus, twoDigits(random, 3, 5), true));
    return out;
}

Date dateOfDay(long day, int precisionRoll) {
    const std::string full = Date::fromDayNumber(day).toString();
    if (precisionRoll < 15)
        return *Date::parse(full.substr(0, 4));
    if (precisionRoll < 55)
        return *Date::parse(full.substr(0, 7));
    return *Date::parse(full);
}

class Generator {
public:
    explicit Generator(const GenerateOptions& options)
        : options_(options), random_(options.seed ^ 0x6465616c67726170ull) {}

    Model run();

private:
    std::size_t party(Kinds kinds, std::size_t other = SIZE_MAX, std::size_t third = SIZE_MAX);
    void flow(Deal& deal, std::size_t from, std::size_t to, FlowType type,
              std::vector<Amount> amounts = {});
    void makeDeal(std::size_t index);
    void plantCycle(std::size_t firstIndex);
    Deal newDeal(std::size_t index, DealKind kind);
    void finishDeal(Deal deal);
    std::string name(std::size_t entity) const { return entities_[entity].name; }

    GenerateOptions options_;
    Random random_;
    std::vector<Entity> entities_;
    std::vector<Source> sources_;
    std::vector<Deal> deals_;
    std::array<std::vector<std::size_t>, kAllEntityKinds.size()> byKind_;
    // One entry per entity plus one per deal it joined: drawing from it is preferential
    // attachment, which gives the few hubs with hundreds of deals the real web has.
    std::vector<std::size_t> attachment_;
    // Attachment alone gives hubs of tens of deals; the real web has a few players (the
    // OpenAIs and Nvidias) in hundreds, so some parties are drawn from these first.
    std::vector<std::size_t> hubs_;
    std::vector<bool> used_; // whether the entity is in a flow yet
    std::array<std::size_t, kAllEntityKinds.size()> newcomer_{}; // per kind: byKind_ cursor
};

std::size_t Generator::party(Kinds kinds, std::size_t other, std::size_t third) {
    auto fits = [&](std::size_t e) {
        if (e == other || e == third)
            return false;
        for (EntityKind k : kinds)
            if (entities_[e].kind == k)
                return true;
        return false;
    };
    // Sites are not hubs: each has a builder and a tenant or two.
    const bool popular = !(kinds.size() == 1 && kinds[0] == EntityKind::Site);
    if (popular && !hubs_.empty() && random_.percent(12))
        if (std::size_t e = hubs_[random_.below(hubs_.size())]; fits(e))
            return e;
    if (popular && random_.percent(75))
        for (int attempt = 0; attempt < 12; ++attempt)
            if (std::size_t e = attachment_[random_.below(attachment_.size())]; fits(e))
                return e;
    // Otherwise a newcomer while there are any, so that few entities end up in no deal.
    const std::size_t start = random_.below(kinds.size());
    for (std::size_t k = 0; k < kinds.size(); ++k) {
        const std::size_t kind = std::size_t(kinds[(start + k) % kinds.size()]);
        const auto& list = byKind_[kind];
        std::size_t& cursor = newcomer_[kind];
        while (cursor < list.size() && (used_[list[cursor]] || !fits(list[cursor])))
            ++cursor;
        if (cursor < list.size())
            return list[cursor];
    }
    std::size_t candidates = 0;
    for (EntityKind k : kinds)
        candidates += byKind_[std::size_t(k)].size();
    for (int attempt = 0; candidates > 0 && attempt < 12; ++attempt) {
        std::size_t r = random_.below(candidates);
        for (EntityKind k : kinds) {
            const auto& list = byKind_[std::size_t(k)];
            if (r < list.size()) {
                if (fits(list[r]))
                    return list[r];
                break;
            }
            r -= list.size();
        }
    }
    // No entity of those kinds is free (a tiny model): any other entity will do.
    std::size_t e = random_.below(entities_.size());
    while (e == other || e == third)
        e = (e + 1) % entities_.size();
    return e;
}

void Generator::flow(Deal& deal, std::size_t from, std::size_t to, FlowType type,
                     std::vector<Amount> amounts) {
    Flow f;
    f.from = entities_[from].id;
    f.to = entities_[to].id;
    f.type = type;
    f.amounts = std::move(amounts);
    deal.flows.push_back(std::move(f));
    attachment_.push_back(from);
    attachment_.push_back(to);
    used_[from] = used_[to] = true;
}

Deal Generator::newDeal(std::size_t index, DealKind kind) {
    Deal deal;
    deal.id = "d-" + std::to_string(index);
    deal.kind = kind;
    return deal;
}

constexpr std::array kBuyers = {EntityKind::Company, EntityKind::JointVenture, EntityKind::Other};
constexpr std::array kProviders = {EntityKind::Company};
constexpr std::array kInvestors = {EntityKind::Investor, EntityKind::Company,
                                   EntityKind::Government, EntityKind::Person};
constexpr std::array kLenders = {EntityKind::Investor, EntityKind::Government, EntityKind::Company};
constexpr std::array kOrganisations = {EntityKind::Company, EntityKind::Nonprofit,
                                       EntityKind::JointVenture, EntityKind::Other,
                                       EntityKind::Government};
constexpr std::array kTargets = {EntityKind::Company, EntityKind::JointVenture};
constexpr std::array kSites = {EntityKind::Site};
constexpr std::array kVentures = {EntityKind::JointVenture};

void Generator::makeDeal(std::size_t index) {
    constexpr std::array kKinds = {
        DealKind::CloudContract, DealKind::ChipSupply,   DealKind::EquityInvestment,
        DealKind::JointVenture,  DealKind::RevenueShare, DealKind::Exclusivity,
        DealKind::Lease,         DealKind::Acquisition,  DealKind::Partnership,
        DealKind::Financing,     DealKind::Other};
    constexpr std::array kKindWeights = {20, 12, 20, 5, 4, 4, 8, 5, 10, 9, 3};
    DealKind kind = kKinds[random_.weighted(kKindWeights)];
    const bool threeParties = entities_.size() >= 3; // a site or a venture needs a third
    if (kind == DealKind::JointVenture && !threeParties)
        kind = DealKind::Partnership;
    Deal deal = newDeal(index, kind);
    auto maybe = [&](int p, auto make) {
        return random_.percent(p) ? make() : std::vector<Amount>{};
    };
    switch (kind) {
    case DealKind::CloudContract:
    case DealKind::Lease: {
        const std::size_t tenant = party(kBuyers);
        const std::size_t provider = party(kProviders, tenant);
        flow(deal, tenant, provider, FlowType::Money,
             maybe(80, [&] { return std::vector{money(random_)}; }));
        // Sites as docs/format.md links them: services to the site, compute from it.
        if (threeParties && (kind == DealKind::Lease || random_.percent(50))) {
            const std::size_t site = party(kSites, tenant, provider);
            flow(deal, provider, site, FlowType::Services);
            flow(deal, site, tenant, FlowType::Compute,
                 maybe(60, [&] { return computeAmounts(random_); }));
        } else {
            flow(deal, provider, tenant, FlowType::Compute,
                 maybe(60, [&] { return computeAmounts(random_); }));
        }
        deal.title =
            name(tenant) +
            (kind == DealKind::Lease ? " leases capacity from " : " buys cloud compute from ") +
            name(provider);
        break;
    }
    case DealKind::ChipSupply: {
        const std::size_t buyer = party(kBuyers);
        const std::size_t supplier = party(kProviders, buyer);
        flow(deal, supplier, buyer, FlowType::Chips, maybe(70, [&] {
                 return std::vector{
                     makeAmount(random_, Unit::Chips, twoDigits(random_, 2, 5), true)};
             }));
        flow(deal, buyer, supplier, FlowType::Money,
             maybe(70, [&] { return std::vector{money(random_)}; }));
        deal.title = name(buyer) + " buys accelerators from " + name(supplier);
        break;
    }
    case DealKind::EquityInvestment:
    case DealKind::Acquisition: {
        const bool acquisition = kind == DealKind::Acquisition;
        const std::size_t investor = acquisition ? party(kProviders) : party(kInvestors);
        const std::size_t target = party(kTargets, investor);
        flow(deal, investor, target, FlowType::Money,
             maybe(85, [&] { return std::vector{money(random_)}; }));
        if (acquisition)
            flow(deal, target, investor, FlowType::Equity,
                 {Amount{Unit::Percent, Qualifier::Exact, 100, 0, {}}});
        else
            flow(deal, target, investor, FlowType::Equity,
                 maybe(50, [&] { return std::vector{percentShare(random_, 1, 49)}; }));
        deal.title = name(investor) + (acquisition ? " acquires " : " invests in ") + name(target);
        break;
    }
    case DealKind::JointVenture: {
        const std::size_t a = party(kBuyers);
        const std::size_t b = party(kInvestors, a);
        const std::size_t venture = party(kVentures, a, b);
        flow(deal, a, venture, FlowType::Money,
             maybe(60, [&] { return std::vector{money(random_)}; }));
        flow(deal, b, venture, random_.percent(50) ? FlowType::Money : FlowType::Services);
        deal.title = name(a) + " and " + name(b) + " form " + name(venture);
        break;
    }
    case DealKind::RevenueShare:
    case DealKind::Exclusivity: {
        const std::size_t a = party(kBuyers);
        const std::size_t b = party(kProviders, a);
        const bool share = kind == DealKind::RevenueShare;
        flow(deal, a, b, share ? FlowType::RevenueShare : FlowType::Rights,
             share ? std::vector{percentShare(random_, 5, 30)} : std::vector<Amount>{});
        if (random_.percent(40))
            flow(deal, b, a, FlowType::Money,
                 maybe(50, [&] { return std::vector{money(random_)}; }));
        deal.title =
            name(a) + (share ? " shares revenue with " : " grants exclusivity to ") + name(b);
        break;
    }
    case DealKind::Financing: {
        const std::size_t lender = party(kLenders);
        const std::size_t borrower = party(kOrganisations, lender);
        flow(deal, lender, borrower, FlowType::Money, {money(random_)});
        deal.title = name(lender) + " finances " + name(borrower);
        break;
    }
    case DealKind::Partnership:
    case DealKind::Other: {
        const std::size_t a = party(kOrganisations);
        const std::size_t b = party(kOrganisations, a);
        flow(deal, a, b, FlowType::Services);
        if (random_.percent(50))
            flow(deal, b, a, random_.percent(50) ? FlowType::Services : FlowType::Rights);
        deal.title = name(a) + " partners with " + name(b);
        break;
    }
    }
    finishDeal(std::move(deal));
}

// Three money deals round a loop of companies (A pays B pays C pays A): the circular flows the
// cycle finder and its views exist for, present at every size.
void Generator::plantCycle(std::size_t firstIndex) {
    const std::size_t a = party(kProviders);
    const std::size_t b = party(kProviders, a);
    const std::size_t c = party(kProviders, a, b);
    const std::array loop = {a, b, c, a};
    for (std::size_t hop = 0; hop < 3; ++hop) {
        Deal deal = newDeal(firstIndex + hop,
                            hop == 0 ? DealKind::EquityInvestment : DealKind::CloudContract);
        flow(deal, loop[hop], loop[hop + 1], FlowType::Money, {money(random_)});
        deal.title = name(loop[hop]) + " pays " + name(loop[hop + 1]);
        deal.notes = "Part of a circular flow of money.";
        finishDeal(std::move(deal));
    }
}

// Dates, status history and sources, shared by every deal; then the deal joins the model.
void Generator::finishDeal(Deal deal) {
    struct Path {
        std::array<Status, 3> steps;
        std::size_t length;
    };
    constexpr std::array kPaths = {Path{{Status::Announced}, 1},
                                   Path{{Status::Rumoured}, 1},
                                   Path{{Status::Rumoured, Status::Announced}, 2},
                                   Path{{Status::Announced, Status::Signed}, 2},
                                   Path{{Status::Signed}, 1},
                                   Path{{Status::Announced, Status::Signed, Status::Active}, 3},
                                   Path{{Status::Signed, Status::Active}, 2},
                                   Path{{Status::Announced, Status::OnHold}, 2},
                                   Path{{Status::Announced, Status::Signed, Status::Abandoned}, 3},
                                   Path{{Status::Announced, Status::Abandoned}, 2},
                                   Path{{Status::Announced, Status::Superseded}, 2},
                                   Path{{Status::Signed, Status::Active, Status::Completed}, 3}};
    constexpr std::array kPathWeights = {20, 3, 5, 18, 10, 18, 8, 4, 4, 3, 3, 4};
    const Path& path = kPaths[random_.weighted(kPathWeights)];

    const long first = Date::ymd(2019, 1, 1).firstDay();
    const long lastStart = Date::ymd(2026, 6, 30).firstDay();
    const long end = Date::ymd(2026, 12, 31).firstDay();
    long day = first + long(random_.below(std::size_t(lastStart - first + 1)));
    long previousLast = -1;
    for (std::size_t s = 0; s < path.length && day <= end; ++s) {
        StatusStep step;
        step.status = path.steps[s];
        step.date = dateOfDay(day, random_.between(0, 99));
        // A coarse date could reach back before the previous step; then keep the day.
        if (step.date.firstDay() <= previousLast)
            step.date = Date::fromDayNumber(day);
        if (!sources_.empty() && random_.percent(70))
            step.sources.push_back(sources_[random_.below(sources_.size())].id);
        if (random_.percent(5))
            step.note = random_.pick(kStepNotes);
        previousLast = step.date.lastDay();
        deal.history.push_back(std::move(step));
        day = previousLast + random_.between(20, 400);
    }
    if (!sources_.empty())
        for (int n = random_.between(0, 2); n > 0; --n)
            deal.sources.push_back(sources_[random_.below(sources_.size())].id);
    if (random_.percent(10) && deal.notes.empty())
        deal.notes = "Figures differ between sources.";
    deals_.push_back(std::move(deal));
}

Model Generator::run() {
    const std::size_t n = options_.entities;
    entities_.reserve(n);
    attachment_.reserve(n * 10);
    used_.assign(n, false);
    for (std::size_t i = 0; i < n; ++i) {
        entities_.push_back(makeEntity(random_, i));
        byKind_[std::size_t(entities_.back().kind)].push_back(i);
        attachment_.push_back(i);
    }
    // About sqrt(n)/4 hubs, most of them companies: hundreds of deals each at 5,000 entities.
    std::size_t hubCount = 3;
    while ((hubCount + 1) * (hubCount + 1) * 16 <= n)
        ++hubCount;
    const auto& companies = byKind_[std::size_t(EntityKind::Company)];
    const auto& investors = byKind_[std::size_t(EntityKind::Investor)];
    hubs_.assign(companies.begin(), companies.begin() + std::min(hubCount, companies.size()));
    hubs_.insert(hubs_.end(), investors.begin(),
                 investors.begin() + std::min(hubCount / 4, investors.size()));
    const std::size_t dealCount = n < 2 ? 0 : 2 * n;
    const std::size_t sourceCount = dealCount / 3 + 1;
    for (std::size_t i = 0; i < sourceCount; ++i) {
        Source source;
        source.id = "s-" + std::to_string(i);
        source.publisher = random_.pick(kPublishers);
        source.title = "Report " + std::to_string(i) + " on the AI build-out";
        const long day = Date::ymd(2019, 1, 1).firstDay() + long(random_.below(2900));
        source.date = dateOfDay(day, random_.between(15, 99)); // months or days
        if (random_.percent(70))
            source.url = "https://news.example.com/" + std::to_string(i);
        if (random_.percent(15))
            source.citing = random_.pick(kPublishers);
        sources_.push_back(std::move(source));
    }
    // One loop of three deals per 200 entities (at least one once there are three entities).
    const std::size_t cycles = n < 3 ? 0 : std::min(dealCount / 3, n / 200 + 1);
    deals_.reserve(dealCount);
    for (std::size_t c = 0; c < cycles; ++c)
        plantCycle(3 * c);
    for (std::size_t i = deals_.size(); i < dealCount; ++i)
        makeDeal(i);
    return Model("Synthetic model: " + std::to_string(n) + " entities, seed " +
                     std::to_string(options_.seed),
                 std::move(entities_), std::move(sources_), std::move(deals_));
}

} // namespace

Model generateShapedModel(const GenerateOptions& options); // generate_shapes.cpp

Model generateModel(const GenerateOptions& options) {
    if (options.shape != GraphShape::Web)
        return generateShapedModel(options);
    return Generator(options).run();
}

} // namespace dealgraph
