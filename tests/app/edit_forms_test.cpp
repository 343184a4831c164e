// The edit forms, driven as a user would: a new deal with two flows, a status step and a new
// source written entirely in the forms, undone and redone; errors shown beside their fields as
// one types, and OK disabled while there is any; an entity's id renamed where deals use it;
// the Delete confirmation naming what goes; a Shift-drag between two boxes starting a deal.
#include "scene_support.h"

#include "document/document.h"
#include "editing/deal_form.h"
#include "editing/edit_actions.h"
#include "editing/entity_form.h"
#include "editing/source_form.h"

#include "dealgraph/load.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

void choose(QComboBox* combo, const std::string& id) {
    const int at = combo->findData(QString::fromStdString(id));
    ASSERT_GE(at, 0) << id;
    combo->setCurrentIndex(at);
}

template <typename T> T* cellOf(QTableWidget* table, int row, int column) {
    return qobject_cast<T*>(table->cellWidget(row, column));
}

class EditForms : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(directory.isValid());
        const QString copy = directory.filePath(QStringLiteral("small-model.json"));
        ASSERT_TRUE(QFile::copy(kSmallModel, copy));
        ASSERT_TRUE(document.loadFile(copy));
        actions = std::make_unique<EditActions>(&document, &window);
        actions->setModal(false);
        connect();
    }
    void connect() {
        QObject::connect(actions.get(), &EditActions::formOpened,
                         [this](QWidget* form) { opened.push_back(form); });
    }
    template <typename T> T* lastForm() {
        return opened.empty() ? nullptr : qobject_cast<T*>(opened.back());
    }

    QTemporaryDir directory;
    Document document;
    QWidget window;
    std::unique_ptr<EditActions> actions;
    std::vector<QWidget*> opened;
};

TEST_F(EditForms, ANewDealWithTwoFlowsAStatusAndANewSourceIsOneUndoableStepAfterItsSource) {
    // The file as dealgraph writes it (the fixture is written by hand, one object a line;
    // a save keeps member order and numbers, not a hand-made layout).
    ASSERT_TRUE(document.save());
    const std::string original = saveModelToString(document.model());
    actions->newDeal()->trigger();
    DealForm* form = lastForm<DealForm>();
    ASSERT_NE(form, nullptr);
    // A new deal starts with one status row to date, and cannot be saved before it says
    // anything.
    EXPECT_EQ(form->historyTable()->rowCount(), 1);
    EXPECT_FALSE(form->okButton()->isEnabled());

    form->titleField()->setText(QStringLiteral("Nvidia leases GPUs to Oracle"));
    EXPECT_EQ(form->idField()->text(), QStringLiteral("nvidia-leases-gpus-to-oracle"));
    form->kindField()->setCurrentIndex(
        form->kindField()->findData(static_cast<int>(DealKind::Lease)));
    form->addFlow();
    form->addFlow();
    QTableWidget* flows = form->flowsTable();
    ASSERT_EQ(flows->rowCount(), 2);
    choose(cellOf<QComboBox>(flows, 0, DealForm::FromColumn), "oracle");
    choose(cellOf<QComboBox>(flows, 0, DealForm::ToColumn), "nvidia");
    cellOf<QLineEdit>(flows, 0, DealForm::AmountsColumn)->setText(QStringLiteral("up to $6.63B"));
    choose(cellOf<QComboBox>(flows, 1, DealForm::FromColumn), "nvidia");
    choose(cellOf<QComboBox>(flows, 1, DealForm::ToColumn), "oracle");
    auto* type = cellOf<QComboBox>(flows, 1, DealForm::TypeColumn);
    type->setCurrentIndex(type->findData(static_cast<int>(FlowType::Chips)));
    cellOf<QLineEdit>(flows, 1, DealForm::AmountsColumn)
        ->setText(QStringLiteral("about 50k chips"));
    cellOf<QLineEdit>(form->historyTable(), 0, DealForm::DateColumn)
        ->setText(QStringLiteral("2026-03-02"));

    // The source is new: written in its own form from the deal's, and ticked there.
    emit form->newSourceRequested();
    SourceForm* sourceForm = lastForm<SourceForm>();
    ASSERT_NE(sourceForm, nullptr);
    sourceForm->publisherField()->setText(QStringLiteral("Reuters"));
    sourceForm->dateField()->setText(QStringLiteral("2026-03-02"));
    sourceForm->urlField()->setText(QStringLiteral("https://example.com/nvidia-oracle"));
    sourceForm->revalidate();
    ASSERT_TRUE(sourceForm->errors().isEmpty()) << sourceForm->errors().join('\n').toStdString();
    const std::string sourceId = sourceForm->sourceId();
    EXPECT_EQ(sourceId, "reuters-2026-03-02");
    sourceForm->okButton()->click();
    ASSERT_NE(document.model().source(sourceId), nullptr);
    // The status step cites the source too.
    cellOf<QLineEdit>(form->historyTable(), 0, DealForm::StepSourcesColumn)
        ->setText(QString::fromStdString(sourceId));

    form->revalidate();
    ASSERT_TRUE(form->errors().isEmpty()) << form->errors().join('\n').toStdString();
    ASSERT_TRUE(form->okButton()->isEnabled());
    if (const QString shots = qEnvironmentVariable("DEALGRAPH_TEST_SHOTS"); !shots.isEmpty())
        form->grab().save(shots + QStringLiteral("/deal-form.png"));
    form->okButton()->click();

    const Deal* deal = document.model().deal("nvidia-leases-gpus-to-oracle");
    ASSERT_NE(deal, nullptr);
    EXPECT_EQ(deal->kind, DealKind::Lease);
    ASSERT_EQ(deal->flows.size(), 2u);
    EXPECT_EQ(deal->flows[0].from, "oracle");
    ASSERT_EQ(deal->flows[0].amounts.size(), 1u);
    EXPECT_EQ(deal->flows[0].amounts[0].value, 6630000000.0); // every digit, not "$6.6B"
    EXPECT_EQ(deal->flows[0].amounts[0].qualifier, Qualifier::UpTo);
    EXPECT_EQ(deal->flows[1].type, FlowType::Chips);
    EXPECT_EQ(deal->flows[1].amounts[0].unit, Unit::Chips);
    ASSERT_EQ(deal->history.size(), 1u);
    EXPECT_EQ(deal->history[0].date.toString(), "2026-03-02");
    EXPECT_EQ(deal->sources, std::vector<std::string>{sourceId});

    // Two steps, each named for what it did; undoing both gives back the model exactly.
    QUndoStack& steps = *document.undoStack();
    ASSERT_EQ(steps.count(), 2);
    EXPECT_TRUE(steps.text(1).contains(QStringLiteral("Nvidia leases GPUs to Oracle")))
        << steps.text(1).toStdString();
    const std::string edited = saveModelToString(document.model());
    steps.undo();
    EXPECT_EQ(document.model().deal("nvidia-leases-gpus-to-oracle"), nullptr);
    steps.undo();
    EXPECT_EQ(saveModelToString(document.model()), original);
    steps.redo();
    steps.redo();
    EXPECT_EQ(saveModelToString(document.model()), edited);

    // Saved, the file keeps every line it had, in order: the diff is only what was added.
    QFile file(document.filePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList before = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    file.close();
    QString error;
    ASSERT_TRUE(document.save(&error)) << error.toStdString();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList after = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    qsizetype next = 0;
    for (const QString& line : before) {
        const qsizetype found = after.indexOf(line, next);
        ASSERT_GE(found, 0) << "line lost or reordered: " << line.toStdString();
        next = found + 1;
    }
    EXPECT_GT(after.size(), before.size());
    EXPECT_LT(after.size() - before.size(), 60); // the deal and the source, not a rewrite
}

TEST_F(EditForms, ErrorsAppearBesideTheirFieldsAsOneTypesAndOKWaitsForThem) {
    actions->newDeal()->trigger();
    DealForm* form = lastForm<DealForm>();
    ASSERT_NE(form, nullptr);
    form->titleField()->setText(QStringLiteral("A deal"));
    form->addFlow();
    auto* amounts = cellOf<QLineEdit>(form->flowsTable(), 0, DealForm::AmountsColumn);
    amounts->setText(QStringLiteral("lots of money"));
    cellOf<QLineEdit>(form->historyTable(), 0, DealForm::DateColumn)
        ->setText(QStringLiteral("2025-13-40"));
    form->revalidate();
    const QString errors = form->errors().join('\n');
    EXPECT_TRUE(errors.contains(QStringLiteral("Flow 1, amounts"))) << errors.toStdString();
    EXPECT_TRUE(errors.contains(QStringLiteral("Status 1, date"))) << errors.toStdString();
    EXPECT_TRUE(amounts->property("formError").toBool());
    EXPECT_FALSE(amounts->toolTip().isEmpty());
    EXPECT_FALSE(form->okButton()->isEnabled());

    // Fixed: the loader's own rules come next, on their fields: an id already taken.
    amounts->setText(QStringLiteral("$1B"));
    cellOf<QLineEdit>(form->historyTable(), 0, DealForm::DateColumn)
        ->setText(QStringLiteral("2025-12"));
    form->idField()->setText(QStringLiteral("stargate-jv"));
    emit form->idField()->textEdited(form->idField()->text());
    form->revalidate();
    EXPECT_FALSE(amounts->property("formError").toBool());
    ASSERT_FALSE(form->errors().isEmpty());
    EXPECT_TRUE(form->errors().join('\n').contains(QStringLiteral("stargate-jv")))
        << form->errors().join('\n').toStdString();
    EXPECT_FALSE(form->okButton()->isEnabled());
    const int before = document.undoStack()->count();
    form->okButton()->click(); // disabled: nothing happens
    EXPECT_EQ(document.undoStack()->count(), before);

    form->idField()->setText(QStringLiteral("a-deal"));
    form->revalidate();
    EXPECT_TRUE(form->errors().isEmpty()) << form->errors().join('\n').toStdString();
    EXPECT_TRUE(form->okButton()->isEnabled());
}

TEST_F(EditForms, EditingAnEntitysIdRenamesItWhereverDealsUseIt) {
    document.select(Selection::entity("oracle"));
    ASSERT_TRUE(actions->editSelection());
    EntityForm* form = lastForm<EntityForm>();
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(form->nameField()->text(), QStringLiteral("Oracle"));
    // Another entity's id: one error, beside the id, naming whose it is.
    form->idField()->setText(QStringLiteral("openai"));
    form->revalidate();
    ASSERT_EQ(form->errors().size(), 1) << form->errors().join('\n').toStdString();
    EXPECT_TRUE(
        form->errors().front().contains(QStringLiteral("openai is already the id of OpenAI")))
        << form->errors().front().toStdString();
    EXPECT_TRUE(form->idField()->property("formError").toBool());
    form->idField()->setText(QStringLiteral("oracle-corp"));
    form->nameField()->setText(QString());
    form->revalidate();
    EXPECT_TRUE(form->nameField()->property("formError").toBool());
    EXPECT_FALSE(form->okButton()->isEnabled());
    form->nameField()->setText(QStringLiteral("Oracle Corporation"));
    form->revalidate();
    ASSERT_TRUE(form->errors().isEmpty()) << form->errors().join('\n').toStdString();
    form->okButton()->click();
    EXPECT_EQ(document.model().entity("oracle"), nullptr);
    ASSERT_NE(document.model().entity("oracle-corp"), nullptr);
    EXPECT_EQ(document.model().entity("oracle-corp")->name, "Oracle Corporation");
    EXPECT_EQ(document.model().deal("openai-oracle-300b")->flows[0].to, "oracle-corp");
    document.undoStack()->undo();
    EXPECT_NE(document.model().entity("oracle"), nullptr);
}

TEST_F(EditForms, DeleteAsksNamingTheDealsThatGoAndUndoBringsThemBack) {
    const std::string original = saveModelToString(document.model());
    const QString question = actions->deletionQuestion(true, "oracle");
    EXPECT_TRUE(question.contains(QStringLiteral("Oracle"))) << question.toStdString();
    const Deal* deal = document.model().deal("openai-oracle-300b");
    ASSERT_NE(deal, nullptr);
    EXPECT_TRUE(question.contains(QString::fromStdString(deal->title))) << question.toStdString();

    document.select(Selection::entity("oracle"));
    // Cancel first: nothing goes.
    QObject::connect(actions.get(), &EditActions::formOpened, [](QWidget* box) {
        QTimer::singleShot(0, box, [box] {
            if (auto* message = qobject_cast<QMessageBox*>(box))
                message->button(QMessageBox::Cancel)->click();
        });
    });
    EXPECT_FALSE(actions->deleteSelection());
    EXPECT_NE(document.model().entity("oracle"), nullptr);

    // Then Delete: the entity and its deals go, in one step.
    actions = std::make_unique<EditActions>(&document, &window);
    QObject::connect(actions.get(), &EditActions::formOpened, [](QWidget* box) {
        QTimer::singleShot(0, box, [box] {
            auto* message = qobject_cast<QMessageBox*>(box);
            for (QAbstractButton* button : message->buttons())
                if (message->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
    });
    EXPECT_TRUE(actions->deleteSelection());
    EXPECT_EQ(document.model().entity("oracle"), nullptr);
    EXPECT_EQ(document.model().deal("openai-oracle-300b"), nullptr);
    document.undoStack()->undo();
    EXPECT_EQ(saveModelToString(document.model()), original);
}

TEST_F(EditForms, AShiftDragFromOneBoxToAnotherStartsADealWithThatFlow) {
    GraphScene scene(&document);
    scenetest::useLayoutWorker(scene);
    QSignalSpy finished(&scene, &GraphScene::layoutFinished);
    scene.relayout();
    ASSERT_TRUE(scenetest::waitForLayout(scene, finished));
    QSignalSpy drawn(&scene, &GraphScene::flowDrawn);
    QObject::connect(&scene, &GraphScene::flowDrawn, actions.get(), &EditActions::newDealWithFlow);

    const QPointF from = scene.entityItem("softbank")->sceneBoundingRect().center();
    const QPointF to = scene.entityItem("nvidia")->sceneBoundingRect().center();
    EXPECT_EQ(scene.entityIdAt(to), "nvidia");
    scene.linkDragged("softbank", (from + to) / 2);     // the dashed line follows the pointer
    scene.linkDropped("softbank", QPointF(-1e6, -1e6)); // dropped on nothing: no flow
    EXPECT_EQ(drawn.count(), 0);
    scene.linkDragged("softbank", to);
    scene.linkDropped("softbank", to);
    ASSERT_EQ(drawn.count(), 1);
    DealForm* form = lastForm<DealForm>();
    ASSERT_NE(form, nullptr);
    ASSERT_EQ(form->flowsTable()->rowCount(), 1);
    EXPECT_EQ(cellOf<QComboBox>(form->flowsTable(), 0, DealForm::FromColumn)->currentData(),
              QStringLiteral("softbank"));
    EXPECT_EQ(cellOf<QComboBox>(form->flowsTable(), 0, DealForm::ToColumn)->currentData(),
              QStringLiteral("nvidia"));
}

} // namespace
