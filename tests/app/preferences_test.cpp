// Edit > Preferences keeps its choices with QSettings, sharing the export keys with the export
// dialog; Help > Keyboard Shortcuts lists every action that has a shortcut.
#include "test_settings.h"

#include "export/export_dialog.h"
#include "shell/app_settings.h"
#include "shell/main_window.h"
#include "shell/preferences_dialog.h"
#include "shell/shortcuts_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace dealgraph::app {
namespace {

class PreferencesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { isolateSettings(QStringLiteral("dealgraph-preferences-tests")); }
    void SetUp() override { QSettings().clear(); }
};

TEST_F(PreferencesTest, DefaultsAreSystemLanguageSystemThemeAutomaticEngine) {
    const AppSettings settings = AppSettings::load();
    EXPECT_EQ(settings.language, LanguageChoice::System);
    EXPECT_EQ(settings.theme, ThemeChoice::System);
    EXPECT_FALSE(settings.engine.has_value());
}

TEST_F(PreferencesTest, DialogRoundTripsItsValuesThroughQSettings) {
    {
        PreferencesDialog dialog;
        dialog.load();
        AppSettings chosen;
        chosen.language = LanguageChoice::SimplifiedChinese;
        chosen.theme = ThemeChoice::Dark;
        chosen.engine = layout::Engine::Neato;
        dialog.setSettings(chosen);
        PreferencesDialog::ExportDefaults defaults;
        defaults.size = {3840, 2160};
        defaults.theme = static_cast<int>(ExportTheme::Transparent);
        defaults.legend = false;
        defaults.sourcesFooter = false;
        defaults.dateStamp = false;
        dialog.setExportDefaults(defaults);
        dialog.save();
    }
    QSettings settings;
    EXPECT_EQ(settings.value(QLatin1String(kLanguageKey)).toString(), QStringLiteral("zh_CN"));
    EXPECT_EQ(settings.value(QLatin1String(kThemeKey)).toString(), QStringLiteral("dark"));
    EXPECT_EQ(settings.value(QLatin1String(kEngineKey)).toString(), QStringLiteral("neato"));

    PreferencesDialog reopened;
    reopened.load();
    const AppSettings read = reopened.settings();
    EXPECT_EQ(read.language, LanguageChoice::SimplifiedChinese);
    EXPECT_EQ(read.theme, ThemeChoice::Dark);
    EXPECT_EQ(read.engine, layout::Engine::Neato);
    const PreferencesDialog::ExportDefaults defaults = reopened.exportDefaults();
    EXPECT_EQ(defaults.size, QSize(3840, 2160));
    EXPECT_EQ(defaults.theme, static_cast<int>(ExportTheme::Transparent));
    EXPECT_FALSE(defaults.legend);
    EXPECT_FALSE(defaults.sourcesFooter);
    EXPECT_FALSE(defaults.dateStamp);

    // The export dialog starts from the same defaults.
    ExportDialog exportDialog;
    exportDialog.restoreSettings();
    const ExportOptions options = exportDialog.options();
    EXPECT_EQ(options.size, QSize(3840, 2160));
    EXPECT_EQ(options.theme, ExportTheme::Transparent);
    EXPECT_FALSE(options.legend);
    EXPECT_FALSE(options.sourcesFooter);
    EXPECT_FALSE(options.dateStamp);
}

TEST_F(PreferencesTest, AutomaticEngineAndSystemChoicesRoundTrip) {
    AppSettings chosen; // all defaults
    chosen.save();
    EXPECT_EQ(QSettings().value(QLatin1String(kEngineKey)).toString(), QStringLiteral("auto"));
    const AppSettings read = AppSettings::load();
    EXPECT_EQ(read.language, LanguageChoice::System);
    EXPECT_EQ(read.theme, ThemeChoice::System);
    EXPECT_FALSE(read.engine.has_value());
}

TEST_F(PreferencesTest, EditMenuOffersPreferencesWithTheStandardShortcut) {
    MainWindow window;
    auto* preferences = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
    ASSERT_NE(preferences, nullptr);
    const QList<QKeySequence> platform = QKeySequence::keyBindings(QKeySequence::Preferences);
    EXPECT_EQ(preferences->shortcuts(),
              platform.isEmpty() ? QList{QKeySequence(Qt::CTRL | Qt::Key_Comma)} : platform);
    auto* edit = window.menuBar()->actions().at(1)->menu();
    ASSERT_NE(edit, nullptr);
    EXPECT_TRUE(edit->actions().contains(preferences));
}

TEST_F(PreferencesTest, ShortcutsDialogListsEveryActionWithAShortcut) {
    MainWindow window;
    int withShortcut = 0;
    QSet<QAction*> seen;
    for (QAction* action : window.findChildren<QAction*>())
        if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            ++withShortcut;
        }
    ASSERT_GT(withShortcut, 10);

    ShortcutsDialog dialog(&window);
    QTableWidget* table = dialog.table();
    ASSERT_EQ(table->rowCount(), withShortcut);
    QMap<QString, QString> listed;
    for (int row = 0; row < table->rowCount(); ++row)
        listed.insert(table->item(row, 0)->text(), table->item(row, 1)->text());
    // Mnemonics and ellipses are gone; every key sequence of an action is listed.
    EXPECT_EQ(listed.value(QStringLiteral("Open")),
              QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    EXPECT_TRUE(listed.contains(QStringLiteral("Preferences")));
    EXPECT_TRUE(listed.value(QStringLiteral("Next Deal")).contains(QStringLiteral(", ")));
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->shortcuts().isEmpty())
            continue;
        const QString name = QString(action->text()).remove(QLatin1Char('&')).remove(QChar(0x2026));
        EXPECT_TRUE(listed.contains(name)) << name.toStdString();
    }

    auto* help = window.menuBar()->actions().last()->menu();
    ASSERT_NE(help, nullptr);
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("shortcutsAction")), nullptr);
    EXPECT_TRUE(
        help->actions().contains(window.findChild<QAction*>(QStringLiteral("shortcutsAction"))));
}

TEST_F(PreferencesTest, ExportDialogKeepsTheTypeContractChoices) {
    ExportDialog dialog;
    dialog.setPath(QStringLiteral("/tmp/slide.svg"));
    ExportOptions chosen = dialog.options();
    EXPECT_EQ(chosen.minTypePt, kDefaultMinTypePt);
    EXPECT_EQ(chosen.layout, SlideLayout::FitShown);
    EXPECT_FALSE(chosen.strictType);
    chosen.minTypePt = 14;
    chosen.strictType = true;
    chosen.layout = SlideLayout::KeepPositions;
    chosen.secondaryNames = true;
    dialog.setOptions(chosen);
    dialog.saveSettings();

    ExportDialog reopened;
    reopened.restoreSettings();
    const ExportOptions read = reopened.options();
    EXPECT_EQ(read.minTypePt, 14);
    EXPECT_TRUE(read.strictType);
    EXPECT_EQ(read.layout, SlideLayout::KeepPositions);
    EXPECT_EQ(read.secondaryNames, std::optional<bool>(true));
}

} // namespace
} // namespace dealgraph::app
