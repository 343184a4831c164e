#include "export/deck_exporter.h"

#include "document/document.h"
#include "document/story_view.h"
#include "export/exporter.h"
#include "export/html_page.h"
#include "export/pptx_slide.h"
#include "scene/graph_scene.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <functional>

namespace dealgraph::app {

std::optional<DeckFormat> deckFormatFromPath(const QString& path) {
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return DeckFormat::Pdf;
    if (path.endsWith(QLatin1String(".pptx"), Qt::CaseInsensitive))
        return DeckFormat::Pptx;
    if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return DeckFormat::Html;
    return std::nullopt;
}

QString deckFormatProblem(const QString& path) {
    if (deckFormatFromPath(path))
        return {};
    return QStringLiteral("%1: a story is written as a deck of one page per step; use .pdf, "
                          ".pptx or .html")
        .arg(QFileInfo(path).fileName());
}

namespace {

// The options of one step's slide: the command's (size, theme, type, legend...) with the
// step's text and layout (its groups are the document's, showStoryStep).
ExportOptions stepOptions(const ExportOptions& options, const StoryStep& step) {
    ExportOptions out = options;
    out.format = ExportFormat::Pdf;
    out.scope = ExportScope::WholeGraph;
    out.title = titleOf(step);
    out.subtitle.clear();
    out.caption = captionOf(step);
    out.layout = step.layout == StepLayout::KeepPositions ? SlideLayout::KeepPositions
                                                          : SlideLayout::FitShown;
    return out;
}

// Shows each step of `story` in `document` in turn, lays out its slide and hands it to `use`
// (with the selection hidden). Fails, saying which step and why, when a slide cannot be laid
// out or `use` fails (it says why in `error`).
bool forEachStepSlide(GraphScene& scene, Document& document, const Story& story,
                      const ExportOptions& options, QString* error,
                      const std::function<bool(std::size_t, const PreparedSlide&)>& use) {
    for (std::size_t i = 0; i < story.steps.size(); ++i) {
        const StoryStep& step = story.steps[i];
        showStoryStep(document, step);
        QString why;
        auto prepared = prepareSlide(scene, document, stepOptions(options, step), QRectF(), &why);
        if (!prepared) {
            if (error)
                *error = QStringLiteral("step %1 (%2): %3").arg(i + 1).arg(titleOf(step), why);
            return false;
        }
        const SelectionHidden hidden(*prepared->scene);
        if (!use(i, *prepared))
            return false;
    }
    return true;
}

} // namespace

bool exportStoryDeck(const QString& path, GraphScene& scene, Document& document, const Story& story,
                     const ExportOptions& options, QString* error, QStringList* warnings) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (const QString problem = deckFormatProblem(path); !problem.isEmpty())
        return fail(problem);
    if (story.steps.empty())
        return fail(
            QStringLiteral("the story %1 has no steps").arg(QString::fromStdString(story.id)));
    if (slideDrawsTheWindowScene(document, options, QRectF()) && !scene.hasLayout())
        return fail(QStringLiteral("the graph has no layout yet"));

    const DocumentViewKept kept(document);
    const DeckFormat format = *deckFormatFromPath(path);
    if (format == DeckFormat::Pptx) {
        std::vector<PptxSlideXml> slides;
        QSize size;
        if (!forEachStepSlide(scene, document, story, options, error,
                              [&](std::size_t, const PreparedSlide& prepared) {
                                  slides.push_back(pptxSlide(*prepared.scene, prepared.slide));
                                  size = pptxSlideSize(prepared.slide);
                                  return true;
                              }))
            return false;
        const QByteArray bytes = pptxPackage(slides, size, titleOf(story), error);
        return !bytes.isEmpty() && writeFileAtomically(path, bytes, error);
    }
    if (format == DeckFormat::Html) {
        // The details describe the document's own model; each step's view is the document's.
        HtmlPage page(document.model());
        if (!forEachStepSlide(scene, document, story, options, error,
                              [&](std::size_t, const PreparedSlide& prepared) {
                                  page.addView(*prepared.scene, prepared.slide, document);
                                  return true;
                              }))
            return false;
        return writeFileAtomically(path, page.html(titleOf(story)), error);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    setUpPdfPage(writer, options.size, titleOf(story));
    QPainter painter;
    const bool painted = forEachStepSlide(
        scene, document, story, options, error, [&](std::size_t i, const PreparedSlide& prepared) {
            // The painter starts with the first page; each further step is a page of its own.
            if (i == 0 ? !painter.begin(&writer) : !writer.newPage())
                return fail(QStringLiteral("cannot write the PDF"));
            paintSlide(painter, *prepared.scene, prepared.slide);
            if (warnings && slideGeometry(prepared.slide, prepared.scene->graphStyle()).captionCut)
                *warnings << QStringLiteral("step %1 (%2): the caption is longer than %3 lines "
                                            "and was cut")
                                 .arg(i + 1)
                                 .arg(titleOf(story.steps[i]))
                                 .arg(kMaxCaptionLines);
            return true;
        });
    if (painter.isActive())
        painter.end();
    if (!painted)
        return false;
    buffer.close();
    if (bytes.isEmpty())
        return fail(QStringLiteral("rendering the PDF failed"));
    return writeFileAtomically(path, bytes, error);
}

} // namespace dealgraph::app
