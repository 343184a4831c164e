// Edit > Preferences… and Help > Keyboard Shortcuts for the main window. Kept apart from
// main_window.cpp so the window only adds them to its menus.
#pragma once

class QMainWindow;
class QMenu;

namespace dealgraph::app {

class GraphScene;

// Adds the two actions to the menus. Accepted preferences apply at once to the theme and the
// layout engine of `scene`; the language applies from the next start.
void addSettingsActions(QMainWindow* window, GraphScene* scene, QMenu* edit, QMenu* help);

} // namespace dealgraph::app
