// Model benchmarks (docs/performance.md): what the app does with a model outside Graphviz and
// Qt, on generated models of 100 to 20,000 entities (seed 1). The argument is the entity count.
#include "bench_support.h"

#include "dealgraph/query.h"

#include <algorithm>

namespace dealgraph::bench {
namespace {

// The entity with the most deals: the details panel's worst case.
const Entity& biggestHub(const Model& model) {
    const Entity* hub = &model.entities().front();
    std::size_t most = 0;
    for (const auto& entity : model.entities())
        if (const std::size_t deals = model.dealsOf(entity.id).size(); deals > most) {
            most = deals;
            hub = &entity;
        }
    return *hub;
}

std::size_t entitiesOf(const benchmark::State& state) {
    return static_cast<std::size_t>(state.range(0));
}

// Parsing and validating the JSON text into a model, as opening a file does after reading it.
void loadAndValidate(benchmark::State& state) {
    const std::string& json = cachedJson(entitiesOf(state));
    for (auto _ : state) {
        LoadResult result = loadModelFromString(json);
        if (!result.ok()) {
            fail(state, "the generated model did not load");
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * json.size()));
    countModel(state, cachedModel(entitiesOf(state)));
}

void save(benchmark::State& state) {
    const Model& model = cachedModel(entitiesOf(state));
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::string json = saveModelToString(model);
        bytes += json.size();
        benchmark::DoNotOptimize(json.data());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
}

void generate(benchmark::State& state) {
    for (auto _ : state) {
        Model model = generateModel({entitiesOf(state), kSeed});
        benchmark::DoNotOptimize(model);
    }
}

// Moving the time slider: every deal's status as of a date, and what is on record by then.
void filterAsOf(benchmark::State& state) {
    const Model& model = cachedModel(entitiesOf(state));
    Filter filter;
    filter.asOf = Date::ymd(2024, 6, 30);
    for (auto _ : state) {
        View view = applyFilter(model, filter);
        benchmark::DoNotOptimize(view);
    }
    state.counters["deals_kept"] = static_cast<double>(applyFilter(model, filter).deals.size());
}

// A filter panel change: money flows only.
void filterFlowType(benchmark::State& state) {
    const Model& model = cachedModel(entitiesOf(state));
    Filter filter;
    filter.flowTypes = {FlowType::Money};
    for (auto _ : state) {
        View view = applyFilter(model, filter);
        benchmark::DoNotOptimize(view);
    }
    state.counters["flows_kept"] = static_cast<double>(applyFilter(model, filter).flows.size());
}

// Circular money flows over the whole model, with the app's default bounds.
void cycles(benchmark::State& state) {
    const Model& model = cachedModel(entitiesOf(state));
    const View view = wholeModel(model);
    std::size_t found = 0;
    for (auto _ : state) {
        const auto result = findCycles(model, view);
        found = result.size();
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["cycles"] = static_cast<double>(found);
}

// The totals the details panel shows for the entity with the most deals.
void totalsOfBiggestHub(benchmark::State& state) {
    const Model& model = cachedModel(entitiesOf(state));
    const View view = wholeModel(model);
    const Entity& hub = biggestHub(model);
    for (auto _ : state) {
        Totals totals = totalsFor(model, view, hub.id);
        benchmark::DoNotOptimize(totals);
    }
    state.counters["hub_deals"] = static_cast<double>(model.dealsOf(hub.id).size());
}

void registerAll() {
    const std::pair<const char*, void (*)(benchmark::State&)> benchmarks[] = {
        {"load_validate", loadAndValidate},
        {"save", save},
        {"generate", generate},
        {"filter_as_of", filterAsOf},
        {"filter_flow_type", filterFlowType},
        {"find_cycles", cycles},
        {"totals_biggest_hub", totalsOfBiggestHub}};
    for (const auto& [name, function] : benchmarks) {
        auto* b = benchmark::RegisterBenchmark(name, function)->Unit(benchmark::kMillisecond);
        for (std::size_t n : entityCounts())
            b->Arg(static_cast<std::int64_t>(n));
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
    dealgraph::bench::registerAll();
    return dealgraph::bench::runBenchmarks();
}
