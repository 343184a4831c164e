// Edit > Preferences: interface language, colour theme, default layout engine and the export
// defaults. Kept with QSettings; the export defaults are the keys ExportDialog remembers
// ("export/..."), so the next export starts from them.
#pragma once

#include "shell/app_settings.h"

#include <QDialog>
#include <QSize>

class QCheckBox;
class QComboBox;
class QLabel;

namespace dealgraph::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    // The export defaults the dialog edits; the rest of ExportOptions stays the dialog's own.
    struct ExportDefaults {
        QSize size = {1920, 1080};
        int theme = 0; // ExportTheme
        bool legend = true;
        bool sourcesFooter = true;
        bool dateStamp = true;
    };

    explicit PreferencesDialog(QWidget* parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings& settings);
    ExportDefaults exportDefaults() const;
    void setExportDefaults(const ExportDefaults& defaults);

    // Fills the dialog from QSettings / writes it back.
    void load();
    void save() const;

    static ExportDefaults loadExportDefaults();
    static void saveExportDefaults(const ExportDefaults& defaults);

private:
    QComboBox* language_;
    QComboBox* theme_;
    QComboBox* engine_;
    QComboBox* exportSize_;
    QComboBox* exportTheme_;
    QCheckBox* legend_;
    QCheckBox* sources_;
    QCheckBox* dateStamp_;
    QLabel* restartNote_;
};

} // namespace dealgraph::app
