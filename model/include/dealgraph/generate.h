// Synthetic models for benchmarks and scale tests: a valid model of any size with the shape of
// the real web of deals (a few hubs with hundreds of deals, many small players, sites linked the
// documented way, some circular money flows). The same options give the same model on every
// platform, so a benchmark or a bug report can name a model by its size and seed.
#pragma once

#include "dealgraph/model.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace dealgraph {

// The shape of the graph. Web is the real web's (hubs, many small players). The others are the
// shapes that stall dot whatever the size rule says (layout/src/engine.cpp): they test that no
// model waits minutes for its first picture.
enum class GraphShape {
    Web,
    Ring,  // every entity on one loop of money, plus a chord per three entities
    Core,  // a tenth of the entities linked among themselves at random, the rest to one each
    Chain, // one long line, with a short link back every four entities
};
std::string_view toString(GraphShape shape);                      // "web", "ring", ...
std::optional<GraphShape> graphShapeFromString(std::string_view); // the same spellings

struct GenerateOptions {
    std::size_t entities = 100; // the model has exactly this many entities
    std::uint64_t seed = 1;     // the same seed and size give the same model
    GraphShape shape = GraphShape::Web;
};

// Web: about two deals per entity, so that an entity takes part in about four deals on average
// (each deal has at least two parties), and about one source per three deals. The other shapes:
// companies, one money deal per link, each signed and sourced (generate_shapes.cpp).
Model generateModel(const GenerateOptions& options);

} // namespace dealgraph
