// Shared by the scene tests: a GraphScene laid out by the app binary's worker mode, waiting for
// that layout, and a GraphView fitted to the scene.
#pragma once

#include "document/layout_runner.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace dealgraph::app::scenetest {

inline constexpr int kLayoutTimeoutMs = 30000;

// Lays out in `dealgraph --layout-worker`, the binary under test.
inline void useLayoutWorker(GraphScene& scene) {
    scene.layoutRunner().setProgram(QStringLiteral(DEALGRAPH_BINARY),
                                    {QStringLiteral("--layout-worker")});
}

// Waits for the layout `finished` spies on; on failure says why (the layout's message).
inline ::testing::AssertionResult waitForLayout(GraphScene& scene, QSignalSpy& finished,
                                                int timeoutMs = kLayoutTimeoutMs) {
    QSignalSpy failed(&scene, &GraphScene::layoutFailed);
    if (finished.count() > 0 || finished.wait(timeoutMs))
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "no layout: "
           << (failed.isEmpty() ? std::string("timed out")
                                : failed.first().first().toString().toStdString());
}

// A shown view of the whole scene, without animation, so clicks land where the items are.
inline std::unique_ptr<GraphView> showFittedView(GraphScene& scene, QSize size = {1000, 700}) {
    auto view = std::make_unique<GraphView>(&scene);
    view->setAnimated(false);
    view->resize(size);
    view->show();
    EXPECT_TRUE(QTest::qWaitForWindowExposed(view.get()));
    view->zoomToFit();
    return view;
}

} // namespace dealgraph::app::scenetest
