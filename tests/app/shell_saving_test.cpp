// Saving in the window: the title marks unsaved changes, Save and Save a Copy As, closing or
// opening another model asks first, a crash's changes are offered back, a change on disk with
// unsaved edits asks, and the undo history lists the steps by name. The questions are answered
// through SaveActions' answerer, as a user would answer the message box.
#include "document/document.h"
#include "document/layout_runner.h"
#include "scene/graph_scene.h"
#include "shell/main_window.h"
#include "shell/save_actions.h"
#include "test_settings.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QUndoView>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

using Answer = SaveActions::Answer;
using Question = SaveActions::Question;

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class ShellSavingTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { isolateSettings(QStringLiteral("dealgraph-saving-tests")); }

    void SetUp() override {
        ASSERT_TRUE(directory.isValid());
        path = directory.filePath(QStringLiteral("model.json"));
        ASSERT_TRUE(QFile::copy(kSmallModel, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        window = makeWindow();
        ASSERT_TRUE(window->openFile(path));
    }

    std::unique_ptr<MainWindow> makeWindow() {
        auto made = std::make_unique<MainWindow>();
        made->graphScene()->layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                                      {QStringLiteral("--layout-worker")});
        made->document()->setRecoveryDirectory(directory.filePath(QStringLiteral("recovery")));
        made->document()->setWatchFile(false);
        made->saveActions()->setAnswerer([this](Question question, const QString& text) {
            asked.push_back(question);
            texts.push_back(text);
            return answer;
        });
        made->saveActions()->setFilePicker([this](const QString&) { return pickedFile; });
        return made;
    }

    Document& document() { return *window->document(); }

    void renameOracle(const std::string& name) {
        Entity oracle = *document().model().entity("oracle");
        oracle.name = name;
        ASSERT_TRUE(document().replaceEntity("oracle", oracle).empty());
    }

    QTemporaryDir directory;
    QString path;
    std::unique_ptr<MainWindow> window;
    std::vector<Question> asked;
    QStringList texts;
    Answer answer = Answer::Cancel;
    QString pickedFile;
};

TEST_F(ShellSavingTest, TheTitleMarksUnsavedChangesAndSaveClearsIt) {
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("[*]")));
    EXPECT_FALSE(window->isWindowModified());
    renameOracle("Oracle Corp.");
    EXPECT_TRUE(window->isWindowModified());
    EXPECT_EQ(window->actions().undo->text(),
              QStringLiteral("&Undo Rename 'Oracle' to 'Oracle Corp.'"));
    window->saveActions()->save()->trigger();
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(readAll(path).contains("\"name\": \"Oracle Corp.\""));
    EXPECT_TRUE(asked.empty());
}

TEST_F(ShellSavingTest, ClosingWithUnsavedChangesAsks) {
    window->show();
    renameOracle("Oracle Corp.");
    answer = Answer::Cancel;
    EXPECT_FALSE(window->close());
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0], Question::UnsavedChanges);
    EXPECT_TRUE(texts[0].contains(QStringLiteral("model.json")));
    EXPECT_TRUE(window->isVisible());

    document().flushRecovery();
    ASSERT_TRUE(QFileInfo::exists(document().recoveryPath()));
    answer = Answer::Discard;
    EXPECT_TRUE(window->close());
    EXPECT_FALSE(QFileInfo::exists(document().recoveryPath())); // a clean close: nothing kept
    EXPECT_FALSE(readAll(path).contains("Oracle Corp."));
}

TEST_F(ShellSavingTest, SavingBeforeClosingWritesTheFile) {
    window->show();
    renameOracle("Oracle Corp.");
    answer = Answer::Save;
    EXPECT_TRUE(window->close());
    EXPECT_TRUE(readAll(path).contains("Oracle Corp."));
}

TEST_F(ShellSavingTest, OpeningAnotherModelAsksFirst) {
    renameOracle("Oracle Corp.");
    answer = Answer::Cancel;
    EXPECT_FALSE(window->openFile(kSmallModel));
    EXPECT_EQ(document().filePath(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle Corp.");
    answer = Answer::Discard;
    EXPECT_TRUE(window->openFile(kSmallModel));
    EXPECT_EQ(asked.size(), 2u);
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle");
}

TEST_F(ShellSavingTest, TheBuiltInDatasetSavesACopy) {
    ASSERT_TRUE(window->openEmbedded());
    EXPECT_EQ(window->saveActions()->saveAs()->text(), QStringLiteral("Save a &Copy As…"));
    Entity entity = document().model().entities().front();
    entity.description = "Edited.";
    ASSERT_TRUE(document().replaceEntity(entity.id, entity).empty());
    pickedFile = directory.filePath(QStringLiteral("my-deals")); // the .json is added
    window->saveActions()->save()->trigger();
    const QString copy = pickedFile + QStringLiteral(".json");
    EXPECT_EQ(document().filePath(), QFileInfo(copy).absoluteFilePath());
    EXPECT_FALSE(window->isWindowModified());
    EXPECT_TRUE(readAll(copy).contains("\"description\": \"Edited.\""));
    EXPECT_EQ(window->saveActions()->saveAs()->text(), QStringLiteral("Save &As…"));
}

TEST_F(ShellSavingTest, ACrashsChangesAreOfferedWhenTheFileOpensAgain) {
    renameOracle("Oracle Corp.");
    window.reset(); // no close, no save: as a crash leaves it
    window = makeWindow();
    answer = Answer::Restore;
    ASSERT_TRUE(window->openFile(path));
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0], Question::RestoreRecovery);
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle Corp.");
    EXPECT_TRUE(window->isWindowModified());

    window.reset();
    window = makeWindow();
    answer = Answer::Discard;
    ASSERT_TRUE(window->openFile(path));
    EXPECT_EQ(asked.back(), Question::RestoreRecovery);
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle");
    EXPECT_FALSE(document().hasRecovery());
}

TEST_F(ShellSavingTest, AChangeOnDiskWithUnsavedEditsAsks) {
    renameOracle("Mine");
    QByteArray theirs = readAll(path);
    theirs.replace("\"Nvidia\"", "\"NVIDIA\"");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(theirs);
    file.close();

    answer = Answer::Keep;
    document().checkFileOnDisk();
    ASSERT_EQ(asked.size(), 1u);
    EXPECT_EQ(asked[0], Question::ChangedOnDisk);
    EXPECT_EQ(document().model().entity("oracle")->name, "Mine");

    theirs.replace("\"NVIDIA\"", "\"NVIDIA Corp.\"");
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(theirs);
    file.close();
    answer = Answer::SaveElsewhere;
    pickedFile = directory.filePath(QStringLiteral("mine.json"));
    document().checkFileOnDisk();
    EXPECT_EQ(asked.size(), 2u);
    EXPECT_EQ(document().filePath(), QFileInfo(pickedFile).absoluteFilePath());
    EXPECT_TRUE(readAll(pickedFile).contains("\"Mine\""));
    EXPECT_FALSE(window->isWindowModified());
}

TEST_F(ShellSavingTest, ReloadingAChangedFileLosesTheEditsOnlyWhenAsked) {
    renameOracle("Mine");
    QByteArray theirs = readAll(path);
    theirs.replace("\"Nvidia\"", "\"NVIDIA\"");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(theirs);
    file.close();
    answer = Answer::Reload;
    document().checkFileOnDisk();
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle");
    EXPECT_EQ(document().model().entity("nvidia")->name, "NVIDIA");
    EXPECT_FALSE(window->isWindowModified());

    renameOracle("Again");
    answer = Answer::Cancel;
    window->actions().reload->trigger();
    EXPECT_EQ(asked.back(), Question::ReloadLosesChanges);
    EXPECT_EQ(document().model().entity("oracle")->name, "Again");
}

TEST_F(ShellSavingTest, TheUndoHistoryListsTheStepsByName) {
    QDockWidget* dock = window->undoHistoryDock();
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    auto* history = qobject_cast<QUndoView*>(dock->widget());
    ASSERT_NE(history, nullptr);
    EXPECT_EQ(history->stack(), document().undoStack());
    renameOracle("Oracle Corp.");
    document().moveEntity("openai", QPointF(5, 5));
    ASSERT_EQ(history->model()->rowCount(), 3); // "As opened" and the two steps
    EXPECT_EQ(history->model()->index(0, 0).data().toString(), QStringLiteral("As opened"));
    EXPECT_EQ(history->model()->index(1, 0).data().toString(),
              QStringLiteral("Rename 'Oracle' to 'Oracle Corp.'"));
    // Choosing a row goes back to it.
    history->setCurrentIndex(history->model()->index(0, 0));
    EXPECT_EQ(document().model().entity("oracle")->name, "Oracle");
    EXPECT_FALSE(window->isWindowModified());
}

} // namespace
