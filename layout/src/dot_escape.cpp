// escapeDotString: for code that writes DOT text (exports), never for layoutInProcess, which
// passes Graphviz no text at all.
#include "dealgraph/graph_layout.h"

namespace dealgraph::layout {

std::string escapeDotString(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            // DOT keeps "\\" as is; Graphviz's label processing then turns it into one literal
            // backslash, so \N, \G, \E, \l and friends stay text instead of being expanded.
            out += "\\\\";
            break;
        case '&':
            // Graphviz decodes HTML entities (&lt; &amp; ...) even in plain labels.
            out += "&amp;";
            break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;
            }
            out += "\\n"; // a centred line break
            break;
        case '\n':
            out += "\\n";
            break;
        case '\0':
            break; // would end the C string Graphviz sees
        default:
            out += c; // UTF-8 bytes pass through unchanged
        }
    }
    return out;
}

} // namespace dealgraph::layout
