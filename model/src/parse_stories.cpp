// The loader's part for stories (docs/format.md, "Stories"): each a titled sequence of steps,
// each step a view of the model that names entities, deals and groups the loader checks.
#include "model_parser.h"

#include "dealgraph/filter_spec.h"

#include <algorithm>

namespace dealgraph::detail {

namespace {
// Groups named in an "unknown group" message; a generated model may have thousands.
constexpr std::size_t kMaxGroupsNamed = 12;
} // namespace

std::vector<Story> Parser::stories(const json& list, const std::string& path) {
    std::vector<Story> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemPath = pointerAppend(path, i);
        if (!expectObject(list[i], itemPath, "a story"))
            continue;
        Object object(*this, list[i], itemPath);
        Story story;
        const std::size_t errorsBefore = errors_.size();
        auto id = idMember(object);
        auto title = object.nonEmptyString("title", true);
        if (const json* steps = object.array("steps", true)) {
            if (steps->empty())
                error(object.pathOf("steps"), "a story needs at least one step");
            for (std::size_t s = 0; s < steps->size(); ++s)
                if (auto step = storyStep((*steps)[s], pointerAppend(object.pathOf("steps"), s)))
                    story.steps.push_back(std::move(*step));
        }
        story.translations = translations(object, {"title"});
        story.unknown = object.unknown();
        if (id && title && errors_.size() == errorsBefore) {
            story.id = *id;
            story.title = *title;
            out.push_back(std::move(story));
            storyPaths_.push_back(itemPath);
        }
    }
    return out;
}

std::optional<StoryStep> Parser::storyStep(const json& value, const std::string& path) {
    if (!expectObject(value, path, "a story step"))
        return std::nullopt;
    Object object(*this, value, path);
    StoryStep step;
    const std::size_t errorsBefore = errors_.size();
    auto title = object.nonEmptyString("title", true);
    step.caption = object.string("caption", false).value_or("");
    step.asOf = dateMember(object, "asOf", false);
    step.compareFrom = dateMember(object, "compareFrom", false);
    if (step.asOf && step.compareFrom && *step.asOf < *step.compareFrom)
        error(object.pathOf("compareFrom"), "compareFrom " + quote(step.compareFrom->toString()) +
                                                " is after asOf " + quote(step.asOf->toString()) +
                                                "; a step compares its date with an earlier one");
    step.filters = stringList(object, "filters");
    for (std::size_t i = 0; i < step.filters.size(); ++i) {
        Filter ignored;
        std::string why;
        if (!addFilterClause(step.filters[i], ignored, &why))
            error(pointerAppend(object.pathOf("filters"), i), why);
    }
    if (const json* focus = object.object("focus", false))
        step.focus = storyFocus(*focus, object.pathOf("focus"));
    step.collapsedGroups = stringList(object, "collapsedGroups");
    for (std::size_t i = 0; i < step.collapsedGroups.size(); ++i)
        pendingGroupRefs_.push_back(
            {pointerAppend(object.pathOf("collapsedGroups"), i), step.collapsedGroups[i]});
    if (const json* highlight = object.object("highlight", false))
        step.highlight = storyHighlight(*highlight, object.pathOf("highlight"));
    if (auto layout = enumMember<StepLayout>(object, "layout", false, stepLayoutFromString,
                                             kAllStepLayouts, "layout"))
        step.layout = *layout;
    step.translations = translations(object, {"title", "caption"});
    step.unknown = object.unknown();
    if (!title || errors_.size() != errorsBefore)
        return std::nullopt;
    step.title = *title;
    return step;
}

std::optional<StoryFocus> Parser::storyFocus(const json& value, const std::string& path) {
    Object object(*this, value, path);
    StoryFocus focus;
    auto entity = object.string("entity", true);
    if (entity)
        pendingEntityRefs_.push_back({object.pathOf("entity"), *entity});
    // Whole numbers only: "depth": 1.5 or -1 is a mistake, not a depth.
    if (const json* depth = object.get("depth", false, json::value_t::number_unsigned,
                                       "a whole number from 0 to 10")) {
        const auto steps = depth->get<std::uint64_t>();
        if (steps > 10)
            error(object.pathOf("depth"),
                  "focus depth " + std::to_string(steps) + " is over 10; expected 0 to 10");
        else
            focus.depth = static_cast<int>(steps);
    }
    if (const json* among =
            object.get("includeDealsAmong", false, json::value_t::boolean, "true or false"))
        focus.includeDealsAmong = among->get<bool>();
    focus.unknown = object.unknown();
    if (!entity)
        return std::nullopt;
    focus.entity = *entity;
    return focus;
}

StoryHighlight Parser::storyHighlight(const json& value, const std::string& path) {
    Object object(*this, value, path);
    StoryHighlight highlight;
    highlight.entities = stringList(object, "entities");
    for (std::size_t i = 0; i < highlight.entities.size(); ++i)
        pendingEntityRefs_.push_back(
            {pointerAppend(object.pathOf("entities"), i), highlight.entities[i]});
    highlight.deals = stringList(object, "deals");
    for (std::size_t i = 0; i < highlight.deals.size(); ++i)
        pendingDealRefs_.push_back({pointerAppend(object.pathOf("deals"), i), highlight.deals[i]});
    highlight.unknown = object.unknown();
    return highlight;
}

void Parser::resolveStoryReferences() {
    for (const auto& ref : pendingDealRefs_)
        if (!dealIds_.count(ref.id))
            error(ref.path, "unknown deal " + quote(ref.id) + "; expected the id of a deal");
    if (pendingGroupRefs_.empty())
        return;
    std::vector<std::string_view> named;
    for (const auto& name : groupNames_) {
        if (named.size() == kMaxGroupsNamed) {
            named.push_back("...");
            break;
        }
        named.push_back(name);
    }
    const std::string expected = groupNames_.empty()
                                     ? "; no entity of this model has a group"
                                     : "; expected the group of an entity: " + listOf(named);
    for (const auto& ref : pendingGroupRefs_)
        if (!groupNames_.count(ref.id))
            error(ref.path, "unknown group " + quote(ref.id) + expected);
}

} // namespace dealgraph::detail
