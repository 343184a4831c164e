// The preferences that shape the whole window, kept with QSettings: interface language, colour
// theme and the default layout engine. The export defaults live under "export/..." and are
// read and written by ExportDialog (export_dialog.cpp); PreferencesDialog edits both.
#pragma once

#include "dealgraph/graph_layout.h"

#include <QString>
#include <QStringList>

#include <optional>

class QApplication;

namespace dealgraph::app {

enum class LanguageChoice { System, English, SimplifiedChinese };
enum class ThemeChoice { System, Light, Dark };

struct AppSettings {
    LanguageChoice language = LanguageChoice::System;
    ThemeChoice theme = ThemeChoice::System;
    std::optional<layout::Engine> engine; // nullopt: chosen by graph size

    static AppSettings load();
    void save() const;
};

// Settings keys, public so tests and the dialog agree on them.
inline constexpr const char* kLanguageKey = "ui/language"; // "system", "en", "zh_CN"
inline constexpr const char* kThemeKey = "ui/theme";       // "system", "light", "dark"
inline constexpr const char* kEngineKey = "layout/engine"; // "auto" or an engine's name

// The translation the interface uses: "zh_CN" or "" (English, the source language). System
// follows the locale's UI languages (LANGUAGE, LC_MESSAGES, LANG), where any Simplified
// Chinese (zh, zh_CN, zh_SG, zh-Hans) picks zh_CN.
QString translationFor(LanguageChoice choice);
// The same for a list of UI languages, most preferred first ("zh-Hans-CN", "en-US").
QString translationForUiLanguages(const QStringList& uiLanguages);

// Loads the app's and Qt's own translations for the chosen language into the application and
// sets the entity name language to match (model_text.h). Call once, before any window exists:
// the language applies from the next start. Returns the translation installed ("" for none).
QString installTranslations(LanguageChoice choice);

// Applies the theme to the application palette; the graph and legend follow the palette
// (GraphView::applyPaletteStyle). System restores the palette the desktop gave at start-up.
void applyTheme(ThemeChoice theme);

} // namespace dealgraph::app
