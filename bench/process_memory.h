// Resident memory of the benchmark process, read from Linux's /proc: the figures scene_bench
// reports (docs/performance.md, issue 18 item 3) and its notes on where memory goes.
#pragma once

#include <cstddef>

namespace dealgraph::app {

// Peak resident memory in MB from getrusage: RUSAGE_SELF or RUSAGE_CHILDREN (the largest of the
// layout workers).
double peakRssMb(int who);

// The kernel's high-water mark of this process (VmHWM), in MB; 0 where it cannot be read.
double highWaterMarkMb();

// Resident memory now, in MB.
double currentRssMb();

// Each stage's own peak: note() prints resident memory and the peak since the previous note on
// stderr, then resets the kernel's high-water mark (writing 5 to /proc/self/clear_refs) so that
// the next note shows the next stage's peak; peak() is the highest over every stage.
class StagePeaks {
public:
    void note(std::size_t entities, const char* stage);
    double peak() const;

private:
    double peakBeforeLastNote_ = 0;
};

} // namespace dealgraph::app
