// runGui: the window's entry point, declared in command_line.h.
#include "command_line.h"
#include "main_window.h"

#include <QApplication>
#include <QFile>
#include <QIcon>

namespace dealgraph::app {

int runGui(int& argc, char** argv, const QString& file) {
    QApplication app(argc, argv);
    // QSettings (recent files, window layout) is keyed by these.
    QApplication::setOrganizationName(QStringLiteral("dealgraph"));
    QApplication::setApplicationName(QStringLiteral("dealgraph"));
    QApplication::setApplicationVersion(QStringLiteral(DEALGRAPH_VERSION));
    const QString iconPath = QStringLiteral(":/dealgraph/icons/dealgraph.svg");
    if (QFile::exists(iconPath))
        QApplication::setWindowIcon(QIcon(iconPath));

    MainWindow window;
    window.show();
    // A file that fails to load leaves its errors on screen and the built-in dataset behind
    // them, so the window is never empty.
    window.openFileOrEmbedded(file);
    return QApplication::exec();
}

} // namespace dealgraph::app
