#include "shell/recent_files.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace dealgraph::app {

namespace {
const QString kKey = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu) {
    rebuildMenu();
}

QStringList RecentFiles::files() const {
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QString& path) {
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaxFiles));
}

void RecentFiles::remove(const QString& path) {
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear() {
    store({});
}

void RecentFiles::store(const QStringList& list) {
    QSettings().setValue(kKey, list);
    rebuildMenu();
}

void RecentFiles::rebuildMenu() {
    menu_->clear();
    const QStringList list = files();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& path = list[i];
        QString name = QFileInfo(path).fileName();
        name.replace(QLatin1Char('&'), QLatin1String("&&")); // a '&' in a name is no mnemonic
        const QString text = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name;
        QAction* action = menu_->addAction(text);
        action->setStatusTip(tr("Open %1").arg(QDir::toNativeSeparators(path)));
        action->setToolTip(QDir::toNativeSeparators(path));
        // Queued: opening rebuilds this menu, which must not delete the action mid-signal.
        connect(
            action, &QAction::triggered, this, [this, path] { emit openRequested(path); },
            Qt::QueuedConnection);
    }
    if (list.isEmpty()) {
        menu_->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    menu_->addSeparator();
    QAction* clearAction = menu_->addAction(tr("&Clear Menu"));
    clearAction->setStatusTip(tr("Forget the recently opened files"));
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear, Qt::QueuedConnection);
}

} // namespace dealgraph::app
