// The bundled dataset's stories: the three the articles tell are there, and each caption is
// carried by its step's view: the step shows deals, and what it highlights is on the slide.
// (Figures and qualifiers in captions are checked against those deals' text by
// tests/data/check_reader_text.py.)
#include "test_support.h"

#include "dealgraph/story.h"

#include <algorithm>
#include <set>

using namespace dealgraph;

namespace {

class DatasetStories : public ::testing::Test {
protected:
    Model model = test::loadValid(DEALGRAPH_DATASET);

    std::set<std::string> dealIdsShownBy(const StoryStep& step) const {
        std::set<std::string> ids;
        for (std::size_t d : dealsShownBy(model, step))
            ids.insert(model.deals()[d].id);
        return ids;
    }
};

} // namespace

TEST_F(DatasetStories, TellsTheThreeStoriesOfTheArticles) {
    for (const char* id : {"stargate-announced", "closed-loop", "stargate-unwinds"}) {
        const Story* story = model.story(id);
        ASSERT_NE(story, nullptr) << id;
        EXPECT_GE(story->steps.size(), 3u) << id;
        EXPECT_LE(story->steps.size(), 5u) << id;
    }
}

TEST_F(DatasetStories, EveryCaptionIsCarriedByDealsItsStepShows) {
    ASSERT_FALSE(model.stories().empty());
    for (const Story& story : model.stories())
        for (std::size_t s = 0; s < story.steps.size(); ++s) {
            const StoryStep& step = story.steps[s];
            const std::string where = story.id + " step " + std::to_string(s + 1);
            EXPECT_FALSE(step.caption.empty()) << where;
            const std::set<std::string> shown = dealIdsShownBy(step);
            EXPECT_FALSE(shown.empty()) << where << " shows no deal";
            EXPECT_FALSE(step.highlight.deals.empty()) << where << " points out no deal";
            for (const std::string& deal : step.highlight.deals) {
                EXPECT_NE(model.deal(deal), nullptr) << where << ": " << deal;
                EXPECT_TRUE(shown.count(deal))
                    << where << " highlights " << deal << ", which its view does not show";
            }
            const View view = applyFilter(model, stepFilter(step));
            for (const std::string& entity : step.highlight.entities) {
                const auto index = model.entityIndex(entity);
                ASSERT_TRUE(index.has_value()) << where << ": " << entity;
                EXPECT_TRUE(view.containsEntity(*index))
                    << where << " highlights " << entity << ", which its view does not show";
            }
        }
}

TEST_F(DatasetStories, EveryTitleAndCaptionReadsInChinese) {
    for (const Story& story : model.stories()) {
        const std::string& title = translated(story.translations, "zh-Hans", "title", story.title);
        EXPECT_NE(title, story.title) << story.id;
        for (const StoryStep& step : story.steps) {
            EXPECT_NE(translated(step.translations, "zh-Hans", "title", step.title), step.title)
                << story.id << ": " << step.title;
            EXPECT_NE(translated(step.translations, "zh-Hans", "caption", step.caption),
                      step.caption)
                << story.id << ": " << step.title;
        }
    }
}

TEST_F(DatasetStories, TheLoopClosesOnItsLastStep) {
    const Story* story = model.story("closed-loop");
    ASSERT_NE(story, nullptr);
    const StoryStep& last = story->steps.back();
    const View view = applyFilter(model, stepFilter(last));
    bool found = false;
    for (const Cycle& cycle : findCycles(model, view))
        found = found ||
                describeCycle(model, cycle) == "OpenAI \u2192 Oracle \u2192 Nvidia \u2192 OpenAI";
    EXPECT_TRUE(found) << "the last step's view lacks the OpenAI-Oracle-Nvidia cycle";
    EXPECT_EQ(
        std::set<std::string>(last.highlight.deals.begin(), last.highlight.deals.end()),
        (std::set<std::string>{"openai-oracle-300b", "oracle-nvidia-gpus", "nvidia-openai-100b"}));
}

TEST_F(DatasetStories, ExclusivityEndsOnTheDayStargateIsAnnounced) {
    const Story* story = model.story("stargate-announced");
    ASSERT_NE(story, nullptr);
    const auto step = std::find_if(story->steps.begin(), story->steps.end(), [](const auto& s) {
        return std::find(s.highlight.deals.begin(), s.highlight.deals.end(), "stargate-jv") !=
               s.highlight.deals.end();
    });
    ASSERT_NE(step, story->steps.end());
    ASSERT_TRUE(step->asOf.has_value());
    EXPECT_EQ(step->asOf->toString(), "2025-01-21");
    const Deal* exclusivity = model.deal("microsoft-openai-cloud-exclusivity");
    const Deal* rofr = model.deal("microsoft-openai-rofr");
    ASSERT_TRUE(exclusivity && rofr);
    EXPECT_EQ(statusAsOf(*exclusivity, *step->asOf), Status::Superseded);
    EXPECT_EQ(statusAsOf(*rofr, *step->asOf), Status::Active);
}
