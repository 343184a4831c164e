// DOT and GraphML are checked by their real consumers: Graphviz's `dot` must lay the DOT out
// as is, and `graphml2gv` must convert the GraphML, with names (CJK included) kept as text.
#include "dealgraph/interchange.h"
#include "dealgraph/load.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Model load(const std::string& path) {
    LoadResult result = loadModelFromFile(path);
    EXPECT_TRUE(result.ok());
    return result.ok() ? *result.model : Model{};
}

Model loadText(const std::string& json) {
    LoadResult result = loadModelFromString(json);
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors[0].message);
    return result.ok() ? *result.model : Model{};
}

class Interchange : public ::testing::Test {
protected:
    fs::path dir = fs::temp_directory_path() /
                   ("dealgraph-interchange-" +
                    std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
                    ::testing::UnitTest::GetInstance()->current_test_info()->name());
    void SetUp() override { fs::create_directories(dir); }
    void TearDown() override { fs::remove_all(dir); }

    // Runs a consumer on `input`, returning its exit status; its output goes to `output`.
    int run(const std::string& command, const fs::path& input, const fs::path& output) {
        const std::string line = command + " '" + input.string() + "' > '" + output.string() +
                                 "' 2> '" + (dir / "stderr.txt").string() + "'";
        return std::system(line.c_str());
    }

    fs::path write(const std::string& name, const std::string& text) {
        std::ofstream(dir / name, std::ios::binary) << text;
        return dir / name;
    }
};

// Strings that break naive writers: Graphviz escapes, quotes, backslashes, HTML, newlines,
// an attribute that would make Graphviz read a file, right-to-left and CJK text.
const char* kHostile = R"({"format":"dealgraph","version":1,"title":"T \\G \"q\"",
  "entities":[
    {"id":"a","name":"Node \\N \\G \\E \\l \"quoted\" back\\\\slash","kind":"company",
     "description":"<IMG SRC=\"/etc/passwd\"/> & image=\"/etc/passwd\"\nline two"},
    {"id":"b.x","name":"甲骨文 עברית","names":{"zh-Hans":"英伟达"},"kind":"site"}],
  "sources":[],
  "deals":[{"id":"d:1","title":"A & B <b>bold</b>","kind":"other",
    "flows":[{"from":"a","to":"b.x","type":"money","amounts":[{"value":3e11,"unit":"usd","qualifier":"about"}]}],
    "history":[{"status":"on-hold","date":"2025"}]}]})";

} // namespace

TEST_F(Interchange, DotOfTheDatasetLaysOutWithTheDotCommand) {
    const Model model = load(DEALGRAPH_DATASET);
    const fs::path dot = write("dataset.dot", writeDot(model, wholeModel(model)));
    ASSERT_EQ(run(DOT_COMMAND " -Tsvg", dot, dir / "out.svg"), 0) << readText(dir / "stderr.txt");
    const std::string svg = readText(dir / "out.svg");
    EXPECT_NE(svg.find("OpenAI"), std::string::npos);
    EXPECT_NE(svg.find("甲骨文"), std::string::npos) << "CJK names kept as text";
    EXPECT_NE(svg.find("$300B"), std::string::npos);
}

TEST_F(Interchange, DotEscapesEverythingAndReadsNoFile) {
    const Model model = loadText(kHostile);
    const std::string text = writeDot(model, wholeModel(model));
    // Model text may mention image=..., but only inside quoted strings, never as an attribute.
    EXPECT_EQ(text.find("[image="), std::string::npos);
    EXPECT_EQ(text.find(", image="), std::string::npos);
    EXPECT_EQ(text.find("label=<"), std::string::npos)
        << "no HTML-like labels, so <IMG> stays text";
    const fs::path dot = write("hostile.dot", text);
    ASSERT_EQ(run(DOT_COMMAND " -Tsvg", dot, dir / "out.svg"), 0) << readText(dir / "stderr.txt");
    const std::string svg = readText(dir / "out.svg");
    // Escapes must come out literally, not expanded to the node or graph name.
    EXPECT_NE(svg.find(">Node \\N \\G \\E \\l &quot;quoted&quot; back\\\\slash</text>"),
              std::string::npos)
        << svg;
    EXPECT_NE(svg.find("甲骨文 עברית"), std::string::npos);
}

TEST_F(Interchange, GraphMLOfTheDatasetConvertsWithGraphml2gv) {
    const Model model = load(DEALGRAPH_DATASET);
    const std::string xml = writeGraphML(model, wholeModel(model));
    const fs::path graphml = write("dataset.graphml", xml);
    ASSERT_EQ(run(XMLLINT_COMMAND " --noout", graphml, dir / "lint.txt"), 0)
        << readText(dir / "stderr.txt");
    // graphml2gv reads topology only (its manual: <key> and <data> are not handled), so it
    // checks the structure; the attributes Gephi, yEd and Cytoscape read are checked in the XML.
    ASSERT_EQ(run(GRAPHML2GV_COMMAND, graphml, dir / "out.gv"), 0) << readText(dir / "stderr.txt");
    const std::string gv = readText(dir / "out.gv");
    EXPECT_NE(gv.find("openai -> oracle"), std::string::npos) << gv.substr(0, 400);
    std::size_t edges = 0;
    for (auto at = gv.find(" -> "); at != std::string::npos; at = gv.find(" -> ", at + 1))
        ++edges;
    EXPECT_EQ(edges, wholeModel(model).flows.size()) << "one edge per flow";
    EXPECT_NE(xml.find("<data key=\"name_zh\">甲骨文</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"deal_kind\">cloud-contract</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"amount_usd\">300000000000</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"qualifier_usd\">exact</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"qualifier_usd\">up-to</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"qualifier_usd\">at-least</data>"), std::string::npos);
    // Compute keeps its units and qualifiers: about 1 GW at Abilene, about 300,000 GPUs.
    EXPECT_NE(xml.find("<data key=\"amount_gw\">1</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"qualifier_gw\">about</data>"), std::string::npos);
    EXPECT_NE(xml.find("<data key=\"amount_gpus\">300000</data>"), std::string::npos);
    // The dataset has no range any more (Huang's 4-5 million GPUs is an equivalence, kept in a
    // note); a range keeps its maximum, read off the small fixture's 4M-5M chips.
    const Model small = load(DEALGRAPH_TEST_DATA "/small-model.json");
    EXPECT_NE(writeGraphML(small, wholeModel(small)).find("<data key=\"max_chips\">5000000</data>"),
              std::string::npos);
    // And what graphml2gv made, dot lays out.
    ASSERT_EQ(run(DOT_COMMAND " -Tsvg", dir / "out.gv", dir / "out.svg"), 0)
        << readText(dir / "stderr.txt");
}

TEST_F(Interchange, GraphMLIsWellFormedWithHostileText) {
    const Model model = loadText(kHostile);
    const std::string xml = writeGraphML(model, wholeModel(model));
    EXPECT_EQ(xml.find("<IMG"), std::string::npos);
    EXPECT_NE(xml.find("&lt;IMG SRC=&quot;/etc/passwd&quot;/&gt;"), std::string::npos);
    const fs::path graphml = write("hostile.graphml", xml);
    ASSERT_EQ(run(XMLLINT_COMMAND " --noout", graphml, dir / "lint.txt"), 0)
        << readText(dir / "stderr.txt");
    ASSERT_EQ(run(GRAPHML2GV_COMMAND, graphml, dir / "out.gv"), 0) << readText(dir / "stderr.txt");
    EXPECT_NE(readText(dir / "out.gv").find("a -> \"b.x\""), std::string::npos)
        << readText(dir / "out.gv");
    EXPECT_NE(xml.find("甲骨文 עברית"), std::string::npos);
}

TEST(EscapeXml, EscapesMarkupAndDropsForbiddenControls) {
    EXPECT_EQ(escapeXml("a<b>&\"c'"), "a&lt;b&gt;&amp;&quot;c&apos;");
    EXPECT_EQ(escapeXml(std::string("x\x01y\x1fz", 5)), "xyz");
    EXPECT_EQ(escapeXml("line\nnext"), "line&#10;next");
    EXPECT_EQ(escapeXml("甲骨文"), "甲骨文");
}

TEST_F(Interchange, FollowsTheView) {
    const Model model = load(DEALGRAPH_TEST_DATA "/valid/loop.json");
    Filter filter;
    filter.flowTypes = {FlowType::Compute};
    const std::string dot = writeDot(model, applyFilter(model, filter));
    EXPECT_EQ(dot.find("\"nvidia\""), std::string::npos) << "Nvidia has no compute flow";
    EXPECT_NE(dot.find("\"abilene\" -> \"openai\""), std::string::npos);
    EXPECT_NE(dot.find("about 1 GW"), std::string::npos);
}
