// A stand-in for `dealgraph --layout-worker` in the runner's tests. The first argument picks a
// behaviour; the rest mirrors the real worker's command line (--memory-limit BYTES).
//   real      run the real worker (runLayoutWorker)
//   hang      read the request, then sleep forever (the runner must time out and kill it)
//   crash     read the request, then abort()
//   garbage   read the request, then print something that is not a layout
//   wrong     answer with a valid layout of the wrong size (one node, whatever was asked)
//   hog       apply the memory limit, then allocate until allocation fails
//   fail      report a layout error and exit 1
#include "dealgraph/graph_layout.h"

#include <sys/resource.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <iterator>
#include <new>
#include <string>
#include <vector>

namespace {

std::size_t memoryLimit(int argc, char** argv) {
    for (int i = 2; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--memory-limit") == 0) {
            return static_cast<std::size_t>(std::strtoull(argv[i + 1], nullptr, 10));
        }
    }
    return 0;
}

void drainStdin() {
    std::string ignored((std::istreambuf_iterator<char>(std::cin)),
                        std::istreambuf_iterator<char>());
}

[[noreturn]] void hog(std::size_t limit) {
    const auto bytes = static_cast<rlim_t>(limit);
    const rlimit rl{bytes, bytes};
    setrlimit(RLIMIT_AS, &rl);
    std::vector<char*> blocks;
    for (;;) {
        // Touch every block so the memory is really used.
        char* block = new char[16 << 20];
        std::memset(block, 1, 16 << 20);
        blocks.push_back(block);
    }
}

} // namespace

int main(int argc, char** argv) {
    const std::string mode = argc > 1 ? argv[1] : "real";
    if (mode == "real") {
        return dealgraph::layout::runLayoutWorker(memoryLimit(argc, argv));
    }
    if (mode == "hog") {
        drainStdin();
        hog(memoryLimit(argc, argv)); // std::bad_alloc escapes: terminate, like a real OOM
    }
    drainStdin();
    if (mode == "hang") {
        for (;;) {
            pause();
        }
    }
    if (mode == "crash") {
        std::abort();
    }
    if (mode == "garbage") {
        std::fputs("<html>this is not a layout</html>\n", stdout);
        return 0;
    }
    if (mode == "wrong") {
        dealgraph::layout::LayoutResult result;
        result.nodes.push_back({{5, 5}, {10, 10}});
        result.bounds = {10, 10};
        std::fputs(dealgraph::layout::outcomeToJson({result, {}}).c_str(), stdout);
        return 0;
    }
    if (mode == "fail") {
        std::fputs(
            dealgraph::layout::outcomeToJson({std::nullopt, "the graph is upside down"}).c_str(),
            stdout);
        return 1;
    }
    std::fprintf(stderr, "fake_layout_worker: unknown mode %s\n", mode.c_str());
    return 3;
}
