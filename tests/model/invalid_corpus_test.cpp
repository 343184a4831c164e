// Every broken model under tests/data/invalid/ must fail to load with the errors its
// .expected file lists, each naming its place.
#include "test_support.h"

#include <algorithm>
#include <filesystem>
#include <vector>

using namespace dealgraph;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> corpus() {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(test::dataPath("invalid")))
        if (entry.path().extension() == ".json")
            names.push_back(entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        if (end > start)
            out.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

class InvalidCorpus : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST(InvalidCorpusSize, HasAtLeastThirtyFiles) {
    EXPECT_GE(corpus().size(), 30u);
}

TEST_P(InvalidCorpus, FailsWithTheExpectedErrorsAtTheirPlaces) {
    const std::string name = GetParam();
    const fs::path file = test::dataPath("invalid/" + name + ".json");
    const auto expected = lines(test::readText(test::dataPath("invalid/" + name + ".expected")));
    ASSERT_FALSE(expected.empty()) << name << ".expected lists no error";

    const LoadResult result = loadModelFromFile(file);
    EXPECT_FALSE(result.ok());
    EXPECT_FALSE(result.model.has_value()) << "a failed load must not yield half a model";
    EXPECT_FALSE(result.unreadable);
    std::string all;
    for (const auto& error : result.errors) {
        all += error.format(file.filename().string()) + "\n";
        // Every error names a place: a line and column, and a path unless it is a syntax error.
        EXPECT_GT(error.line, 0) << error.format(name);
        EXPECT_GT(error.column, 0) << error.format(name);
    }
    for (const auto& want : expected)
        EXPECT_NE(all.find(want), std::string::npos) << "missing \"" << want << "\" in:\n" << all;
}

INSTANTIATE_TEST_SUITE_P(Files, InvalidCorpus, ::testing::ValuesIn(corpus()),
                         [](const auto& testInfo) {
                             std::string name = testInfo.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });
