// Runs Graphviz layouts in a child process (`dealgraph --layout-worker`), off the UI thread.
// A child process because cgraph is not thread-safe, a layout cannot be cancelled, and dot can
// run for minutes and grow to gigabytes on a dense graph: a process can be killed and limited.
#pragma once

#include "document/layout_cache.h"

#include "dealgraph/graph_layout.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

class QProcess;
class QTimer;

namespace dealgraph::app {

class LayoutRunner : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultTimeoutMs = 60000;
    static constexpr std::size_t kDefaultMemoryLimit = std::size_t{4} << 30; // 4 GiB

    explicit LayoutRunner(QObject* parent = nullptr);
    ~LayoutRunner() override;

    // The worker command. Default: this executable with --layout-worker. Unless the arguments
    // already carry one, "--memory-limit N" (setMemoryLimit) is appended when N is not 0.
    void setProgram(QString program, QStringList arguments);
    QString program() const { return program_; }
    QStringList arguments() const { return arguments_; }
    QStringList effectiveArguments() const; // what the worker is started with

    void setTimeout(int milliseconds) { timeoutMs_ = milliseconds; } // 0 or less: no limit
    int timeout() const { return timeoutMs_; }
    void setMemoryLimit(std::size_t bytes) { memoryLimit_ = bytes; } // 0: no limit
    std::size_t memoryLimit() const { return memoryLimit_; }

    // Layouts are looked up in, and stored to, this directory (see LayoutCache); empty (the
    // default) turns the cache off.
    void setCacheDirectory(const QString& directory);
    QString cacheDirectory() const { return cache_ ? cache_->directory() : QString(); }

    // Starts a job, cancelling any running one first (its signals are never emitted). Emits
    // started(id) before returning; finished or failed follow from the event loop, never from
    // inside start(), also when the layout comes from the cache (no worker is started then).
    // `budgetMs` (when more than 0 and shorter than the time-out) stops this job sooner: the
    // scene gives an engine it chose itself a few seconds before trying a faster one.
    void start(const layout::LayoutRequest& request, int budgetMs = 0);
    // Kills the running job, if any; it reports nothing more.
    void cancel();
    // Also while a worker's answer (or a kept layout) is read, on a thread of its own.
    bool isRunning() const { return liveJob_ != 0; }
    // Whether the current (or last) job's layout came from the cache rather than a worker.
    bool servedFromCache() const { return servedFromCache_; }
    // Whether the last job was stopped by its time-out or budget, and after how long.
    bool timedOut() const { return timedOut_; }
    int jobTimeout() const { return jobTimeoutMs_; }
    quint64 currentJobId() const { return jobId_; } // 0 before the first job

signals:
    void started(quint64 jobId);
    void finished(quint64 jobId, const dealgraph::layout::LayoutResult& result);
    void failed(quint64 jobId, const QString& message);

private:
    void onProcessFinished();
    void onProcessError();
    void onTimeout();
    void finishJob(const layout::LayoutOutcome& outcome);
    void launchWorker(quint64 id, const std::string& json);
    // Runs `work` on a thread of its own, then `done` on this object's thread unless job `id`
    // was cancelled or replaced meanwhile. `work` must not touch this object.
    void offThread(quint64 id, std::function<void()> work, std::function<void()> done);
    void discardProcess();

    QString program_;
    QStringList arguments_;
    int timeoutMs_ = kDefaultTimeoutMs;
    int jobTimeoutMs_ = kDefaultTimeoutMs; // of the running job: the time-out or its budget
    std::size_t memoryLimit_ = kDefaultMemoryLimit;

    quint64 jobId_ = 0;
    quint64 liveJob_ = 0; // the job under way (its worker, or its answer being read); 0: none
    QProcess* process_ = nullptr; // the running job's worker
    QTimer* timer_ = nullptr;
    bool timedOut_ = false;
    std::size_t expectedNodes_ = 0;
    layout::Engine engine_ = layout::Engine::Dot; // of the running job, for its messages
    std::size_t expectedEdges_ = 0;

    std::optional<LayoutCache> cache_;
    QByteArray cacheKey_; // of the running job, to store its answer
    bool servedFromCache_ = false;
};

// Runs one layout in a worker process and waits for it, for headless command-line use
// (no event loop needed). `arguments` are passed as given; a timeout of 0 or less waits forever.
layout::LayoutOutcome runLayoutBlocking(const layout::LayoutRequest& request,
                                        const QString& program, const QStringList& arguments,
                                        int timeoutMs);

} // namespace dealgraph::app

Q_DECLARE_METATYPE(dealgraph::layout::LayoutResult)
