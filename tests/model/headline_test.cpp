// Headline amounts and translations: read, checked with placed errors, written back unchanged;
// the bundled dataset carries Stargate's $500B and every reader-facing text in Chinese.
#include "test_support.h"

#include "dealgraph/load.h"

#include <string>

using namespace dealgraph;
using dealgraph::test::loadValid;

namespace {

// A one-deal model whose deal gets `dealExtra` members and whose first flow gets `flowExtra`.
std::string modelWith(const std::string& dealExtra, const std::string& flowExtra = "") {
    return R"({"format": "dealgraph", "version": 1, "title": "t",
      "translations": {"zh-Hans": {"title": "标题"}},
      "entities": [{"id": "a", "name": "A", "kind": "company"},
                   {"id": "jv", "name": "JV", "kind": "joint-venture"}],
      "sources": [],
      "deals": [{"id": "d", "title": "D", "kind": "joint-venture",
        "flows": [{"from": "a", "to": "jv", "type": "money")" +
           flowExtra + R"(}],
        "history": [{"status": "announced", "date": "2025-01-21"}])" +
           dealExtra + "}]}";
}

std::string firstError(const std::string& json) {
    const LoadResult result = loadModelFromString(json);
    return result.errors.empty()
               ? std::string("(no error)")
               : result.errors.front().path + ": " + result.errors.front().message;
}

} // namespace

TEST(Headline, IsReadCheckedAndWrittenBack) {
    const std::string json = modelWith(
        R"(, "headline": {"amounts": [{"value": 500000000000, "unit": "usd", "span": "over four years",
             "translations": {"zh-Hans": {"span": "四年内"}}},
             {"value": 10, "unit": "gw", "qualifier": "up-to"}], "at": "jv"},
           "translations": {"zh-Hans": {"title": "合资", "notes": "注"}})",
        R"(, "inHeadline": true, "translations": {"zh-Hans": {"note": "份额"}})");
    const LoadResult loaded = loadModelFromString(json);
    ASSERT_TRUE(loaded.ok()) << firstError(json);
    const Deal& deal = loaded.model->deals().front();
    ASSERT_EQ(deal.headline.amounts.size(), 2u);
    EXPECT_EQ(deal.headline.amounts[0].amount.value, 500e9);
    EXPECT_EQ(deal.headline.amounts[0].span, "over four years");
    EXPECT_EQ(translated(deal.headline.amounts[0].translations, "zh-Hans", "span", "x"), "四年内");
    EXPECT_EQ(deal.headline.amounts[1].amount.qualifier, Qualifier::UpTo);
    EXPECT_EQ(deal.headline.at, "jv");
    EXPECT_TRUE(deal.flows[0].inHeadline);
    EXPECT_EQ(translated(deal.translations, "zh-Hans", "title", deal.title), "合资");
    EXPECT_EQ(translated(deal.translations, "en", "title", deal.title), "D") << "falls back";
    EXPECT_EQ(translated(loaded.model->titleTranslations(), "zh-Hans", "title", ""), "标题");

    // Saved and loaded again: the same model, the same text.
    const std::string saved = saveModelToString(*loaded.model);
    const LoadResult again = loadModelFromString(saved);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(saveModelToString(*again.model), saved);
    EXPECT_NE(saved.find("\"inHeadline\": true"), std::string::npos);
    EXPECT_NE(saved.find("四年内"), std::string::npos);
}

TEST(Headline, BadMembersAreRefusedWithTheirPlace) {
    EXPECT_EQ(firstError(modelWith(R"(, "headline": {"amounts": []})")),
              "/deals/0/headline/amounts: a headline needs at least one amount");
    EXPECT_EQ(firstError(modelWith(R"(, "headline": {"amounts": [{"value": 1, "unit": "usd"}],
                                       "at": "nobody"})")),
              "/deals/0/headline/at: unknown entity \"nobody\"; expected the id of an entity");
    EXPECT_EQ(firstError(modelWith(R"(, "headline": {"amounts": [{"value": -1, "unit": "usd"}]})")),
              "/deals/0/headline/amounts/0/value: negative amount -1; amounts are not negative "
              "(the flow's direction says who pays)");
    EXPECT_EQ(firstError(modelWith("", R"(, "inHeadline": "yes")")),
              "/deals/0/flows/0/inHeadline: expected true or false, found a string");
    EXPECT_EQ(firstError(modelWith(R"(, "translations": {"zh-Hans": {"kind": "合资"}})")),
              "/deals/0/translations/zh-Hans/kind: cannot translate \"kind\"; expected title, "
              "notes");
    EXPECT_EQ(firstError(modelWith(R"(, "translations": {"zh Hans": {"title": "合资"}})")),
              "/deals/0/translations/zh Hans: invalid language tag \"zh Hans\"; expected a BCP 47 "
              "tag such as \"zh-Hans\"");
    EXPECT_EQ(firstError(modelWith(R"(, "translations": {"zh-Hans": {"title": 3}})")),
              "/deals/0/translations/zh-Hans/title: expected a string, found a number");
}

// The biggest number of the story is data, and every reader-facing text has Chinese.
TEST(Headline, TheBundledDatasetCarriesItsHeadlinesAndChinese) {
    const Model model = loadValid(DEALGRAPH_DATASET);
    const Deal* stargate = model.deal("stargate-jv");
    ASSERT_NE(stargate, nullptr);
    ASSERT_FALSE(stargate->headline.empty());
    EXPECT_EQ(stargate->headline.at, "stargate");
    EXPECT_EQ(stargate->headline.amounts.front().amount.value, 500e9);
    EXPECT_EQ(stargate->headline.amounts.front().span, "over four years");

    EXPECT_NE(translated(model.titleTranslations(), "zh-Hans", "title", ""), "");
    for (const Entity& entity : model.entities())
        if (!entity.description.empty()) {
            EXPECT_NE(translated(entity.translations, "zh-Hans", "description", ""), "")
                << entity.id;
        }
    for (const Deal& deal : model.deals()) {
        EXPECT_NE(translated(deal.translations, "zh-Hans", "title", ""), "") << deal.id;
        if (!deal.notes.empty()) {
            EXPECT_NE(translated(deal.translations, "zh-Hans", "notes", ""), "") << deal.id;
        }
        for (const StatusStep& step : deal.history)
            if (!step.note.empty()) {
                EXPECT_NE(translated(step.translations, "zh-Hans", "note", ""), "") << deal.id;
            }
    }
}
