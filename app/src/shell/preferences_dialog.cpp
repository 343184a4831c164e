#include "shell/preferences_dialog.h"

#include "document/model_text.h"
#include "export/export_options.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace dealgraph::app {

namespace {

constexpr layout::Engine kEngines[] = {layout::Engine::Dot,   layout::Engine::Neato,
                                       layout::Engine::Fdp,   layout::Engine::Sfdp,
                                       layout::Engine::Circo, layout::Engine::Twopi};

void selectData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(460); // the restart note reads on two lines at most, in either language

    language_ = new QComboBox;
    language_->addItem(tr("System language"), static_cast<int>(LanguageChoice::System));
    // Each language is named in itself, so whoever reads only one of them can find it.
    language_->addItem(QStringLiteral("English"), static_cast<int>(LanguageChoice::English));
    language_->addItem(QStringLiteral("简体中文"),
                       static_cast<int>(LanguageChoice::SimplifiedChinese));
    restartNote_ = new QLabel(tr("The new language applies when dealgraph starts again."));
    restartNote_->setWordWrap(true);
    restartNote_->setEnabled(false); // greyed: a note, not a control

    theme_ = new QComboBox;
    theme_->addItem(tr("Follow the system"), static_cast<int>(ThemeChoice::System));
    theme_->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    theme_->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));

    engine_ = new QComboBox;
    engine_->addItem(tr("Automatic (by graph size)"), QString());
    for (layout::Engine engine : kEngines) {
        const QString name = qstr(layout::toString(engine));
        engine_->addItem(name, name);
    }

    auto* general = new QGroupBox(tr("Interface"));
    auto* generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language:"), language_);
    generalForm->addRow(QString(), restartNote_);
    generalForm->addRow(tr("&Theme:"), theme_);
    generalForm->addRow(tr("Layout &engine:"), engine_);

    exportSize_ = new QComboBox;
    for (const SlidePreset& preset : kSlidePresets)
        exportSize_->addItem(QString::fromUtf8(preset.label), preset.size);
    exportTheme_ = new QComboBox;
    exportTheme_->addItem(tr("Light"), static_cast<int>(ExportTheme::Light));
    exportTheme_->addItem(tr("Dark"), static_cast<int>(ExportTheme::Dark));
    exportTheme_->addItem(tr("Transparent"), static_cast<int>(ExportTheme::Transparent));
    legend_ = new QCheckBox(tr("Le&gend of what is shown"));
    sources_ = new QCheckBox(tr("&Sources footer"));
    dateStamp_ = new QCheckBox(tr("\"&As of\" date"));

    auto* exports = new QGroupBox(tr("Exported slides"));
    auto* exportForm = new QFormLayout(exports);
    exportForm->addRow(tr("Si&ze:"), exportSize_);
    exportForm->addRow(tr("&Background:"), exportTheme_);
    exportForm->addRow(QString(), legend_);
    exportForm->addRow(QString(), sources_);
    exportForm->addRow(QString(), dateStamp_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(general);
    layout->addWidget(exports);
    layout->addWidget(buttons);
}

AppSettings PreferencesDialog::settings() const {
    AppSettings s;
    s.language = static_cast<LanguageChoice>(language_->currentData().toInt());
    s.theme = static_cast<ThemeChoice>(theme_->currentData().toInt());
    s.engine = layout::engineFromString(engine_->currentData().toString().toStdString());
    return s;
}

void PreferencesDialog::setSettings(const AppSettings& settings) {
    selectData(language_, static_cast<int>(settings.language));
    selectData(theme_, static_cast<int>(settings.theme));
    selectData(engine_, settings.engine ? qstr(layout::toString(*settings.engine)) : QString());
}

PreferencesDialog::ExportDefaults PreferencesDialog::exportDefaults() const {
    ExportDefaults d;
    d.size = exportSize_->currentData().toSize();
    d.theme = exportTheme_->currentData().toInt();
    d.legend = legend_->isChecked();
    d.sourcesFooter = sources_->isChecked();
    d.dateStamp = dateStamp_->isChecked();
    return d;
}

void PreferencesDialog::setExportDefaults(const ExportDefaults& defaults) {
    // A custom size chosen in the export dialog shows as the nearest preset: the first.
    selectData(exportSize_, defaults.size);
    selectData(exportTheme_, defaults.theme);
    legend_->setChecked(defaults.legend);
    sources_->setChecked(defaults.sourcesFooter);
    dateStamp_->setChecked(defaults.dateStamp);
}

void PreferencesDialog::load() {
    setSettings(AppSettings::load());
    setExportDefaults(loadExportDefaults());
}

void PreferencesDialog::save() const {
    settings().save();
    ExportDefaults defaults = exportDefaults();
    // Keep a custom size the export dialog remembered unless the user picked another preset.
    const ExportDefaults stored = loadExportDefaults();
    if (exportSize_->findData(stored.size) < 0 && defaults.size == exportSize_->itemData(0))
        defaults.size = stored.size;
    saveExportDefaults(defaults);
}

// The same keys and defaults as ExportDialog::restoreSettings / saveSettings.
PreferencesDialog::ExportDefaults PreferencesDialog::loadExportDefaults() {
    QSettings settings;
    const ExportOptions fallback;
    ExportDefaults d;
    d.size = settings.value(QStringLiteral("export/size"), fallback.size).toSize();
    d.theme = settings.value(QStringLiteral("export/theme"), 0).toInt();
    d.legend = settings.value(QStringLiteral("export/legend"), true).toBool();
    d.sourcesFooter = settings.value(QStringLiteral("export/sources"), true).toBool();
    d.dateStamp = settings.value(QStringLiteral("export/date"), true).toBool();
    return d;
}

void PreferencesDialog::saveExportDefaults(const ExportDefaults& defaults) {
    QSettings settings;
    settings.setValue(QStringLiteral("export/size"), defaults.size);
    settings.setValue(QStringLiteral("export/theme"), defaults.theme);
    settings.setValue(QStringLiteral("export/legend"), defaults.legend);
    settings.setValue(QStringLiteral("export/sources"), defaults.sourcesFooter);
    settings.setValue(QStringLiteral("export/date"), defaults.dateStamp);
}

} // namespace dealgraph::app
