#include "dealgraph/load.h"

#include "json_tree.h"
#include "save_keep.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>

namespace dealgraph {
namespace {

using nlohmann::ordered_json;

// Known members first, in the documented order; then the unknown ones, unchanged.
void appendUnknown(ordered_json& object, const UnknownFields& unknown) {
    if (unknown.empty())
        return;
    const auto extra = ordered_json::parse(unknown);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        if (!object.contains(it.key()))
            object[it.key()] = it.value();
}

void setIfNotEmpty(ordered_json& object, const char* key, const std::string& value) {
    if (!value.empty())
        object[key] = value;
}

// Whole numbers are written as integers ("300000000000", not "300000000000.0"), as people
// write them; others keep their fraction.
ordered_json number(double value) {
    if (std::floor(value) == value && std::fabs(value) < 9e15)
        return static_cast<std::int64_t>(value);
    return value;
}

void setTranslations(ordered_json& object, const Translations& translations) {
    if (translations.empty())
        return;
    ordered_json out = ordered_json::object();
    for (const auto& [language, texts] : translations)
        for (const auto& [member, text] : texts)
            out[language][member] = text;
    object["translations"] = std::move(out);
}

ordered_json toJson(const Amount& amount) {
    ordered_json out;
    out["value"] = number(amount.value);
    if (amount.qualifier == Qualifier::Range)
        out["max"] = number(amount.max);
    out["unit"] = toString(amount.unit);
    if (amount.qualifier != Qualifier::Exact)
        out["qualifier"] = toString(amount.qualifier);
    appendUnknown(out, amount.unknown);
    return out;
}

ordered_json toJson(const Entity& entity) {
    ordered_json out;
    out["id"] = entity.id;
    out["name"] = entity.name;
    if (!entity.names.empty())
        out["names"] = entity.names;
    if (!entity.aliases.empty())
        out["aliases"] = entity.aliases;
    out["kind"] = toString(entity.kind);
    setIfNotEmpty(out, "group", entity.group);
    setIfNotEmpty(out, "description", entity.description);
    setTranslations(out, entity.translations);
    appendUnknown(out, entity.unknown);
    return out;
}

ordered_json toJson(const Source& source) {
    ordered_json out;
    out["id"] = source.id;
    out["publisher"] = source.publisher;
    setIfNotEmpty(out, "title", source.title);
    if (source.date)
        out["date"] = source.date->toString();
    setIfNotEmpty(out, "url", source.url);
    setIfNotEmpty(out, "seed", source.seed);
    setIfNotEmpty(out, "citing", source.citing);
    setTranslations(out, source.translations);
    appendUnknown(out, source.unknown);
    return out;
}

ordered_json toJson(const Flow& flow) {
    ordered_json out;
    out["from"] = flow.from;
    out["to"] = flow.to;
    out["type"] = toString(flow.type);
    if (!flow.amounts.empty()) {
        out["amounts"] = ordered_json::array();
        for (const auto& amount : flow.amounts)
            out["amounts"].push_back(toJson(amount));
    }
    setIfNotEmpty(out, "note", flow.note);
    if (flow.inHeadline)
        out["inHeadline"] = true;
    setTranslations(out, flow.translations);
    appendUnknown(out, flow.unknown);
    return out;
}

ordered_json toJson(const StatusStep& step) {
    ordered_json out;
    out["status"] = toString(step.status);
    out["date"] = step.date.toString();
    if (!step.sources.empty())
        out["sources"] = step.sources;
    setIfNotEmpty(out, "note", step.note);
    setTranslations(out, step.translations);
    appendUnknown(out, step.unknown);
    return out;
}

ordered_json toJson(const Deal& deal) {
    ordered_json out;
    out["id"] = deal.id;
    out["title"] = deal.title;
    out["kind"] = toString(deal.kind);
    out["flows"] = ordered_json::array();
    for (const auto& flow : deal.flows)
        out["flows"].push_back(toJson(flow));
    out["history"] = ordered_json::array();
    for (const auto& step : deal.history)
        out["history"].push_back(toJson(step));
    if (!deal.sources.empty())
        out["sources"] = deal.sources;
    setIfNotEmpty(out, "notes", deal.notes);
    if (!deal.headline.empty()) {
        ordered_json headline;
        headline["amounts"] = ordered_json::array();
        for (const HeadlineAmount& figure : deal.headline.amounts) {
            ordered_json amount = toJson(figure.amount);
            setIfNotEmpty(amount, "span", figure.span);
            setTranslations(amount, figure.translations);
            headline["amounts"].push_back(std::move(amount));
        }
        setIfNotEmpty(headline, "at", deal.headline.at);
        appendUnknown(headline, deal.headline.unknown);
        out["headline"] = std::move(headline);
    }
    setTranslations(out, deal.translations);
    appendUnknown(out, deal.unknown);
    return out;
}

ordered_json toJson(const StoryStep& step) {
    ordered_json out;
    out["title"] = step.title;
    setIfNotEmpty(out, "caption", step.caption);
    if (step.asOf)
        out["asOf"] = step.asOf->toString();
    if (step.compareFrom)
        out["compareFrom"] = step.compareFrom->toString();
    if (!step.filters.empty())
        out["filters"] = step.filters;
    if (step.focus) {
        ordered_json focus;
        focus["entity"] = step.focus->entity;
        focus["depth"] = step.focus->depth;
        if (step.focus->includeDealsAmong)
            focus["includeDealsAmong"] = true;
        appendUnknown(focus, step.focus->unknown);
        out["focus"] = std::move(focus);
    }
    if (!step.collapsedGroups.empty())
        out["collapsedGroups"] = step.collapsedGroups;
    if (!step.highlight.empty() || !step.highlight.unknown.empty()) {
        ordered_json highlight = ordered_json::object();
        if (!step.highlight.entities.empty())
            highlight["entities"] = step.highlight.entities;
        if (!step.highlight.deals.empty())
            highlight["deals"] = step.highlight.deals;
        appendUnknown(highlight, step.highlight.unknown);
        out["highlight"] = std::move(highlight);
    }
    if (step.layout != StepLayout::FitShown)
        out["layout"] = toString(step.layout);
    setTranslations(out, step.translations);
    appendUnknown(out, step.unknown);
    return out;
}

ordered_json toJson(const Story& story) {
    ordered_json out;
    out["id"] = story.id;
    out["title"] = story.title;
    out["steps"] = ordered_json::array();
    for (const auto& step : story.steps)
        out["steps"].push_back(toJson(step));
    setTranslations(out, story.translations);
    appendUnknown(out, story.unknown);
    return out;
}

template <typename T> ordered_json arrayOf(const std::vector<T>& items) {
    ordered_json out = ordered_json::array();
    for (const auto& item : items)
        out.push_back(toJson(item));
    return out;
}

ordered_json toJson(const Model& model) {
    ordered_json out;
    out["format"] = "dealgraph";
    out["version"] = kFormatVersion;
    setIfNotEmpty(out, "title", model.title());
    setTranslations(out, model.titleTranslations());
    out["entities"] = arrayOf(model.entities());
    out["sources"] = arrayOf(model.sources());
    out["deals"] = arrayOf(model.deals());
    if (!model.stories().empty())
        out["stories"] = arrayOf(model.stories());
    appendUnknown(out, model.unknown());
    return out;
}

} // namespace

std::string saveModelToString(const Model& model) {
    return detail::writeJsonTree(detail::toJsonTree(toJson(model)));
}

std::string saveModelToString(const Model& model, std::string_view original) {
    detail::JsonNode fresh = detail::toJsonTree(toJson(model));
    if (auto tree = detail::parseJsonTree(original))
        return detail::writeJsonTree(detail::keepOriginalForm(*tree, std::move(fresh)));
    return detail::writeJsonTree(fresh);
}

} // namespace dealgraph
