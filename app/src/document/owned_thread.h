// Work on a thread of its own whose QThread object belongs to an owner: deleted once the work
// is done or, at the latest, with the owner. The thread used to delete itself from the event
// loop only, so a program that ended right after the work (a headless export) left the QThread
// behind (LeakSanitizer, now and then, in cli.stories).
#pragma once

#include <QString>

#include <functional>

class QObject;

namespace dealgraph::app {

// Runs `work` on a new thread; `done` runs on the owner's thread afterwards (not when the
// owner went first).
void startOwnedThread(QObject* owner, const QString& name, std::function<void()> work,
                      std::function<void()> done);

// From the owner's destructor, before its children go: waits for its threads still running
// (a running QThread must not be destroyed). Work cannot be interrupted, so this waits for it.
void waitForOwnedThreads(QObject* owner);

} // namespace dealgraph::app
