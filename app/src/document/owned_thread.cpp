#include "document/owned_thread.h"

#include <QThread>

namespace dealgraph::app {

void startOwnedThread(QObject* owner, const QString& name, std::function<void()> work,
                      std::function<void()> done) {
    QThread* thread = QThread::create(std::move(work));
    thread->setObjectName(name);
    thread->setParent(owner);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, owner, std::move(done));
    thread->start();
}

void waitForOwnedThreads(QObject* owner) {
    for (QThread* thread : owner->findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

} // namespace dealgraph::app
