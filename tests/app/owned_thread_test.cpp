// startOwnedThread (document/owned_thread.h): the work's thread belongs to its owner, which
// waits for it, so no QThread outlives the program or is destroyed while running.
#include "document/owned_thread.h"

#include <QObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

namespace dealgraph::app {
namespace {

TEST(OwnedThread, DoneRunsOnTheOwnersThreadAndTheThreadIsGone) {
    QObject owner;
    std::atomic<bool> worked = false;
    bool done = false;
    startOwnedThread(
        &owner, QStringLiteral("test"), [&] { worked = true; },
        [&] { done = QThread::currentThread() == owner.thread(); });
    EXPECT_TRUE(QTest::qWaitFor([&] { return done; }, 5000));
    EXPECT_TRUE(worked);
    EXPECT_TRUE(QTest::qWaitFor([&] { return owner.findChildren<QThread*>().isEmpty(); }, 5000))
        << "the finished thread is deleted";
}

TEST(OwnedThread, AnOwnerDestroyedFirstWaitsForTheWorkAndHearsNothing) {
    auto owner = std::make_unique<QObject>();
    std::atomic<bool> finished = false;
    bool done = false;
    startOwnedThread(
        owner.get(), QStringLiteral("test"),
        [&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            finished = true;
        },
        [&] { done = true; });
    ASSERT_EQ(owner->findChildren<QThread*>().size(), 1);
    waitForOwnedThreads(owner.get());
    EXPECT_TRUE(finished) << "the owner waited for the work";
    owner.reset(); // deletes the thread object with its owner, no event loop needed
    QCoreApplication::processEvents();
    EXPECT_FALSE(done) << "nothing reaches an owner that went first";
}

} // namespace
} // namespace dealgraph::app
