// Editing through the Document: each edit one named undo step, undo and redo giving back the
// model exactly, invalid edits refused with the loader's errors, the view state kept, hand
// placement on the same stack, and a long random sequence undone to the original.
#include "document/document.h"
#include "document/embedded_data.h"
#include "document/model_edit_command.h"

#include "dealgraph/edit.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <random>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

StatusStep stepOf(Status status, Date date, std::vector<std::string> sources = {}) {
    StatusStep step;
    step.status = status;
    step.date = date;
    step.sources = std::move(sources);
    return step;
}

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

std::string saved(const Document& document) {
    return saveModelToString(document.model());
}

// On a copy of the small model: moves write a positions sidecar beside the file.
class DocumentEditingTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(directory.isValid());
        const QString copy = directory.filePath(QStringLiteral("small-model.json"));
        ASSERT_TRUE(QFile::copy(kSmallModel, copy));
        ASSERT_TRUE(document.loadFile(copy));
    }
    QUndoStack& steps() { return *document.undoStack(); }
    QTemporaryDir directory;
    Document document;
};

TEST_F(DocumentEditingTest, AStatusChangeIsOneNamedStepThatUndoesExactly) {
    const std::string before = saved(document);
    Deal deal = *document.model().deal("stargate-jv");
    deal.history.push_back(stepOf(Status::Abandoned, *Date::parse("2025-11"), {"seed-001"}));
    QSignalSpy edited(&document, &Document::modelEdited);
    QSignalSpy reset(&document, &Document::modelReset);
    EXPECT_TRUE(document.replaceDeal("stargate-jv", deal).empty());

    ASSERT_EQ(steps().count(), 1);
    EXPECT_EQ(steps().undoText(),
              QStringLiteral("Change status of 'Stargate joint venture' to abandoned"));
    EXPECT_EQ(document.model().deal("stargate-jv")->latestStatus(), Status::Abandoned);
    EXPECT_TRUE(document.isModified());
    ASSERT_EQ(edited.count(), 1);
    EXPECT_EQ(reset.count(), 1);
    const auto edit = edited.at(0).at(0).value<ModelEdit>();
    EXPECT_EQ(edit.kind, ModelEdit::Kind::ReplaceDeal);
    EXPECT_EQ(edit.deals, std::vector<std::string>{"stargate-jv"});
    EXPECT_FALSE(edit.undone);
    const std::string after = saved(document);

    steps().undo();
    EXPECT_EQ(saved(document), before);
    EXPECT_FALSE(document.isModified());
    EXPECT_TRUE(edited.last().at(0).value<ModelEdit>().undone);
    steps().redo();
    EXPECT_EQ(saved(document), after);
    EXPECT_TRUE(document.isModified());
}

TEST_F(DocumentEditingTest, AnInvalidEditIsRefusedWithItsPlace) {
    const std::string before = saved(document);
    Deal deal = *document.model().deal("nvidia-openai-chips");
    deal.flows[0].to = "nobody";
    QSignalSpy reset(&document, &Document::modelReset);
    const auto errors = document.replaceDeal(deal.id, deal);
    ASSERT_EQ(errors.size(), 1u);
    const auto index = *document.model().dealIndex(deal.id);
    EXPECT_EQ(errors[0].path, dealPointer(index) + "/flows/0/to");
    EXPECT_EQ(steps().count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(saved(document), before);
    EXPECT_FALSE(document.isModified());
    EXPECT_FALSE(document.deleteDeal("no-such-deal").empty());
}

TEST_F(DocumentEditingTest, AnEditThatChangesNothingIsNoStep) {
    EXPECT_TRUE(document.replaceEntity("oracle", *document.model().entity("oracle")).empty());
    EXPECT_EQ(steps().count(), 0);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentEditingTest, EditingKeepsSelectionFilterDateAndComparison) {
    document.select(Selection::deal("openai-oracle-300b"));
    Filter filter;
    filter.asOf = Date::parse("2025-10");
    document.setFilter(filter);
    document.setCompareFrom(Date::parse("2025-01"));
    Entity oracle = *document.model().entity("oracle");
    oracle.description = "Edited.";
    ASSERT_TRUE(document.replaceEntity("oracle", oracle).empty());
    EXPECT_EQ(document.selection(), Selection::deal("openai-oracle-300b"));
    EXPECT_EQ(document.filter().asOf, Date::parse("2025-10"));
    EXPECT_EQ(document.compareFrom(), Date::parse("2025-01"));
    EXPECT_EQ(document.model().entity("oracle")->description, "Edited.");
    EXPECT_EQ(steps().undoText(), QStringLiteral("Edit the description of 'Oracle'"));
}

TEST_F(DocumentEditingTest, DeletingAnEntityTakesItsDealsAndUndoBringsThemBack) {
    const std::string before = saved(document);
    document.select(Selection::deal("nvidia-openai-chips"));
    ASSERT_TRUE(document.deleteEntity("nvidia").empty());
    EXPECT_EQ(steps().undoText(), QStringLiteral("Delete entity 'Nvidia' and its deal"));
    EXPECT_EQ(document.model().deal("nvidia-openai-chips"), nullptr);
    EXPECT_TRUE(document.selection().isNone()); // what was selected is gone
    steps().undo();
    EXPECT_EQ(saved(document), before);
    ASSERT_TRUE(document.deleteEntity("openai").empty());
    EXPECT_EQ(steps().undoText(), QStringLiteral("Delete entity 'OpenAI' and its 4 deals"));
}

TEST_F(DocumentEditingTest, RenamingAnIdFollowsItsReferencesAndTheSelection) {
    Entity openai = *document.model().entity("openai");
    openai.id = "openai-inc";
    ASSERT_TRUE(document.replaceEntity("openai", openai).empty());
    EXPECT_EQ(document.model().dealsOf("openai-inc").size(), 4u);
}

TEST_F(DocumentEditingTest, AddingADealWithTwoFlowsAndASource) {
    Source source;
    source.id = "ft-2025";
    source.publisher = "Financial Times";
    ASSERT_TRUE(document.addSource(source).empty());
    Deal deal;
    deal.id = "oracle-nvidia-chips";
    deal.title = "Oracle buys Nvidia chips";
    deal.kind = DealKind::ChipSupply;
    Flow pay{"oracle", "nvidia", FlowType::Money, {}, {}, false, {}, {}};
    Flow chips{"nvidia", "oracle", FlowType::Chips, {}, {}, false, {}, {}};
    deal.flows = {pay, chips};
    deal.history = {stepOf(Status::Announced, *Date::parse("2025-10"), {"ft-2025"})};
    deal.sources = {"ft-2025"};
    ASSERT_TRUE(document.addDeal(deal).empty());
    EXPECT_EQ(steps().count(), 2);
    EXPECT_EQ(steps().undoText(), QStringLiteral("Add deal 'Oracle buys Nvidia chips'"));
    EXPECT_EQ(document.model().dealsOf("nvidia").size(), 2u);
    steps().undo();
    steps().undo();
    EXPECT_EQ(document.model().source("ft-2025"), nullptr);
    EXPECT_FALSE(document.isModified());
}

TEST_F(DocumentEditingTest, MovesShareTheStackButDoNotModifyTheModel) {
    document.moveEntity("openai", QPointF(10, 20));
    EXPECT_FALSE(document.isModified());
    Entity openai = *document.model().entity("openai");
    openai.name = "OpenAI Inc.";
    ASSERT_TRUE(document.replaceEntity("openai", openai).empty());
    document.moveEntity("oracle", QPointF(30, 40));
    EXPECT_EQ(steps().count(), 3);
    EXPECT_EQ(steps().text(1), QStringLiteral("Rename 'OpenAI' to 'OpenAI Inc.'"));
    QSignalSpy modified(&document, &Document::modifiedChanged);
    steps().undo(); // the move
    EXPECT_TRUE(document.isModified());
    steps().undo(); // the rename
    EXPECT_FALSE(document.isModified());
    ASSERT_EQ(modified.count(), 1);
    EXPECT_FALSE(modified.at(0).at(0).toBool());
    EXPECT_EQ(document.model().entity("openai")->name, "OpenAI");
}

TEST_F(DocumentEditingTest, StoriesAreReplacedAsOneStep) {
    Story story;
    story.id = "money-loop";
    story.title = "The money loop";
    StoryStep step;
    step.title = "OpenAI";
    step.highlight.entities = {"openai"};
    story.steps = {step};
    ASSERT_TRUE(document.replaceStories({story}, QStringLiteral("Add story")).empty());
    EXPECT_EQ(steps().undoText(), QStringLiteral("Add story"));
    story.steps[0].highlight.entities = {"nobody"};
    const auto errors = document.replaceStories({story});
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].path, "/stories/0/steps/0/highlight/entities/0");
}

TEST_F(DocumentEditingTest, ALoadDropsTheEditStepsOfTheOldModel) {
    Entity openai = *document.model().entity("openai");
    openai.name = "Renamed";
    ASSERT_TRUE(document.replaceEntity("openai", openai).empty());
    ASSERT_TRUE(document.reload()); // what is on disk replaces the edited model
    EXPECT_EQ(steps().count(), 0);
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(document.model().entity("openai")->name, "OpenAI");
}

// Random edits through the Document's own functions, then undo all: the original, byte for
// byte; redo all: the end again.
TEST(DocumentEditingProperty, RandomEditsUndoToTheOriginal) {
    // The embedded dataset as a model with no file: its moves must not reach the shared
    // sidecar of the embedded dataset, which other tests read.
    LoadResult dataset = loadModelFromString(embeddedDataset().toStdString());
    ASSERT_TRUE(dataset.ok());
    Document document;
    document.setModel(std::move(*dataset.model));
    ASSERT_TRUE(document.positionsPath().isEmpty());
    const std::string original = saveModelToString(document.model());
    std::mt19937 random(17);
    auto pick = [&](std::size_t size) {
        return std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
    };
    int applied = 0;
    for (int serial = 0; serial < 150; ++serial) {
        const Model& model = document.model();
        if (model.deals().size() < 5 || model.entities().size() < 5)
            break; // deletions have emptied the model: enough steps taken
        const std::string tag = std::to_string(serial);
        std::vector<Diagnostic> errors;
        switch (serial % 6) {
        case 0: {
            Entity entity = model.entities()[pick(model.entities().size())];
            entity.name += " " + tag;
            errors = document.replaceEntity(entity.id, entity);
            break;
        }
        case 1: {
            Deal deal = model.deals()[pick(model.deals().size())];
            deal.history.push_back(
                stepOf(kAllStatuses[pick(kAllStatuses.size())],
                       Date::ymd(2024 + serial % 2, 1 + serial % 12, 1 + serial % 28)));
            errors = document.replaceDeal(deal.id, deal);
            break;
        }
        case 2: {
            // Mostly entities with few deals: the model should not empty itself early.
            const std::string id = model.entities()[pick(model.entities().size())].id;
            if (model.dealsOf(id).size() <= 1 || serial % 7 == 0)
                errors = document.deleteEntity(id);
            break;
        }
        case 3: {
            Entity entity;
            entity.id = "e" + tag;
            entity.name = "Entity " + tag;
            errors = document.addEntity(entity);
            break;
        }
        case 4: {
            Deal deal = model.deals()[pick(model.deals().size())];
            const std::string old = deal.id;
            deal.id += "-" + tag;
            errors = document.replaceDeal(old, deal);
            break;
        }
        default:
            if (serial % 4 == 1)
                errors = document.deleteDeal(model.deals()[pick(model.deals().size())].id);
            break;
        }
        if (errors.empty())
            ++applied;
        if (serial % 10 == 0)
            document.moveEntity(model.entities().front().id, QPointF(serial, serial));
    }
    EXPECT_GT(applied, 100);
    const std::string end = saveModelToString(document.model());
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    EXPECT_EQ(saveModelToString(document.model()), original);
    EXPECT_FALSE(document.isModified());
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    EXPECT_EQ(saveModelToString(document.model()), end);
}

} // namespace
