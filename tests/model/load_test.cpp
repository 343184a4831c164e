#include "test_support.h"

#include "dealgraph/load.h"

#include <filesystem>
#include <fstream>

using namespace dealgraph;
using dealgraph::test::dataPath;
using dealgraph::test::loadValid;
using dealgraph::test::readText;

TEST(Load, ReadsEveryPartOfAValidModel) {
    const Model model = loadValid(dataPath("valid/loop.json"));
    EXPECT_EQ(model.title(), "A closed loop and a superseded exclusivity");
    ASSERT_EQ(model.entities().size(), 5u);
    ASSERT_EQ(model.deals().size(), 6u);
    const Entity* oracle = model.entity("oracle");
    ASSERT_NE(oracle, nullptr);
    EXPECT_EQ(oracle->names.at("zh-Hans"), "甲骨文");
    EXPECT_EQ(model.entity("abilene")->kind, EntityKind::Site);
    EXPECT_EQ(model.entity("openai")->aliases, std::vector<std::string>{"OAI"});

    const Deal* cloud = model.deal("cloud");
    ASSERT_NE(cloud, nullptr);
    EXPECT_EQ(cloud->kind, DealKind::CloudContract);
    ASSERT_EQ(cloud->flows.size(), 2u);
    EXPECT_EQ(cloud->flows[0].from, "openai");
    EXPECT_EQ(cloud->flows[0].amounts[0].value, 300e9);
    EXPECT_EQ(cloud->flows[0].amounts[0].qualifier, Qualifier::About);
    EXPECT_EQ(cloud->flows[1].amounts[0].unit, Unit::Gigawatts);

    const Source* source = model.source("s1");
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->citing, "The Information");
    EXPECT_EQ(source->date->toString(), "2025-09");
}

TEST(Load, SortsStatusHistoryByDate) {
    const Model model = loadValid(dataPath("valid/loop.json"));
    const Deal* invest = model.deal("invest");
    ASSERT_EQ(invest->history.size(), 2u);
    EXPECT_EQ(invest->history[0].status, Status::Announced);
    EXPECT_EQ(invest->history[1].status, Status::Signed);
    EXPECT_EQ(invest->latestStatus(), Status::Signed);
    EXPECT_EQ(invest->firstDate().toString(), "2025-09-22");
}

TEST(Load, IndexesDealsByEntityAndDate) {
    const Model model = loadValid(dataPath("valid/loop.json"));
    EXPECT_EQ(model.dealsOf("oracle").size(), 2u);
    EXPECT_TRUE(model.dealsOf("nobody").empty());
    std::vector<std::string> order;
    for (auto index : model.chronological())
        order.push_back(model.deals()[index].id);
    EXPECT_EQ(order, (std::vector<std::string>{"exclusive", "lease", "revshare", "gpus", "cloud",
                                               "invest"}));
}

TEST(Load, KeepsUnknownFieldsThroughSaveAndLoad) {
    const Model model = loadValid(dataPath("valid/loop.json"));
    const std::string saved = saveModelToString(model);
    EXPECT_NE(saved.find("\"x-editor\""), std::string::npos);
    EXPECT_NE(saved.find("\"x-color\": \"red\""), std::string::npos);
    EXPECT_NE(saved.find("\"x-tranche\": 10"), std::string::npos);
    EXPECT_NE(saved.find("\"x-reviewed\": true"), std::string::npos);
    EXPECT_NE(saved.find("300000000000"), std::string::npos);
    EXPECT_EQ(saved.find("300000000000.0"), std::string::npos) << "whole numbers stay integers";

    LoadResult again = loadModelFromString(saved);
    ASSERT_TRUE(again.ok());
    // Saving what was loaded from a save changes nothing.
    EXPECT_EQ(saveModelToString(*again.model), saved);
}

TEST(Load, SemanticErrorsNameTheirLineAndColumn) {
    const std::string text =
        "{\n  \"format\": \"dealgraph\",\n  \"version\": 1,\n"
        "  \"entities\": [\n    {\"id\": \"a\", \"name\": \"A\", \"kind\": \"firm\"}\n"
        "  ],\n  \"sources\": [], \"deals\": []\n}\n";
    LoadResult result = loadModelFromString(text);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].path, "/entities/0/kind");
    EXPECT_EQ(result.errors[0].line, 5);
    EXPECT_EQ(result.errors[0].column, 38);
    EXPECT_EQ(result.errors[0].format("m.json").rfind(
                  "m.json:5:38: /entities/0/kind: unknown entity kind \"firm\"", 0),
              0u)
        << result.errors[0].format("m.json");
}

TEST(Load, ColumnsCountCharactersNotBytes) {
    const std::string text = "{\"format\": \"甲骨文\", ]";
    LoadResult result = loadModelFromString(text);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors[0].line, 1);
    EXPECT_EQ(result.errors[0].column, 19);
}

TEST(Load, AcceptsAByteOrderMark) {
    const std::string text = "\xEF\xBB\xBF" + readText(dataPath("valid/loop.json"));
    EXPECT_TRUE(loadModelFromString(text).ok());
}

TEST(Load, AcceptsAnEmptyModel) {
    LoadResult result = loadModelFromString(
        R"({"format":"dealgraph","version":1,"entities":[],"sources":[],"deals":[]})");
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.model->empty());
}

TEST(Load, ReportsMissingAndUnreadableFiles) {
    LoadResult missing = loadModelFromFile(dataPath("no-such-file.json"));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.unreadable);
    ASSERT_EQ(missing.errors.size(), 1u);
    EXPECT_NE(missing.errors[0].message.find("cannot read"), std::string::npos);

    LoadResult directory = loadModelFromFile(dataPath("valid"));
    EXPECT_TRUE(directory.unreadable);
    EXPECT_NE(directory.errors[0].message.find("directory"), std::string::npos);
}

TEST(Load, RefusesOversizedFilesBeforeReadingThem) {
    const auto path = std::filesystem::temp_directory_path() / "dealgraph-oversized-test.json";
    {
        // A sparse file: its size is over the bound but it costs no disk and, if the loader
        // read it whole, it would take 65 MiB of memory and then fail as a syntax error.
        std::ofstream out(path, std::ios::binary);
        out << "{";
    }
    std::filesystem::resize_file(path, kMaxFileBytes + 1);
    LoadResult result = loadModelFromFile(path);
    std::filesystem::remove(path);
    EXPECT_TRUE(result.unreadable);
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_NE(result.errors[0].message.find("over the limit"), std::string::npos);
}

TEST(Load, AnEntityWithAnErrorDoesNotCascade) {
    // Its kind is wrong, but its id is fine: flows naming it must not add "unknown entity".
    LoadResult result = loadModelFromString(R"({"format":"dealgraph","version":1,
        "entities":[{"id":"a","name":"A","kind":"firm"},{"id":"b","name":"B","kind":"company"}],
        "sources":[],"deals":[{"id":"d","title":"D","kind":"other",
        "flows":[{"from":"a","to":"b","type":"money"}],
        "history":[{"status":"announced","date":"2025"}]}]})");
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].path, "/entities/0/kind");
}
