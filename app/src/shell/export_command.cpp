// `dealgraph [FILE] --export OUT ...`: the same document, scene and exporter as the window,
// on Qt's offscreen platform, so a script can produce a deck's worth of slides with no display;
// with `--story ID`, the deck itself.
#include "document/document.h"
#include "document/embedded_data.h"
#include "document/entity_positions.h"
#include "document/layout_runner.h"
#include "export/deck_exporter.h"
#include "export/exporter.h"
#include "scene/graph_scene.h"
#include "shell/app_settings.h"
#include "shell/command_line.h"

#include "dealgraph/load.h"

#include <QApplication>
#include <QFileInfo>

#include <iostream>

namespace dealgraph::app {
namespace {

// dot's ranking and crossing minimisation grow much faster than linearly: 1,000 nodes with
// 1,500 edges already take it more than the layout's minute (layout/src/engine.cpp), and 50,000
// would run for hours before the runner's timeout stopped it. An explicit `--engine dot` past
// this is refused at once, saying what to do, rather than left to time out (docs/robustness.md).
constexpr std::size_t kMaxDotEntities = 1000;

} // namespace
int runExport(int& argc, char** argv, const CommandLine& line) {
    // No display is needed; an explicit QT_QPA_PLATFORM is respected (tests pin it).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // A slide speaks the system's language, as the window does on first start: in a zh_CN
    // locale its legend, footer and names are Chinese.
    installTranslations(LanguageChoice::System);

    int status = 0;
    auto model = loadModelForCommand(line, std::cerr, &status);
    if (!model)
        return status;

    const bool needsLayout = isSlideFormat(line.exportOptions.format);
    if (needsLayout && line.exportOptions.engine == layout::Engine::Dot &&
        model->entities().size() > kMaxDotEntities) {
        std::cerr << "dealgraph: --engine dot lays out at most " << kMaxDotEntities
                  << " entities and this model has " << model->entities().size()
                  << "; leave out --engine (sfdp is chosen for large graphs) or use --engine "
                     "sfdp\n";
        return 1;
    }

    Document document;
    // Hand-placed positions come from the file's sidecar, or the embedded dataset's own.
    QObject::connect(&document, &Document::positionsProblem, [](const QString& message) {
        std::cerr << "dealgraph: warning: " << message.toStdString() << "\n";
    });
    document.setModel(std::move(*model), line.file);
    if (line.file.isEmpty())
        document.usePositionsFile(embeddedPositionsPath());
    document.setFilter(line.filter); // positions come from the whole model, as in the window
    document.setCompareFrom(line.compareFrom);
    document.setDisplayOptions({line.summed, line.sizeByMoney});

    // Made after the model is set, so it lays out nothing by itself: a slide lays out its own
    // graph (export/slide_layout.h), and the window's layout of the whole model, seconds at
    // thousands of entities, is needed only for boxes placed by hand.
    GraphScene scene(&document);
    scene.layoutRunner().setProgram(QCoreApplication::applicationFilePath(),
                                    {QStringLiteral("--layout-worker")});
    scene.setEngineOverride(line.exportOptions.engine);
    scene.layoutRunner().setTimeout(line.layoutTimeoutSeconds * 1000); // 0: no limit
    scene.setDotBudget(line.dotBudgetMs); // slides take it from this scene
    QString failure;
    if (needsLayout && !document.model().empty() &&
        slideDrawsTheWindowScene(document, line.exportOptions, QRectF()))
        failure = layOutAndWait(scene, [&] { scene.relayout(); });
    if (!failure.isEmpty()) {
        std::cerr << "dealgraph: layout failed: " << failure.toStdString() << "\n";
        return 1;
    }

    QString error;
    if (!line.story.isEmpty()) {
        // A deck: each step sets the document's view in turn (loadModelForCommand checked the
        // story exists).
        const Story& story = *document.model().story(line.story.toStdString());
        QStringList warnings;
        const bool written = exportStoryDeck(line.exportPath, scene, document, story,
                                             line.exportOptions, &error, &warnings);
        for (const QString& warning : warnings)
            std::cerr << "dealgraph: warning: " << warning.toStdString() << "\n";
        if (!written) {
            std::cerr << "dealgraph: --story " << story.id << ": " << error.toStdString() << "\n";
            return 1;
        }
    } else if (!exportToFile(line.exportPath, scene, document, line.exportOptions, QRectF(),
                             &error)) {
        std::cerr << "dealgraph: " << error.toStdString() << "\n";
        return 1;
    }
    std::cout << QFileInfo(line.exportPath).absoluteFilePath().toStdString() << "\n";
    return 0;
}

} // namespace dealgraph::app
