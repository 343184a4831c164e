// Saving through the Document: atomic writes that lose nothing, the built-in dataset read-only,
// Save As taking the hand placement along, our own save not taken for a change on disk, a
// change on disk with unsaved edits said instead of reloaded, and the recovery file a crash
// leaves offered and restored by the next document.
#include "document/document.h"
#include "document/embedded_data.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

std::vector<Diagnostic> rename(Document& document, const std::string& id, const std::string& name) {
    Entity entity = *document.model().entity(id);
    entity.name = name;
    return document.replaceEntity(id, entity);
}

// A copy of the small model in a directory of its own, with recovery files beside it.
class DocumentSavingTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(directory.isValid());
        path = directory.filePath(QStringLiteral("model.json"));
        ASSERT_TRUE(QFile::copy(kSmallModel, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        open(document);
    }
    void open(Document& target) {
        target.setRecoveryDirectory(directory.filePath(QStringLiteral("recovery")));
        target.setWatchFile(false); // the tests run the watch's check themselves
        ASSERT_TRUE(target.loadFile(path));
    }
    QTemporaryDir directory;
    QString path;
    Document document;
};

TEST_F(DocumentSavingTest, SaveWritesTheEditAndIsUnmodifiedAfter) {
    ASSERT_TRUE(rename(document, "oracle", "Oracle Corp.").empty());
    EXPECT_FALSE(document.isReadOnly());
    QSignalSpy saved(&document, &Document::saved);
    QSignalSpy modified(&document, &Document::modifiedChanged);
    QString error;
    ASSERT_TRUE(document.save(&error)) << error.toStdString();
    EXPECT_FALSE(document.isModified());
    EXPECT_EQ(saved.count(), 1);
    ASSERT_EQ(modified.count(), 1);
    EXPECT_FALSE(modified.at(0).at(0).toBool());
    LoadResult again = loadModelFromFile(QFile::encodeName(path).toStdString());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.model->entity("oracle")->name, "Oracle Corp.");
    EXPECT_EQ(saveModelToString(*again.model), saveModelToString(document.model()));
    // Undo after the save is a change again, and saving it gives the first model back.
    document.undoStack()->undo();
    EXPECT_TRUE(document.isModified());
    ASSERT_TRUE(document.save());
    EXPECT_EQ(
        loadModelFromFile(QFile::encodeName(path).toStdString()).model->entity("oracle")->name,
        "Oracle");
}

TEST_F(DocumentSavingTest, AFileWithUnknownMembersRoundTripsUnchanged) {
    const QByteArray text = R"({
  "format": "dealgraph",
  "version": 1,
  "x-tool": {
    "b": 1.50,
    "a": "kept"
  },
  "entities": [
    {
      "id": "a",
      "name": "A",
      "kind": "company",
      "x-rank": 2.0
    },
    {
      "id": "b",
      "kind": "company",
      "name": "B"
    }
  ],
  "sources": [],
  "deals": [
    {
      "id": "d",
      "title": "A pays B",
      "kind": "other",
      "flows": [
        {
          "from": "a",
          "to": "b",
          "type": "money",
          "amounts": [
            {
              "value": 1e9,
              "unit": "usd",
              "qualifier": "exact"
            }
          ]
        }
      ],
      "history": [
        {
          "status": "announced",
          "date": "2025-01"
        }
      ]
    }
  ]
}
)";
    writeFile(path, text);
    ASSERT_TRUE(document.reload());
    ASSERT_TRUE(document.save());
    EXPECT_EQ(readAll(path), text);
}

TEST_F(DocumentSavingTest, TheBuiltInDatasetIsReadOnlyAndSavesAsACopyByteForByte) {
    Document embedded;
    embedded.setRecoveryDirectory(directory.filePath(QStringLiteral("recovery")));
    ASSERT_TRUE(embedded.loadEmbedded());
    EXPECT_TRUE(embedded.isReadOnly());
    QString error;
    EXPECT_FALSE(embedded.save(&error));
    EXPECT_FALSE(error.isEmpty());
    const QString copy = directory.filePath(QStringLiteral("copy.json"));
    ASSERT_TRUE(embedded.saveAs(copy, &error)) << error.toStdString();
    EXPECT_EQ(readAll(copy), embeddedDataset());
    EXPECT_FALSE(embedded.isReadOnly());
    EXPECT_EQ(embedded.filePath(), QFileInfo(copy).absoluteFilePath());
}

TEST_F(DocumentSavingTest, SaveAsTakesThePositionsAlongAndKeepsTheUndoSteps) {
    document.moveEntity("openai", QPointF(12, 34));
    ASSERT_TRUE(rename(document, "oracle", "Oracle Corp.").empty());
    const QString other = directory.filePath(QStringLiteral("other.json"));
    ASSERT_TRUE(document.saveAs(other));
    EXPECT_EQ(document.filePath(), QFileInfo(other).absoluteFilePath());
    EXPECT_EQ(document.displayName(), QStringLiteral("other.json"));
    EXPECT_EQ(document.undoStack()->count(), 2);
    EXPECT_TRUE(QFileInfo::exists(document.positionsPath()));
    EXPECT_TRUE(readAll(document.positionsPath()).contains("openai"));
    EXPECT_TRUE(readAll(other).contains("Oracle Corp."));
    EXPECT_FALSE(readAll(path).contains("Oracle Corp.")); // the first file is as it was
}

TEST_F(DocumentSavingTest, OurOwnSaveIsNoChangeOnDisk) {
    ASSERT_TRUE(rename(document, "oracle", "Oracle Corp.").empty());
    ASSERT_TRUE(document.save());
    QSignalSpy reloaded(&document, &Document::reloaded);
    QSignalSpy changed(&document, &Document::changedOnDisk);
    document.checkFileOnDisk();
    EXPECT_EQ(reloaded.count(), 0);
    EXPECT_EQ(changed.count(), 0);
    EXPECT_EQ(document.undoStack()->count(), 1); // a reload would have dropped the step
}

TEST_F(DocumentSavingTest, AChangeOnDiskWithUnsavedEditsIsSaidNotReloaded) {
    ASSERT_TRUE(rename(document, "oracle", "Mine").empty());
    QByteArray theirs = readAll(path);
    theirs.replace("\"Nvidia\"", "\"NVIDIA\"");
    writeFile(path, theirs);
    QSignalSpy changed(&document, &Document::changedOnDisk);
    QSignalSpy reloaded(&document, &Document::reloaded);
    document.checkFileOnDisk();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(reloaded.count(), 0);
    EXPECT_EQ(document.model().entity("oracle")->name, "Mine");
    document.checkFileOnDisk(); // the same change is said once
    EXPECT_EQ(changed.count(), 1);
    // Without unsaved edits the change is reloaded, as before.
    document.undoStack()->undo();
    document.checkFileOnDisk();
    EXPECT_EQ(reloaded.count(), 1);
    EXPECT_EQ(document.model().entity("nvidia")->name, "NVIDIA");
}

TEST_F(DocumentSavingTest, UnsavedChangesAreKeptForRecoveryAndGoneWhenSaved) {
    EXPECT_FALSE(document.hasRecovery());
    ASSERT_TRUE(rename(document, "oracle", "Oracle Corp.").empty());
    document.flushRecovery();
    EXPECT_TRUE(QFileInfo::exists(document.recoveryPath()));
    ASSERT_TRUE(document.save());
    EXPECT_FALSE(QFileInfo::exists(document.recoveryPath()));
    ASSERT_TRUE(rename(document, "oracle", "Again").empty());
    document.flushRecovery();
    EXPECT_TRUE(QFileInfo::exists(document.recoveryPath()));
    document.undoStack()->undo(); // back to the saved model: nothing to recover
    EXPECT_FALSE(QFileInfo::exists(document.recoveryPath()));
}

TEST_F(DocumentSavingTest, ACrashLeavesTheChangesForTheNextDocument) {
    std::string edited;
    {
        Document crashing;
        open(crashing);
        ASSERT_TRUE(rename(crashing, "oracle", "Oracle Corp.").empty());
        Deal deal = *crashing.model().deal("stargate-jv");
        deal.title = "Stargate";
        ASSERT_TRUE(crashing.replaceDeal(deal.id, deal).empty());
        edited = saveModelToString(crashing.model());
        // Destroyed with unsaved changes, no save, no discard: as a crash leaves it (the
        // pending write happens on the way out, as the debounced one would have).
    }
    Document next;
    open(next);
    ASSERT_TRUE(next.hasRecovery());
    EXPECT_FALSE(next.isModified());
    QString error;
    ASSERT_TRUE(next.restoreRecovery(&error)) << error.toStdString();
    EXPECT_EQ(saveModelToString(next.model()), edited);
    EXPECT_TRUE(next.isModified());
    EXPECT_EQ(next.undoStack()->undoText(), QStringLiteral("Restore unsaved changes"));
    next.undoStack()->undo();
    EXPECT_EQ(next.model().entity("oracle")->name, "Oracle");
    next.undoStack()->redo();
    ASSERT_TRUE(next.save());
    EXPECT_FALSE(next.hasRecovery());
    EXPECT_TRUE(readAll(path).contains("Oracle Corp."));
}

TEST_F(DocumentSavingTest, ADiscardedOrOutdatedRecoveryIsNotOffered) {
    {
        Document crashing;
        open(crashing);
        ASSERT_TRUE(rename(crashing, "oracle", "Lost").empty());
    }
    Document next;
    open(next);
    ASSERT_TRUE(next.hasRecovery());
    next.discardRecovery();
    EXPECT_FALSE(next.hasRecovery());

    {
        Document crashing;
        open(crashing);
        ASSERT_TRUE(rename(crashing, "oracle", "Lost").empty());
    }
    // The file was saved (by someone) after the recovery was written: the recovery is old.
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTime().addSecs(60),
                                 QFileDevice::FileModificationTime));
    file.close();
    Document later;
    open(later);
    EXPECT_FALSE(later.hasRecovery());
}

TEST_F(DocumentSavingTest, ARecoveryFileThatIsNotOneIsIgnored) {
    ASSERT_TRUE(rename(document, "oracle", "Oracle Corp.").empty());
    document.flushRecovery();
    const QString recovery = document.recoveryPath();
    document.undoStack()->undo();
    for (const QByteArray& junk :
         {QByteArray("not json"), QByteArray(R"({"format": "dealgraph-recovery"})"),
          QByteArray(R"({"format":"dealgraph-recovery","version":1,"file":"/elsewhere.json",)"
                     R"("embedded":false,"model":"{}"})")}) {
        QDir().mkpath(QFileInfo(recovery).absolutePath());
        writeFile(recovery, junk);
        EXPECT_FALSE(document.hasRecovery()) << junk.toStdString();
        EXPECT_FALSE(document.restoreRecovery());
    }
    // A recovery of this file whose model is broken: offered, but refused with a reason.
    writeFile(recovery, QByteArray(R"({"format":"dealgraph-recovery","version":1,"file":")") +
                            QFileInfo(path).absoluteFilePath().toUtf8() +
                            R"(","embedded":false,"model":"{\"format\": 3}"})");
    ASSERT_TRUE(document.hasRecovery());
    QString error;
    EXPECT_FALSE(document.restoreRecovery(&error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(document.isModified());
}

} // namespace
