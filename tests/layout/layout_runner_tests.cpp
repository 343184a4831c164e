// LayoutRunner and runLayoutBlocking against fake_layout_worker, which can do a real layout or
// misbehave on purpose: hang, crash, print garbage, answer for the wrong graph, eat memory.
#include "document/layout_runner.h"
#include "layout_test_support.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

using layout::LayoutRequest;
using layout::LayoutResult;

constexpr int kGenerousWaitMs = 30000;

// AddressSanitizer reserves terabytes of address space, so RLIMIT_AS cannot be tested under it
// (and the worker deliberately ignores its memory limit there).
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUnderAddressSanitizer = true;
#else
constexpr bool kUnderAddressSanitizer = false;
#endif

LayoutRequest sample() {
    return layout::testing::sampleRequest(layout::Engine::Dot);
}

QString workerPath() {
    return QStringLiteral(FAKE_LAYOUT_WORKER);
}

class RunnerTest : public ::testing::Test {
protected:
    void useWorker(const char* mode) {
        runner.setProgram(workerPath(), {QString::fromLatin1(mode)});
    }

    // Runs one job to its end; returns the failure message, or "" on success.
    QString runToEnd(const LayoutRequest& request) {
        QSignalSpy finished(&runner, &LayoutRunner::finished);
        QSignalSpy failed(&runner, &LayoutRunner::failed);
        runner.start(request);
        const quint64 id = runner.currentJobId();
        EXPECT_TRUE(runner.isRunning());
        QElapsedTimer clock;
        clock.start();
        while (finished.isEmpty() && failed.isEmpty() && clock.elapsed() < kGenerousWaitMs) {
            failed.wait(100);
        }
        EXPECT_EQ(finished.size() + failed.size(), 1) << "exactly one report per job";
        EXPECT_FALSE(runner.isRunning()) << "a finished job leaves the runner ready";
        if (!finished.isEmpty()) {
            EXPECT_EQ(finished.first().at(0).value<quint64>(), id);
            result = finished.first().at(1).value<LayoutResult>();
            return {};
        }
        if (failed.isEmpty()) {
            return QStringLiteral("(no report)");
        }
        EXPECT_EQ(failed.first().at(0).value<quint64>(), id);
        const QString message = failed.first().at(1).toString();
        EXPECT_FALSE(message.isEmpty());
        return message;
    }

    void expectNextJobSucceeds() {
        useWorker("real");
        const LayoutRequest request = sample();
        EXPECT_EQ(runToEnd(request), QString());
        layout::testing::expectWellFormed(request, result);
    }

    LayoutRunner runner;
    LayoutResult result;
};

TEST_F(RunnerTest, DefaultsToThisExecutableAsWorkerWithAMemoryLimit) {
    EXPECT_EQ(runner.program(), QCoreApplication::applicationFilePath());
    EXPECT_EQ(runner.timeout(), 60000);
    EXPECT_EQ(runner.memoryLimit(), std::size_t{4} << 30);
    EXPECT_EQ(runner.effectiveArguments(),
              (QStringList{"--layout-worker", "--memory-limit", "4294967296"}));
    runner.setMemoryLimit(0);
    EXPECT_EQ(runner.effectiveArguments(), QStringList{"--layout-worker"});
    EXPECT_FALSE(runner.isRunning());
}

TEST_F(RunnerTest, LaysOutInTheWorkerAndReportsTheJobId) {
    useWorker("real");
    QSignalSpy started(&runner, &LayoutRunner::started);
    const LayoutRequest request = sample();
    EXPECT_EQ(runToEnd(request), QString());
    ASSERT_EQ(started.size(), 1);
    EXPECT_EQ(started.first().at(0).value<quint64>(), runner.currentJobId());
    layout::testing::expectWellFormed(request, result);
    // Job ids grow, so callers can tell stale results apart.
    const quint64 first = runner.currentJobId();
    EXPECT_EQ(runToEnd(request), QString());
    EXPECT_GT(runner.currentJobId(), first);
}

TEST_F(RunnerTest, ResultsTravelThroughQueuedConnections) {
    useWorker("real");
    int received = 0;
    QObject receiver;
    QObject::connect(
        &runner, &LayoutRunner::finished, &receiver,
        [&](quint64, const LayoutResult& r) { received = static_cast<int>(r.nodes.size()); },
        Qt::QueuedConnection);
    EXPECT_EQ(runToEnd(sample()), QString());
    QCoreApplication::processEvents();
    EXPECT_EQ(received, static_cast<int>(sample().nodes.size()));
}

TEST_F(RunnerTest, KillsAWorkerThatExceedsTheTimeLimit) {
    useWorker("hang");
    runner.setTimeout(500);
    QElapsedTimer clock;
    clock.start();
    const QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("longer than 0.5 s")) << message.toStdString();
    EXPECT_LT(clock.elapsed(), 10000);
    // The next job gets the usual time: under ASan a real layout can take more than 0.5 s.
    runner.setTimeout(LayoutRunner::kDefaultTimeoutMs);
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, TimeoutAdviceDependsOnTheEngine) {
    useWorker("hang");
    runner.setTimeout(300);
    layout::LayoutRequest dot = sample();
    dot.engine = layout::Engine::Dot;
    const QString afterDot = runToEnd(dot);
    EXPECT_TRUE(afterDot.contains("The dot layout")) << afterDot.toStdString();
    EXPECT_TRUE(afterDot.contains("Try the sfdp layout engine")) << afterDot.toStdString();
    layout::LayoutRequest sfdp = sample();
    sfdp.engine = layout::Engine::Sfdp;
    const QString afterSfdp = runToEnd(sfdp);
    EXPECT_TRUE(afterSfdp.contains("The sfdp layout")) << afterSfdp.toStdString();
    EXPECT_FALSE(afterSfdp.contains("Try the sfdp")) << "sfdp was the engine that ran too long";
}

TEST_F(RunnerTest, ReportsACrashWithTheSignal) {
    useWorker("crash");
    const QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("crashed")) << message.toStdString();
    EXPECT_TRUE(message.contains("SIGABRT")) << message.toStdString();
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, ReportsGarbageOutput) {
    useWorker("garbage");
    QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("garbage")) << message.toStdString();
    useWorker("wrong"); // valid JSON, but a layout of some other graph
    message = runToEnd(sample());
    EXPECT_TRUE(message.contains("garbage")) << message.toStdString();
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, ReportsRunningOutOfMemory) {
    if (kUnderAddressSanitizer) {
        GTEST_SKIP() << "memory limits do not apply under AddressSanitizer";
    }
    useWorker("hog");
    runner.setMemoryLimit(std::size_t{256} << 20);
    const QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("ran out of memory")) << message.toStdString();
    EXPECT_TRUE(message.contains("256 MiB")) << message.toStdString();
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, RealWorkerRespectsItsMemoryLimit) {
    if (kUnderAddressSanitizer) {
        GTEST_SKIP() << "memory limits do not apply under AddressSanitizer";
    }
    // So little address space that the worker cannot even hold the request.
    useWorker("real");
    runner.setMemoryLimit(std::size_t{1} << 20);
    const QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("memory")) << message.toStdString();
    runner.setMemoryLimit(LayoutRunner::kDefaultMemoryLimit);
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, PassesOnTheWorkersOwnError) {
    useWorker("fail");
    EXPECT_EQ(runToEnd(sample()), QStringLiteral("the graph is upside down"));
    useWorker("real");
    LayoutRequest bad = sample();
    bad.edges[0].head = 99; // the worker refuses the request (exit code 2)
    const QString message = runToEnd(bad);
    EXPECT_TRUE(message.contains("does not exist")) << message.toStdString();
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, ReportsAWorkerThatCannotStart) {
    runner.setProgram(QStringLiteral("/nonexistent/dealgraph-worker"), {});
    QSignalSpy failed(&runner, &LayoutRunner::failed);
    runner.start(sample());
    EXPECT_TRUE(failed.isEmpty()) << "failures arrive from the event loop, not inside start()";
    const QString message = runToEnd(sample());
    EXPECT_TRUE(message.contains("could not be started")) << message.toStdString();
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, CancelledJobsReportNothing) {
    useWorker("hang");
    QSignalSpy finished(&runner, &LayoutRunner::finished);
    QSignalSpy failed(&runner, &LayoutRunner::failed);
    runner.start(sample());
    EXPECT_TRUE(runner.isRunning());
    runner.cancel();
    EXPECT_FALSE(runner.isRunning());
    QTest::qWait(500);
    EXPECT_TRUE(finished.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
    expectNextJobSucceeds();
}

TEST_F(RunnerTest, StartingAgainSupersedesTheRunningJob) {
    useWorker("hang");
    QSignalSpy failed(&runner, &LayoutRunner::failed);
    runner.start(sample());
    const quint64 stale = runner.currentJobId();
    expectNextJobSucceeds();
    EXPECT_GT(runner.currentJobId(), stale);
    EXPECT_TRUE(failed.isEmpty()) << "the superseded job never reports";
}

TEST(RunLayoutBlocking, LaysOut) {
    const LayoutRequest request = sample();
    const layout::LayoutOutcome outcome =
        runLayoutBlocking(request, workerPath(), {"real", "--memory-limit", "4294967296"}, 30000);
    ASSERT_TRUE(outcome.result) << outcome.error;
    layout::testing::expectWellFormed(request, *outcome.result);
}

TEST(RunLayoutBlocking, ReportsTimeoutCrashAndMissingProgram) {
    QElapsedTimer clock;
    clock.start();
    layout::LayoutOutcome outcome = runLayoutBlocking(sample(), workerPath(), {"hang"}, 500);
    EXPECT_FALSE(outcome.result);
    EXPECT_NE(outcome.error.find("longer than"), std::string::npos) << outcome.error;
    EXPECT_LT(clock.elapsed(), 10000);

    outcome = runLayoutBlocking(sample(), workerPath(), {"crash"}, 30000);
    EXPECT_NE(outcome.error.find("crashed"), std::string::npos) << outcome.error;

    outcome = runLayoutBlocking(sample(), QStringLiteral("/nonexistent/worker"), {}, 30000);
    EXPECT_NE(outcome.error.find("could not be started"), std::string::npos) << outcome.error;
}

} // namespace
} // namespace dealgraph::app

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
