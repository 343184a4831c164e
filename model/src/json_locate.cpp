// Finds where a JSON pointer's value sits in the source text, so that semantic errors can give
// a line and column as well as a path. The scanner is iterative and bounds-checked: it runs on
// text that may be malformed past the point of interest.
#include "json_reader.h"

namespace dealgraph::detail {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::size_t skipSpace(std::string_view text, std::size_t pos) {
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// pos is at the opening quote; returns the position after the closing quote and the decoded
// string (simple escapes decoded; \uXXXX kept as written, which only affects exotic keys).
std::size_t readString(std::string_view text, std::size_t pos, std::string* out) {
    ++pos;
    while (pos < text.size() && text[pos] != '"') {
        if (text[pos] == '\\' && pos + 1 < text.size()) {
            const char e = text[pos + 1];
            if (out) {
                switch (e) {
                case 'n':
                    *out += '\n';
                    break;
                case 't':
                    *out += '\t';
                    break;
                case 'r':
                    *out += '\r';
                    break;
                case 'b':
                    *out += '\b';
                    break;
                case 'f':
                    *out += '\f';
                    break;
                case 'u':
                    *out += "\\u";
                    break;
                default:
                    *out += e;
                    break;
                }
            }
            pos += 2;
            continue;
        }
        if (out)
            *out += text[pos];
        ++pos;
    }
    return pos + 1;
}

// pos is at the start of a value; returns the position just after it.
std::size_t skipValue(std::string_view text, std::size_t pos) {
    if (pos >= text.size())
        return pos;
    if (text[pos] == '"')
        return readString(text, pos, nullptr);
    if (text[pos] != '{' && text[pos] != '[') {
        while (pos < text.size() && !isSpace(text[pos]) && text[pos] != ',' && text[pos] != ']' &&
               text[pos] != '}')
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < text.size()) {
        const char c = text[pos];
        if (c == '"') {
            pos = readString(text, pos, nullptr);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if (c == '}' || c == ']')
            --depth;
        ++pos;
        if (depth == 0)
            break;
    }
    return pos;
}

std::string unescapeToken(std::string_view token) {
    std::string out;
    for (std::size_t i = 0; i < token.size(); ++i) {
        if (token[i] == '~' && i + 1 < token.size()) {
            out += token[i + 1] == '1' ? '/' : '~';
            ++i;
        } else {
            out += token[i];
        }
    }
    return out;
}

// Steps from the container at pos into its member or element named by token.
std::optional<std::size_t> stepInto(std::string_view text, std::size_t pos,
                                    const std::string& token) {
    if (pos >= text.size())
        return std::nullopt;
    if (text[pos] == '{') {
        pos = skipSpace(text, pos + 1);
        while (pos < text.size() && text[pos] == '"') {
            std::string key;
            pos = skipSpace(text, readString(text, pos, &key));
            if (pos >= text.size() || text[pos] != ':')
                return std::nullopt;
            pos = skipSpace(text, pos + 1);
            if (key == token)
                return pos;
            pos = skipSpace(text, skipValue(text, pos));
            if (pos < text.size() && text[pos] == ',')
                pos = skipSpace(text, pos + 1);
        }
        return std::nullopt;
    }
    if (text[pos] == '[') {
        std::size_t index = 0;
        for (char c : token) {
            if (c < '0' || c > '9')
                return std::nullopt;
            index = index * 10 + static_cast<std::size_t>(c - '0');
        }
        pos = skipSpace(text, pos + 1);
        for (std::size_t i = 0; i < index; ++i) {
            if (pos >= text.size() || text[pos] == ']')
                return std::nullopt;
            pos = skipSpace(text, skipValue(text, pos));
            if (pos >= text.size() || text[pos] != ',')
                return std::nullopt;
            pos = skipSpace(text, pos + 1);
        }
        if (pos >= text.size() || text[pos] == ']')
            return std::nullopt;
        return pos;
    }
    return std::nullopt;
}

} // namespace

std::optional<std::size_t> locatePointer(std::string_view text, std::string_view pointer) {
    std::size_t pos = skipSpace(text, 0);
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        pos = skipSpace(text, 3);
    std::size_t start = 0;
    while (start < pointer.size()) {
        if (pointer[start] != '/')
            return std::nullopt;
        std::size_t end = pointer.find('/', start + 1);
        if (end == std::string_view::npos)
            end = pointer.size();
        auto next = stepInto(text, pos, unescapeToken(pointer.substr(start + 1, end - start - 1)));
        if (!next)
            return std::nullopt;
        pos = *next;
        start = end;
    }
    return pos;
}

} // namespace dealgraph::detail
