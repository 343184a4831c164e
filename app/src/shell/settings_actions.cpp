#include "shell/settings_actions.h"

#include "scene/graph_scene.h"
#include "shell/preferences_dialog.h"
#include "shell/shortcuts_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>

namespace dealgraph::app {

namespace {
// lupdate's context for the two actions' texts.
struct SettingsActions {
    Q_DECLARE_TR_FUNCTIONS(SettingsActions)
};
} // namespace

void addSettingsActions(QMainWindow* window, GraphScene* scene, QMenu* edit, QMenu* help) {
    auto* preferences = new QAction(SettingsActions::tr("&Preferences…"), window);
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setStatusTip(
        SettingsActions::tr("Language, theme, layout engine and export defaults"));
    preferences->setIcon(QIcon::fromTheme(QStringLiteral("preferences-system")));
    // The platform's key for preferences; Qt has none for a bare X11 or Wayland session, so the
    // one GNOME and KDE use there.
    preferences->setShortcuts(QKeySequence::Preferences);
    if (preferences->shortcuts().isEmpty())
        preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    QObject::connect(preferences, &QAction::triggered, window, [window, scene] {
        PreferencesDialog dialog(window);
        dialog.load();
        if (dialog.exec() != QDialog::Accepted)
            return;
        dialog.save();
        const AppSettings settings = dialog.settings();
        applyTheme(settings.theme);
        if (settings.engine != scene->engineOverride())
            scene->setEngineOverride(settings.engine);
    });
    edit->addSeparator();
    edit->addAction(preferences);

    auto* shortcuts = new QAction(SettingsActions::tr("&Keyboard Shortcuts"), window);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setStatusTip(SettingsActions::tr("List every action that has a keyboard shortcut"));
    shortcuts->setIcon(QIcon::fromTheme(QStringLiteral("preferences-desktop-keyboard")));
    QObject::connect(shortcuts, &QAction::triggered, window, [window] {
        ShortcutsDialog dialog(window, window);
        dialog.exec();
    });
    help->insertAction(help->actions().value(0), shortcuts);
}

} // namespace dealgraph::app
