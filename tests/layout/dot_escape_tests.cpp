// escapeDotString, checked twice: against the expected DOT text, and by asking the real `dot`
// to render the escaped label, which must show the original text literally.
#include "dealgraph/graph_layout.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>

namespace dealgraph::layout {
namespace {

TEST(EscapeDotString, EscapesWhatDotAndGraphvizLabelsInterpret) {
    EXPECT_EQ(escapeDotString("plain"), "plain");
    EXPECT_EQ(escapeDotString("say \"hi\""), "say \\\"hi\\\"");
    EXPECT_EQ(escapeDotString("a\\b"), "a\\\\b");
    EXPECT_EQ(escapeDotString("\\N \\G \\E \\l"), "\\\\N \\\\G \\\\E \\\\l");
    EXPECT_EQ(escapeDotString("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
    EXPECT_EQ(escapeDotString("&lt;"), "&amp;lt;");
    EXPECT_EQ(escapeDotString("中文"), "中文");
    EXPECT_EQ(escapeDotString(std::string_view("a\0b", 3)), "ab");
    EXPECT_EQ(escapeDotString(""), "");
}

#ifdef DEALGRAPH_DOT_EXECUTABLE

std::string unescapeXml(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '&') {
            out += text[i];
            continue;
        }
        const std::size_t end = text.find(';', i);
        const std::string entity = text.substr(i + 1, end - i - 1);
        if (entity == "amp") {
            out += '&';
        } else if (entity == "lt") {
            out += '<';
        } else if (entity == "gt") {
            out += '>';
        } else if (entity == "quot") {
            out += '"';
        } else if (entity == "apos") {
            out += '\'';
        } else if (!entity.empty() && entity[0] == '#') {
            out += static_cast<char>(std::stoi(entity.substr(1)));
        } else {
            ADD_FAILURE() << "unexpected entity " << entity;
        }
        i = end;
    }
    return out;
}

// Renders a node labelled with the escaped text and returns the text lines dot drew.
std::string renderedLabel(const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() /
                      ("dealgraph-escape-" + std::to_string(getpid()) + ".dot");
    {
        std::ofstream dot(path);
        dot << "digraph { n [shape=box, label=\"" << escapeDotString(text) << "\"]; }\n";
    }
    const std::string command =
        std::string(DEALGRAPH_DOT_EXECUTABLE) + " -Tsvg '" + path.string() + "' 2>&1";
    std::string svg;
    if (std::FILE* pipe = popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        std::size_t got = 0;
        while ((got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
            svg.append(buffer.data(), got);
        }
        pclose(pipe);
    }
    std::filesystem::remove(path);
    std::string lines;
    const std::regex textElement("<text[^>]*>([^<]*)</text>");
    for (auto it = std::sregex_iterator(svg.begin(), svg.end(), textElement);
         it != std::sregex_iterator(); ++it) {
        if (!lines.empty()) {
            lines += '\n';
        }
        lines += unescapeXml((*it)[1].str());
    }
    return lines;
}

TEST(EscapeDotString, DotRendersEscapedTextLiterally) {
    const std::string cases[] = {
        "say \"hi\"",
        "back\\slash",
        "\\N",
        "node \\N graph \\G edge \\E left \\l right \\r \\n \\T \\H \\L",
        "trailing backslash \\",
        "&lt;b&gt; &amp; & &#45;",
        "first line\nsecond line",
        "中文 日本語 한국어",
        "<table>",
    };
    for (const std::string& text : cases) {
        EXPECT_EQ(renderedLabel(text), text);
    }
}

#endif

} // namespace
} // namespace dealgraph::layout
