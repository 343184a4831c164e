// The File ▸ Open Recent menu: the last files opened, newest first, kept in QSettings.
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace dealgraph::app {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxFiles = 10;

    // Fills `menu` (which it does not own) and keeps it up to date.
    explicit RecentFiles(QMenu* menu, QObject* parent = nullptr);

    QStringList files() const;
    void add(const QString& path);    // moves it to the top
    void remove(const QString& path); // e.g. when it no longer exists
    void clear();

signals:
    void openRequested(const QString& path);

private:
    void store(const QStringList& files);
    void rebuildMenu();

    QMenu* menu_;
};

} // namespace dealgraph::app
