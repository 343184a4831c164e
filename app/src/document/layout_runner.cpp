#include "document/layout_runner.h"

#include "document/owned_thread.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QTimer>

#include <csignal>
#include <functional>
#include <memory>
#include <utility>

namespace dealgraph::app {

namespace {

const QString kMemoryLimitOption = QStringLiteral("--memory-limit");

// Everything known about one finished (or failed) worker run.
struct WorkerExit {
    QString program;
    bool startFailed = false;
    QString startError;
    bool timedOut = false;
    int timeoutMs = 0;
    bool crashed = false;
    int exitCode = 0; // the signal number when crashed (Qt on Unix)
    QByteArray standardOutput;
    QByteArray standardError;
    std::size_t memoryLimit = 0;
    std::size_t expectedNodes = 0;
    std::size_t expectedEdges = 0;
    layout::Engine engine = layout::Engine::Dot;
};

QString signalName(int signal) {
    switch (signal) {
    case SIGSEGV:
        return QStringLiteral("SIGSEGV, segmentation fault");
    case SIGABRT:
        return QStringLiteral("SIGABRT, aborted");
    case SIGBUS:
        return QStringLiteral("SIGBUS, bus error");
    case SIGFPE:
        return QStringLiteral("SIGFPE, arithmetic error");
    case SIGILL:
        return QStringLiteral("SIGILL, illegal instruction");
    case SIGKILL:
        return QStringLiteral("SIGKILL, killed");
    case SIGTERM:
        return QStringLiteral("SIGTERM, terminated");
    default:
        return QStringLiteral("signal %1").arg(signal);
    }
}

QString formatBytes(std::size_t bytes) {
    const double gib = static_cast<double>(bytes) / double(1 << 30);
    if (gib >= 1) {
        return QStringLiteral("%1 GiB").arg(gib, 0, 'f', 1);
    }
    return QStringLiteral("%1 MiB").arg(static_cast<double>(bytes) / double(1 << 20), 0, 'f', 0);
}

// The last lines the worker wrote on stderr, for messages about unexpected exits.
QString stderrTail(const QByteArray& text) {
    const QString tail = QString::fromUtf8(text.right(600)).trimmed();
    return tail.isEmpty() ? QString() : QStringLiteral(" It said: %1").arg(tail);
}

bool ranOutOfMemory(const QByteArray& standardError) {
    for (const char* marker : {"out of memory", "bad_alloc", "memory allocation failure",
                               "Cannot allocate memory", "memory exhausted"}) {
        if (standardError.contains(marker)) {
            return true;
        }
    }
    return false;
}

// What to try after a layout ran too long or out of memory: another engine, unless it already
// was the fast one.
QString adviceAfter(layout::Engine engine) {
    return engine == layout::Engine::Sfdp
               ? QStringLiteral("Filter the graph down to fewer deals.")
               : QStringLiteral("Try the sfdp layout engine, or filter the graph down to fewer "
                                "deals.");
}

QString engineName(layout::Engine engine) {
    const auto name = layout::toString(engine);
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

layout::LayoutOutcome failure(QString message) {
    return {std::nullopt, message.toStdString()};
}

// Turns a worker run into an outcome whose error, if any, says what went wrong in words a user
// can act on.
layout::LayoutOutcome interpret(const WorkerExit& run) {
    if (run.startFailed) {
        return failure(QStringLiteral("The layout worker could not be started (%1): %2")
                           .arg(run.program, run.startError));
    }
    if (run.timedOut) {
        return failure(QStringLiteral("The %1 layout took longer than %2 s and was stopped. %3")
                           .arg(engineName(run.engine))
                           .arg(run.timeoutMs / 1000.0, 0, 'g', 3)
                           .arg(adviceAfter(run.engine)));
    }
    if (ranOutOfMemory(run.standardError)) {
        const QString limit = run.memoryLimit
                                  ? QStringLiteral(" (limit %1)").arg(formatBytes(run.memoryLimit))
                                  : QString();
        return failure(QStringLiteral("The %1 layout ran out of memory%2. %3")
                           .arg(engineName(run.engine), limit, adviceAfter(run.engine)));
    }
    if (run.crashed) {
        if (run.exitCode == SIGKILL) {
            return failure(QStringLiteral("The layout worker was killed (SIGKILL), probably by the "
                                          "system because memory ran out.%1")
                               .arg(stderrTail(run.standardError)));
        }
        return failure(QStringLiteral("The layout worker crashed (%1).%2")
                           .arg(signalName(run.exitCode), stderrTail(run.standardError)));
    }
    layout::LayoutOutcome outcome = layout::outcomeFromJson(
        std::string_view(run.standardOutput.constData(), std::size_t(run.standardOutput.size())));
    if (outcome.result) {
        // A complete layout of the right size is used whatever the exit code: a worker built
        // with LeakSanitizer, for one, exits non-zero after writing a perfectly good answer.
        if (outcome.result->nodes.size() != run.expectedNodes ||
            outcome.result->edges.size() != run.expectedEdges) {
            return failure(QStringLiteral("The layout worker wrote garbage: a layout of %1 nodes "
                                          "and %2 edges for a graph of %3 and %4.")
                               .arg(outcome.result->nodes.size())
                               .arg(outcome.result->edges.size())
                               .arg(run.expectedNodes)
                               .arg(run.expectedEdges));
        }
        return outcome;
    }
    // Exit codes 1 (layout error) and 2 (bad request) come with the worker's own message.
    if (run.exitCode == 1 || run.exitCode == 2) {
        return outcome;
    }
    if (run.exitCode == 0) {
        return failure(QStringLiteral("The layout worker wrote garbage instead of a layout: %1")
                           .arg(QString::fromStdString(outcome.error)));
    }
    return failure(QStringLiteral("The layout worker exited with code %1.%2")
                       .arg(run.exitCode)
                       .arg(stderrTail(run.standardError)));
}

std::size_t memoryLimitIn(const QStringList& arguments) {
    const auto at = arguments.indexOf(kMemoryLimitOption);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1].toULongLong() : 0;
}

QByteArray requestBytes(const layout::LayoutRequest& request) {
    return QByteArray::fromStdString(layout::requestToJson(request));
}

} // namespace

LayoutRunner::LayoutRunner(QObject* parent)
    : QObject(parent), program_(QCoreApplication::applicationFilePath()), arguments_{QStringLiteral(
                                                                              "--layout-worker")},
      timer_(new QTimer(this)) {
    qRegisterMetaType<dealgraph::layout::LayoutResult>();
    timer_->setSingleShot(true);
    connect(timer_, &QTimer::timeout, this, &LayoutRunner::onTimeout);
}

LayoutRunner::~LayoutRunner() {
    cancel();
    waitForOwnedThreads(this);
    // Reap killed workers now rather than leave QProcess to warn about them.
    for (QProcess* process : findChildren<QProcess*>()) {
        process->disconnect(this);
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
}

void LayoutRunner::setProgram(QString program, QStringList arguments) {
    program_ = std::move(program);
    arguments_ = std::move(arguments);
}

QStringList LayoutRunner::effectiveArguments() const {
    QStringList arguments = arguments_;
    if (memoryLimit_ != 0 && !arguments.contains(kMemoryLimitOption)) {
        arguments << kMemoryLimitOption << QString::number(quint64(memoryLimit_));
    }
    return arguments;
}

void LayoutRunner::setCacheDirectory(const QString& directory) {
    if (directory.isEmpty())
        cache_.reset();
    else
        cache_.emplace(directory);
}

void LayoutRunner::start(const layout::LayoutRequest& request, int budgetMs) {
    cancel();
    jobTimeoutMs_ =
        budgetMs > 0 && (timeoutMs_ <= 0 || budgetMs < timeoutMs_) ? budgetMs : timeoutMs_;
    const quint64 id = ++jobId_;
    liveJob_ = id;
    expectedNodes_ = request.nodes.size();
    expectedEdges_ = request.edges.size();
    engine_ = request.engine;
    timedOut_ = false;
    servedFromCache_ = false;
    cacheKey_.clear();

    emit started(id);
    if (liveJob_ != id)
        return; // a slot connected to started() cancelled or replaced this job
    // The request as JSON (what the worker reads), its cache key and a kept layout (tens of
    // megabytes of JSON on a big graph) are made and read on a thread: together they held the
    // UI thread for 70 ms at 5,000 entities, and over a second at 20,000 on a cache hit.
    struct Prepared {
        std::string json;
        QByteArray key;
        std::optional<layout::LayoutResult> kept;
    };
    auto prepared = std::make_shared<Prepared>();
    offThread(
        id,
        [request, cache = cache_, nodes = expectedNodes_, edges = expectedEdges_, prepared] {
            prepared->json = layout::requestToJson(request);
            if (!cache)
                return;
            prepared->key = LayoutCache::keyFor(prepared->json);
            // find removes an unusable entry: then the worker lays the graph out after all.
            if (QFileInfo::exists(cache->pathFor(prepared->key)))
                prepared->kept = cache->find(prepared->key, nodes, edges);
        },
        [this, id, prepared] {
            cacheKey_ = prepared->key;
            if (!prepared->kept)
                return launchWorker(id, prepared->json);
            servedFromCache_ = true;
            finishJob(layout::LayoutOutcome{std::move(prepared->kept), {}});
        });
}

void LayoutRunner::launchWorker(quint64 id, const std::string& json) {
    auto* process = new QProcess(this);
    process_ = process;
    process->setProgram(program_);
    process->setArguments(effectiveArguments());
    connect(process, &QProcess::finished, this, [this, process] {
        if (process == process_) {
            onProcessFinished();
        }
    });
    connect(process, &QProcess::errorOccurred, this, [this, id](QProcess::ProcessError error) {
        // Only a failed start never ends in finished(); and it may be reported from inside
        // QProcess::start, so it is delivered from the event loop like every other result.
        if (error == QProcess::FailedToStart) {
            QMetaObject::invokeMethod(
                this,
                [this, id] {
                    if (id == liveJob_ && process_) {
                        onProcessError();
                    }
                },
                Qt::QueuedConnection);
        }
    });
    if (jobTimeoutMs_ > 0) {
        timer_->start(jobTimeoutMs_);
    }
    process->start();
    if (process->state() != QProcess::NotRunning) { // else the failed start is on its way
        process->write(QByteArray::fromStdString(json));
        process->closeWriteChannel();
    }
}

void LayoutRunner::offThread(quint64 id, std::function<void()> work, std::function<void()> done) {
    startOwnedThread(this, QStringLiteral("dealgraph layout answer"), std::move(work),
                     [this, id, done = std::move(done)] {
                         if (liveJob_ == id) // else cancelled or replaced meanwhile: nothing said
                             done();
                     });
}

void LayoutRunner::cancel() {
    liveJob_ = 0;
    timer_->stop();
    if (!process_) {
        return;
    }
    QProcess* process = std::exchange(process_, nullptr);
    process->disconnect(this);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

void LayoutRunner::onTimeout() {
    if (process_) {
        timedOut_ = true;
        process_->kill(); // finished() follows and reports the time-out
    }
}

void LayoutRunner::onProcessFinished() {
    WorkerExit run;
    run.program = program_;
    run.timedOut = timedOut_;
    run.timeoutMs = jobTimeoutMs_;
    run.crashed = process_->exitStatus() == QProcess::CrashExit;
    run.exitCode = process_->exitCode();
    run.standardOutput = process_->readAllStandardOutput();
    run.standardError = process_->readAllStandardError();
    run.memoryLimit = memoryLimitIn(effectiveArguments());
    run.expectedNodes = expectedNodes_;
    run.expectedEdges = expectedEdges_;
    run.engine = engine_;
    discardProcess(); // the worker is done; the job is not until its answer is read
    // Parsing a big graph's answer took a quarter of a second of the UI thread at 5,000
    // entities: it is read and checked on a thread, and stored in the cache as it came
    // (checked, and no second serialisation).
    auto outcome = std::make_shared<layout::LayoutOutcome>();
    std::optional<LayoutCache> cache = cache_;
    offThread(
        liveJob_,
        [run = std::move(run), outcome, cache, key = cacheKey_] {
            *outcome = interpret(run);
            if (outcome->result && cache && !key.isEmpty())
                cache->store(key, run.standardOutput);
        },
        [this, outcome] { finishJob(*outcome); });
}

void LayoutRunner::onProcessError() {
    WorkerExit run;
    run.program = program_;
    run.startFailed = true;
    run.startError = process_->errorString();
    finishJob(interpret(run));
}

void LayoutRunner::finishJob(const layout::LayoutOutcome& outcome) {
    const quint64 id = jobId_;
    discardProcess(); // ready for the next job before anyone hears about this one
    liveJob_ = 0;
    if (outcome.result) {
        emit finished(id, *outcome.result);
    } else {
        emit failed(id, QString::fromStdString(outcome.error));
    }
}

void LayoutRunner::discardProcess() {
    timer_->stop();
    if (QProcess* process = std::exchange(process_, nullptr)) {
        process->disconnect(this);
        process->deleteLater();
    }
}

layout::LayoutOutcome runLayoutBlocking(const layout::LayoutRequest& request,
                                        const QString& program, const QStringList& arguments,
                                        int timeoutMs) {
    WorkerExit run;
    run.program = program;
    run.timeoutMs = timeoutMs;
    run.memoryLimit = memoryLimitIn(arguments);
    run.expectedNodes = request.nodes.size();
    run.expectedEdges = request.edges.size();
    run.engine = request.engine;

    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(-1)) {
        run.startFailed = true;
        run.startError = process.errorString();
        return interpret(run);
    }
    process.write(requestBytes(request));
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs > 0 ? timeoutMs : -1) &&
        process.state() != QProcess::NotRunning) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(-1);
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.standardOutput = process.readAllStandardOutput();
    run.standardError = process.readAllStandardError();
    return interpret(run);
}

} // namespace dealgraph::app
