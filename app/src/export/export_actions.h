// File > Export Image… and Edit > Copy Image: the window's side of export. Renders the live
// scene, so what is selected, highlighted or filtered on screen is what is exported.
#pragma once

#include "export/export_options.h"

#include <QObject>
#include <QRectF>

#include <map>
#include <utility>

class QAction;
class QWidget;

namespace dealgraph::app {

class Document;
class GraphScene;
class GraphView;
class ExportDialog;

class ExportActions : public QObject {
    Q_OBJECT
public:
    ExportActions(Document* document, GraphScene* scene, GraphView* view, QWidget* window);

    QAction* exportImage() const { return exportImage_; }
    QAction* copyImage() const { return copyImage_; }

    // The scene rectangle the view shows now ("current view" scope).
    QRectF visibleSceneRect() const;

    // Exports without the dialog (tests, scripts). Emits message() either way; on failure
    // also says why in `error`.
    bool exportTo(const QString& path, const ExportOptions& options, QString* error = nullptr);
    // Puts the slide on the clipboard as PNG and SVG.
    bool copyToClipboard(const ExportOptions& options);

    // Fills the Export dialog for this document: the last choices, the title given to this
    // model's slides before in this session or else the model's title, a file named after
    // it in the last folder used (or the pictures folder), and the live preview.
    void setUpDialog(ExportDialog& dialog);

signals:
    void message(const QString& text);

private:
    void exportWithDialog();
    QString documentKey() const;

    Document* document_;
    GraphScene* scene_;
    GraphView* view_;
    QWidget* window_;
    QAction* exportImage_;
    QAction* copyImage_;
    // Title and subtitle last exported, per model (file path, or the bundled dataset's name).
    std::map<QString, std::pair<QString, QString>> titles_;
};

} // namespace dealgraph::app
