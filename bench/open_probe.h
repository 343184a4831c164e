// The open probe of scene_bench: how long the UI thread stalls while a model file opens as the
// window opens it (docs/performance.md, issue 18 item 1).
#pragma once

#include <QString>

namespace dealgraph::app {

// Opens `path` as the window does, from the event loop, and returns the longest stall of the
// loop until the layout has been drawn into items (an event-loop latency probe).
double longestStallWhileOpening(const QString& path, const QString& cacheDir);

} // namespace dealgraph::app
