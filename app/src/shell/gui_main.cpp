// runGui: the window's entry point, declared in command_line.h.
#include "document/embedded_data.h"
#include "document/layout_cache.h"
#include "document/layout_runner.h"
#include "scene/graph_scene.h"
#include "shell/app_settings.h"
#include "shell/command_line.h"
#include "shell/main_window.h"

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
    // Wayland and the desktop's task switcher match the window to the installed .desktop entry
    // (and its icon) by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.dealgraph.dealgraph"));
    embeddedDataset(); // links in and registers the resources, the icon among them
    const QString iconPath = QStringLiteral(":/dealgraph/icons/dealgraph.svg");
    if (QFile::exists(iconPath))
        QApplication::setWindowIcon(QIcon(iconPath));

    // Language first: every widget takes its texts when it is built.
    const AppSettings settings = AppSettings::load();
    installTranslations(settings.language);
    applyTheme(settings.theme);

    MainWindow window;
    window.graphScene()->setEngineOverride(settings.engine);
    // Reopening a model laid out before skips the worker (seconds at thousands of entities).
    window.graphScene()->layoutRunner().setCacheDirectory(LayoutCache::standardDirectory());
    window.show();
    // A file that fails to load leaves its errors on screen and the built-in dataset behind
    // them, so the window is never empty.
    window.openFileOrEmbedded(file);
    return QApplication::exec();
}

} // namespace dealgraph::app
