// Layout benchmarks (docs/performance.md): our layout against Graphviz's own command on the same
// graph, measured in the same run so that the ratio holds whatever else the machine is doing.
//
// Per generated model (seed 1) and engine, each iteration times:
//   inprocess_s       layoutInProcess() on the request buildGraphInput() makes, as the worker
//                     runs it (the Graphviz context already loaded);
//   worker_s          what the app pays for a layout: the request as JSON, a fresh
//                     `dealgraph --layout-worker` process, its answer parsed back;
//   graphviz_s        `dot|sfdp -Txdot request.dot`: the very graph layoutInProcess builds
//                     (same nodes, edges, box and label sizes, attributes), written as DOT;
//   graphviz_export_s `dot|sfdp -Txdot export.dot` on the app's DOT export (writeDot): text
//                     labels Graphviz measures itself and none of our layout attributes.
// ratio = worker_s / graphviz_s: the "layout costs at most 10% over Graphviz's own time"
// (both a process start, a parse, a layout and a write). The benchmark's time is worker_s.
// Each also as CPU time (*_cpu_s, ratio_cpu): steadier than wall time on a shared machine.
#include "bench_support.h"
#include "request_dot.h"

#include "scene/graph_input.h"
#include "scene/graph_style.h"

#include "dealgraph/graph_layout.h"
#include "dealgraph/interchange.h"
#include "dealgraph/query.h"

#include <QGuiApplication>

#include <chrono>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <map>
#include <spawn.h>
#include <sstream>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace dealgraph::bench {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void writeFile(const fs::path& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

constexpr double kCommandTimeoutSeconds = 900;

// CPU time of this thread: the in-process layout and our side of the worker protocol.
double threadCpuSeconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

struct Ran {
    int status = -1;       // exit status; -1 when it did not start or exit normally
    double cpuSeconds = 0; // user + system time of the process, from wait4
};

// Runs a program found on PATH with stdin and stdout redirected to files (stderr to `err`), as
// a shell would, without a shell.
Ran run(const std::vector<std::string>& command, const fs::path& in, const fs::path& out,
        const fs::path& err) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, in.c_str(), O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    std::vector<char*> argv;
    for (const auto& word : command)
        argv.push_back(const_cast<char*>(word.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {};
    // A command past the limit is killed: a benchmark must end (dot on a large graph may not).
    const auto start = Clock::now();
    int status = 0;
    rusage usage{};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0)
            return {};
        if (secondsSince(start) > kCommandTimeoutSeconds) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            return {};
        }
        usleep(1000);
    }
    const auto seconds = [](timeval t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1,
            seconds(usage.ru_utime) + seconds(usage.ru_stime)};
}

// One model size and engine: the request, and the files the commands read.
struct Case {
    layout::LayoutRequest request;
    fs::path dir;
    double textMeasureSeconds = 0; // buildGraphInput: Qt font metrics for every box and label
};

fs::path workDirectory() {
    static const fs::path dir = [] {
        fs::path path =
            fs::temp_directory_path() / ("dealgraph-layout-bench-" + std::to_string(::getpid()));
        fs::create_directories(path);
        return path;
    }();
    return dir;
}

Case& prepare(std::size_t entities, layout::Engine engine) {
    static std::map<std::pair<std::size_t, layout::Engine>, Case> cases;
    const auto key = std::make_pair(entities, engine);
    if (auto it = cases.find(key); it != cases.end())
        return it->second;
    const Model& model = cachedModel(entities);
    Case c;
    const auto start = Clock::now();
    app::GraphInput input = app::buildGraphInput(model, app::GraphStyle());
    c.textMeasureSeconds = secondsSince(start);
    c.request = std::move(input.request);
    c.request.engine = engine;
    c.dir =
        workDirectory() / (std::string(layout::toString(engine)) + "-" + std::to_string(entities));
    fs::create_directories(c.dir);
    writeFile(c.dir / "request.dot", requestToDot(c.request));
    writeFile(c.dir / "export.dot", writeDot(model, wholeModel(model)));
    return cases.emplace(key, std::move(c)).first->second;
}

bool graphviz(benchmark::State& state, layout::Engine engine, const fs::path& dot,
              const fs::path& err, double& cpuSeconds) {
    const std::string name(layout::toString(engine));
    if (const Ran ran = run({name, "-Txdot", dot.string()}, "/dev/null", "/dev/null", err);
        ran.status == 0) {
        cpuSeconds += ran.cpuSeconds;
        return true;
    }
    const std::string message = name + " failed or ran over " +
                                std::to_string(int(kCommandTimeoutSeconds)) + " s on " +
                                dot.string() + ": " + readFile(err);
    fail(state, message.c_str());
    return false;
}

// Wall time is what a user waits; CPU time (user + system, of the process or thread doing the
// work) is what the ratios are also given in, because it barely moves when other programs
// share the machine and wall time does.
struct Totals {
    double wall = 0;
    double cpu = 0;
};

void layoutBenchmark(benchmark::State& state, std::size_t entities, layout::Engine engine) {
    Case& c = prepare(entities, engine);
    const fs::path err = c.dir / "stderr.txt";
    Totals inProcess, worker, command, commandOnExport;
    for (auto _ : state) {
        auto start = Clock::now();
        double cpu = threadCpuSeconds();
        const layout::LayoutOutcome direct = layout::layoutInProcess(c.request);
        inProcess.wall += secondsSince(start);
        inProcess.cpu += threadCpuSeconds() - cpu;
        if (!direct.result) {
            fail(state, ("layoutInProcess: " + direct.error).c_str());
            break;
        }

        start = Clock::now();
        cpu = threadCpuSeconds();
        writeFile(c.dir / "request.json", layout::requestToJson(c.request));
        const Ran ran = run({DEALGRAPH_BIN, "--layout-worker", "--memory-limit", "4294967296"},
                            c.dir / "request.json", c.dir / "outcome.json", err);
        const layout::LayoutOutcome answer =
            layout::outcomeFromJson(readFile(c.dir / "outcome.json"));
        const double workerSeconds = secondsSince(start);
        worker.wall += workerSeconds;
        worker.cpu += threadCpuSeconds() - cpu + ran.cpuSeconds;
        if (ran.status != 0 || !answer.result) {
            fail(state, ("layout worker: " + answer.error + readFile(err)).c_str());
            break;
        }

        start = Clock::now();
        if (!graphviz(state, engine, c.dir / "request.dot", err, command.cpu))
            break;
        command.wall += secondsSince(start);

        // Short mode leaves out dot on the export (tens of seconds at 100 entities: none of
        // our attributes limit its crossing minimisation); what it checks runs for sfdp.
        if (!(shortMode() && engine == layout::Engine::Dot)) {
            start = Clock::now();
            if (!graphviz(state, engine, c.dir / "export.dot", err, commandOnExport.cpu))
                break;
            commandOnExport.wall += secondsSince(start);
        }
        state.SetIterationTime(workerSeconds);
    }
    const double n = std::max<double>(1, static_cast<double>(state.iterations()));
    state.counters["nodes"] = static_cast<double>(c.request.nodes.size());
    state.counters["edges"] = static_cast<double>(c.request.edges.size());
    state.counters["text_measure_s"] = c.textMeasureSeconds;
    const std::pair<const char*, const Totals*> measured[] = {
        {"inprocess", &inProcess},
        {"worker", &worker},
        {"graphviz", &command},
        {"graphviz_export", &commandOnExport}};
    for (const auto& [name, totals] : measured) {
        state.counters[std::string(name) + "_s"] = totals->wall / n;
        state.counters[std::string(name) + "_cpu_s"] = totals->cpu / n;
    }
    if (command.wall > 0 && command.cpu > 0) {
        state.counters["ratio"] = worker.wall / command.wall;
        state.counters["ratio_cpu"] = worker.cpu / command.cpu;
        state.counters["ratio_inprocess"] = inProcess.wall / command.wall;
        state.counters["ratio_inprocess_cpu"] = inProcess.cpu / command.cpu;
    }
    if (commandOnExport.wall > 0)
        state.counters["ratio_vs_export"] = worker.wall / commandOnExport.wall;
}

void registerAll() {
    // dot only at 100 entities unless DEALGRAPH_BENCH_DOT_MAX says more: the app itself
    // picks dot only up to 300 nodes and 600 edges (defaultEngineFor; a generated model has
    // about 4 edges per entity, so about 150 entities), and dot on 1,000 entities and 3,900
    // edges runs for many minutes per layout, four layouts per iteration.
    std::size_t dotLimit = 100;
    if (const char* max = std::getenv("DEALGRAPH_BENCH_DOT_MAX"); max && *max)
        dotLimit = static_cast<std::size_t>(std::strtoull(max, nullptr, 10));
    for (layout::Engine engine : {layout::Engine::Dot, layout::Engine::Sfdp})
        for (std::size_t n : entityCounts()) {
            if (engine == layout::Engine::Dot && n > dotLimit)
                continue;
            const std::string name =
                "layout/" + std::string(layout::toString(engine)) + "/" + std::to_string(n);
            // Few iterations: one sfdp layout of 20,000 entities takes a minute.
            const int iterations = shortMode() || n >= 5000 ? 1 : n >= 1000 ? 2 : 3;
            benchmark::RegisterBenchmark(
                name.c_str(),
                [n, engine](benchmark::State& state) { layoutBenchmark(state, n, engine); })
                ->UseManualTime()
                ->Iterations(iterations)
                ->Unit(benchmark::kSecond);
        }
}

} // namespace
} // namespace dealgraph::bench

int main(int argc, char** argv) {
    std::vector<char*> args = dealgraph::bench::benchmarkArguments(argc, argv);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 2;
    // Text extents need a QGuiApplication (fonts), not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(count, args.data());
    // The worker process loads Graphviz's plugins on every layout; this process only once,
    // before timing, as the worker's start-up is measured separately (worker_s).
    dealgraph::layout::LayoutRequest warmUp;
    warmUp.nodes.resize(2);
    warmUp.edges.push_back({0, 1, {}, 1});
    dealgraph::layout::layoutInProcess(warmUp);
    dealgraph::bench::registerAll();
    const int status = dealgraph::bench::runBenchmarks();
    std::error_code ignored;
    std::filesystem::remove_all(dealgraph::bench::workDirectory(), ignored);
    return status;
}
