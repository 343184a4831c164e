// File > Export: format, slide size, theme, framing and scope, remembered between exports.
#pragma once

#include "export/export_options.h"

#include <QDialog>
#include <QImage>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;

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

    // Reads and writes the last choices with QSettings ("export/..."): sizes, theme and the
    // like, and the folder last exported to. Not the title (it belongs to the model) nor the
    // file name (it comes from the title).
    void restoreSettings();
    void saveSettings() const;
    // The folder the last export went to; empty before the first.
    static QString lastFolder();
    // The extension of the last export ("png", "svg"…), "png" before the first.
    static QString lastExtension();

    // Draws the slide the options describe, for the live preview; a null image and `error`
    // when it cannot. Without one, the dialog shows no preview.
    using Previewer = std::function<QImage(const ExportOptions&, QString* error)>;
    void setPreviewer(Previewer previewer);
    // The preview as last drawn (tests).
    QImage previewImage() const { return previewImage_; }
    // Draws the preview now rather than after the pause that follows an edit (tests).
    void updatePreviewNow();

    // A file name made from a slide title that every system accepts: no / \ : * ? " < > |
    // nor control characters, no leading or trailing dots or spaces, at most 80 characters,
    // not a reserved Windows name; "dealgraph" when nothing is left.
    static QString safeFileName(const QString& title);

private:
    void choosePath();
    void presetChanged();
    void updateEnabled();
    void schedulePreview();

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
    QLabel* preview_;
    QTimer* previewTimer_;
    Previewer previewer_;
    QImage previewImage_;
    bool previewing_ = false; // drawing now: a layout runs an event loop that may edit again
    bool previewAgain_ = false;
};

} // namespace dealgraph::app
