#include "save_keep.h"

#include <algorithm>
#include <map>

namespace dealgraph::detail {

namespace {

using Kind = JsonNode::Kind;

// Whether a member written with this value reads as if it were left out. The loader reads
// every optional member this way: an empty text, list or object, false, or the documented
// defaults of the qualifier and a story step's layout.
bool meansLeftOut(const std::string& key, const JsonNode& value) {
    switch (value.kind) {
    case Kind::String:
        return value.text.empty() || (key == "qualifier" && value.text == "exact") ||
               (key == "layout" && value.text == "fit-shown");
    case Kind::Boolean:
        return !value.boolean;
    case Kind::Array:
        return value.items.empty();
    case Kind::Object:
        return std::all_of(value.members.begin(), value.members.end(), [](const auto& member) {
            return meansLeftOut(member.first, member.second);
        });
    default:
        return false;
    }
}

// Written always though it has a default: left out again where the file left it out.
bool isWrittenDefault(const std::string& key, const JsonNode& value) {
    return key == "depth" && numberValue(value) == 1.0;
}

const std::string* idOf(const JsonNode& node) {
    if (node.kind != Kind::Object)
        return nullptr;
    const JsonNode* id = node.member("id");
    return id && id->kind == Kind::String ? &id->text : nullptr;
}

bool allHaveIds(const std::vector<JsonNode>& items) {
    return std::all_of(items.begin(), items.end(), [](const JsonNode& n) { return idOf(n); });
}

JsonNode keepArray(const JsonNode& original, JsonNode fresh) {
    if (!fresh.items.empty() && allHaveIds(fresh.items) && allHaveIds(original.items)) {
        std::map<std::string, const JsonNode*> byId;
        for (const JsonNode& item : original.items)
            byId.emplace(*idOf(item), &item);
        for (JsonNode& item : fresh.items)
            if (auto found = byId.find(*idOf(item)); found != byId.end())
                item = keepOriginalForm(*found->second, std::move(item));
        return fresh;
    }
    for (std::size_t i = 0; i < fresh.items.size() && i < original.items.size(); ++i)
        fresh.items[i] = keepOriginalForm(original.items[i], std::move(fresh.items[i]));
    return fresh;
}

JsonNode keepObject(const JsonNode& original, JsonNode fresh) {
    JsonNode out;
    out.kind = Kind::Object;
    // The file's members first, in its order.
    for (const auto& originalMember : original.members) {
        // Named, not a structured binding: clang 14 cannot capture those in a lambda.
        const auto& key = originalMember.first;
        const auto& value = originalMember.second;
        auto match = std::find_if(fresh.members.begin(), fresh.members.end(),
                                  [&key](const auto& member) { return member.first == key; });
        if (match != fresh.members.end())
            out.members.emplace_back(key, keepOriginalForm(value, std::move(match->second)));
        else if (meansLeftOut(key, value))
            out.members.emplace_back(key, value);
    }
    // Then what the file did not have, each after its predecessor in the written order.
    for (std::size_t i = 0; i < fresh.members.size(); ++i) {
        auto& [key, value] = fresh.members[i];
        if (original.member(key))
            continue;
        if (isWrittenDefault(key, value))
            continue;
        auto place = out.members.begin();
        for (std::size_t before = i; before-- > 0;) {
            const std::string& previous = fresh.members[before].first;
            auto found = std::find_if(out.members.begin(), out.members.end(),
                                      [&](const auto& member) { return member.first == previous; });
            if (found != out.members.end()) {
                place = found + 1;
                break;
            }
        }
        out.members.insert(place, {key, std::move(value)});
    }
    return out;
}

} // namespace

JsonNode keepOriginalForm(const JsonNode& original, JsonNode fresh) {
    if (original.kind != fresh.kind)
        return fresh;
    switch (fresh.kind) {
    case Kind::Number: {
        const auto was = numberValue(original);
        return was && was == numberValue(fresh) ? original : fresh;
    }
    case Kind::Array:
        return keepArray(original, std::move(fresh));
    case Kind::Object:
        return keepObject(original, std::move(fresh));
    default:
        return fresh;
    }
}

} // namespace dealgraph::detail
