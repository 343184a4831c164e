#include "process_memory.h"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace dealgraph::app {

double peakRssMb(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

double highWaterMarkMb() {
    double kb = 0;
    if (FILE* status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "VmHWM: %lf kB", &kb) == 1)
                break;
        std::fclose(status);
    }
    return kb / 1024.0;
}

double currentRssMb() {
    long pages = 0, resident = 0;
    if (FILE* statm = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(statm, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(statm);
    }
    return static_cast<double>(resident) * 4096 / (1 << 20);
}

void StagePeaks::note(std::size_t entities, const char* stage) {
    const double stagePeak = highWaterMarkMb();
    peakBeforeLastNote_ = std::max(peakBeforeLastNote_, stagePeak);
    std::fprintf(stderr, "%zu entities: %.0f MB resident %s (peak of the stage %.0f)\n", entities,
                 currentRssMb(), stage, stagePeak);
    if (FILE* refs = std::fopen("/proc/self/clear_refs", "w")) {
        std::fputs("5", refs);
        std::fclose(refs);
    }
}

double StagePeaks::peak() const {
    return std::max(peakBeforeLastNote_, highWaterMarkMb());
}

} // namespace dealgraph::app
