// `dealgraph --layout-worker`: one layout per process, so that a layout that runs too long or
// grows too large can be killed without taking the app down, and so cgraph's global state
// never meets a second thread.
#include "dealgraph/graph_layout.h"

#include <dlfcn.h>
#include <sys/random.h>
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>

#if defined(__SANITIZE_ADDRESS__)
#define DEALGRAPH_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DEALGRAPH_UNDER_ASAN 1
#endif
#endif

namespace dealgraph::layout {

namespace {

void applyMemoryLimit(std::size_t bytes) {
    if (bytes == 0) {
        return;
    }
#ifdef DEALGRAPH_UNDER_ASAN
    // AddressSanitizer reserves terabytes of address space for its shadow memory, so an
    // address-space limit would make every allocation fail.
    std::fputs("layout worker: memory limit ignored under AddressSanitizer\n", stderr);
#else
    rlimit limit{};
    if (getrlimit(RLIMIT_AS, &limit) != 0) {
        limit.rlim_max = RLIM_INFINITY;
    }
    const auto wanted = static_cast<rlim_t>(bytes);
    limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? wanted : std::min(wanted, limit.rlim_max);
    if (setrlimit(RLIMIT_AS, &limit) != 0) {
        std::perror("layout worker: could not apply the memory limit");
    }
#endif
}

std::string readAll(std::FILE* in) {
    std::string text;
    char buffer[1 << 16];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, in)) > 0) {
        text.append(buffer, got);
    }
    return text;
}

bool writeAll(const std::string& text) {
    const bool written = std::fwrite(text.data(), 1, text.size(), stdout) == text.size();
    return std::fflush(stdout) == 0 && written;
}

// Built without allocating: by the time this runs, the heap may be exhausted.
void reportOutOfMemory() {
    static const char kOutcome[] =
        R"({"error":"The layout ran out of memory: the graph is too large for the memory limit"})";
    std::fputs("layout worker: out of memory\n", stderr);
    std::fwrite(kOutcome, 1, sizeof kOutcome - 1, stdout);
    std::fflush(stdout);
}

} // namespace

namespace {
std::atomic<bool> fixedSalt{false}; // set once, in the worker process only
} // namespace

int runLayoutWorker(std::size_t memoryLimitBytes) {
    fixedSalt = true;
    applyMemoryLimit(memoryLimitBytes);
    try {
        std::string error;
        const std::optional<LayoutRequest> request = requestFromJson(readAll(stdin), &error);
        if (!request) {
            writeAll(outcomeToJson({std::nullopt, error}));
            return 2;
        }
        LayoutOutcome outcome = layoutInProcess(*request);
        if (!outcome.result && memoryLimitBytes != 0 &&
            outcome.error.find("Could not load") != std::string::npos) {
            // Under an address-space limit, dlopen fails with ENOMEM and Graphviz blames a
            // missing dependency; the real cause is the limit.
            std::fputs("layout worker: out of memory while loading Graphviz plugins\n", stderr);
            outcome.error =
                "Graphviz could not load its plugins within the memory limit: " + outcome.error;
        }
        if (!writeAll(outcomeToJson(outcome))) {
            std::perror("layout worker: could not write the layout");
            return 1;
        }
        return outcome.result ? 0 : 1;
    } catch (const std::bad_alloc&) {
        reportOutOfMemory();
        return 1;
    }
}

} // namespace dealgraph::layout

// Graphviz reads each edge label (a fixed-size HTML table, see edgeLabelHtml) with expat, and
// expat salts its hash tables with arc4random_buf. That salt changed dot's routes: the same
// request gave one of several different layouts from run to run (measured on the bundled
// dataset's slide: three variants in eight runs), and the same layout every time with a fixed
// salt. Two exports of one model must be the same picture, so in the worker the salt is fixed.
// The executable exports this definition (app/CMakeLists.txt, --export-dynamic-symbol), so the
// dynamic linker binds expat's call here before libc's. Outside the worker, and for anyone else,
// it is libc's. A fixed salt only matters against hash flooding, and the worker parses nothing
// but the labels it wrote itself.
extern "C" void arc4random_buf(void* buffer, std::size_t size) noexcept {
    if (dealgraph::layout::fixedSalt.load(std::memory_order_relaxed)) {
        std::memset(buffer, 0x5a, size);
        return;
    }
    using Real = void (*)(void*, std::size_t);
    static const Real real = reinterpret_cast<Real>(dlsym(RTLD_NEXT, "arc4random_buf"));
    if (real) {
        real(buffer, size);
        return;
    }
    auto* bytes = static_cast<unsigned char*>(buffer);
    while (size > 0) {
        const ssize_t got = getrandom(bytes, size, 0);
        if (got <= 0)
            std::abort(); // as libc's does: no randomness is no safe fallback
        bytes += got;
        size -= static_cast<std::size_t>(got);
    }
}
