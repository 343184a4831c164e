// Saving loses nothing: the bundled dataset saves byte for byte as it is, a file with unknown
// members and explicit defaults keeps them, and a one-field edit changes one line.
#include "dealgraph/edit.h"
#include "dealgraph/load.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <sstream>

using namespace dealgraph;

namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

// The lines that differ, when both texts have as many lines (a change in place).
std::vector<std::pair<std::string, std::string>> changedLines(const std::string& a,
                                                              const std::string& b) {
    const auto before = linesOf(a);
    const auto after = linesOf(b);
    EXPECT_EQ(before.size(), after.size());
    std::vector<std::pair<std::string, std::string>> changed;
    for (std::size_t i = 0; i < before.size() && i < after.size(); ++i)
        if (before[i] != after[i])
            changed.emplace_back(before[i], after[i]);
    return changed;
}

Model loaded(const std::string& text) {
    LoadResult result = loadModelFromString(text);
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().message);
    return result.ok() ? std::move(*result.model) : Model{};
}

TEST(LosslessSave, TheBundledDatasetSavesByteForByte) {
    const std::string text = test::readText(DEALGRAPH_DATASET);
    EXPECT_EQ(saveModelToString(loaded(text), text), text);
}

TEST(LosslessSave, UnknownMembersOrderNumbersAndExplicitDefaultsAreKept) {
    const std::string text = R"({
  "version": 1,
  "format": "dealgraph",
  "x-editor": {"b": 1.50, "a": [1e3, true]},
  "entities": [
    {"kind": "company", "id": "a", "name": "A", "aliases": [], "x-rank": 2.0},
    {"id": "b", "name": "B", "kind": "company", "group": "G", "description": ""}
  ],
  "sources": [],
  "deals": [
    {"title": "A pays B", "id": "d", "kind": "other",
     "flows": [{"from": "a", "to": "b", "type": "money", "inHeadline": false,
                "amounts": [{"unit": "usd", "value": 1.0E9, "qualifier": "exact"}]}],
     "history": [{"date": "2025-01", "status": "announced", "note": "", "sources": []}],
     "translations": {"zh-Hans": {"notes": "注", "title": "甲付乙"}},
     "x-flag": null}
  ],
  "stories": [{"id": "s", "title": "S", "steps": [
    {"title": "One", "focus": {"entity": "a"}, "layout": "fit-shown", "collapsedGroups": []}]}]
}
)";
    const Model model = loaded(text);
    const std::string saved = saveModelToString(model, text);
    // Laid out anew, but everything the file said is still said the same way.
    EXPECT_EQ(saveModelToString(loaded(saved), saved), saved); // and stable from then on
    EXPECT_EQ(saveModelToString(loaded(saved)), saveModelToString(model));
    for (const char* kept :
         {R"("version": 1,
  "format": "dealgraph",
  "x-editor": {
    "b": 1.50,
    "a": [
      1e3,
      true
    ]
  },)",
          R"("kind": "company",
      "id": "a",
      "name": "A",
      "aliases": [],
      "x-rank": 2.0)",
          R"("description": "")", R"("inHeadline": false)", R"("value": 1.0E9)",
          R"("qualifier": "exact")", R"("note": "",
          "sources": [])",
          R"("notes": "注",
          "title": "甲付乙")",
          R"("x-flag": null)", R"("layout": "fit-shown")", R"("collapsedGroups": [])"})
        EXPECT_NE(saved.find(kept), std::string::npos) << kept << "\nin\n" << saved;
    EXPECT_EQ(saved.find("\"depth\""), std::string::npos) << "the file left the default out";
}

TEST(LosslessSave, AOneFieldEditChangesOneLine) {
    const std::string text = test::readText(DEALGRAPH_DATASET);
    const Model model = loaded(text);
    Deal deal = model.deals()[5];
    deal.notes = "Edited notes.";
    ASSERT_FALSE(model.deals()[5].notes.empty());
    ModelParts parts = withDealReplaced(model, deal.id, deal);
    const std::string saved = saveModelToString(Model(parts), text);
    const auto changed = changedLines(text, saved);
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_NE(changed[0].second.find("\"notes\": \"Edited notes.\""), std::string::npos);

    // A changed number is written anew; its neighbours keep their text.
    Entity entity = model.entities()[2];
    entity.name = "Renamed";
    const auto renamed = changedLines(
        text, saveModelToString(Model(withEntityReplaced(model, entity.id, entity)), text));
    ASSERT_EQ(renamed.size(), 1u);
    EXPECT_EQ(renamed[0].second, "      \"name\": \"Renamed\",");
}

TEST(LosslessSave, NewMembersGoInTheDocumentedOrder) {
    const std::string text = test::readText(test::dataPath("small-model.json"));
    const Model model = loaded(text);
    Deal deal = *model.deal("nvidia-openai-chips");
    deal.notes = "New notes.";
    const std::string saved =
        saveModelToString(Model(withDealReplaced(model, deal.id, deal)), text);
    const auto sources = saved.find("\"sources\": [", saved.find("\"nvidia-openai-chips\""));
    const auto notes = saved.find("\"notes\": \"New notes.\"");
    ASSERT_NE(notes, std::string::npos);
    EXPECT_LT(sources, notes); // notes come after sources, as the documented order has them
    EXPECT_EQ(loaded(saved).deal("nvidia-openai-chips")->notes, "New notes.");
}

TEST(LosslessSave, AnOriginalThatIsNotJsonIsIgnored) {
    const Model model = loaded(test::readText(test::dataPath("small-model.json")));
    EXPECT_EQ(saveModelToString(model, "{ not json"), saveModelToString(model));
    EXPECT_EQ(saveModelToString(model, ""), saveModelToString(model));
    EXPECT_EQ(saveModelToString(model, std::string(200, '[')), saveModelToString(model));
}

} // namespace
