// The Document: loading that never loses the model on screen, selection history, stepping
// through deals in date order, and reloading when the file changes on disk.
#include "document/document.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace dealgraph;
using namespace dealgraph::app;

namespace {

const QString kSmallModel = QStringLiteral(DEALGRAPH_TEST_DATA "/small-model.json");
// In date order: 2024-10, 2025-01-21, 2025-09, 2025-09-22.
const std::vector<std::string> kChronological = {"softbank-openai-2024", "stargate-jv",
                                                 "openai-oracle-300b", "nvidia-openai-chips"};

QByteArray readAll(const QString& path) {
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

std::string selectedDeal(const Document& document) {
    return document.selection().dealId();
}

class DocumentTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(document.loadFile(kSmallModel)); }
    Document document;
};

TEST_F(DocumentTest, LoadsAFileAndNamesItself) {
    EXPECT_EQ(document.model().deals().size(), 4u);
    EXPECT_EQ(document.model().entities().size(), 5u);
    EXPECT_EQ(document.displayName(), QStringLiteral("small-model.json"));
    EXPECT_TRUE(document.selection().isNone());
    EXPECT_EQ(document.view().deals.size(), 4u);
}

TEST_F(DocumentTest, SyntaxErrorKeepsTheModelAndNamesLineAndColumn) {
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeFile(broken, "{\n  \"format\": \"dealgraph\",\n  \"version\": 1,,\n}\n");
    document.select(Selection::entity("oracle"));
    QSignalSpy failed(&document, &Document::loadFailed);
    QSignalSpy reset(&document, &Document::modelReset);

    EXPECT_FALSE(document.loadFile(broken));

    ASSERT_EQ(failed.count(), 1);
    const QStringList errors = failed.at(0).at(1).toStringList();
    ASSERT_FALSE(errors.isEmpty());
    EXPECT_TRUE(errors.front().startsWith(QStringLiteral("broken.json:3:")))
        << errors.front().toStdString();
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(document.model().deals().size(), 4u);
    EXPECT_EQ(document.filePath(), QFileInfo(kSmallModel).absoluteFilePath());
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));
}

TEST_F(DocumentTest, SemanticErrorNamesTheJsonPath) {
    QByteArray text = readAll(kSmallModel);
    text.replace("\"to\": \"oracle\"", "\"to\": \"oracel\"");
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("typo.json"));
    writeFile(broken, text);
    QSignalSpy failed(&document, &Document::loadFailed);

    EXPECT_FALSE(document.loadFile(broken));

    ASSERT_EQ(failed.count(), 1);
    const QString all = failed.at(0).at(1).toStringList().join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("/deals/0/flows/0/to"))) << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("oracel"))) << all.toStdString();
    EXPECT_EQ(document.model().deals().size(), 4u);
}

TEST_F(DocumentTest, MissingFileIsReportedNotFatal) {
    QSignalSpy failed(&document, &Document::loadFailed);
    EXPECT_FALSE(document.loadFile(QStringLiteral("/nonexistent/dir/model.json")));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(document.model().deals().size(), 4u);
}

TEST_F(DocumentTest, UnknownIdsAreNotSelected) {
    document.select(Selection::entity("nobody"));
    document.select(Selection::flowOf("stargate-jv", 7));
    EXPECT_TRUE(document.selection().isNone());
    EXPECT_FALSE(document.canGoBack());
}

TEST_F(DocumentTest, BackAndForwardThroughTheSelections) {
    QSignalSpy history(&document, &Document::historyChanged);
    document.select(Selection::entity("openai"));
    document.select(Selection::deal("stargate-jv"));
    document.select(Selection::flowOf("stargate-jv", 1));
    document.select(Selection::flowOf("stargate-jv", 1)); // the same again: no new step
    EXPECT_EQ(history.count(), 3);

    ASSERT_TRUE(document.canGoBack());
    document.goBack();
    EXPECT_EQ(document.selection(), Selection::deal("stargate-jv"));
    document.goBack();
    EXPECT_EQ(document.selection(), Selection::entity("openai"));
    EXPECT_FALSE(document.canGoBack());
    ASSERT_TRUE(document.canGoForward());
    document.goForward();
    EXPECT_EQ(document.selection(), Selection::deal("stargate-jv"));

    document.select(Selection::entity("nvidia")); // a new step drops the forward branch
    EXPECT_FALSE(document.canGoForward());
    document.goBack();
    EXPECT_EQ(document.selection(), Selection::deal("stargate-jv"));
}

TEST_F(DocumentTest, HistoryIsBounded) {
    for (int i = 0; i < 500; ++i)
        document.select(Selection::entity(i % 2 ? "openai" : "oracle"));
    std::size_t steps = 0;
    while (document.canGoBack()) {
        document.goBack();
        ++steps;
    }
    EXPECT_EQ(steps, Document::kMaxHistory);
}

TEST_F(DocumentTest, NextDealVisitsEveryDealInDateOrderAndWraps) {
    std::vector<std::string> visited;
    for (std::size_t i = 0; i < kChronological.size() + 1; ++i) {
        document.selectNextDeal();
        visited.push_back(selectedDeal(document));
    }
    std::vector<std::string> expected = kChronological;
    expected.push_back(kChronological.front());
    EXPECT_EQ(visited, expected);
}

TEST_F(DocumentTest, PreviousDealGoesBackInDateOrderAndWraps) {
    document.select(Selection::deal(kChronological.front()));
    document.selectPreviousDeal();
    EXPECT_EQ(selectedDeal(document), kChronological.back());
    document.selectPreviousDeal();
    EXPECT_EQ(selectedDeal(document), kChronological[2]);
}

TEST_F(DocumentTest, NextDealStartsFromAFlowOrAnEntity) {
    document.select(Selection::flowOf("stargate-jv", 0));
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "openai-oracle-300b");

    document.select(Selection::entity("nvidia")); // its first (only) deal
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "nvidia-openai-chips");

    document.select(Selection::entity("softbank")); // first of its two deals, by date
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "softbank-openai-2024");
}

TEST_F(DocumentTest, NextDealSkipsDealsTheFilterHides) {
    Filter filter;
    filter.dealKinds = {DealKind::JointVenture, DealKind::ChipSupply};
    QSignalSpy viewChanged(&document, &Document::viewChanged);
    document.setFilter(filter);
    EXPECT_EQ(viewChanged.count(), 1);

    document.select(Selection::deal("softbank-openai-2024")); // itself hidden
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "stargate-jv");
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "nvidia-openai-chips");
    document.selectNextDeal();
    EXPECT_EQ(selectedDeal(document), "stargate-jv");
}

class DocumentReloadTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        path = dir.filePath(QStringLiteral("deals.json"));
        original = readAll(kSmallModel);
        writeFile(path, original);
        ASSERT_TRUE(document.loadFile(path));
        document.select(Selection::entity("oracle"));
    }

    QTemporaryDir dir;
    QString path;
    QByteArray original;
    Document document;
};

TEST_F(DocumentReloadTest, ChangedFileIsReloadedKeepingTheSelection) {
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy reloaded(&document, &Document::reloaded);
    QByteArray changed = original;
    changed.replace("Stargate joint venture", "Stargate joint venture (revised)");
    writeFile(path, changed);

    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(reloaded.count(), 1);
    EXPECT_EQ(document.model().deal("stargate-jv")->title, "Stargate joint venture (revised)");
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));
}

TEST_F(DocumentReloadTest, BrokenRewriteKeepsTheModelAndReportsErrors) {
    QSignalSpy failed(&document, &Document::loadFailed);
    QSignalSpy reset(&document, &Document::modelReset);
    writeFile(path, "{ \"format\": \"dealgraph\", ");

    ASSERT_TRUE(failed.wait(5000));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(failed.at(0).at(0).toString(), QFileInfo(path).absoluteFilePath());
    EXPECT_TRUE(
        failed.at(0).at(1).toStringList().front().startsWith(QStringLiteral("deals.json:")));
    EXPECT_EQ(document.model().deals().size(), 4u);
    EXPECT_EQ(document.model().deal("stargate-jv")->title, "Stargate joint venture");
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));

    // Fixing the file brings the reload back: the watch survived the failure.
    QByteArray fixed = original;
    fixed.replace("Small test model", "Small test model, fixed");
    writeFile(path, fixed);
    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(document.model().title(), "Small test model, fixed");
}

TEST_F(DocumentReloadTest, ReplacingTheFileByRenameIsFollowed) {
    // What editors do on save: write a new file, then rename it over the old one.
    QSignalSpy reset(&document, &Document::modelReset);
    for (int round = 1; round <= 2; ++round) {
        QByteArray changed = original;
        changed.replace("Small test model",
                        QByteArray("Renamed save ") + QByteArray::number(round));
        const QString temporary = dir.filePath(QStringLiteral("deals.json.tmp"));
        writeFile(temporary, changed);
        ASSERT_EQ(std::rename(QFile::encodeName(temporary).constData(),
                              QFile::encodeName(path).constData()),
                  0);
        ASSERT_TRUE(reset.wait(5000)) << "round " << round;
        EXPECT_EQ(document.model().title(), "Renamed save " + std::to_string(round));
    }
}

TEST_F(DocumentReloadTest, RemovedSelectionIsClearedOnReload) {
    document.select(Selection::deal("nvidia-openai-chips"));
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy selection(&document, &Document::selectionChanged);
    QByteArray changed = original;
    changed.replace("\"nvidia-openai-chips\"", "\"nvidia-openai-chips-2\"");
    writeFile(path, changed);

    ASSERT_TRUE(reset.wait(5000));
    EXPECT_TRUE(document.selection().isNone());
    EXPECT_GE(selection.count(), 1);
}

TEST_F(DocumentReloadTest, HistoryForgetsWhatTheReloadRemoved) {
    document.select(Selection::deal("nvidia-openai-chips"));
    document.select(Selection::entity("oracle")); // history: oracle, the deal; now oracle
    QSignalSpy reset(&document, &Document::modelReset);
    QByteArray changed = original;
    changed.replace("\"nvidia-openai-chips\"", "\"nvidia-openai-chips-2\"");
    writeFile(path, changed);

    ASSERT_TRUE(reset.wait(5000));
    EXPECT_EQ(document.selection(), Selection::entity("oracle"));
    // Going back would only land on Oracle again: there is nothing to go back to.
    EXPECT_FALSE(document.canGoBack());
}

TEST_F(DocumentReloadTest, QuickSuccessiveWritesReloadOnce) {
    QSignalSpy reset(&document, &Document::modelReset);
    QSignalSpy failed(&document, &Document::loadFailed);
    // A half-written file followed quickly by the rest must not be read in between.
    QByteArray changed = original;
    changed.replace("\"Small test model\"", "\"Small test model, saved\"");
    writeFile(path, changed.left(changed.size() / 2));
    QTest::qWait(20);
    // A different text: a file written again as it was is no change, and is not reloaded.
    writeFile(path, changed);
    ASSERT_TRUE(reset.wait(5000));
    QTest::qWait(Document::kReloadDelayMs * 2);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(failed.count(), 0);
}

} // namespace
