// Test fixtures keep their settings (recent files, window layout, preferences) in a directory of
// this process only: never the user's, and never shared with a test running in parallel.
#pragma once

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace dealgraph::app {

inline void isolateSettings(const QString& applicationName) {
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("dealgraph-tests"));
    QCoreApplication::setApplicationName(applicationName);
}

} // namespace dealgraph::app
