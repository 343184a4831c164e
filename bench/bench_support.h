// Shared by the benchmark executables: which sizes to run, generated models cached per size,
// and the short mode the CI stage uses (DEALGRAPH_BENCH_SHORT=1).
#pragma once

#include "dealgraph/generate.h"
#include "dealgraph/load.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dealgraph::bench {

// The seed every benchmark uses, so that docs/performance.md names its models exactly.
inline constexpr std::uint64_t kSeed = 1;

// Short mode: only the two small sizes, one quick pass each. The CI stage runs it to catch a
// benchmark that no longer builds, crashes or errors; its times mean nothing.
inline bool shortMode() {
    const char* value = std::getenv("DEALGRAPH_BENCH_SHORT");
    return value && *value && std::string_view(value) != "0";
}

inline std::vector<std::size_t> entityCounts() {
    if (shortMode())
        return {100, 1000};
    return {100, 1000, 5000, 20000};
}

// Generated once per size: generation is not what these benchmarks measure.
inline const Model& cachedModel(std::size_t entities) {
    static std::map<std::size_t, Model> models;
    auto it = models.find(entities);
    if (it == models.end())
        it = models.emplace(entities, generateModel({entities, kSeed})).first;
    return it->second;
}

inline const std::string& cachedJson(std::size_t entities) {
    static std::map<std::size_t, std::string> texts;
    auto it = texts.find(entities);
    if (it == texts.end())
        it = texts.emplace(entities, saveModelToString(cachedModel(entities))).first;
    return it->second;
}

// Google Benchmark reports an error and carries on with exit status 0; the CI stage must see it.
inline bool& anyBenchmarkFailed() {
    static bool failed = false;
    return failed;
}

inline void fail(benchmark::State& state, const char* message) {
    anyBenchmarkFailed() = true;
    state.SkipWithError(message);
}

inline void countModel(benchmark::State& state, const Model& model) {
    std::size_t flows = 0;
    for (const auto& deal : model.deals())
        flows += deal.flows.size();
    state.counters["entities"] = static_cast<double>(model.entities().size());
    state.counters["deals"] = static_cast<double>(model.deals().size());
    state.counters["flows"] = static_cast<double>(flows);
}

// Google Benchmark's own flags, plus a tiny minimum time in short mode (a flag given on the
// command line still wins: it comes later).
inline std::vector<char*> benchmarkArguments(int argc, char** argv) {
    static std::string minTime = "--benchmark_min_time=0.001";
    std::vector<char*> args(argv, argv + argc);
    if (shortMode())
        args.insert(args.begin() + 1, minTime.data());
    return args;
}

// Runs the registered benchmarks; 1 when any of them reported an error.
inline int runBenchmarks() {
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return anyBenchmarkFailed() ? 1 : 0;
}

} // namespace dealgraph::bench
