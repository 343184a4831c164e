#include "json_reader.h"

#include <algorithm>
#include <cstdio>
#include <set>

namespace dealgraph::detail {

using nlohmann::json;

std::string pointerAppend(const std::string& pointer, std::string_view key) {
    std::string out = pointer;
    out += '/';
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string pointerAppend(const std::string& pointer, std::size_t index) {
    return pointer + '/' + std::to_string(index);
}

void lineAndColumn(std::string_view text, std::size_t offset, int& line, int& column) {
    line = 1;
    column = 1;
    offset = std::min(offset, text.size());
    for (std::size_t i = 0; i < offset; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not UTF-8 continuation bytes
            ++column;
        }
    }
}

namespace {

bool isForbiddenControl(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

// Builds the DOM like nlohmann's own SAX DOM parser, and keeps the path of the value being
// read so that every error it raises can name its place.
class CheckedDomBuilder {
public:
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    explicit CheckedDomBuilder(std::string_view text) : text_(text) {}

    bool null() { return add(nullptr); }
    bool boolean(bool v) { return add(v); }
    bool number_integer(number_integer_t v) { return add(v); }
    bool number_unsigned(number_unsigned_t v) { return add(v); }
    bool number_float(number_float_t v, const string_t&) { return add(v); }
    bool binary(binary_t&) { return add(nullptr); } // not produced by text JSON

    bool string(string_t& v) {
        if (v.size() > kMaxStringBytes) {
            error(currentPath(), "string of " + std::to_string(v.size()) +
                                     " bytes is longer than the limit of " +
                                     std::to_string(kMaxStringBytes));
            return add(string_t{}); // keep reading: report every error at once
        }
        // JSON's escapes let NUL and other control characters into a string; no name or note
        // needs them, XML (SVG, GraphML) cannot carry them and a terminal obeys them (ESC).
        if (const auto control = std::find_if(v.begin(), v.end(), isForbiddenControl);
            control != v.end()) {
            char code[8];
            std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned char>(*control));
            error(currentPath(), std::string("control character ") + code +
                                     " in a string; only tab and line breaks are allowed");
            return add(string_t{});
        }
        // U+FFFE and U+FFFF are not characters at all; XML rejects them just the same.
        for (const char* nonCharacter : {"\xEF\xBF\xBE", "\xEF\xBF\xBF"})
            if (v.find(nonCharacter) != string_t::npos) {
                error(currentPath(), std::string("noncharacter ") +
                                         (nonCharacter[2] == '\xBE' ? "U+FFFE" : "U+FFFF") +
                                         " in a string; it is not text");
                return add(string_t{});
            }
        return add(std::move(v));
    }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k) {
        Frame& frame = frames_.back();
        if (!frame.keys.insert(k).second)
            error(pointerAppend(frame.path, k),
                  "duplicate key \"" + k + "\" (JSON allows it, but one value would be lost)");
        frame.key = std::move(k);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) {
        Diagnostic d;
        // nlohmann's byte position is one past the offending character.
        lineAndColumn(text_, position > 0 ? position - 1 : 0, d.line, d.column);
        // nlohmann's text starts "[json.exception.parse_error.101] parse error at line 1,
        // column 2: "; we give line and column ourselves, in code points rather than bytes.
        std::string message = ex.what();
        if (auto bracket = message.find("] "); bracket != std::string::npos)
            message = message.substr(bracket + 2);
        if (message.rfind("parse error", 0) == 0)
            if (auto colon = message.find(": "); colon != std::string::npos)
                message = message.substr(colon + 2);
        // 406 is a number too large for a double (1e400): valid syntax, impossible value.
        d.message = (ex.id == 406 ? "number out of range: " : "syntax error: ") + message;
        errors.push_back(std::move(d));
        return false;
    }

    json root;
    std::vector<Diagnostic> errors;
    bool aborted = false;

private:
    struct Frame {
        json* value;
        std::string path;
        std::set<std::string> keys; // objects only
        std::string key;            // objects: the member being read
        std::size_t index = 0;      // arrays: the element being read
    };

    std::string currentPath() const {
        if (frames_.empty())
            return "";
        const Frame& frame = frames_.back();
        return frame.value->is_object() ? pointerAppend(frame.path, frame.key)
                                        : pointerAppend(frame.path, frame.index);
    }

    void error(std::string path, std::string message) {
        errors.push_back(Diagnostic{std::move(path), 0, 0, std::move(message)});
    }

    // Places a value in its parent; returns where it now lives.
    json* place(json value) {
        if (frames_.empty()) {
            root = std::move(value);
            return &root;
        }
        Frame& frame = frames_.back();
        if (frame.value->is_object()) {
            json& slot = (*frame.value)[frame.key];
            slot = std::move(value);
            return &slot;
        }
        frame.value->push_back(std::move(value));
        ++frame.index;
        return &frame.value->back();
    }

    bool add(json value) {
        place(std::move(value));
        return true;
    }

    bool open(json container) {
        if (frames_.size() >= static_cast<std::size_t>(kMaxNestingDepth)) {
            error(currentPath(),
                  "nesting deeper than " + std::to_string(kMaxNestingDepth) + " levels");
            aborted = true;
            return false; // stop: the rest cannot be read safely
        }
        std::string path = currentPath();
        json* slot = place(std::move(container));
        frames_.push_back(Frame{slot, std::move(path), {}, {}, 0});
        return true;
    }

    bool close() {
        frames_.pop_back();
        return true;
    }

    std::string_view text_;
    std::vector<Frame> frames_;
};

} // namespace

JsonReadResult readJson(std::string_view text) {
    CheckedDomBuilder builder(text);
    json::sax_parse(text.begin(), text.end(), &builder, nlohmann::detail::input_format_t::json,
                    /*strict=*/true, /*ignore_comments=*/false);
    JsonReadResult result;
    result.errors = std::move(builder.errors);
    if (result.errors.empty())
        result.value = std::move(builder.root);
    return result;
}

} // namespace dealgraph::detail
