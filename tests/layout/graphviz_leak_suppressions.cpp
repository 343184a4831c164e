// LeakSanitizer suppressions for Graphviz 2.42's own leaks, compiled into the test programs
// that run Graphviz (the asan preset detects leaks). dot's acyclic pass leaks the virtual edges
// it makes to break cycles, and neato_layout leaks a few small buffers; both allocate through
// libgvc's gmalloc/zmalloc/grealloc, which our code never calls. Leaks through cgraph (say, a
// graph we forgot to agclose) are still reported.
extern "C" const char* __lsan_default_suppressions();

extern "C" const char* __lsan_default_suppressions() {
    return "leak:gmalloc\n"
           "leak:zmalloc\n"
           "leak:grealloc\n";
}
