// The interactive side of scale (issue 7): for generated models of 100, 1k, 5k and 20k entities,
// opens each the way the window does (Document + GraphScene, layout in the real worker process)
// and times what a user waits for: the first open and a reopen served by the layout cache, the
// scene build, repainting a fitted and a 1:1 view into a 1920x1080 image, hover hit-testing and
// its highlight, an as-of and a filter change, a headless export; then the peak memory.
// Prints a table; asserts nothing about time (CI runs it short so it cannot rot).
//
//   scene_bench [ENTITIES...] [--benchmark_out=FILE.json]   default 100 1000 5000 20000
//   DEALGRAPH_BENCH_SHORT=1        100 and 1000 only, fewer frames
#include "document/document.h"
#include "document/layout_cache.h"
#include "document/layout_runner.h"
#include "export/export_options.h"
#include "export/exporter.h"
#include "scene/graph_input.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include "open_probe.h"
#include "process_memory.h"
#include "scene_bench_report.h"

#include "dealgraph/generate.h"
#include "dealgraph/load.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <ctime>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <string>
#include <vector>

#ifndef DEALGRAPH_EXECUTABLE
#error "DEALGRAPH_EXECUTABLE must name the dealgraph executable (the layout worker)"
#endif

namespace dealgraph::app {
namespace {

// Wall time, for what involves the layout worker (another process).
using Clock = QElapsedTimer;

double msSince(const Clock& clock) {
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

// CPU time of this process, for work done in it: steadier than wall time on a machine shared
// with other jobs, and on an idle machine an upper bound of it (Qt's raster engine fills some
// spans on helper threads, whose time counts here too).
class CpuClock {
public:
    void start() { start_ = now(); }
    qint64 nsecsElapsed() const { return now() - start_; }

private:
    static qint64 now() {
        timespec time{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
        return qint64(time.tv_sec) * 1000000000 + time.tv_nsec;
    }
    qint64 start_ = now();
};

double msSince(const CpuClock& clock) {
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> samples) {
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// Runs the event loop while `busy` holds, as a window does while its picture is made in the
// background; `*longestGap` grows to the longest gap between the ticks of a 1 ms timer meanwhile
// (recording items, laying a played layer over the others): what input would wait for.
void runEventsWhile(const std::function<bool()>& busy, double* longestGap) {
    if (!busy())
        return;
    QEventLoop loop;
    QTimer probe;
    probe.setInterval(1);
    Clock since;
    since.start();
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        *longestGap = std::max(*longestGap, msSince(since));
        since.restart();
        if (!busy())
            loop.quit();
    });
    probe.start();
    loop.exec();
}

// Runs `work` `times` times; the median in milliseconds.
double medianMs(int times, const std::function<void()>& work) {
    std::vector<double> samples;
    for (int i = 0; i < times; ++i) {
        CpuClock clock;
        clock.start();
        work();
        samples.push_back(msSince(clock));
    }
    return median(samples);
}

// Waits (event loop running) until the scene reports its layout; false on failure.
bool waitForLayout(GraphScene& scene, Clock* finishedAt = nullptr, double* finishedMs = nullptr) {
    QEventLoop loop;
    bool ok = false;
    auto done = QObject::connect(&scene, &GraphScene::layoutFinished, &loop, [&] {
        if (finishedAt && finishedMs)
            *finishedMs = msSince(*finishedAt);
        ok = true;
        loop.quit();
    });
    auto failed =
        QObject::connect(&scene, &GraphScene::layoutFailed, &loop, [&](const QString& message) {
            std::fprintf(stderr, "layout failed: %s\n", qPrintable(message));
            loop.quit();
        });
    loop.exec();
    QObject::disconnect(done);
    QObject::disconnect(failed);
    return ok;
}

// Renders the view's viewport as the window would paint it, into an image of its size; only
// `region` when given (what a pan exposes).
double renderFrame(GraphView& view, QImage& image, const QRegion& region = {}) {
    CpuClock clock;
    clock.start();
    QPainter painter(&image);
    view.viewport()->render(&painter, QPoint(), region);
    painter.end();
    return msSince(clock);
}

Row measure(std::size_t entities, bool shortRun, const QString& cacheDir) {
    Row row;
    row.entities = entities;
    StagePeaks memory;
    Model generated = generateModel(GenerateOptions{entities, 1});
    row.deals = generated.deals().size();
    for (const Deal& deal : generated.deals())
        row.flows += deal.flows.size();
    const int frames = shortRun ? 3 : 7;

    // Opening a file reads and checks it on the UI thread, before any layout: how long that
    // blocks the window.
    {
        const QString path = cacheDir + QStringLiteral("/model-%1.json").arg(entities);
        {
            QFile file(path);
            const std::string json = saveModelToString(generated);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(json.data(), static_cast<qint64>(json.size())) <= 0)
                std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        }
        // The load and the probe hold only what a window opening the file would: the
        // generated model comes back afterwards (the same bytes for the same seed).
        generated = Model();
        {
            Document reader;
            reader.setWatchFile(false);
            CpuClock clock;
            clock.start();
            if (!reader.loadFile(path))
                std::fprintf(stderr, "the generated model did not load from %s\n",
                             qPrintable(path));
            row.loadFile = msSince(clock);
        }
        // Without the cache: the cold open below must still find it empty. With a kept cache
        // (DEALGRAPH_BENCH_CACHE_DIR) the probe uses it too: the stall is the UI thread's, the
        // same whether the layout comes from the worker or the cache, and 20,000 entities
        // would otherwise wait for sfdp's quarter of an hour twice.
        row.uiBlock = longestStallWhileOpening(
            path, qEnvironmentVariableIsSet("DEALGRAPH_BENCH_CACHE_DIR") ? cacheDir : QString());
        QFile::remove(path);
        // DEALGRAPH_BENCH_OPEN_ONLY=1: only this probe (with DEALGRAPH_BENCH_TRACE, a quick
        // look at where the open stalls).
        if (qEnvironmentVariableIsSet("DEALGRAPH_BENCH_OPEN_ONLY")) {
            std::printf("open probe %zu: ui_block_ms=%.0f\n", entities, row.uiBlock);
            std::exit(0);
        }
    }
    memory.note(entities, "after loading the file and the open probe");
    generated = generateModel(GenerateOptions{entities, 1});

    Document document;
    GraphScene scene(&document);
    LayoutRunner& runner = scene.layoutRunner();
    runner.setProgram(QStringLiteral(DEALGRAPH_EXECUTABLE), {QStringLiteral("--layout-worker")});
    runner.setTimeout(0); // a big sfdp layout may take minutes here; measure, do not give up
    runner.setCacheDirectory(cacheDir);

    {
        CpuClock clock;
        clock.start();
        const GraphInput input = buildGraphInput(generated, scene.graphStyle());
        row.graphInput = msSince(clock);
    }

    // Cold open: the cache is empty, the worker lays out.
    Model copy = generated;
    double started = 0;
    Clock open;
    open.start();
    QObject::connect(&scene, &GraphScene::layoutStarted, &scene, [&] { started = msSince(open); });
    document.setModel(std::move(generated));
    if (!waitForLayout(scene, &open, &row.openCold))
        return row;
    const double coldAfterStart = row.openCold - started;

    // Warm open of the same model: the layout comes from the cache. The cache hit is reported
    // from the event loop, so the time between layoutStarted and layoutFinished is the build.
    open.restart();
    document.setModel(Model(copy));
    if (!waitForLayout(scene, &open, &row.openWarm))
        return row;
    if (!runner.servedFromCache())
        std::fprintf(stderr, "warning: the reopen was not served by the cache\n");
    copy = Model(); // the window holds one model, not a spare
    row.sceneBuild = row.openWarm - started;
    row.worker = coldAfterStart - row.sceneBuild;

    memory.note(entities, "after the cold and the warm open");
    GraphView view(&scene);
    view.setAnimated(false);
    view.setLegendVisible(false);
    view.resize(1920, 1080);
    view.show();
    QCoreApplication::processEvents();
    view.zoomToFit();
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);

    // Full quality: the picture once the window sits still, and its overview image made in the
    // background, so that no worker draws while the frames below are timed.
    const auto settleFully = [&] {
        renderFrame(view, image); // a paint: the overview image starts if it is out of date
        view.settle();
        double ignored = 0;
        runEventsWhile([&] { return view.isRenderingOverview(); }, &ignored);
    };
    settleFully();
    row.fittedFirst = renderFrame(view, image);
    // A frame of the zoom and pan sweep, counted towards the slowest.
    auto sweepFrame = [&](const QRegion& region = {}) {
        const double ms = renderFrame(view, image, region);
        row.frameMax = std::max(row.frameMax, ms);
        return ms;
    };
    {
        std::vector<double> samples;
        for (int i = 0; i < frames; ++i)
            samples.push_back(sweepFrame());
        row.fitted = median(samples);
    }
    {
        // One wheel notch in from the fit: what the first zoom gesture costs.
        std::vector<double> samples;
        for (int i = 0; i < frames; ++i) {
            view.zoomToFit();
            view.setZoomForTest(view.zoom() * 1.15);
            samples.push_back(sweepFrame());
        }
        row.zoomedFit = median(samples);
    }
    {
        view.resetZoom();
        view.centerOn(scene.sceneRect().center());
        std::vector<double> samples;
        // A drag scrolls the window's pixels and paints the 40 px strip that comes in.
        const QRect viewport = view.viewport()->rect();
        // A strip too slow to draw at once shows the overview image and is refined in the
        // background (graph_view_frame.cpp): the event loop runs until the window is done, and
        // its longest stall meanwhile (a 1 ms timer's largest gap: recording items, laying a
        // played layer over the others) counts as the longest slice. Each pan starts from a
        // finished window.
        double panRefine = 0;
        const auto refineAll = [&] {
            runEventsWhile([&] { return view.isRefining(); }, &row.refineSliceMax);
        };
        view.settle();
        renderFrame(view, image);
        refineAll(); // the pans start from a finished window
        for (int i = 0; i < frames; ++i) {
            view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() + 40);
            samples.push_back(sweepFrame(QRect(viewport.right() - 39, 0, 40, viewport.height())));
            Clock refine; // wall time: the workers draw while the UI thread waits
            refine.start();
            refineAll();
            panRefine = std::max(panRefine, msSince(refine));
        }
        std::fprintf(stderr, "%zu entities: a 40 px pan at 100 %% refined in at most %.1f ms\n",
                     entities, panRefine);
        row.oneToOne = median(samples);
        const QRectF shown = view.mapToScene(view.viewport()->rect()).boundingRect();
        std::fprintf(stderr, "%zu entities: scene %.0f x %.0f pt, %lld items, %lld at 1:1\n",
                     entities, scene.sceneRect().width(), scene.sceneRect().height(),
                     static_cast<long long>(scene.items().size()),
                     static_cast<long long>(scene.items(shown).size()));
        samples.clear();
        // A zoom step near 100 % repaints everything (fast while moving), then settles.
        for (int i = 0; i < frames; ++i) {
            view.resetZoom();
            view.setZoomForTest(i % 2 ? 1.15 : 1 / 1.15);
            samples.push_back(sweepFrame());
        }
        row.zoomOneToOne = median(samples);
        samples.clear();
        for (int i = 0; i < frames; ++i) {
            view.setZoomForTest(i % 2 ? 1.15 : 1 / 1.15);
            sweepFrame(); // the moved picture
            view.settle();
            Clock whole; // wall time: the workers draw while the UI thread waits
            whole.start();
            renderFrame(view, image); // the frame after the last step, then the background
            refineAll();
            samples.push_back(msSince(whole));
        }
        row.oneToOneStill = median(samples);
    }

    memory.note(entities, "after the zoom and pan sweep");
    // Hover: what lies under the pointer (as the view asks at 100 %), at many points.
    {
        QRandomGenerator random(7);
        const QRectF rect = scene.sceneRect();
        const int points = shortRun ? 200 : 2000;
        std::vector<double> samples;
        std::size_t found = 0;
        for (int i = 0; i < points; ++i) {
            const QPointF at(rect.left() + random.generateDouble() * rect.width(),
                             rect.top() + random.generateDouble() * rect.height());
            CpuClock clock;
            clock.start();
            found +=
                scene.items(at, Qt::IntersectsItemShape, Qt::DescendingOrder, QTransform()).size();
            samples.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e3);
        }
        row.hitTestUs = median(samples);
        if (found == 0)
            std::fprintf(stderr, "warning: no item under any sampled point\n");
    }
    {
        const std::string id = document.model().entities().front().id;
        row.hover = medianMs(frames, [&] {
            scene.hoverEntity(id);
            scene.clearHover();
        });
    }

    memory.note(entities, "after hit tests and hover");
    {
        CpuClock clock;
        clock.start();
        qsizetype characters = 0;
        for (QGraphicsItem* item : scene.items())
            characters += scene.toolTipFor(item).size();
        row.allToolTips = msSince(clock);
        if (characters == 0)
            std::fprintf(stderr, "warning: no tooltips\n");
    }

    memory.note(entities, "after building every tooltip");
    // View changes: no re-layout, only visibility and status.
    {
        const Date early = Date::ymd(2024, 6, 30);
        row.asOfChange = medianMs(frames,
                                  [&] {
                                      document.setAsOf(early);
                                      document.setAsOf(std::nullopt);
                                  }) /
                         2;
        Filter moneyOnly;
        moneyOnly.flowTypes = {FlowType::Money};
        row.filterChange = medianMs(frames,
                                    [&] {
                                        document.setFilter(moneyOnly);
                                        document.setFilter(Filter{});
                                    }) /
                           2;
        if (runner.isRunning())
            std::fprintf(stderr, "warning: a view change started a layout\n");
        // The same with the window's repaint at the fitted zoom (the event loop runs it).
        view.zoomToFit();
        settleFully();
        QCoreApplication::processEvents();
        const auto changeAndPaint = [&] {
            document.setAsOf(early);
            QCoreApplication::processEvents();
            document.setAsOf(std::nullopt);
            QCoreApplication::processEvents();
        };
        row.asOfPainted = medianMs(frames, changeAndPaint) / 2;
        // ... the draft image that the repaint starts, and the full-quality image that follows
        // when the changes stop, both made in the background (wall time: worker threads draw
        // them while the event loop runs; the settle delay not counted).
        std::vector<double> drafts;
        std::vector<double> settles;
        for (int i = 0; i < frames; ++i) {
            document.setAsOf(i % 2 ? std::optional<Date>() : std::optional<Date>(early));
            QCoreApplication::processEvents();
            Clock drafted;
            drafted.start();
            renderFrame(view, image); // starts the draft
            runEventsWhile([&] { return !view.overviewIsCurrent() && view.isRenderingOverview(); },
                           &row.refineSliceMax);
            if (!view.overviewIsCurrent())
                std::fprintf(stderr, "warning: the overview image did not follow the change\n");
            drafts.push_back(msSince(drafted));
            Clock settled;
            settled.start();
            view.settle();
            runEventsWhile([&] { return view.isRenderingOverview(); }, &row.refineSliceMax);
            settles.push_back(msSince(settled));
        }
        document.setAsOf(std::nullopt);
        QCoreApplication::processEvents();
        row.overviewDraft = median(drafts);
        row.overviewSettle = median(settles);
    }

    memory.note(entities, "after the view changes");
    {
        ExportOptions options;
        QString error;
        options.format = ExportFormat::Svg;
        row.exportSvg = medianMs(shortRun ? 1 : 3, [&] {
            if (renderSlide(scene, document, options, {}, &error).isEmpty())
                std::fprintf(stderr, "SVG export failed: %s\n", qPrintable(error));
        });
        memory.note(entities, "after the SVG exports");
        options.format = ExportFormat::Png;
        row.exportPng = medianMs(shortRun ? 1 : 3, [&] {
            if (renderSlide(scene, document, options, {}, &error).isEmpty())
                std::fprintf(stderr, "PNG export failed: %s\n", qPrintable(error));
        });
    }

    memory.note(entities, "after the exports");
    row.rssMb = memory.peak();
    row.workerRssMb = peakRssMb(RUSAGE_CHILDREN);
    return row;
}

} // namespace
} // namespace dealgraph::app

int main(int argc, char** argv) {
    using namespace dealgraph::app;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_FONT_DPI", "96");
    QApplication app(argc, argv);
    QApplication::setFont(QFont(QStringLiteral("DejaVu Sans"), 10));

    const bool shortRun = qEnvironmentVariableIntValue("DEALGRAPH_BENCH_SHORT") != 0;
    std::vector<std::size_t> sizes;
    QString jsonPath;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument.startsWith(QStringLiteral("--benchmark_out=")))
            jsonPath = argument.section(QLatin1Char('='), 1);
        else if (!argument.startsWith(QStringLiteral("--"))) // --benchmark_out_format=json
            sizes.push_back(std::strtoull(argv[i], nullptr, 10));
    }
    if (sizes.empty())
        sizes = shortRun ? std::vector<std::size_t>{100, 1000}
                         : std::vector<std::size_t>{100, 1000, 5000, 20000};

    // Its own cache, empty at the start: the first open of each size is a real one.
    QTemporaryDir cacheDir;
    if (!cacheDir.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    std::printf("ms, median of several frames or runs; open, worker, reopen, build, 1:1still, "
                "draft, settle and slice_max in wall time, the rest in CPU time of this process; "
                "rss = peak of "
                "this process, wrk = peak of one layout worker\n");
    printHeader();
    QJsonArray results;
    for (std::size_t entities : sizes) {
        // DEALGRAPH_BENCH_CACHE_DIR keeps layouts between runs (then "open" is warm too).
        const QString cache = qEnvironmentVariableIsSet("DEALGRAPH_BENCH_CACHE_DIR")
                                  ? qEnvironmentVariable("DEALGRAPH_BENCH_CACHE_DIR")
                                  : cacheDir.path();
        const Row row = measure(entities, shortRun, cache);
        if (row.openCold == 0) {
            std::fprintf(stderr, "%zu entities: the layout failed\n", entities);
            return 1;
        }
        printRow(row);
        // One line per size to follow from run to run (docs/performance.md).
        // Exactly these three figures: scripts follow the line; the refine slice goes to stderr.
        std::fprintf(stderr, "%zu entities: longest full-quality refine slice %.1f ms\n",
                     row.entities, row.refineSliceMax);
        std::printf("scene_bench %zu: ui_block_ms=%.0f zoom_frame_ms_max=%.1f peak_mb=%.0f\n",
                    row.entities, row.uiBlock, row.frameMax, row.rssMb);
        std::fflush(stdout);
        results.append(toJson(row));
    }
    return jsonPath.isEmpty() || writeJson(jsonPath, results) ? 0 : 1;
}
