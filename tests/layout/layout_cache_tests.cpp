// The layout cache: a second identical request is answered without a worker, anything that
// changes the request misses, and a damaged entry is thrown away rather than drawn. Every test
// keeps its cache in a temporary directory, never the user's.
#include "document/layout_cache.h"
#include "document/layout_runner.h"
#include "layout_test_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

using layout::LayoutRequest;
using layout::LayoutResult;

constexpr int kGenerousWaitMs = 30000;

class CacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(cacheDir.isValid());
        runner.setCacheDirectory(cacheDir.path());
    }

    // A worker that would lay out for real, or one that crashes: a job that succeeds with the
    // crashing worker cannot have started it.
    void useWorker(const char* mode) {
        runner.setProgram(QStringLiteral(FAKE_LAYOUT_WORKER), {QString::fromLatin1(mode)});
    }

    // Runs one job to its end; returns the failure message, or "" on success.
    QString runToEnd(const LayoutRequest& request) {
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy failed(&runner, &LayoutRunner::failed);
        runner.start(request);
        EXPECT_TRUE(finished.isEmpty() && failed.isEmpty()) << "never reported inside start()";
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < kGenerousWaitMs)
            failed.wait(50);
        EXPECT_EQ(finished.size() + failed.size(), 1) << "exactly one report per job";
        EXPECT_FALSE(runner.isRunning());
        if (!finished.isEmpty()) {
            result = finished.first().at(1).value<LayoutResult>();
            return {};
        }
        return failed.isEmpty() ? QStringLiteral("(no report)") : failed.first().at(1).toString();
    }

    QStringList entries() const {
        return QDir(cacheDir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot);
    }

    QTemporaryDir cacheDir;
    LayoutRunner runner;
    LayoutResult result;
};

TEST_F(CacheTest, OffUnlessADirectoryIsGiven) {
    LayoutRunner fresh;
    EXPECT_TRUE(fresh.cacheDirectory().isEmpty());
    EXPECT_EQ(runner.cacheDirectory(), cacheDir.path());
}

TEST_F(CacheTest, ASecondIdenticalRequestDoesNotStartTheWorker) {
    const LayoutRequest request = layout::testing::sampleRequest(layout::Engine::Dot);
    useWorker("real");
    ASSERT_EQ(runToEnd(request), QString());
    EXPECT_FALSE(runner.servedFromCache());
    const LayoutResult first = result;
    EXPECT_EQ(entries().size(), 1);

    useWorker("crash");
    ASSERT_EQ(runToEnd(request), QString()) << "the crashing worker must not have run";
    EXPECT_TRUE(runner.servedFromCache());
    layout::testing::expectWellFormed(request, result);
    ASSERT_EQ(result.nodes.size(), first.nodes.size());
    for (std::size_t i = 0; i < first.nodes.size(); ++i) {
        EXPECT_DOUBLE_EQ(result.nodes[i].centre.x, first.nodes[i].centre.x);
        EXPECT_DOUBLE_EQ(result.nodes[i].centre.y, first.nodes[i].centre.y);
    }
}

TEST_F(CacheTest, AnyChangeToTheRequestMisses) {
    const LayoutRequest request = layout::testing::sampleRequest(layout::Engine::Dot);
    useWorker("real");
    ASSERT_EQ(runToEnd(request), QString());

    LayoutRequest otherEngine = request;
    otherEngine.engine = layout::Engine::Neato;
    LayoutRequest otherSize = request;
    otherSize.nodes[2].size.width += 1;
    LayoutRequest otherEdge = request;
    otherEdge.edges.pop_back();
    LayoutRequest otherSeparation = request;
    otherSeparation.rankSeparation += 4;
    useWorker("crash");
    for (const LayoutRequest& changed : {otherEngine, otherSize, otherEdge, otherSeparation}) {
        EXPECT_NE(LayoutCache::keyFor(changed), LayoutCache::keyFor(request));
        EXPECT_NE(runToEnd(changed), QString()) << "a changed request must run the worker";
        EXPECT_FALSE(runner.servedFromCache());
    }
}

TEST_F(CacheTest, ACorruptEntryIsIgnoredAndRemoved) {
    const LayoutRequest request = layout::testing::sampleRequest(layout::Engine::Dot);
    const LayoutCache cache(cacheDir.path());
    const QString path = cache.pathFor(LayoutCache::keyFor(request));

    // Truncated JSON, and a well-formed layout of the wrong size (one node).
    LayoutResult tiny;
    tiny.bounds = {10, 10};
    tiny.nodes = {layout::NodeGeometry{{5, 5}, {10, 10}}};
    const std::string wrongSize = layout::outcomeToJson({tiny, {}});
    for (const QByteArray& damage :
         {QByteArray("{\"result\": {\"bounds\": [1, "), QByteArray::fromStdString(wrongSize)}) {
        ASSERT_TRUE(QDir().mkpath(cacheDir.path()));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(damage);
        file.close();

        useWorker("crash");
        EXPECT_NE(runToEnd(request), QString()) << "a damaged entry must not be used";
        EXPECT_FALSE(QFile::exists(path)) << "a damaged entry is removed";
    }
    // The next real layout stores a good entry again, which then serves.
    useWorker("real");
    ASSERT_EQ(runToEnd(request), QString());
    useWorker("crash");
    EXPECT_EQ(runToEnd(request), QString());
}

TEST_F(CacheTest, CancellingAHitReportsNothing) {
    const LayoutRequest request = layout::testing::sampleRequest(layout::Engine::Dot);
    useWorker("real");
    ASSERT_EQ(runToEnd(request), QString());

    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy failed(&runner, &LayoutRunner::failed);
    runner.start(request);
    EXPECT_TRUE(runner.isRunning());
    runner.cancel();
    EXPECT_FALSE(runner.isRunning());
    QTest::qWait(50);
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}

TEST_F(CacheTest, TrimmingKeepsTheDirectoryUnderItsBound) {
    // Room for about two entries of the sample: the third store evicts the oldest.
    const QByteArray entry(4000, 'x'); // store() takes what the worker said, unchecked
    const LayoutCache cache(cacheDir.path(), entry.size() * 2 + entry.size() / 2);
    for (const char* key : {"aa", "bb", "cc"}) {
        cache.store(key, entry);
        QTest::qWait(20); // distinct modification times
    }
    EXPECT_EQ(entries().size(), 2);
    EXPECT_FALSE(QFile::exists(cache.pathFor("aa"))) << "the oldest goes first";
    EXPECT_TRUE(QFile::exists(cache.pathFor("cc")));
}

} // namespace
} // namespace dealgraph::app
