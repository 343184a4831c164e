// Synthetic models of the shapes that stall dot (GraphShape): a ring of 300 entities with 400
// flows kept dot busy for minutes where sfdp took a second. Small and plain on purpose: every
// entity a company, every link one signed money deal, so the shape is all that differs.
#include "dealgraph/generate.h"

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace dealgraph {
namespace {

constexpr std::array<std::pair<GraphShape, std::string_view>, 4> kShapeNames{{
    {GraphShape::Web, "web"},
    {GraphShape::Ring, "ring"},
    {GraphShape::Core, "core"},
    {GraphShape::Chain, "chain"},
}};

// Appended rather than `"e" + std::to_string(i)`, which trips GCC 12's -Wrestrict.
std::string named(const char* prefix, std::size_t i) {
    std::string text = prefix;
    text += std::to_string(i);
    return text;
}

// The links between entity indexes, self-links left out. std::mt19937_64's output is fixed by
// the standard (its distributions are not), so a seed gives the same model everywhere.
std::vector<std::pair<std::size_t, std::size_t>> linksOf(GraphShape shape, std::size_t n,
                                                         std::uint64_t seed) {
    std::mt19937_64 engine(seed);
    auto below = [&](std::size_t bound) { return bound == 0 ? 0 : engine() % bound; };
    std::vector<std::pair<std::size_t, std::size_t>> links;
    switch (shape) {
    case GraphShape::Web:
        break;
    case GraphShape::Ring:
        for (std::size_t i = 0; n > 1 && i < n; ++i)
            links.emplace_back(i, (i + 1) % n);
        for (std::size_t k = 0; k < n / 3; ++k) {
            const std::size_t i = below(n);
            links.emplace_back(i, (i + n / 3 + below(n / 3)) % n);
        }
        break;
    case GraphShape::Core: {
        const std::size_t core = std::min(n, std::max<std::size_t>(3, n / 10));
        for (std::size_t a = 0; a < core; ++a)
            for (std::size_t b = a + 1; b < core; ++b)
                if (below(2) == 0)
                    links.emplace_back(a, b);
        for (std::size_t i = core; i < n; ++i)
            links.emplace_back(i, below(core));
        break;
    }
    case GraphShape::Chain:
        for (std::size_t i = 0; i + 1 < n; ++i)
            links.emplace_back(i, i + 1);
        for (std::size_t i = 5; i < n; i += 4)
            links.emplace_back(i, i - std::min(i, 2 + below(38)));
        break;
    }
    std::erase_if(links, [](const auto& link) { return link.first == link.second; });
    return links;
}

} // namespace

std::string_view toString(GraphShape shape) {
    for (const auto& [value, name] : kShapeNames)
        if (value == shape)
            return name;
    return "unknown";
}

std::optional<GraphShape> graphShapeFromString(std::string_view name) {
    for (const auto& [value, spelling] : kShapeNames)
        if (spelling == name)
            return value;
    return std::nullopt;
}

Model generateShapedModel(const GenerateOptions& options) {
    const std::size_t n = options.entities;
    std::vector<Entity> entities;
    entities.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        Entity entity;
        entity.id = named("e-", i);
        entity.name = named("Entity ", i);
        entity.kind = EntityKind::Company;
        entities.push_back(std::move(entity));
    }
    Source source;
    source.id = "s-0";
    source.publisher = "Company press release";
    source.title = "Synthetic shape";
    source.date = Date::ymd(2025, 1, 21);
    const auto links = linksOf(options.shape, n, options.seed);
    std::vector<Deal> deals;
    deals.reserve(links.size());
    for (std::size_t k = 0; k < links.size(); ++k) {
        Deal deal;
        deal.id = named("d-", k);
        deal.kind = DealKind::CloudContract;
        deal.title = named("Deal ", k);
        Flow flow;
        flow.from = entities[links[k].first].id;
        flow.to = entities[links[k].second].id;
        flow.type = FlowType::Money;
        Amount amount;
        amount.value = 1e9 * static_cast<double>(1 + k % 50);
        flow.amounts.push_back(amount);
        deal.flows.push_back(std::move(flow));
        StatusStep step;
        step.status = Status::Signed;
        step.date = Date::ymd(2025, 1, 21);
        step.sources.push_back(source.id);
        deal.history.push_back(std::move(step));
        deals.push_back(std::move(deal));
    }
    std::string title = "Synthetic ";
    title += toString(options.shape);
    title += named(": ", n);
    title += " entities, seed ";
    title += std::to_string(options.seed);
    return Model(std::move(title), std::move(entities), {std::move(source)}, std::move(deals));
}

} // namespace dealgraph
