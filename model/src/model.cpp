#include "dealgraph/model.h"

#include <algorithm>
#include <set>

namespace dealgraph {

Model::Model(std::string title, std::vector<Entity> entities, std::vector<Source> sources,
             std::vector<Deal> deals, UnknownFields unknown, Translations titleTranslations,
             std::vector<Story> stories)
    : title_(std::move(title)), titleTranslations_(std::move(titleTranslations)),
      entities_(std::move(entities)), sources_(std::move(sources)), deals_(std::move(deals)),
      stories_(std::move(stories)), unknown_(std::move(unknown)) {
    buildIndexes();
}

Model::Model(ModelParts parts)
    : Model(std::move(parts.title), std::move(parts.entities), std::move(parts.sources),
            std::move(parts.deals), std::move(parts.unknown), std::move(parts.titleTranslations),
            std::move(parts.stories)) {}

ModelParts Model::parts() const {
    return ModelParts{title_, titleTranslations_, entities_, sources_, deals_, stories_, unknown_};
}

const std::string& translated(const Translations& translations, const std::string& language,
                              const std::string& member, const std::string& original) {
    const auto inLanguage = translations.find(language);
    if (inLanguage == translations.end())
        return original;
    const auto text = inLanguage->second.find(member);
    return text == inLanguage->second.end() || text->second.empty() ? original : text->second;
}

void Model::buildIndexes() {
    entityById_.reserve(entities_.size());
    for (std::size_t i = 0; i < entities_.size(); ++i)
        entityById_.emplace(entities_[i].id, i);
    sourceById_.reserve(sources_.size());
    for (std::size_t i = 0; i < sources_.size(); ++i)
        sourceById_.emplace(sources_[i].id, i);
    dealById_.reserve(deals_.size());
    for (std::size_t i = 0; i < deals_.size(); ++i) {
        dealById_.emplace(deals_[i].id, i);
        // A deal is listed once per entity even when it has several flows touching it.
        std::set<std::string_view> parties;
        for (const auto& flow : deals_[i].flows) {
            parties.insert(flow.from);
            parties.insert(flow.to);
        }
        for (auto party : parties)
            dealsByEntity_[std::string(party)].push_back(i);
    }
    chronological_.resize(deals_.size());
    for (std::size_t i = 0; i < deals_.size(); ++i)
        chronological_[i] = i;
    std::stable_sort(chronological_.begin(), chronological_.end(), [this](auto a, auto b) {
        const Date da = deals_[a].firstDate();
        const Date db = deals_[b].firstDate();
        if (da != db)
            return da < db;
        return deals_[a].id < deals_[b].id;
    });
}

namespace {
template <typename Map> std::optional<std::size_t> lookup(const Map& map, std::string_view id) {
    auto it = map.find(std::string(id));
    if (it == map.end())
        return std::nullopt;
    return it->second;
}
} // namespace

const Entity* Model::entity(std::string_view id) const {
    auto index = lookup(entityById_, id);
    return index ? &entities_[*index] : nullptr;
}

const Source* Model::source(std::string_view id) const {
    auto index = lookup(sourceById_, id);
    return index ? &sources_[*index] : nullptr;
}

const Deal* Model::deal(std::string_view id) const {
    auto index = lookup(dealById_, id);
    return index ? &deals_[*index] : nullptr;
}

const Story* Model::story(std::string_view id) const {
    // A model tells a handful of stories: a scan is cheaper than keeping an index.
    for (const Story& story : stories_)
        if (story.id == id)
            return &story;
    return nullptr;
}

std::optional<std::size_t> Model::entityIndex(std::string_view id) const {
    return lookup(entityById_, id);
}

std::optional<std::size_t> Model::dealIndex(std::string_view id) const {
    return lookup(dealById_, id);
}

std::vector<std::size_t> Model::dealsOf(std::string_view entityId) const {
    auto it = dealsByEntity_.find(std::string(entityId));
    return it == dealsByEntity_.end() ? std::vector<std::size_t>{} : it->second;
}

} // namespace dealgraph
