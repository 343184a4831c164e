// Synthetic models for benchmarks and scale tests: a valid model of any size with the shape of
// the real web of deals (a few hubs with hundreds of deals, many small players, sites linked the
// documented way, some circular money flows). The same options give the same model on every
// platform, so a benchmark or a bug report can name a model by its size and seed.
#pragma once

#include "dealgraph/model.h"

#include <cstddef>
#include <cstdint>

namespace dealgraph {

struct GenerateOptions {
    std::size_t entities = 100; // the model has exactly this many entities
    std::uint64_t seed = 1;     // the same seed and size give the same model
};

// About two deals per entity, so that an entity takes part in about four deals on average
// (each deal has at least two parties). Also about one source per three deals.
Model generateModel(const GenerateOptions& options);

} // namespace dealgraph
