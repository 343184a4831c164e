// Editing a model (dealgraph/edit.h): the loader's rules applied to edited parts with paths
// into them, edits that keep references whole, and differences that undo exactly.
#include "dealgraph/edit.h"

#include "test_support.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace dealgraph;

namespace {

StatusStep stepOf(Status status, Date date, std::vector<std::string> sources = {}) {
    StatusStep step;
    step.status = status;
    step.date = date;
    step.sources = std::move(sources);
    return step;
}

Model dataset() {
    return test::loadValid(DEALGRAPH_DATASET);
}

Model smallModel() {
    return test::loadValid(test::dataPath("small-model.json"));
}

// What a load of the parts' save gives: an edited model must be exactly that.
ModelParts reloaded(const ModelParts& parts) {
    LoadResult result = loadModelFromString(saveModelToString(Model(parts)));
    EXPECT_TRUE(result.ok()) << (result.errors.empty() ? "" : result.errors.front().message);
    return result.ok() ? result.model->parts() : ModelParts{};
}

bool hasErrorAt(const std::vector<Diagnostic>& errors, const std::string& path) {
    return std::any_of(errors.begin(), errors.end(),
                       [&](const Diagnostic& e) { return e.path == path; });
}

TEST(EditCheck, ALoadedModelIsValidAsItsParts) {
    EXPECT_TRUE(validate(dataset().parts()).empty());
    EXPECT_TRUE(validate(smallModel().parts()).empty());
}

TEST(EditCheck, PartsRoundTripThroughTheModel) {
    const Model model = dataset();
    EXPECT_EQ(Model(model.parts()).parts(), model.parts());
}

TEST(EditCheck, ErrorsNameTheirPlaceInTheParts) {
    const Model model = smallModel();
    ModelParts parts = model.parts();
    parts.deals[2].flows[0].to = "nobody";
    parts.entities[1].name = "  ";
    parts.deals[0].history.clear();
    const auto errors = validate(parts);
    EXPECT_TRUE(hasErrorAt(errors, "/deals/2/flows/0/to"));
    EXPECT_TRUE(hasErrorAt(errors, "/entities/1/name"));
    EXPECT_TRUE(hasErrorAt(errors, "/deals/0/history"));
    for (const Diagnostic& error : errors) {
        EXPECT_EQ(error.line, 0) << error.path; // no file to point into
        EXPECT_FALSE(error.message.empty());
    }
}

TEST(EditCheck, DuplicateIdsAndDanglingReferencesAreErrors) {
    const Model model = smallModel();
    ModelParts parts = model.parts();
    Entity copy = parts.entities[0];
    parts.entities.push_back(copy);
    parts.deals[1].sources.push_back("no-such-source");
    const auto errors = validate(parts);
    EXPECT_TRUE(hasErrorAt(errors, "/entities/5/id"));
    EXPECT_TRUE(hasErrorAt(errors, "/deals/1/sources/1"));
}

TEST(EditCheck, ErrorsUnderAnObjectLoseItsPrefix) {
    const std::vector<Diagnostic> errors = {{"/deals/1/flows/0/to", 0, 0, "a"},
                                            {"/deals/10/title", 0, 0, "b"},
                                            {"/deals/1", 0, 0, "c"},
                                            {"/entities/1", 0, 0, "d"}};
    const auto under = errorsUnder(errors, dealPointer(1));
    ASSERT_EQ(under.size(), 2u);
    EXPECT_EQ(under[0].path, "/flows/0/to");
    EXPECT_EQ(under[1].path, "");
}

TEST(EditCheck, NormalizeSortsHistoryAndDropsWhatSavingWouldNotWrite) {
    const Model model = smallModel();
    ModelParts parts = model.parts();
    Deal& deal = parts.deals[1];
    std::reverse(deal.history.begin(), deal.history.end());
    deal.flows[0].amounts[0].max = 7; // an up-to amount has no max
    deal.headline.at = "openai";      // a headline without amounts is none
    normalize(parts);
    EXPECT_EQ(parts.deals[1].history.front().status, Status::Announced);
    EXPECT_EQ(parts.deals[1].flows[0].amounts[0].max, 0);
    EXPECT_TRUE(parts.deals[1].headline.at.empty());
    EXPECT_EQ(parts, model.parts());
}

TEST(EditParts, RenamingAnEntityRenamesItsReferences) {
    const Model model = dataset();
    const Entity& openai = *model.entity("openai");
    Entity renamed = openai;
    renamed.id = "openai-inc";
    ModelParts parts = withEntityReplaced(model, "openai", renamed);
    EXPECT_TRUE(validate(parts).empty());
    const Model edited(parts);
    EXPECT_EQ(edited.dealsOf("openai-inc").size(), model.dealsOf("openai").size());
    EXPECT_TRUE(edited.dealsOf("openai").empty());
}

TEST(EditParts, DeletingAnEntityTakesItsDealsAndStoryReferences) {
    const Model model = dataset();
    const DeletionEffects effects = whatGoesWithEntity(model, "openai");
    EXPECT_EQ(effects.deletedDeals.size(), model.dealsOf("openai").size());
    EXPECT_FALSE(effects.changedStories.empty()); // the bundled stories are about OpenAI
    ModelParts parts = withoutEntity(model, "openai");
    normalize(parts);
    const auto errors = validate(parts);
    // A step may now highlight nothing at all, which the format allows; what dangled is gone.
    EXPECT_TRUE(errors.empty()) << errors.front().path << ": " << errors.front().message;
    EXPECT_EQ(parts.entities.size() + 1, model.entities().size());
    EXPECT_EQ(parts.deals.size() + effects.deletedDeals.size(), model.deals().size());
}

TEST(EditParts, DeletingASourceRemovesItsCitations) {
    const Model model = smallModel();
    const DeletionEffects effects = whatGoesWithSource(model, "seed-001");
    EXPECT_TRUE(effects.deletedDeals.empty());
    EXPECT_EQ(effects.changedDeals.size(), 3u);
    ModelParts parts = withoutSource(model, "seed-001");
    EXPECT_TRUE(validate(parts).empty());
    EXPECT_TRUE(parts.deals[0].sources.empty());
    EXPECT_TRUE(parts.deals[0].history[0].sources.empty());
}

TEST(EditParts, ADealWithTwoFlowsAndASource) {
    const Model model = smallModel();
    Deal deal;
    deal.id = "oracle-nvidia-chips";
    deal.title = "Oracle buys Nvidia chips";
    deal.kind = DealKind::ChipSupply;
    deal.flows.push_back(Flow{"oracle", "nvidia", FlowType::Money, {}, {}, false, {}, {}});
    Amount chips;
    chips.unit = Unit::Chips;
    chips.value = 400000;
    deal.flows.push_back(Flow{"nvidia", "oracle", FlowType::Chips, {chips}, {}, false, {}, {}});
    deal.history.push_back(stepOf(Status::Announced, *Date::parse("2025-10"), {"seed-001"}));
    deal.sources = {"seed-001"};
    ModelParts parts = withDealAdded(model, deal);
    EXPECT_TRUE(validate(parts).empty());
    EXPECT_EQ(reloaded(parts), parts);
}

TEST(EditDiff, ApplyAndRevertAreExact) {
    const Model model = dataset();
    const ModelParts before = model.parts();
    const ModelParts after = withoutEntity(model, "nvidia");
    const ModelDiff diff = diffParts(before, after);
    EXPECT_FALSE(diff.empty());
    EXPECT_TRUE(diff.entities.inserted.empty());
    EXPECT_EQ(diff.entities.removed.size(), 1u);
    ModelParts parts = before;
    ASSERT_TRUE(applyDiff(parts, diff));
    EXPECT_EQ(parts, after);
    ASSERT_TRUE(revertDiff(parts, diff));
    EXPECT_EQ(parts, before);
    EXPECT_TRUE(diffParts(before, before).empty());
}

TEST(EditDiff, ADiffOfOtherPartsChangesNothing) {
    const Model model = dataset();
    const ModelDiff diff = diffParts(model.parts(), withoutDeal(model, model.deals()[3].id));
    ModelParts other = smallModel().parts();
    const ModelParts untouched = other;
    EXPECT_FALSE(applyDiff(other, diff));
    EXPECT_FALSE(revertDiff(other, diff));
    EXPECT_EQ(other, untouched);
}

// A random edit of one of the kinds the app offers; the result may well be invalid.
ModelParts randomEdit(const Model& model, std::mt19937& random, int serial) {
    auto pick = [&](std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
    };
    const std::string tag = std::to_string(serial);
    const auto& entities = model.entities();
    const auto& deals = model.deals();
    const auto& sources = model.sources();
    if (entities.size() < 4 || deals.size() < 4 || sources.empty())
        return model.parts(); // deletions have emptied the model
    switch (std::uniform_int_distribution<int>(0, 12)(random)) {
    case 12: { // invalid: an entity takes another's id
        Entity entity = entities[0];
        entity.id = entities[1].id;
        return withEntityReplaced(model, entities[0].id, entity);
    }
    case 0: {
        Entity entity = entities[pick(entities.size())];
        entity.name += " " + tag;
        entity.description = "edited";
        return withEntityReplaced(model, entity.id, entity);
    }
    case 1: {
        const Entity& old = entities[pick(entities.size())];
        Entity entity = old;
        entity.id += "-" + tag; // a rename, followed by every reference
        return withEntityReplaced(model, old.id, entity);
    }
    case 2: {
        Entity entity;
        entity.id = "new-" + tag;
        entity.name = "New " + tag;
        entity.kind = EntityKind::Company;
        entity.group = serial % 3 == 0 ? "new group" : "";
        return withEntityAdded(model, entity);
    }
    case 3: {
        // Mostly entities with few deals: the model should not empty itself early.
        const std::string& id = entities[pick(entities.size())].id;
        return model.dealsOf(id).size() <= 1 || serial % 7 == 0 ? withoutEntity(model, id)
                                                                : model.parts();
    }
    case 4: {
        Deal deal = deals[pick(deals.size())];
        StatusStep step;
        step.status = kAllStatuses[pick(std::size(kAllStatuses))];
        step.date = Date::ymd(2024 + serial % 3, 1 + serial % 12, 1 + serial % 28);
        deal.history.push_back(step); // may land anywhere in date order
        return withDealReplaced(model, deal.id, deal);
    }
    case 5: {
        Deal deal = deals[pick(deals.size())];
        Flow flow;
        flow.from = entities[pick(entities.size())].id;
        flow.to = entities[pick(entities.size())].id; // sometimes the same: invalid
        flow.type = FlowType::Money;
        Amount amount;
        amount.value = 1e9 * (serial % 7) + 0.25;
        flow.amounts.push_back(amount);
        deal.flows.push_back(flow);
        return withDealReplaced(model, deal.id, deal);
    }
    case 6: {
        Deal deal = deals[pick(deals.size())];
        if (deal.flows.size() > 1)
            deal.flows.erase(deal.flows.begin() +
                             static_cast<std::ptrdiff_t>(pick(deal.flows.size())));
        deal.title = "Retitled " + tag;
        deal.notes.clear();
        return withDealReplaced(model, deal.id, deal);
    }
    case 7: {
        Deal deal = deals[pick(deals.size())];
        const std::string old = deal.id;
        deal.id = "deal-" + tag;
        return withDealReplaced(model, old, deal);
    }
    case 8:
        return serial % 3 == 0 ? withoutDeal(model, deals[pick(deals.size())].id) : model.parts();
    case 9: {
        Source source;
        source.id = "source-" + tag;
        source.publisher = "Publisher " + tag;
        ModelParts parts = withSourceAdded(model, source);
        parts.deals[pick(parts.deals.size())].sources.push_back(source.id);
        return parts;
    }
    case 10:
        return sources.size() > 1 ? withoutSource(model, sources[pick(sources.size())].id)
                                  : model.parts();
    default: {
        std::vector<Story> stories = model.stories();
        if (!stories.empty()) {
            Story& story = stories[pick(stories.size())];
            if (story.steps.size() > 1 && serial % 2 == 0)
                story.steps.erase(story.steps.begin());
            else
                std::rotate(story.steps.begin(), story.steps.begin() + 1, story.steps.end());
            story.steps.back().caption = "caption " + tag;
        }
        ModelParts parts = withStories(model, stories);
        if (serial % 5 == 0)
            parts.title = "Title " + tag;
        return parts;
    }
    }
}

TEST(EditProperty, ALongRandomSequenceUndoesToTheOriginal) {
    const Model original = dataset();
    std::mt19937 random(20251205);
    Model model = original;
    std::vector<ModelDiff> steps;
    std::vector<ModelParts> states{original.parts()};
    int refused = 0;
    for (int serial = 0; serial < 600; ++serial) {
        ModelParts after = randomEdit(model, random, serial);
        normalize(after);
        if (!validate(after).empty()) {
            ++refused;
            continue;
        }
        ModelDiff diff = diffParts(model.parts(), after);
        if (diff.empty())
            continue;
        // An edited model is exactly what loading its save gives.
        ASSERT_EQ(reloaded(after), after) << "after edit " << serial;
        steps.push_back(std::move(diff));
        states.push_back(after);
        model = Model(std::move(after));
    }
    EXPECT_GT(steps.size(), 200u);
    EXPECT_GT(refused, 0); // the generator does try invalid edits
    ModelParts parts = model.parts();
    for (std::size_t i = steps.size(); i-- > 0;) {
        ASSERT_TRUE(revertDiff(parts, steps[i]));
        ASSERT_EQ(parts, states[i]) << "undo of step " << i;
    }
    EXPECT_EQ(parts, original.parts());
    EXPECT_EQ(saveModelToString(Model(parts)), saveModelToString(original));
    for (std::size_t i = 0; i < steps.size(); ++i)
        ASSERT_TRUE(applyDiff(parts, steps[i]));
    EXPECT_EQ(parts, model.parts()); // and redo all gives the end again
}

} // namespace
