#include "json_tree.h"

#include "dealgraph/load.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <system_error>

namespace dealgraph::detail {

const JsonNode* JsonNode::member(std::string_view key) const {
    for (const auto& [name, value] : members)
        if (name == key)
            return &value;
    return nullptr;
}

namespace {

std::string integerText(auto value) {
    return std::to_string(value);
}

std::string doubleText(double value) {
    if (!std::isfinite(value))
        return "null"; // JSON has no infinity; the loader refuses what this would be read as
    if (std::floor(value) == value && std::fabs(value) < 9e15)
        return std::to_string(static_cast<std::int64_t>(value));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

JsonNode number(std::string text) {
    JsonNode node;
    node.kind = JsonNode::Kind::Number;
    node.text = std::move(text);
    return node;
}

// Builds the tree as nlohmann's SAX parser reads the text.
class TreeBuilder {
public:
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    bool null() { return add(JsonNode{}); }
    bool boolean(bool v) {
        JsonNode node;
        node.kind = JsonNode::Kind::Boolean;
        node.boolean = v;
        return add(std::move(node));
    }
    bool number_integer(number_integer_t v) { return add(number(integerText(v))); }
    bool number_unsigned(number_unsigned_t v) { return add(number(integerText(v))); }
    bool number_float(number_float_t, const string_t& lexeme) { return add(number(lexeme)); }
    bool binary(binary_t&) { return false; }
    bool string(string_t& v) {
        JsonNode node;
        node.kind = JsonNode::Kind::String;
        node.text = std::move(v);
        return add(std::move(node));
    }
    bool key(string_t& k) {
        key_ = std::move(k);
        return true;
    }
    bool start_object(std::size_t) { return open(JsonNode::Kind::Object); }
    bool start_array(std::size_t) { return open(JsonNode::Kind::Array); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
        return false;
    }

    std::optional<JsonNode> root;

private:
    bool add(JsonNode node) {
        if (open_.empty()) {
            root = std::move(node);
            return true;
        }
        JsonNode& parent = *open_.back();
        if (parent.kind == JsonNode::Kind::Object)
            parent.members.emplace_back(std::move(key_), std::move(node));
        else
            parent.items.push_back(std::move(node));
        return true;
    }
    bool open(JsonNode::Kind kind) {
        if (open_.size() >= static_cast<std::size_t>(kMaxNestingDepth))
            return false;
        JsonNode node;
        node.kind = kind;
        // Placed first, filled in place: a parent's vectors only grow at their end, and the
        // node being filled is always the last of its parent's.
        add(std::move(node));
        JsonNode* placed = nullptr;
        if (open_.empty())
            placed = &*root;
        else if (open_.back()->kind == JsonNode::Kind::Object)
            placed = &open_.back()->members.back().second;
        else
            placed = &open_.back()->items.back();
        open_.push_back(placed);
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }

    std::vector<JsonNode*> open_;
    std::string key_;
};

void writeString(std::string& out, const std::string& text) {
    out += '"';
    for (char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char escape[8];
                std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(c));
                out += escape;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(std::string& out, const JsonNode& node, int indent) {
    switch (node.kind) {
    case JsonNode::Kind::Null:
        out += "null";
        return;
    case JsonNode::Kind::Boolean:
        out += node.boolean ? "true" : "false";
        return;
    case JsonNode::Kind::Number:
        out += node.text;
        return;
    case JsonNode::Kind::String:
        writeString(out, node.text);
        return;
    case JsonNode::Kind::Array:
    case JsonNode::Kind::Object:
        break;
    }
    const bool object = node.kind == JsonNode::Kind::Object;
    const std::size_t count = object ? node.members.size() : node.items.size();
    if (count == 0) {
        out += object ? "{}" : "[]";
        return;
    }
    out += object ? "{\n" : "[\n";
    for (std::size_t i = 0; i < count; ++i) {
        out.append(static_cast<std::size_t>(indent + 2), ' ');
        if (object) {
            writeString(out, node.members[i].first);
            out += ": ";
            write(out, node.members[i].second, indent + 2);
        } else {
            write(out, node.items[i], indent + 2);
        }
        out += i + 1 < count ? ",\n" : "\n";
    }
    out.append(static_cast<std::size_t>(indent), ' ');
    out += object ? '}' : ']';
}

} // namespace

std::optional<JsonNode> parseJsonTree(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    TreeBuilder builder;
    const bool ok = nlohmann::json::sax_parse(text.begin(), text.end(), &builder,
                                              nlohmann::detail::input_format_t::json, true, false);
    if (!ok)
        return std::nullopt;
    return std::move(builder.root);
}

JsonNode toJsonTree(const nlohmann::ordered_json& value) {
    JsonNode node;
    switch (value.type()) {
    case nlohmann::ordered_json::value_t::boolean:
        node.kind = JsonNode::Kind::Boolean;
        node.boolean = value.get<bool>();
        break;
    case nlohmann::ordered_json::value_t::number_integer:
        return number(integerText(value.get<std::int64_t>()));
    case nlohmann::ordered_json::value_t::number_unsigned:
        return number(integerText(value.get<std::uint64_t>()));
    case nlohmann::ordered_json::value_t::number_float:
        return number(doubleText(value.get<double>()));
    case nlohmann::ordered_json::value_t::string:
        node.kind = JsonNode::Kind::String;
        node.text = value.get<std::string>();
        break;
    case nlohmann::ordered_json::value_t::array:
        node.kind = JsonNode::Kind::Array;
        for (const auto& item : value)
            node.items.push_back(toJsonTree(item));
        break;
    case nlohmann::ordered_json::value_t::object:
        node.kind = JsonNode::Kind::Object;
        for (auto it = value.begin(); it != value.end(); ++it)
            node.members.emplace_back(it.key(), toJsonTree(it.value()));
        break;
    default:
        break; // null, and binary, which text JSON never holds
    }
    return node;
}

std::string writeJsonTree(const JsonNode& node) {
    std::string out;
    write(out, node, 0);
    out += '\n';
    return out;
}

std::optional<double> numberValue(const JsonNode& node) {
    if (node.kind != JsonNode::Kind::Number)
        return std::nullopt;
    double value = 0;
    const char* begin = node.text.data();
    const char* end = begin + node.text.size();
    const auto result = std::from_chars(begin, end, value);
    if (result.ec != std::errc() || result.ptr != end)
        return std::nullopt;
    return value;
}

} // namespace dealgraph::detail
