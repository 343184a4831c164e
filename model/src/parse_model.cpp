#include "parse_model.h"

#include "model_parser.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace dealgraph::detail {

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
    const json* storyList = top.array("stories", false);
    auto storyValues = storyList ? stories(*storyList, "/stories") : std::vector<Story>{};

    checkUnique(entityValues, entityPaths_, "entity");
    checkUnique(sourceValues, sourcePaths_, "source");
    checkUnique(dealValues, dealPaths_, "deal");
    checkUnique(storyValues, storyPaths_, "story");

    for (const auto& ref : pendingEntityRefs_)
        if (!entityIds_.count(ref.id))
            error(ref.path, "unknown entity " + quote(ref.id) + "; expected the id of an entity");
    for (const auto& ref : pendingSourceRefs_)
        if (!sourceIds_.count(ref.id))
            error(ref.path, "unknown source " + quote(ref.id) + "; expected the id of a source");
    resolveStoryReferences();

    if (errors_.size() != errorsBefore)
        return std::nullopt;
    return Model(std::move(title), std::move(entityValues), std::move(sourceValues),
                 std::move(dealValues), top.unknown(), std::move(titleTranslations),
                 std::move(storyValues));
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
        if (!entity.group.empty())
            groupNames_.insert(entity.group);
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
        if (id)
            dealIds_.insert(*id);
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

std::optional<Model> parseModel(const json& root, std::vector<Diagnostic>& errors) {
    return Parser(errors).parse(root);
}

} // namespace dealgraph::detail
