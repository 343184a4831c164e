#include "export/export_actions.h"

#include "document/document.h"
#include "document/model_text.h"
#include "export/export_dialog.h"
#include "export/exporter.h"
#include "scene/graph_scene.h"
#include "scene/graph_view.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>

namespace dealgraph::app {

ExportActions::ExportActions(Document* document, GraphScene* scene, GraphView* view,
                             QWidget* window)
    : QObject(window), document_(document), scene_(scene), view_(view), window_(window) {
    exportImage_ = new QAction(tr("&Export Image…"), this);
    exportImage_->setStatusTip(
        tr("Save the graph as a slide (PNG, SVG, PDF) or as DOT or GraphML for other tools"));
    exportImage_->setShortcut(QKeySequence(tr("Ctrl+E")));
    connect(exportImage_, &QAction::triggered, this, &ExportActions::exportWithDialog);

    copyImage_ = new QAction(tr("&Copy Image"), this);
    copyImage_->setStatusTip(tr("Copy the graph as a 16:9 slide, to paste into a presentation"));
    copyImage_->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    connect(copyImage_, &QAction::triggered, this, [this] {
        ExportDialog defaults; // the last export's framing, at the 16:9 slide size
        defaults.restoreSettings();
        ExportOptions options = defaults.options();
        options.size = kSlidePresets[0].size;
        options.widthInches = kSlidePresets[0].widthInches;
        copyToClipboard(options);
    });
    for (QAction* action : {exportImage_, copyImage_})
        window->addAction(action); // shortcuts work wherever the focus is
}

QString ExportActions::documentKey() const {
    return document_->filePath().isEmpty() ? document_->displayName() : document_->filePath();
}

void ExportActions::setUpDialog(ExportDialog& dialog) {
    dialog.restoreSettings();
    ExportOptions options = dialog.options();
    if (auto remembered = titles_.find(documentKey()); remembered != titles_.end()) {
        options.title = remembered->second.first;
        options.subtitle = remembered->second.second;
    } else {
        options.title = titleOf(document_->model());
        options.subtitle.clear();
    }
    dialog.setOptions(options);
    // Never the working directory: the app is often started from a menu, where it is "/".
    QString folder = ExportDialog::lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    const QString name = ExportDialog::safeFileName(
        options.title.isEmpty() ? document_->displayName() : options.title);
    dialog.setPath(QDir(folder).filePath(name + QLatin1Char('.') + ExportDialog::lastExtension()));
    dialog.setPreviewer([this](const ExportOptions& shown, QString* error) {
        if (slideDrawsTheWindowScene(*document_, shown, visibleSceneRect()) &&
            !scene_->hasLayout()) {
            *error = tr("the graph is still being laid out");
            return QImage();
        }
        const QByteArray png = renderSlide(*scene_, *document_, shown, visibleSceneRect(), error);
        return QImage::fromData(png, "png");
    });
}

QRectF ExportActions::visibleSceneRect() const {
    return view_->mapToScene(view_->viewport()->rect()).boundingRect();
}

bool ExportActions::exportTo(const QString& path, const ExportOptions& options, QString* error) {
    QString why;
    if (!exportToFile(path, *scene_, *document_, options, visibleSceneRect(), &why)) {
        emit message(tr("Export failed: %1").arg(why));
        if (error)
            *error = why;
        return false;
    }
    emit message(tr("Exported %1").arg(QFileInfo(path).fileName()));
    return true;
}

bool ExportActions::copyToClipboard(const ExportOptions& options) {
    if (!scene_->hasLayout()) {
        emit message(tr("Nothing to copy yet: the graph is still being laid out"));
        return false;
    }
    QGuiApplication::clipboard()->setMimeData(
        slideMimeData(*scene_, *document_, options, visibleSceneRect()));
    emit message(tr("Copied the graph as an image (PNG and SVG)"));
    return true;
}

void ExportActions::exportWithDialog() {
    ExportDialog dialog(window_);
    setUpDialog(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.saveSettings();
    titles_[documentKey()] = {dialog.options().title, dialog.options().subtitle};
    QString error;
    if (!exportTo(dialog.path(), dialog.options(), &error))
        QMessageBox::warning(window_, tr("Export Image"),
                             tr("The image could not be exported.\n\n%1").arg(error));
}

} // namespace dealgraph::app
