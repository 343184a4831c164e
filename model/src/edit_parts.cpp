// Typical edits of a model's parts that keep its references whole: a renamed id is renamed
// where it is used, and what points at something deleted goes with it or forgets it.
#include "dealgraph/edit.h"

#include <algorithm>
#include <set>

namespace dealgraph {

namespace {

template <typename T> auto findById(std::vector<T>& items, std::string_view id) {
    return std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
}

void renameIn(std::vector<std::string>& ids, std::string_view from, const std::string& to) {
    for (std::string& id : ids)
        if (id == from)
            id = to;
}

void eraseFrom(std::vector<std::string>& ids, std::string_view id) {
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

// Story references to entities, deals and groups the parts no longer have are dropped: a focus
// on a gone entity, highlights of gone entities and deals, collapses of gone groups.
void dropDanglingStoryReferences(ModelParts& parts) {
    std::set<std::string, std::less<>> entities, deals, groups;
    for (const Entity& entity : parts.entities) {
        entities.insert(entity.id);
        if (!entity.group.empty())
            groups.insert(entity.group);
    }
    for (const Deal& deal : parts.deals)
        deals.insert(deal.id);
    auto missingFrom = [](const std::set<std::string, std::less<>>& known) {
        return [&known](const std::string& id) { return !known.contains(id); };
    };
    for (Story& story : parts.stories)
        for (StoryStep& step : story.steps) {
            if (step.focus && !entities.contains(step.focus->entity))
                step.focus.reset();
            std::erase_if(step.highlight.entities, missingFrom(entities));
            std::erase_if(step.highlight.deals, missingFrom(deals));
            std::erase_if(step.collapsedGroups, missingFrom(groups));
        }
}

void renameEntityReferences(ModelParts& parts, std::string_view from, const std::string& to) {
    for (Deal& deal : parts.deals) {
        for (Flow& flow : deal.flows) {
            if (flow.from == from)
                flow.from = to;
            if (flow.to == from)
                flow.to = to;
        }
        if (deal.headline.at == from)
            deal.headline.at = to;
    }
    for (Story& story : parts.stories)
        for (StoryStep& step : story.steps) {
            if (step.focus && step.focus->entity == from)
                step.focus->entity = to;
            renameIn(step.highlight.entities, from, to);
        }
}

bool takesPart(const Deal& deal, std::string_view entityId) {
    return std::any_of(deal.flows.begin(), deal.flows.end(), [&](const Flow& flow) {
        return flow.from == entityId || flow.to == entityId;
    });
}

// What differs between the model and its edited parts, by id.
DeletionEffects effectsOf(const Model& model, const ModelParts& after) {
    DeletionEffects effects;
    for (const Deal& deal : model.deals()) {
        auto kept = std::find_if(after.deals.begin(), after.deals.end(),
                                 [&](const Deal& d) { return d.id == deal.id; });
        if (kept == after.deals.end())
            effects.deletedDeals.push_back(deal.id);
        else if (!(*kept == deal))
            effects.changedDeals.push_back(deal.id);
    }
    for (const Story& story : model.stories()) {
        auto kept = std::find_if(after.stories.begin(), after.stories.end(),
                                 [&](const Story& s) { return s.id == story.id; });
        if (kept != after.stories.end() && !(*kept == story))
            effects.changedStories.push_back(story.id);
    }
    return effects;
}

} // namespace

ModelParts withEntityReplaced(const Model& model, std::string_view id, Entity entity) {
    ModelParts parts = model.parts();
    auto found = findById(parts.entities, id);
    if (found == parts.entities.end())
        return parts;
    const std::string oldId = found->id;
    const std::string newId = entity.id;
    *found = std::move(entity);
    if (newId != oldId)
        renameEntityReferences(parts, oldId, newId);
    dropDanglingStoryReferences(parts); // a group its last member left
    return parts;
}

ModelParts withEntityAdded(const Model& model, Entity entity) {
    ModelParts parts = model.parts();
    parts.entities.push_back(std::move(entity));
    return parts;
}

ModelParts withoutEntity(const Model& model, std::string_view id) {
    ModelParts parts = model.parts();
    auto found = findById(parts.entities, id);
    if (found == parts.entities.end())
        return parts;
    parts.entities.erase(found);
    std::erase_if(parts.deals, [&](const Deal& deal) { return takesPart(deal, id); });
    for (Deal& deal : parts.deals)
        if (deal.headline.at == id)
            deal.headline.at.clear(); // drawn on the deal's flows instead
    dropDanglingStoryReferences(parts);
    return parts;
}

ModelParts withSourceReplaced(const Model& model, std::string_view id, Source source) {
    ModelParts parts = model.parts();
    auto found = findById(parts.sources, id);
    if (found == parts.sources.end())
        return parts;
    const std::string oldId = found->id;
    const std::string newId = source.id;
    *found = std::move(source);
    if (newId != oldId)
        for (Deal& deal : parts.deals) {
            renameIn(deal.sources, oldId, newId);
            for (StatusStep& step : deal.history)
                renameIn(step.sources, oldId, newId);
        }
    return parts;
}

ModelParts withSourceAdded(const Model& model, Source source) {
    ModelParts parts = model.parts();
    parts.sources.push_back(std::move(source));
    return parts;
}

ModelParts withoutSource(const Model& model, std::string_view id) {
    ModelParts parts = model.parts();
    auto found = findById(parts.sources, id);
    if (found == parts.sources.end())
        return parts;
    parts.sources.erase(found);
    for (Deal& deal : parts.deals) {
        eraseFrom(deal.sources, id);
        for (StatusStep& step : deal.history)
            eraseFrom(step.sources, id);
    }
    return parts;
}

ModelParts withDealReplaced(const Model& model, std::string_view id, Deal deal) {
    ModelParts parts = model.parts();
    auto found = findById(parts.deals, id);
    if (found == parts.deals.end())
        return parts;
    const std::string oldId = found->id;
    const std::string newId = deal.id;
    *found = std::move(deal);
    if (newId != oldId)
        for (Story& story : parts.stories)
            for (StoryStep& step : story.steps)
                renameIn(step.highlight.deals, oldId, newId);
    return parts;
}

ModelParts withDealAdded(const Model& model, Deal deal) {
    ModelParts parts = model.parts();
    parts.deals.push_back(std::move(deal));
    return parts;
}

ModelParts withoutDeal(const Model& model, std::string_view id) {
    ModelParts parts = model.parts();
    auto found = findById(parts.deals, id);
    if (found == parts.deals.end())
        return parts;
    parts.deals.erase(found);
    dropDanglingStoryReferences(parts);
    return parts;
}

ModelParts withStories(const Model& model, std::vector<Story> stories) {
    ModelParts parts = model.parts();
    parts.stories = std::move(stories);
    return parts;
}

ModelParts withTitle(const Model& model, std::string title, Translations titleTranslations) {
    ModelParts parts = model.parts();
    parts.title = std::move(title);
    parts.titleTranslations = std::move(titleTranslations);
    return parts;
}

DeletionEffects whatGoesWithEntity(const Model& model, std::string_view id) {
    return effectsOf(model, withoutEntity(model, id));
}

DeletionEffects whatGoesWithSource(const Model& model, std::string_view id) {
    return effectsOf(model, withoutSource(model, id));
}

DeletionEffects whatGoesWithDeal(const Model& model, std::string_view id) {
    DeletionEffects effects = effectsOf(model, withoutDeal(model, id));
    eraseFrom(effects.deletedDeals, id); // the deal itself is what is deleted, not an effect
    return effects;
}

} // namespace dealgraph
