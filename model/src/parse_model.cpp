#include "parse_model.h"

#include "json_reader.h"
#include "parse_messages.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <unordered_set>

namespace dealgraph::detail {
namespace {

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
    std::vector<std::string> entityPaths_, sourcePaths_, dealPaths_;
    std::unordered_set<std::string> entityIds_, sourceIds_;
};

std::optional<Model> Parser::parse(const json& root) {
    const std::size_t errorsBefore = errors_.size();
    if (!expectObject(root, "", "a dealgraph model"))
        return std::nullopt;
    Object top(*this, root, "");
    if (auto format = top.string("format", true); format && *format != "dealgraph")
        error("/format", "expected \"dealgraph\", found " + quote(*format));
    if (const json* version =
            top.get("version", true, json::value_t::number_unsigned, "a whole number")) {
        if (version->get<std::uint64_t>() != static_cast<std::uint64_t>(kFormatVersion))
            error("/version", "unsupported format version " + version->dump() +
                                  "; this dealgraph reads version " +
                                  std::to_string(kFormatVersion) +
                                  (version->get<std::uint64_t>() > kFormatVersion
                                       ? " (the file was written by a newer dealgraph)"
                                       : ""));
    }
    std::string title = top.string("title", false).value_or("");
    Translations titleTranslations = translations(top, {"title"});
    const json* entityList = top.array("entities", true);
    const json* sourceList = top.array("sources", true);
    const json* dealList = top.array("deals", true);

    auto entityValues = entityList ? entities(*entityList, "/entities") : std::vector<Entity>{};
    auto sourceValues = sourceList ? sources(*sourceList, "/sources") : std::vector<Source>{};
    auto dealValues = dealList ? deals(*dealList, "/deals") : std::vector<Deal>{};

    checkUnique(entityValues, entityPaths_, "entity");
    checkUnique(sourceValues, sourcePaths_, "source");
    checkUnique(dealValues, dealPaths_, "deal");

    for (const auto& ref : pendingEntityRefs_)
        if (!entityIds_.count(ref.id))
            error(ref.path, "unknown entity " + quote(ref.id) + "; expected the id of an entity");
    for (const auto& ref : pendingSourceRefs_)
        if (!sourceIds_.count(ref.id))
            error(ref.path, "unknown source " + quote(ref.id) + "; expected the id of a source");

    if (errors_.size() != errorsBefore)
        return std::nullopt;
    return Model(std::move(title), std::move(entityValues), std::move(sourceValues),
                 std::move(dealValues), top.unknown(), std::move(titleTranslations));
}

std::vector<Entity> Parser::entities(const json& list, const std::string& path) {
    std::vector<Entity> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemPath = pointerAppend(path, i);
        if (!expectObject(list[i], itemPath, "an entity"))
            continue;
        Object object(*this, list[i], itemPath);
        Entity entity;
        auto id = idMember(object);
        auto name = object.nonEmptyString("name", true);
        auto kind = enumMember<EntityKind>(object, "kind", true, entityKindFromString,
                                           kAllEntityKinds, "entity kind");
        if (const json* names = object.object("names", false)) {
            for (auto it = names->begin(); it != names->end(); ++it) {
                if (it->is_string())
                    entity.names[it.key()] = it->get<std::string>();
                else
                    error(pointerAppend(object.pathOf("names"), it.key()),
                          "expected a string, found " + typeName(*it));
            }
        }
        entity.aliases = stringList(object, "aliases");
        entity.group = object.nonEmptyString("group", false).value_or("");
        entity.description = object.string("description", false).value_or("");
        entity.translations = translations(object, {"description"});
        entity.unknown = object.unknown();
        if (id) // known even if the entity has other errors: no cascade of "unknown entity"
            entityIds_.insert(*id);
        if (id && name && kind) {
            entity.id = *id;
            entity.name = *name;
            entity.kind = *kind;
            out.push_back(std::move(entity));
            entityPaths_.push_back(itemPath);
        }
    }
    return out;
}

std::vector<Source> Parser::sources(const json& list, const std::string& path) {
    std::vector<Source> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemPath = pointerAppend(path, i);
        if (!expectObject(list[i], itemPath, "a source"))
            continue;
        Object object(*this, list[i], itemPath);
        Source source;
        auto id = idMember(object);
        auto publisher = object.nonEmptyString("publisher", true);
        source.title = object.string("title", false).value_or("");
        source.date = dateMember(object, "date", false);
        source.url = object.string("url", false).value_or("");
        if (!source.url.empty() && source.url.rfind("http://", 0) != 0 &&
            source.url.rfind("https://", 0) != 0)
            error(object.pathOf("url"),
                  "unsupported URL " + quote(source.url) + "; expected an http:// or https:// URL");
        source.seed = object.string("seed", false).value_or("");
        source.citing = object.string("citing", false).value_or("");
        source.translations = translations(object, {"title", "publisher", "citing"});
        source.unknown = object.unknown();
        if (id)
            sourceIds_.insert(*id);
        if (id && publisher) {
            source.id = *id;
            source.publisher = *publisher;
            out.push_back(std::move(source));
            sourcePaths_.push_back(itemPath);
        }
    }
    return out;
}

std::vector<Deal> Parser::deals(const json& list, const std::string& path) {
    std::vector<Deal> out;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemPath = pointerAppend(path, i);
        if (!expectObject(list[i], itemPath, "a deal"))
            continue;
        Object object(*this, list[i], itemPath);
        Deal deal;
        const std::size_t errorsBefore = errors_.size();
        auto id = idMember(object);
        auto title = object.nonEmptyString("title", true);
        auto kind = enumMember<DealKind>(object, "kind", true, dealKindFromString, kAllDealKinds,
                                         "deal kind");
        if (const json* flows = object.array("flows", true)) {
            if (flows->empty())
                error(object.pathOf("flows"), "a deal needs at least one flow");
            for (std::size_t f = 0; f < flows->size(); ++f)
                if (auto flow = this->flow((*flows)[f], pointerAppend(object.pathOf("flows"), f)))
                    deal.flows.push_back(std::move(*flow));
        }
        if (const json* history = object.array("history", true)) {
            if (history->empty())
                error(object.pathOf("history"), "a deal needs at least one status step");
            for (std::size_t s = 0; s < history->size(); ++s)
                if (auto step =
                        statusStep((*history)[s], pointerAppend(object.pathOf("history"), s)))
                    deal.history.push_back(std::move(*step));
        }
        // Steps may be written in any order; everything downstream relies on date order.
        std::stable_sort(deal.history.begin(), deal.history.end(),
                         [](const StatusStep& a, const StatusStep& b) { return a.date < b.date; });
        deal.sources = sourceRefs(object, "sources");
        deal.notes = object.string("notes", false).value_or("");
        if (const json* headline = object.object("headline", false))
            deal.headline = this->headline(*headline, object.pathOf("headline"));
        deal.translations = translations(object, {"title", "notes"});
        deal.unknown = object.unknown();
        if (id && title && kind && errors_.size() == errorsBefore) {
            deal.id = *id;
            deal.title = *title;
            deal.kind = *kind;
            out.push_back(std::move(deal));
            dealPaths_.push_back(itemPath);
        }
    }
    return out;
}

std::optional<Flow> Parser::flow(const json& value, const std::string& path) {
    if (!expectObject(value, path, "a flow"))
        return std::nullopt;
    Object object(*this, value, path);
    Flow flow;
    auto from = object.string("from", true);
    auto to = object.string("to", true);
    auto type =
        enumMember<FlowType>(object, "type", true, flowTypeFromString, kAllFlowTypes, "flow type");
    if (from)
        pendingEntityRefs_.push_back({object.pathOf("from"), *from});
    if (to)
        pendingEntityRefs_.push_back({object.pathOf("to"), *to});
    if (from && to && *from == *to)
        error(object.pathOf("to"),
              "a flow must go between two different entities; both ends are " + quote(*from));
    if (const json* amounts = object.array("amounts", false); amounts && type) {
        std::set<Unit> units;
        for (std::size_t i = 0; i < amounts->size(); ++i) {
            const std::string amountPath = pointerAppend(object.pathOf("amounts"), i);
            if (auto a = amount((*amounts)[i], amountPath, *type)) {
                if (!units.insert(a->unit).second)
                    error(pointerAppend(amountPath, "unit"),
                          "a second amount in " + std::string(toString(a->unit)) +
                              "; a flow holds at most one amount per unit");
                flow.amounts.push_back(*a);
            }
        }
    }
    flow.note = object.string("note", false).value_or("");
    if (const json* part = object.get("inHeadline", false, json::value_t::boolean, "true or false"))
        flow.inHeadline = part->get<bool>();
    flow.translations = translations(object, {"note"});
    flow.unknown = object.unknown();
    if (!from || !to || !type)
        return std::nullopt;
    flow.from = *from;
    flow.to = *to;
    flow.type = *type;
    return flow;
}

std::optional<Amount> Parser::amount(const json& value, const std::string& path, FlowType type) {
    if (!expectObject(value, path, "an amount"))
        return std::nullopt;
    Object object(*this, value, path);
    auto amount = amountIn(object, type);
    if (amount)
        amount->unknown = object.unknown();
    return amount;
}

Headline Parser::headline(const json& value, const std::string& path) {
    Headline headline;
    Object object(*this, value, path);
    if (const json* amounts = object.array("amounts", true)) {
        if (amounts->empty())
            error(object.pathOf("amounts"), "a headline needs at least one amount");
        for (std::size_t i = 0; i < amounts->size(); ++i) {
            const std::string amountPath = pointerAppend(object.pathOf("amounts"), i);
            if (!expectObject((*amounts)[i], amountPath, "an amount"))
                continue;
            Object member(*this, (*amounts)[i], amountPath);
            HeadlineAmount figure;
            figure.span = member.string("span", false).value_or("");
            figure.translations = translations(member, {"span"});
            if (auto a = amountIn(member, std::nullopt)) {
                figure.amount = *a;
                figure.amount.unknown = member.unknown();
                headline.amounts.push_back(std::move(figure));
            }
        }
    }
    if (auto at = object.string("at", false)) {
        pendingEntityRefs_.push_back({object.pathOf("at"), *at});
        headline.at = *at;
    }
    headline.unknown = object.unknown();
    return headline;
}

Translations Parser::translations(Object& object, std::initializer_list<const char*> members) {
    Translations out;
    const json* all = object.object("translations", false);
    if (!all)
        return out;
    const std::string path = object.pathOf("translations");
    for (auto language = all->begin(); language != all->end(); ++language) {
        const std::string languagePath = pointerAppend(path, language.key());
        if (!isValidId(language.key()) || language.key().find_first_of("._:") != std::string::npos)
            error(languagePath, "invalid language tag " + quote(language.key()) +
                                    "; expected a BCP 47 tag such as \"zh-Hans\"");
        if (!expectObject(*language, languagePath, "the texts of a language"))
            continue;
        for (auto text = language->begin(); text != language->end(); ++text) {
            const std::string textPath = pointerAppend(languagePath, text.key());
            if (std::find_if(members.begin(), members.end(),
                             [&](const char* m) { return text.key() == m; }) == members.end()) {
                std::vector<std::string_view> names(members.begin(), members.end());
                error(textPath,
                      "cannot translate " + quote(text.key()) + "; expected " + listOf(names));
            } else if (!text->is_string()) {
                error(textPath, "expected a string, found " + typeName(*text));
            } else {
                out[language.key()][text.key()] = text->get<std::string>();
            }
        }
    }
    return out;
}

std::optional<Amount> Parser::amountIn(Object& object, std::optional<FlowType> type) {
    const std::size_t errorsBefore = errors_.size();
    Amount amount;
    auto number = object.number("value", true);
    auto unit = enumMember<Unit>(object, "unit", true, unitFromString, kAllUnits, "unit");
    auto qualifier = enumMember<Qualifier>(object, "qualifier", false, qualifierFromString,
                                           kAllQualifiers, "qualifier");
    auto max = object.number("max", false);
    amount.qualifier = qualifier.value_or(Qualifier::Exact);

    auto checkValue = [&](std::string_view key, double v) {
        if (!std::isfinite(v))
            error(object.pathOf(key), "expected a finite number");
        else if (v < 0)
            error(object.pathOf(key), "negative amount " + plain(v) +
                                          "; amounts are not negative (the flow's direction "
                                          "says who pays)");
        else if (unit == Unit::Percent && v > 100)
            error(object.pathOf(key), "percentage " + plain(v) + " is over 100");
    };
    if (number)
        checkValue("value", *number);
    if (max)
        checkValue("max", *max);
    if (unit && type) {
        auto allowed = unitsFor(*type);
        if (std::find(allowed.begin(), allowed.end(), *unit) == allowed.end()) {
            std::vector<std::string_view> names;
            for (auto u : allowed)
                names.push_back(toString(u));
            error(object.pathOf("unit"), "a " + std::string(toString(*type)) +
                                             " flow cannot carry an amount in " +
                                             std::string(toString(*unit)) +
                                             (names.empty() ? "; this flow type carries no amounts"
                                                            : "; expected " + listOf(names)));
        }
    }
    if (amount.qualifier == Qualifier::Range) {
        if (!max)
            error(object.path(), "a range needs \"max\", its upper end");
        else if (number && *max < *number)
            error(object.pathOf("max"),
                  "a range's max " + plain(*max) + " is below its value " + plain(*number));
    } else if (max) {
        error(object.pathOf("max"), "\"max\" is only allowed with the qualifier \"range\"");
    }
    if (!number || !unit || errors_.size() != errorsBefore)
        return std::nullopt;
    amount.value = *number;
    amount.max = max.value_or(0);
    amount.unit = *unit;
    return amount;
}

std::optional<StatusStep> Parser::statusStep(const json& value, const std::string& path) {
    if (!expectObject(value, path, "a status step"))
        return std::nullopt;
    Object object(*this, value, path);
    StatusStep step;
    auto status =
        enumMember<Status>(object, "status", true, statusFromString, kAllStatuses, "status");
    auto date = dateMember(object, "date", true);
    step.sources = sourceRefs(object, "sources");
    step.note = object.string("note", false).value_or("");
    step.translations = translations(object, {"note"});
    step.unknown = object.unknown();
    if (!status || !date)
        return std::nullopt;
    step.status = *status;
    step.date = *date;
    return step;
}

} // namespace

std::optional<Model> parseModel(const json& root, std::vector<Diagnostic>& errors) {
    return Parser(errors).parse(root);
}

} // namespace dealgraph::detail
