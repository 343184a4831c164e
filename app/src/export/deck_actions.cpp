#include "export/deck_actions.h"

#include "document/document.h"
#include "document/entity_positions.h"
#include "document/layout_runner.h"
#include "document/story_view.h"
#include "export/deck_exporter.h"
#include "export/export_dialog.h"
#include "export/exporter.h"
#include "scene/graph_scene.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <algorithm>

namespace dealgraph::app {

namespace {

const char* const kDeckFilterKey = "export/deckFilter";

QString deckFolder() {
    QString folder = ExportDialog::lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return folder;
}

} // namespace

DeckActions::DeckActions(Document* document, GraphScene* scene, QWidget* window)
    : QObject(window), document_(document), scene_(scene), window_(window) {
    exportDeck_ = new QAction(tr("Export Story &Deck…"), this);
    exportDeck_->setStatusTip(tr("Save the story chosen in the Stories panel as a deck: a PDF, "
                                 "a PowerPoint file of editable shapes or a web page"));
    connect(exportDeck_, &QAction::triggered, this, [this] { exportDeckWithDialog(chosen_); });
    auto update = [this] { exportDeck_->setEnabled(!document_->model().stories().empty()); };
    connect(document_, &Document::modelReset, this, update);
    update();
}

bool DeckActions::exportDeckTo(const QString& path, std::size_t storyIndex,
                               const ExportOptions& options, QString* error) {
    auto fail = [&](const QString& why) {
        emit message(tr("Export failed: %1").arg(why));
        if (error)
            *error = why;
        return false;
    };
    if (storyIndex >= document_->model().stories().size())
        return fail(tr("the model has no such story"));

    // The deck's own document: the window's model as it stands (unsaved edits included), its
    // hand placements, and nothing watched.
    Document deck;
    deck.setWatchFile(false);
    deck.setModel(Model(document_->model()), document_->filePath());
    if (document_->filePath().isEmpty())
        deck.usePositionsFile(embeddedPositionsPath());
    GraphScene deckScene(&deck);
    deckScene.layoutRunner().setProgram(scene_->layoutRunner().program(),
                                        scene_->layoutRunner().arguments());
    deckScene.setGraphStyle(scene_->graphStyle());
    const Story& story = deck.model().stories()[storyIndex];

    const QCursor wait(Qt::WaitCursor);
    QApplication::setOverrideCursor(wait);
    QString why;
    // A step that keeps the whole graph's positions needs that layout first.
    if (slideDrawsTheWindowScene(deck, options, QRectF()) ||
        std::any_of(story.steps.begin(), story.steps.end(),
                    [](const StoryStep& step) { return step.layout == StepLayout::KeepPositions; }))
        why = layOutAndWait(deckScene, [&] { deckScene.relayout(); });
    QStringList warnings;
    const bool written =
        why.isEmpty() && exportStoryDeck(path, deckScene, deck, story, options, &why, &warnings);
    QApplication::restoreOverrideCursor();
    if (!written)
        return fail(why);
    emit message(warnings.isEmpty()
                     ? tr("Exported %1").arg(QFileInfo(path).fileName())
                     : tr("Exported %1 (%2)")
                           .arg(QFileInfo(path).fileName(), warnings.join(QStringLiteral("; "))));
    return true;
}

void DeckActions::exportDeckWithDialog(std::size_t storyIndex) {
    const auto& stories = document_->model().stories();
    if (storyIndex >= stories.size()) {
        emit message(tr("This model tells no stories"));
        return;
    }
    const QString pdf = tr("PDF, one page per step (*.pdf)");
    const QString pptx = tr("PowerPoint, one slide per step (*.pptx)");
    const QString html = tr("Web page that plays the steps (*.html)");
    QSettings settings;
    QString filter = settings.value(QLatin1String(kDeckFilterKey)).toString();
    if (filter != pdf && filter != pptx && filter != html)
        filter = pdf;
    const QString extension = filter == pptx   ? QStringLiteral("pptx")
                              : filter == html ? QStringLiteral("html")
                                               : QStringLiteral("pdf");
    const QString suggested =
        QDir(deckFolder())
            .filePath(ExportDialog::safeFileName(titleOf(stories[storyIndex])) + QLatin1Char('.') +
                      extension);
    QString path = QFileDialog::getSaveFileName(
        window_, tr("Export Story Deck"), suggested,
        QStringList{pdf, pptx, html}.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    if (!deckFormatFromPath(path)) // a name typed without its extension: the chosen format's
        path += filter == pptx   ? QStringLiteral(".pptx")
                : filter == html ? QStringLiteral(".html")
                                 : QStringLiteral(".pdf");
    settings.setValue(QLatin1String(kDeckFilterKey), filter);

    // The slide framing last chosen in the Export dialog (size, theme, type, legend...); the
    // titles and views are the steps' own.
    ExportDialog defaults;
    defaults.restoreSettings();
    QString error;
    if (!exportDeckTo(path, storyIndex, defaults.options(), &error))
        QMessageBox::warning(window_, tr("Export Story Deck"),
                             tr("The deck could not be exported.\n\n%1").arg(error));
}

} // namespace dealgraph::app
