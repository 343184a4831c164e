// Document: opening a file on a worker thread. Reading, parsing and checking a model is
// Qt-free model code (loadModelFromFile) that touches nothing shared, so it runs on a thread of
// its own while the event loop goes on; only installing the model, which tells every view,
// happens on the UI thread.
#include "document/document.h"
#include "document/owned_thread.h"

#include <QFile>
#include <QFileInfo>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <filesystem>
#include <memory>
#include <utility>

namespace dealgraph::app {

void Document::openInBackground(const QString& path) {
#ifdef __GLIBC__
    // glibc gives each new thread a malloc arena of its own, and memory freed there serves
    // that arena only: the parse's transient JSON tree was never reused by the layout and the
    // scene built on the UI thread afterwards (peak 728 MB instead of 561 MB while opening
    // 20,000 entities). One arena for the process: this thread and the UI thread take turns,
    // and a parse is not a contended allocator's workload.
    static const bool oneArena = mallopt(M_ARENA_MAX, 1) == 1;
    Q_UNUSED(oneArena);
#endif
    endOpening(false);
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    const quint64 number = ++openings_;
    opening_ = number;
    openingPath_ = absolute;
    emit openingStarted(absolute);

    auto result = std::make_shared<LoadResult>();
    const std::filesystem::path file(QFile::encodeName(absolute).toStdString());
    const auto read = [result, file] {
        *result = loadModelFromFile(file);
#ifdef __GLIBC__
        // The parse's transient JSON tree was freed into this thread's malloc arena, which glibc
        // keeps resident: hand it back (measured: 35 MB more resident at 5,000 entities).
        malloc_trim(0);
#endif
    };
    // A parse cannot be interrupted: a document destroyed meanwhile waits for it.
    startOwnedThread(this, QStringLiteral("dealgraph model reader"), read,
                     [this, result, number, absolute, info] {
                         if (opening_ != number)
                             return; // cancelled, or another file or model came since
                         if (!result->ok()) {
                             emit loadFailed(absolute, formatErrors(*result, info.fileName()));
                             endOpening(false);
                             return;
                         }
                         // Installing is no longer cancellable, and must not end itself.
                         opening_ = 0;
                         install(std::move(*result->model), absolute, false);
                         emit openingEnded(absolute, true);
                     });
}

void Document::cancelOpening() {
    endOpening(false);
}

void Document::endOpening(bool opened) {
    if (opening_ == 0)
        return;
    opening_ = 0;
    emit openingEnded(openingPath_, opened);
}

} // namespace dealgraph::app
