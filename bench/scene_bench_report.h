// scene_bench's results: one row of measurements per size, printed as a table and written in
// Google Benchmark's JSON shape (scene_bench.cpp measures them; docs/performance.md says what
// each column is).
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstddef>

namespace dealgraph::app {

struct Row {
    std::size_t entities = 0;
    std::size_t deals = 0;
    std::size_t flows = 0;
    double loadFile = 0;     // Document::loadFile: read, parse, check (UI thread)
    double graphInput = 0;   // buildGraphInput: text measuring, the request
    double openCold = 0;     // setModel .. layoutFinished, empty cache (worker runs)
    double worker = 0;       // the worker's share of the cold open
    double openWarm = 0;     // the same with the layout served by the cache
    double sceneBuild = 0;   // layout result -> items
    double fittedFirst = 0;  // first frame of the fitted view
    double fitted = 0;       // median frame of the fitted view
    double zoomedFit = 0;    // fitted view zoomed by one wheel notch (median)
    double oneToOne = 0;     // median frame at 100 %, panning 40 px per frame
    double zoomOneToOne = 0; // a wheel step around 100 % (a full repaint while moving)
    // Full quality again after a zoom step at 100 %, in wall time: the whole refinement
    // (worker threads draw it, the UI thread records items between events) and the event
    // loop's longest stall meanwhile, what holds up input.
    double oneToOneStill = 0;
    double refineSliceMax = 0;
    double hitTestUs = 0;      // items under one point, microseconds (median over points)
    double hover = 0;          // hover an entity then leave it: highlight and reset
    double asOfChange = 0;     // Document::setAsOf -> scene follows
    double filterChange = 0;   // Document::setFilter (money only) -> scene follows
    double asOfPainted = 0;    // the as-of change and the window's repaint, fitted
    double overviewDraft = 0;  // wall time from that repaint to the workers' draft image
    double overviewSettle = 0; // ... and from the draft to the full-quality image
    // Every item's tooltip: what each view change paid before they were made lazy.
    double allToolTips = 0;
    double exportSvg = 0;
    double exportPng = 0;
    double rssMb = 0;
    double workerRssMb = 0;
    // The longest the event loop went without running while a model file opened (a 1 ms
    // timer's largest gap): what a user feels as a frozen window.
    double uiBlock = 0;
    // The slowest zoom or pan frame of the sweep below (fitted, a notch in, panning and zoom
    // steps at 100 %), full-quality settle frames excepted.
    double frameMax = 0;
};

void printHeader();
void printRow(const Row& row);
// The results in the shape Google Benchmark writes with --benchmark_out (a "benchmarks" list
// of objects with a "run_name"), so scripts/ci/50-benchmarks treats every bench alike.
QJsonObject toJson(const Row& row);
bool writeJson(const QString& path, const QJsonArray& results);

} // namespace dealgraph::app
