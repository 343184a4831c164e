// libFuzzer target over the model loader and validator: any bytes go to loadModelFromString;
// a model that loads must save, and its saved text must load again and save to the same text
// (the round trip the editor relies on). A crash, a sanitizer report or a failed round trip
// aborts, which libFuzzer records as a finding.
#include "dealgraph/load.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

[[noreturn]] void roundTripFailed(const char* what, const std::string& text) {
    std::fprintf(stderr, "round trip failed: %s\n--- saved text ---\n%s\n", what, text.c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const dealgraph::LoadResult loaded = dealgraph::loadModelFromString(input);
    if (!loaded.ok())
        return 0;

    const std::string saved = dealgraph::saveModelToString(*loaded.model);
    const dealgraph::LoadResult reloaded = dealgraph::loadModelFromString(saved);
    if (!reloaded.ok())
        roundTripFailed("the saved model does not load", saved);
    if (dealgraph::saveModelToString(*reloaded.model) != saved)
        roundTripFailed("saving the reloaded model gives different text", saved);
    return 0;
}
