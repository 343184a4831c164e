#include "scene_bench_report.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>

namespace dealgraph::app {
namespace {

// One column per measurement: its heading and its value.
struct Column {
    const char* heading;
    double Row::*value;
    int decimals;
};

const Column kColumns[] = {
    {"load", &Row::loadFile, 1},
    {"input", &Row::graphInput, 1},
    {"open", &Row::openCold, 0},
    {"worker", &Row::worker, 0},
    {"reopen", &Row::openWarm, 0},
    {"build", &Row::sceneBuild, 0},
    {"fit1st", &Row::fittedFirst, 1},
    {"fit", &Row::fitted, 1},
    {"fit+1", &Row::zoomedFit, 1},
    {"pan1:1", &Row::oneToOne, 1},
    {"zoom1:1", &Row::zoomOneToOne, 1},
    {"1:1still", &Row::oneToOneStill, 1},
    {"hit_us", &Row::hitTestUs, 1},
    {"hover", &Row::hover, 2},
    {"as-of", &Row::asOfChange, 2},
    {"filter", &Row::filterChange, 2},
    {"asof+paint", &Row::asOfPainted, 1},
    {"draft", &Row::overviewDraft, 1},
    {"settle", &Row::overviewSettle, 1},
    {"tips", &Row::allToolTips, 1},
    {"svg", &Row::exportSvg, 0},
    {"png", &Row::exportPng, 0},
    {"rss_MB", &Row::rssMb, 0},
    {"wrk_MB", &Row::workerRssMb, 0},
    {"ui_block", &Row::uiBlock, 0},
    {"frame_max", &Row::frameMax, 1},
    {"slice_max", &Row::refineSliceMax, 1},
};

} // namespace

void printHeader() {
    std::printf("%8s %7s %7s", "entities", "deals", "flows");
    for (const Column& column : kColumns)
        std::printf(" %9s", column.heading);
    std::printf("\n");
}

void printRow(const Row& r) {
    std::printf("%8zu %7zu %7zu", r.entities, r.deals, r.flows);
    for (const Column& column : kColumns)
        std::printf(" %9.*f", column.decimals, r.*column.value);
    std::printf("\n");
    std::fflush(stdout);
}

QJsonObject toJson(const Row& row) {
    QJsonObject object;
    object[QStringLiteral("run_name")] = QStringLiteral("scene/%1").arg(row.entities);
    object[QStringLiteral("entities")] = qint64(row.entities);
    object[QStringLiteral("deals")] = qint64(row.deals);
    object[QStringLiteral("flows")] = qint64(row.flows);
    for (const Column& column : kColumns)
        object[QString::fromLatin1(column.heading)] = row.*column.value;
    object[QStringLiteral("error_occurred")] = false;
    return object;
}

bool writeJson(const QString& path, const QJsonArray& results) {
    QFile file(path);
    QJsonObject root;
    root[QStringLiteral("benchmarks")] = results;
    if (file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0)
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace dealgraph::app
