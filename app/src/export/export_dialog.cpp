#include "export/export_dialog.h"

#include "document/model_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>

namespace dealgraph::app {

namespace {
constexpr int kCustomPreset = -1;
constexpr int kPreviewDelayMs = 300; // after the last edit: typing a title draws once
constexpr QSize kPreviewSize(480, 270);
constexpr qsizetype kMaxFileNameLength = 80;
} // namespace

ExportDialog::ExportDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export Image"));
    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("exportPath"));
    // Wide enough for a folder and a file name, not a dozen characters of it.
    path_->setMinimumWidth(path_->fontMetrics().averageCharWidth() * 48);
    auto* browse = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_);
    pathRow->addWidget(browse);

    preset_ = new QComboBox;
    for (int i = 0; i < static_cast<int>(std::size(kSlidePresets)); ++i)
        preset_->addItem(QString::fromUtf8(kSlidePresets[i].label), i);
    preset_->addItem(tr("Custom size"), kCustomPreset);
    width_ = new QSpinBox;
    height_ = new QSpinBox;
    for (QSpinBox* box : {width_, height_}) {
        box->setRange(kMinExportSide, kMaxExportSide);
        box->setSuffix(tr(" px"));
    }
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(width_);
    sizeRow->addWidget(height_);

    theme_ = new QComboBox;
    theme_->addItem(tr("Light"), static_cast<int>(ExportTheme::Light));
    theme_->addItem(tr("Dark"), static_cast<int>(ExportTheme::Dark));
    theme_->addItem(tr("Transparent"), static_cast<int>(ExportTheme::Transparent));
    scope_ = new QComboBox;
    scope_->addItem(tr("Whole graph"), static_cast<int>(ExportScope::WholeGraph));
    scope_->addItem(tr("Current view"), static_cast<int>(ExportScope::CurrentView));
    title_ = new QLineEdit;
    title_->setPlaceholderText(tr("none"));
    subtitle_ = new QLineEdit;
    subtitle_->setPlaceholderText(tr("none"));
    minType_ = new QDoubleSpinBox;
    minType_->setRange(kMinTypePtLowest, kMinTypePtHighest);
    minType_->setDecimals(1);
    minType_->setSingleStep(1);
    minType_->setSuffix(tr(" pt"));
    minType_->setToolTip(tr("The smallest text of the graph on the slide (names are 1.2 times "
                            "it). A graph that cannot fit at this size is simplified, and the "
                            "slide says how."));
    strictType_ = new QCheckBox(tr("Fail rather than &group or fold entities to fit"));
    layout_ = new QComboBox;
    layout_->addItem(tr("Fit what is shown"), static_cast<int>(SlideLayout::FitShown));
    layout_->addItem(tr("Keep the whole graph's positions"),
                     static_cast<int>(SlideLayout::KeepPositions));
    layout_->setToolTip(tr("Keep the whole graph's positions so that slides of different dates "
                           "or filters line up"));
    otherNames_ = new QCheckBox(tr("&Other-language names under the boxes"));
    legend_ = new QCheckBox(tr("&Legend of what is shown"));
    sources_ = new QCheckBox(tr("&Sources footer"));
    dateStamp_ = new QCheckBox(tr("\"&As of\" date"));

    auto* columns = new QHBoxLayout(this);
    auto* form = new QFormLayout;
    columns->addLayout(form);
    // A row of several widgets has no label buddy of its own: without one, QFormLayout shows
    // the "&" of "&File:" as a character.
    auto* pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(path_);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Si&ze:"), preset_);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Background:"), theme_);
    form->addRow(tr("S&how:"), scope_);
    form->addRow(tr("&Title:"), title_);
    form->addRow(tr("S&ubtitle:"), subtitle_);
    form->addRow(tr("S&mallest type:"), minType_);
    form->addRow(QString(), strictType_);
    form->addRow(tr("La&yout:"), layout_);
    form->addRow(QString(), otherNames_);
    form->addRow(QString(), legend_);
    form->addRow(QString(), sources_);
    form->addRow(QString(), dateStamp_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    form->addRow(buttons);

    preview_ = new QLabel;
    preview_->setObjectName(QStringLiteral("exportPreview"));
    preview_->setMinimumSize(kPreviewSize);
    preview_->setAlignment(Qt::AlignCenter);
    preview_->setFrameShape(QFrame::StyledPanel);
    preview_->setWordWrap(true);
    preview_->setVisible(false); // until there is a previewer
    columns->addWidget(preview_, 1, Qt::AlignTop);
    previewTimer_ = new QTimer(this);
    previewTimer_->setSingleShot(true);
    previewTimer_->setInterval(kPreviewDelayMs);
    connect(previewTimer_, &QTimer::timeout, this, &ExportDialog::updatePreviewNow);
    for (QComboBox* box : {preset_, theme_, scope_, layout_})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    for (QSpinBox* box : {width_, height_})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(minType_, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    for (QLineEdit* edit : {title_, subtitle_, path_})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    for (QCheckBox* box : {strictType_, otherNames_, legend_, sources_, dateStamp_})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::choosePath);
    connect(preset_, &QComboBox::currentIndexChanged, this, &ExportDialog::presetChanged);
    connect(path_, &QLineEdit::textChanged, this, &ExportDialog::updateEnabled);
    connect(scope_, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setOptions(ExportOptions{});
}

ExportOptions ExportDialog::options() const {
    ExportOptions options;
    options.format = formatFromPath(path()).value_or(ExportFormat::Png);
    options.size = QSize(width_->value(), height_->value());
    const int preset = preset_->currentData().toInt();
    options.widthInches = preset == kCustomPreset ? 13.333 : kSlidePresets[preset].widthInches;
    options.theme = static_cast<ExportTheme>(theme_->currentData().toInt());
    options.scope = static_cast<ExportScope>(scope_->currentData().toInt());
    options.title = title_->text();
    options.subtitle = subtitle_->text();
    options.legend = legend_->isChecked();
    options.sourcesFooter = sources_->isChecked();
    options.dateStamp = dateStamp_->isChecked();
    options.minTypePt = minType_->value();
    options.strictType = strictType_->isChecked();
    options.layout = static_cast<SlideLayout>(layout_->currentData().toInt());
    options.secondaryNames = otherNames_->isChecked();
    return options;
}

void ExportDialog::setOptions(const ExportOptions& options) {
    int presetIndex = preset_->findData(kCustomPreset);
    for (int i = 0; i < static_cast<int>(std::size(kSlidePresets)); ++i)
        if (kSlidePresets[i].size == options.size)
            presetIndex = preset_->findData(i);
    preset_->setCurrentIndex(presetIndex);
    width_->setValue(options.size.width());
    height_->setValue(options.size.height());
    theme_->setCurrentIndex(theme_->findData(static_cast<int>(options.theme)));
    scope_->setCurrentIndex(scope_->findData(static_cast<int>(options.scope)));
    title_->setText(options.title);
    subtitle_->setText(options.subtitle);
    legend_->setChecked(options.legend);
    sources_->setChecked(options.sourcesFooter);
    dateStamp_->setChecked(options.dateStamp);
    minType_->setValue(options.minTypePt);
    strictType_->setChecked(options.strictType);
    layout_->setCurrentIndex(layout_->findData(static_cast<int>(options.layout)));
    otherNames_->setChecked(options.secondaryNames.value_or(!nameLanguage().isEmpty()));
    updateEnabled();
}

QString ExportDialog::path() const {
    return path_->text().trimmed();
}
void ExportDialog::setPath(const QString& path) {
    path_->setText(path);
}

void ExportDialog::choosePath() {
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Image"), path(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;"
           "PowerPoint, editable shapes (*.pptx);;Web page (*.html);;"
           "Graphviz DOT (*.dot);;GraphML (*.graphml);;dealgraph model, as shown (*.json)"));
    if (!chosen.isEmpty())
        path_->setText(chosen);
}

void ExportDialog::setPreviewer(Previewer previewer) {
    previewer_ = std::move(previewer);
    preview_->setVisible(static_cast<bool>(previewer_));
    schedulePreview();
}

void ExportDialog::schedulePreview() {
    if (previewer_)
        previewTimer_->start();
}

void ExportDialog::updatePreviewNow() {
    previewTimer_->stop();
    if (!previewer_)
        return;
    if (previewing_) { // an edit made while the slide is laid out: draw again after it
        previewAgain_ = true;
        return;
    }
    previewing_ = true;
    do {
        previewAgain_ = false;
        ExportOptions shown = options();
        const auto format = formatFromPath(path());
        if (format && !isSlideFormat(*format)) {
            previewImage_ = {};
            preview_->setPixmap({});
            preview_->setText(tr("No preview: DOT, GraphML and JSON are the graph's data, for "
                                 "other tools, not a picture."));
            break;
        }
        shown.format = ExportFormat::Png;
        QString error;
        preview_->setText(tr("Drawing the preview…"));
        previewImage_ = previewer_(shown, &error);
        if (previewImage_.isNull()) {
            preview_->setPixmap({});
            preview_->setText(tr("No preview: %1").arg(error));
        } else {
            preview_->setPixmap(QPixmap::fromImage(previewImage_.scaled(
                preview_->contentsRect().size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        }
    } while (previewAgain_);
    previewing_ = false;
}

QString ExportDialog::safeFileName(const QString& title) {
    QString name;
    for (const QChar c : title) {
        if (c == QLatin1Char(':'))
            name += QStringLiteral(" -");
        else if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char('|'))
            name += QLatin1Char('-');
        else if (QStringLiteral("*?\"<>").contains(c) || c.category() == QChar::Other_Control ||
                 c.category() == QChar::Other_Format)
            continue;
        else
            name += c.isSpace() ? QChar(QLatin1Char(' ')) : c;
    }
    name = name.simplified();
    if (name.size() > kMaxFileNameLength)
        name = name.left(kMaxFileNameLength).trimmed();
    while (!name.isEmpty() && (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' '))))
        name.chop(1);
    while (!name.isEmpty() &&
           (name.startsWith(QLatin1Char('.')) || name.startsWith(QLatin1Char(' '))))
        name.remove(0, 1);
    static const QStringList reserved = {
        QStringLiteral("CON"),  QStringLiteral("PRN"),  QStringLiteral("AUX"),
        QStringLiteral("NUL"),  QStringLiteral("COM1"), QStringLiteral("COM2"),
        QStringLiteral("COM3"), QStringLiteral("COM4"), QStringLiteral("LPT1"),
        QStringLiteral("LPT2"), QStringLiteral("LPT3")};
    if (reserved.contains(name, Qt::CaseInsensitive))
        name += QLatin1Char('_');
    return name.isEmpty() ? QStringLiteral("dealgraph") : name;
}

void ExportDialog::presetChanged() {
    const int preset = preset_->currentData().toInt();
    if (preset != kCustomPreset) {
        width_->setValue(kSlidePresets[preset].size.width());
        height_->setValue(kSlidePresets[preset].size.height());
    }
    updateEnabled();
}

void ExportDialog::updateEnabled() {
    const bool custom = preset_->currentData().toInt() == kCustomPreset;
    width_->setEnabled(custom);
    height_->setEnabled(custom);
    const auto format = formatFromPath(path());
    const bool slide = !format || isSlideFormat(*format);
    for (QWidget* w :
         std::initializer_list<QWidget*>{preset_, theme_, title_, subtitle_, legend_, sources_,
                                         dateStamp_, minType_, strictType_, layout_, otherNames_})
        w->setEnabled(slide);
    // The current view is the window's own picture: drawn as it is, not laid out anew.
    const bool wholeGraph =
        static_cast<ExportScope>(scope_->currentData().toInt()) == ExportScope::WholeGraph;
    for (QWidget* w : std::initializer_list<QWidget*>{minType_, strictType_, layout_, otherNames_})
        w->setEnabled(slide && wholeGraph);
}

void ExportDialog::restoreSettings() {
    QSettings settings;
    ExportOptions o;
    o.size = settings.value(QStringLiteral("export/size"), o.size).toSize();
    o.theme = static_cast<ExportTheme>(settings.value(QStringLiteral("export/theme"), 0).toInt());
    o.scope = static_cast<ExportScope>(settings.value(QStringLiteral("export/scope"), 0).toInt());
    o.legend = settings.value(QStringLiteral("export/legend"), true).toBool();
    o.sourcesFooter = settings.value(QStringLiteral("export/sources"), true).toBool();
    o.dateStamp = settings.value(QStringLiteral("export/date"), true).toBool();
    o.minTypePt =
        std::clamp(settings.value(QStringLiteral("export/minType"), o.minTypePt).toDouble(),
                   kMinTypePtLowest, kMinTypePtHighest);
    o.strictType = settings.value(QStringLiteral("export/strictType"), false).toBool();
    o.layout = settings.value(QStringLiteral("export/keepPositions"), false).toBool()
                   ? SlideLayout::KeepPositions
                   : SlideLayout::FitShown;
    if (settings.contains(QStringLiteral("export/otherNames")))
        o.secondaryNames = settings.value(QStringLiteral("export/otherNames")).toBool();
    setOptions(o);
}

QString ExportDialog::lastFolder() {
    return QSettings().value(QStringLiteral("export/folder")).toString();
}

QString ExportDialog::lastExtension() {
    const QString suffix = QSettings().value(QStringLiteral("export/extension")).toString();
    return formatFromPath(QStringLiteral("x.") + suffix) ? suffix : QStringLiteral("png");
}

void ExportDialog::saveSettings() const {
    QSettings settings;
    const ExportOptions o = options();
    settings.setValue(QStringLiteral("export/size"), o.size);
    settings.setValue(QStringLiteral("export/theme"), static_cast<int>(o.theme));
    settings.setValue(QStringLiteral("export/scope"), static_cast<int>(o.scope));
    settings.setValue(QStringLiteral("export/legend"), o.legend);
    settings.setValue(QStringLiteral("export/sources"), o.sourcesFooter);
    settings.setValue(QStringLiteral("export/date"), o.dateStamp);
    settings.setValue(QStringLiteral("export/minType"), o.minTypePt);
    settings.setValue(QStringLiteral("export/strictType"), o.strictType);
    settings.setValue(QStringLiteral("export/keepPositions"),
                      o.layout == SlideLayout::KeepPositions);
    settings.setValue(QStringLiteral("export/otherNames"), o.secondaryNames.value_or(false));
    if (!path().isEmpty()) {
        settings.setValue(QStringLiteral("export/folder"), QFileInfo(path()).absolutePath());
        settings.setValue(QStringLiteral("export/extension"), QFileInfo(path()).suffix());
    }
}

} // namespace dealgraph::app
