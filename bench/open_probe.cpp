#include "open_probe.h"

#include "document/document.h"
#include "document/layout_runner.h"
#include "scene/graph_scene.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace dealgraph::app {

// Opens `path` as the window does, from the event loop, and returns the longest stall of the
// loop until the layout has been drawn into items (an event-loop latency probe).
double longestStallWhileOpening(const QString& path, const QString& cacheDir) {
    Document document;
    document.setWatchFile(false);
    GraphScene scene(&document);
    scene.layoutRunner().setProgram(QStringLiteral(DEALGRAPH_EXECUTABLE),
                                    {QStringLiteral("--layout-worker")});
    scene.layoutRunner().setTimeout(0);
    scene.layoutRunner().setCacheDirectory(cacheDir);
    QElapsedTimer since;
    double longest = 0;
    QTimer probe;
    probe.setInterval(1);
    // DEALGRAPH_BENCH_TRACE=1: each stall over 20 ms on stderr, with the steps of the open, so
    // a run says which step the longest one is.
    const bool trace = qEnvironmentVariableIsSet("DEALGRAPH_BENCH_TRACE");
    QElapsedTimer sinceOpen;
    sinceOpen.start();
    auto mark = [&](const char* what) {
        if (trace)
            std::fprintf(stderr, "  %8.0f ms: %s\n", static_cast<double>(sinceOpen.elapsed()),
                         what);
    };
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const double gap = static_cast<double>(since.nsecsElapsed()) / 1e6;
        if (trace && gap > 20)
            std::fprintf(stderr, "  %8.0f ms: the event loop stalled %.0f ms\n",
                         static_cast<double>(sinceOpen.elapsed()), gap);
        longest = std::max(longest, gap);
        since.restart();
    });
    QObject::connect(&document, &Document::modelReset, [&] { mark("model installed"); });
    QObject::connect(&scene, &GraphScene::layoutStarted, [&] { mark("layout started"); });
    QObject::connect(&scene.layoutRunner(), &LayoutRunner::started,
                     [&] { mark("text measured, worker started"); });
    QObject::connect(&scene.layoutRunner(), &LayoutRunner::finished,
                     [&] { mark("the layout's answer parsed"); });
    QObject::connect(&scene, &GraphScene::layoutFinished, [&] { mark("scene built"); });
    QEventLoop loop;
    QObject::connect(&scene, &GraphScene::layoutFinished, &loop, &QEventLoop::quit);
    QObject::connect(&scene, &GraphScene::layoutFailed, &loop, &QEventLoop::quit);
    since.start();
    probe.start();
    // As the window opens it (MainWindow::openFile): a big file on a worker thread.
    QObject::connect(&document, &Document::openingEnded, &loop, [&](const QString&, bool opened) {
        if (!opened)
            loop.quit();
    });
    QTimer::singleShot(0, &document, [&] {
        if (QFileInfo(path).size() > Document::kBackgroundOpenBytes)
            document.openInBackground(path);
        else if (!document.loadFile(path))
            loop.quit();
    });
    loop.exec();
    // The last stretch (the scene build) ends with layoutFinished, before the probe ticks.
    longest = std::max(longest, static_cast<double>(since.nsecsElapsed()) / 1e6);
    probe.stop();
    return longest;
}

} // namespace dealgraph::app
