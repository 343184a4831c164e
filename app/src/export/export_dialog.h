// File > Export: format, slide size, theme, framing and scope, remembered between exports.
#pragma once

#include "export/export_options.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace dealgraph::app {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(QWidget* parent = nullptr);

    // Options as the dialog shows them; the format follows the chosen file's extension.
    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    QString path() const;
    void setPath(const QString& path);

    // Reads and writes the last choices with QSettings ("export/...").
    void restoreSettings();
    void saveSettings() const;

private:
    void choosePath();
    void presetChanged();
    void updateEnabled();

    QLineEdit* path_;
    QComboBox* preset_;
    QSpinBox* width_;
    QSpinBox* height_;
    QComboBox* theme_;
    QComboBox* scope_;
    QLineEdit* title_;
    QLineEdit* subtitle_;
    QCheckBox* legend_;
    QCheckBox* sources_;
    QCheckBox* dateStamp_;
    QDoubleSpinBox* minType_;
    QCheckBox* strictType_;
    QComboBox* layout_;
    QCheckBox* otherNames_;
};

} // namespace dealgraph::app
