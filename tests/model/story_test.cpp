// Stories in the format (docs/format.md, "Stories"): every member read, every mistake refused
// with its place, unknown members kept, and a save that loads back to the same text.
#include "test_support.h"

#include "dealgraph/filter_spec.h"
#include "dealgraph/simplify.h"
#include "dealgraph/story.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace dealgraph;
using nlohmann::json;

namespace {

// valid/loop.json with a group of two sites and one story of two steps.
json modelWithStory() {
    json model = json::parse(test::readText(test::dataPath("valid/loop.json")));
    model["entities"][4]["group"] = "Texas sites";
    model["entities"].push_back({{"id", "shackelford"},
                                 {"name", "Shackelford"},
                                 {"kind", "site"},
                                 {"group", "Texas sites"}});
    model["stories"] = json::parse(R"([
      {
        "id": "loop",
        "title": "The closed loop",
        "translations": { "zh-Hans": { "title": "闭环" } },
        "x-story-note": "kept",
        "steps": [
          {
            "title": "Oracle's contract",
            "caption": "OpenAI buys about $300B of Oracle compute.",
            "asOf": "2025-09-30",
            "compareFrom": "2025-01",
            "filters": ["flow=money,compute", "min=usd:1e9"],
            "focus": { "entity": "oracle", "depth": 2, "includeDealsAmong": true, "x-f": 1 },
            "collapsedGroups": ["Texas sites"],
            "highlight": { "entities": ["oracle"], "deals": ["cloud"], "x-h": [1] },
            "layout": "keep-positions",
            "translations": { "zh-Hans": { "title": "甲骨文合同", "caption": "约3000亿美元。" } },
            "x-step": { "a": true }
          },
          { "title": "Today" }
        ]
      }
    ])");
    return model;
}

LoadResult load(const json& model) {
    return loadModelFromString(model.dump(2));
}

// Every error formatted as a reader sees it, one per line.
std::string errorsOf(const LoadResult& result) {
    std::string all;
    for (const auto& error : result.errors)
        all += error.format("m.json") + "\n";
    return all;
}

// Loads `model`, expecting it to fail with `expected` among its errors, placed.
void expectRefused(const json& model, const std::string& expected) {
    const LoadResult result = load(model);
    EXPECT_FALSE(result.ok()) << "accepted; expected: " << expected;
    const std::string all = errorsOf(result);
    EXPECT_NE(all.find(expected), std::string::npos) << "missing \"" << expected << "\" in:\n"
                                                     << all;
    for (const auto& error : result.errors) {
        EXPECT_GT(error.line, 0) << error.format("m.json");
        EXPECT_FALSE(error.path.empty()) << error.format("m.json");
    }
}

json& firstStep(json& model) {
    return model["stories"][0]["steps"][0];
}

} // namespace

TEST(Story, ReadsEveryMember) {
    const LoadResult result = load(modelWithStory());
    ASSERT_TRUE(result.ok()) << errorsOf(result);
    const Model& model = *result.model;
    ASSERT_EQ(model.stories().size(), 1u);
    const Story* story = model.story("loop");
    ASSERT_NE(story, nullptr);
    EXPECT_EQ(model.story("nope"), nullptr);
    EXPECT_EQ(story->title, "The closed loop");
    EXPECT_EQ(translated(story->translations, "zh-Hans", "title", story->title), "闭环");
    ASSERT_EQ(story->steps.size(), 2u);

    const StoryStep& step = story->steps[0];
    EXPECT_EQ(step.title, "Oracle's contract");
    EXPECT_EQ(step.caption, "OpenAI buys about $300B of Oracle compute.");
    EXPECT_EQ(translated(step.translations, "zh-Hans", "caption", step.caption), "约3000亿美元。");
    EXPECT_EQ(step.asOf->toString(), "2025-09-30");
    EXPECT_EQ(step.compareFrom->toString(), "2025-01");
    EXPECT_EQ(step.filters, (std::vector<std::string>{"flow=money,compute", "min=usd:1e9"}));
    ASSERT_TRUE(step.focus.has_value());
    EXPECT_EQ(step.focus->entity, "oracle");
    EXPECT_EQ(step.focus->depth, 2);
    EXPECT_TRUE(step.focus->includeDealsAmong);
    EXPECT_EQ(step.collapsedGroups, std::vector<std::string>{"Texas sites"});
    EXPECT_EQ(step.highlight.entities, std::vector<std::string>{"oracle"});
    EXPECT_EQ(step.highlight.deals, std::vector<std::string>{"cloud"});
    EXPECT_EQ(step.layout, StepLayout::KeepPositions);

    // The second step takes every default: latest statuses, no filter, fit what is shown.
    const StoryStep& plain = story->steps[1];
    EXPECT_TRUE(plain.caption.empty());
    EXPECT_FALSE(plain.asOf.has_value());
    EXPECT_FALSE(plain.focus.has_value());
    EXPECT_TRUE(plain.highlight.empty());
    EXPECT_EQ(plain.layout, StepLayout::FitShown);
}

TEST(Story, RoundTripsThroughSaveWithUnknownMembersKept) {
    const LoadResult result = load(modelWithStory());
    ASSERT_TRUE(result.ok()) << errorsOf(result);
    const std::string saved = saveModelToString(*result.model);
    for (const char* kept : {"\"x-story-note\": \"kept\"", "\"x-f\": 1", "\"x-h\"", "\"x-step\""})
        EXPECT_NE(saved.find(kept), std::string::npos) << kept << " lost in:\n" << saved;
    const LoadResult again = loadModelFromString(saved);
    ASSERT_TRUE(again.ok()) << errorsOf(again);
    EXPECT_EQ(saveModelToString(*again.model), saved);
    // Every member came back, not only the text.
    const StoryStep& step = again.model->stories()[0].steps[0];
    EXPECT_EQ(step.focus->depth, 2);
    EXPECT_EQ(step.layout, StepLayout::KeepPositions);
    EXPECT_EQ(step.compareFrom->toString(), "2025-01");
    EXPECT_EQ(translated(step.translations, "zh-Hans", "title", step.title), "甲骨文合同");
}

TEST(Story, AModelWithoutStoriesSavesNone) {
    const Model model = test::loadValid(test::dataPath("valid/loop.json"));
    EXPECT_TRUE(model.stories().empty());
    EXPECT_EQ(saveModelToString(model).find("\"stories\""), std::string::npos);
}

TEST(Story, DerivedModelsCarryNoStories) {
    // A subset may lack what a step names; its stories would make the saved subset invalid.
    const LoadResult result = load(modelWithStory());
    ASSERT_TRUE(result.ok());
    Filter money;
    money.flowTypes = {FlowType::Money};
    const Model subset = subsetModel(*result.model, applyFilter(*result.model, money));
    EXPECT_TRUE(subset.stories().empty());
    EXPECT_TRUE(loadModelFromString(saveModelToString(subset)).ok());
}

TEST(Story, RefusesUnknownEntitiesDealsAndGroupsByTheirPlace) {
    json model = modelWithStory();
    firstStep(model)["focus"]["entity"] = "oracel";
    expectRefused(model, "/stories/0/steps/0/focus/entity: unknown entity \"oracel\"");

    model = modelWithStory();
    firstStep(model)["highlight"]["entities"] = {"oracle", "nvida"};
    expectRefused(model, "/stories/0/steps/0/highlight/entities/1: unknown entity \"nvida\"");

    model = modelWithStory();
    firstStep(model)["highlight"]["deals"] = {"clowd"};
    expectRefused(model, "/stories/0/steps/0/highlight/deals/0: unknown deal \"clowd\"; "
                         "expected the id of a deal");

    model = modelWithStory();
    firstStep(model)["collapsedGroups"] = {"Texas sites", "Ohio sites"};
    expectRefused(model, "/stories/0/steps/0/collapsedGroups/1: unknown group \"Ohio sites\"; "
                         "expected the group of an entity: Texas sites");
}

TEST(Story, RefusesBadDates) {
    json model = modelWithStory();
    firstStep(model)["asOf"] = "2025-02-30";
    expectRefused(model, "/stories/0/steps/0/asOf: invalid date \"2025-02-30\"");

    model = modelWithStory();
    firstStep(model)["compareFrom"] = "last year";
    expectRefused(model, "/stories/0/steps/0/compareFrom: invalid date \"last year\"");

    model = modelWithStory();
    firstStep(model)["compareFrom"] = "2026";
    expectRefused(model, "/stories/0/steps/0/compareFrom: compareFrom \"2026\" is after asOf "
                         "\"2025-09-30\"");
}

TEST(Story, RefusesDuplicateAndMalformedIds) {
    json model = modelWithStory();
    model["stories"].push_back(model["stories"][0]);
    expectRefused(model, "/stories/1/id: duplicate story id \"loop\"");

    model = modelWithStory();
    model["stories"][0]["id"] = "the loop";
    expectRefused(model, "/stories/0/id: invalid id \"the loop\"");
}

TEST(Story, RefusesWrongTypesNamingTheMember) {
    json model = modelWithStory();
    model["stories"] = {{"id", "loop"}};
    expectRefused(model, "/stories: expected an array, found an object");

    model = modelWithStory();
    model["stories"][0]["steps"] = json::object();
    expectRefused(model, "/stories/0/steps: expected an array, found an object");

    model = modelWithStory();
    model["stories"][0]["steps"] = json::array();
    expectRefused(model, "/stories/0/steps: a story needs at least one step");

    model = modelWithStory();
    model["stories"][0]["steps"][1] = "Today";
    expectRefused(model, "/stories/0/steps/1: expected a story step (an object), found a string");

    model = modelWithStory();
    model["stories"][0]["steps"][1].erase("title");
    expectRefused(model, "/stories/0/steps/1: missing required member \"title\"");

    model = modelWithStory();
    firstStep(model)["caption"] = 42;
    expectRefused(model, "/stories/0/steps/0/caption: expected a string, found a number");

    model = modelWithStory();
    firstStep(model)["filters"] = "flow=money";
    expectRefused(model, "/stories/0/steps/0/filters: expected an array, found a string");

    model = modelWithStory();
    firstStep(model)["highlight"]["deals"] = {"cloud", 7};
    expectRefused(model, "/stories/0/steps/0/highlight/deals/1: expected a string, found a number");

    model = modelWithStory();
    firstStep(model)["focus"]["depth"] = 1.5;
    expectRefused(model, "/stories/0/steps/0/focus/depth: expected a whole number from 0 to 10");

    model = modelWithStory();
    firstStep(model)["focus"]["depth"] = 11;
    expectRefused(model, "/stories/0/steps/0/focus/depth: focus depth 11 is over 10");

    model = modelWithStory();
    firstStep(model)["focus"]["includeDealsAmong"] = "yes";
    expectRefused(model, "/stories/0/steps/0/focus/includeDealsAmong: expected true or false");

    model = modelWithStory();
    firstStep(model)["layout"] = "fit";
    expectRefused(model, "/stories/0/steps/0/layout: unknown layout \"fit\"; expected one of: "
                         "fit-shown, keep-positions");

    model = modelWithStory();
    firstStep(model)["translations"]["zh-Hans"]["notes"] = "说明";
    expectRefused(model, "/stories/0/steps/0/translations/zh-Hans/notes: cannot translate "
                         "\"notes\"; expected title, caption");
}

TEST(Story, RefusesFilterClausesTheCommandLineWouldRefuse) {
    json model = modelWithStory();
    firstStep(model)["filters"] = {"flow=money", "flow=cash"};
    expectRefused(model, "/stories/0/steps/0/filters/1: unknown flow type \"cash\"");

    model = modelWithStory();
    firstStep(model)["filters"] = {"colour=red"};
    expectRefused(model, "/stories/0/steps/0/filters/0: unknown filter key \"colour\"");
}

TEST(Story, ReportsEveryErrorAtOnce) {
    json model = modelWithStory();
    firstStep(model)["asOf"] = "2025-13";
    firstStep(model)["highlight"]["deals"] = {"clowd"};
    model["stories"][0]["steps"][1]["layout"] = "grid";
    const LoadResult result = load(model);
    const std::string all = errorsOf(result);
    EXPECT_EQ(result.errors.size(), 3u) << all;
    EXPECT_NE(all.find("asOf: invalid date"), std::string::npos) << all;
    EXPECT_NE(all.find("unknown deal \"clowd\""), std::string::npos) << all;
    EXPECT_NE(all.find("unknown layout \"grid\""), std::string::npos) << all;
}

TEST(Story, StepFilterIsTheViewTheStepShows) {
    const LoadResult result = load(modelWithStory());
    ASSERT_TRUE(result.ok());
    const StoryStep& step = result.model->stories()[0].steps[0];
    const Filter filter = stepFilter(step);
    EXPECT_EQ(filter.asOf, step.asOf);
    EXPECT_EQ(filter.flowTypes, (std::set<FlowType>{FlowType::Money, FlowType::Compute}));
    ASSERT_TRUE(filter.minAmount.has_value());
    EXPECT_EQ(filter.minAmount->value, 1e9);
    ASSERT_TRUE(filter.focus.has_value());
    EXPECT_EQ(*filter.focus, (Focus{"oracle", 2, true}));

    // Money or compute of at least $1B, around Oracle, as of 2025-09-30: the $300B contract.
    const Model& model = *result.model;
    std::vector<std::string> shown;
    for (std::size_t d : dealsShownBy(model, step))
        shown.push_back(model.deals()[d].id);
    EXPECT_NE(std::find(shown.begin(), shown.end(), "cloud"), shown.end());
    EXPECT_EQ(std::find(shown.begin(), shown.end(), "revshare"), shown.end())
        << "a revenue share is no money or compute flow";
    // The second step shows everything as it stands.
    EXPECT_EQ(dealsShownBy(model, result.model->stories()[0].steps[1]).size(),
              model.deals().size());
}

TEST(Story, FilterClausesReadBackToTheSameFilter) {
    Filter filter;
    for (const char* clause :
         {"flow=compute,money", "kind=lease", "status=active,signed", "entity=site", "min=gw:0.1"})
        ASSERT_TRUE(addFilterClause(clause, filter, nullptr)) << clause;
    const std::vector<std::string> clauses = filterClauses(filter);
    EXPECT_EQ(clauses,
              (std::vector<std::string>{"flow=money,compute", "kind=lease", "status=signed,active",
                                        "entity=site", "min=gw:0.1"}));
    Filter again;
    for (const auto& clause : clauses)
        ASSERT_TRUE(addFilterClause(clause, again, nullptr)) << clause;
    EXPECT_EQ(again.flowTypes, filter.flowTypes);
    EXPECT_EQ(again.statuses, filter.statuses);
    EXPECT_EQ(again.minAmount->value, filter.minAmount->value);
    EXPECT_TRUE(filterClauses(Filter{}).empty());
}
