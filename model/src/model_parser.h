// The loader's reader of a JSON DOM: one object at a time, remembering which members it knew so
// that the rest are kept, collecting every error with its JSON pointer, and checking references
// once everything is read. Declared here so that its parts can live in files of their own:
// parse_model.cpp (the model, entities, sources, deals), parse_stories.cpp (stories).
#pragma once

#include "dealgraph/load.h"
#include "json_reader.h"
#include "parse_messages.h"

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

namespace dealgraph::detail {

using nlohmann::json;

class Parser {
public:
    explicit Parser(std::vector<Diagnostic>& errors) : errors_(errors) {}

    std::optional<Model> parse(const json& root);

private:
    // Reads the members of one JSON object, remembering which ones it knows so that the rest
    // can be kept as unknown fields.
    class Object {
    public:
        Object(Parser& parser, const json& value, std::string path)
            : parser_(parser), value_(value), path_(std::move(path)) {}

        const std::string& path() const { return path_; }
        std::string pathOf(std::string_view key) const { return pointerAppend(path_, key); }

        const json* get(std::string_view key, bool required, json::value_t type,
                        const char* expected) {
            known_.insert(std::string(key));
            auto it = value_.find(key);
            if (it == value_.end()) {
                if (required)
                    parser_.error(path_, "missing required member \"" + std::string(key) + "\"");
                return nullptr;
            }
            const bool numeric = type == json::value_t::number_float && it->is_number();
            if (it->type() != type && !numeric) {
                parser_.error(pathOf(key),
                              std::string("expected ") + expected + ", found " + typeName(*it));
                return nullptr;
            }
            return &*it;
        }

        std::optional<std::string> string(std::string_view key, bool required) {
            const json* v = get(key, required, json::value_t::string, "a string");
            if (!v)
                return std::nullopt;
            return v->get<std::string>();
        }

        std::optional<std::string> nonEmptyString(std::string_view key, bool required) {
            auto s = string(key, required);
            if (s && s->find_first_not_of(" \t\r\n") == std::string::npos) {
                parser_.error(pathOf(key), "expected a non-empty string");
                return std::nullopt;
            }
            return s;
        }

        const json* array(std::string_view key, bool required) {
            return get(key, required, json::value_t::array, "an array");
        }

        const json* object(std::string_view key, bool required) {
            return get(key, required, json::value_t::object, "an object");
        }

        std::optional<double> number(std::string_view key, bool required) {
            const json* v = get(key, required, json::value_t::number_float, "a number");
            if (!v)
                return std::nullopt;
            return v->get<double>();
        }

        // Members nobody asked for, as compact JSON, to be written back on save.
        UnknownFields unknown() const {
            json extra = json::object();
            for (auto it = value_.begin(); it != value_.end(); ++it)
                if (!known_.count(it.key()))
                    extra[it.key()] = it.value();
            return extra.empty() ? UnknownFields{} : extra.dump();
        }

    private:
        Parser& parser_;
        const json& value_;
        std::string path_;
        std::set<std::string, std::less<>> known_;
    };

    void error(std::string path, std::string message) {
        errors_.push_back(Diagnostic{std::move(path), 0, 0, std::move(message)});
    }

    bool expectObject(const json& value, const std::string& path, const char* what) {
        if (value.is_object())
            return true;
        error(path, std::string("expected ") + what + " (an object), found " + typeName(value));
        return false;
    }

    template <typename E, typename Fn, typename All>
    std::optional<E> enumMember(Object& object, std::string_view key, bool required, Fn fromString,
                                const All& all, const char* what) {
        auto text = object.string(key, required);
        if (!text)
            return std::nullopt;
        if (auto value = fromString(*text))
            return value;
        std::vector<std::string_view> names;
        for (auto v : all)
            names.push_back(toString(v));
        error(object.pathOf(key), "unknown " + std::string(what) + " " + quote(*text) +
                                      "; expected one of: " + listOf(names));
        return std::nullopt;
    }

    std::optional<std::string> idMember(Object& object) {
        auto id = object.string("id", true);
        if (id && !isValidId(*id)) {
            error(object.pathOf("id"),
                  "invalid id " + quote(*id) +
                      "; expected 1 to 200 of A-Z a-z 0-9 . _ : - starting with a letter or digit");
            return std::nullopt;
        }
        return id;
    }

    std::optional<Date> dateMember(Object& object, std::string_view key, bool required) {
        auto text = object.string(key, required);
        if (!text)
            return std::nullopt;
        auto date = Date::parse(*text);
        if (!date)
            error(object.pathOf(key), "invalid date " + quote(*text) +
                                          "; expected a real date as YYYY, YYYY-MM or YYYY-MM-DD "
                                          "(years 1900-2199)");
        return date;
    }

    std::vector<std::string> stringList(Object& object, std::string_view key) {
        std::vector<std::string> out;
        const json* list = object.array(key, false);
        if (!list)
            return out;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& item = (*list)[i];
            if (item.is_string())
                out.push_back(item.get<std::string>());
            else
                error(pointerAppend(object.pathOf(key), i),
                      "expected a string, found " + typeName(item));
        }
        return out;
    }

    std::vector<std::string> sourceRefs(Object& object, std::string_view key) {
        std::vector<std::string> refs = stringList(object, key);
        for (std::size_t i = 0; i < refs.size(); ++i)
            pendingSourceRefs_.push_back({pointerAppend(object.pathOf(key), i), refs[i]});
        return refs;
    }

    template <typename T>
    void checkUnique(const std::vector<T>& items, const std::vector<std::string>& paths,
                     const char* what) {
        std::unordered_set<std::string_view> seen;
        for (std::size_t i = 0; i < items.size(); ++i)
            if (!seen.insert(items[i].id).second)
                error(pointerAppend(paths[i], "id"),
                      std::string("duplicate ") + what + " id " + quote(items[i].id));
    }

    std::vector<Entity> entities(const json& list, const std::string& path);
    std::vector<Source> sources(const json& list, const std::string& path);
    std::vector<Deal> deals(const json& list, const std::string& path);
    // parse_stories.cpp
    std::vector<Story> stories(const json& list, const std::string& path);
    std::optional<StoryStep> storyStep(const json& value, const std::string& path);
    std::optional<StoryFocus> storyFocus(const json& value, const std::string& path);
    StoryHighlight storyHighlight(const json& value, const std::string& path);
    // Checks what stories name once every entity, deal and group is known.
    void resolveStoryReferences();
    std::optional<Flow> flow(const json& value, const std::string& path);
    std::optional<Amount> amount(const json& value, const std::string& path, FlowType type);
    // Reads an amount's members from `object`; no flow type (a headline): any unit.
    std::optional<Amount> amountIn(Object& object, std::optional<FlowType> type);
    Headline headline(const json& value, const std::string& path);
    // "translations": {"zh-Hans": {"title": "…"}}, each member one of `members`.
    Translations translations(Object& object, std::initializer_list<const char*> members);
    std::optional<StatusStep> statusStep(const json& value, const std::string& path);

    struct Reference {
        std::string path;
        std::string id;
    };

    std::vector<Diagnostic>& errors_;
    std::vector<Reference> pendingEntityRefs_;
    std::vector<Reference> pendingSourceRefs_;
    std::vector<Reference> pendingDealRefs_;  // stories' highlighted deals
    std::vector<Reference> pendingGroupRefs_; // stories' collapsed groups (the "id" is the name)
    std::vector<std::string> entityPaths_, sourcePaths_, dealPaths_, storyPaths_;
    // Every id read, even of an object with other errors: no cascade of "unknown ..." errors.
    std::unordered_set<std::string> entityIds_, sourceIds_, dealIds_;
    std::set<std::string> groupNames_; // Entity::group values, sorted for messages
};

} // namespace dealgraph::detail
