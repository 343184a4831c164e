#include "shell/command_line.h"

#include "document/embedded_data.h"
#include "export/deck_exporter.h"

#include "dealgraph/filter_spec.h"
#include "dealgraph/generate.h"
#include "dealgraph/graph_layout.h"
#include "dealgraph/load.h"
#include "dealgraph/summary.h"

#include <QCoreApplication>

#include <iostream>

namespace dealgraph::app {

QString usageText() {
    return QStringLiteral(
        "Usage: dealgraph [FILE]\n"
        "       dealgraph --check FILE\n"
        "       dealgraph [FILE] --export "
        "OUT.png|.svg|.pdf|.pptx|.html|.dot|.graphml|.json [options]\n"
        "       dealgraph [FILE] --stories\n"
        "       dealgraph [FILE] --story ID --export DECK.pdf|DECK.pptx|DECK.html [options]\n"
        "\n"
        "Shows the web of money and compute deals of a dealgraph model (JSON) as a graph.\n"
        "Without FILE, opens the bundled dataset.\n"
        "\n"
        "  --check FILE   validate FILE without a display; print a summary or every error.\n"
        "                 Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.\n"
        "\n"
        "Export (no display needed; without FILE, the bundled dataset):\n"
        "  --export OUT        write a slide (PNG, SVG, PDF, PowerPoint .pptx), a web page of\n"
        "                      the graph (.html: one file, no network; hover and click for\n"
        "                      each deal and its sources), the graph (DOT, GraphML) or the\n"
        "                      model as shown (JSON: --filter, --focus, --as-of applied)\n"
        "  --preset NAME       16x9 (1920x1080, the default), 4k (3840x2160) or 4x3 (1600x1200)\n"
        "  --size WxH          a custom size in pixels, 200 to 7680 on each side\n"
        "  --theme NAME        light (default), dark or transparent\n"
        "  --title TEXT        a title on the slide\n"
        "  --subtitle TEXT     a subtitle under it\n"
        "  --engine NAME       dot, neato, fdp, sfdp, circo or twopi (default: by graph size)\n"
        "  --no-legend, --no-sources, --no-date   leave those parts out\n"
        "  --min-type PT       the smallest graph text on the slide, in points (default 10;\n"
        "                      names are 1.2 times it). The graph is laid out at that size;\n"
        "                      if it cannot fit, groups collapse and the smallest entities\n"
        "                      fold into \"Others\", and the slide says so\n"
        "  --strict-type       fail instead, naming the type size the graph would need\n"
        "  --keep-positions    lay out the whole graph and keep its positions at every date\n"
        "                      and filter (slides of a series line up); default: lay out what\n"
        "                      is shown, to fill the frame\n"
        "  --groups MODE       the model's entity groups (\"Oracle-built sites\"): auto (collapse\n"
        "                      only to fit, the default), collapsed (one box each) or expanded\n"
        "  --unpriced MODE     services and rights flows without an amount: auto (left out\n"
        "                      only to fit, the default), hidden or shown\n"
        "  --other-names, --no-other-names   the other-language name under each box (default:\n"
        "                      shown in the Chinese interface only)\n"
        "  --layout-timeout S  give up a layout after S seconds (default 600; 0: never)\n"
        "  --dot-budget S      lay out with sfdp, saying so, when dot (chosen, or --engine dot)\n"
        "                      takes longer than S seconds (default 4; 0: wait for dot)\n"
        "\n"
        "What is shown (export and --cycles):\n"
        "  --as-of DATE        the deals as they stood on DATE (YYYY, YYYY-MM or YYYY-MM-DD)\n"
        "  --filter KEY=VALUES keep only: flow=money,compute  kind=cloud-contract,lease\n"
        "                      status=active,signed  entity=company,site  min=usd:1e9\n"
        "                      (repeatable; values are the format's spellings)\n"
        "  --focus ID[:STEPS]  only the deals of entity ID and their other parties; each further\n"
        "                      step adds those parties' deals (default 1)\n"
        "  --with-deals-among  with --focus, also the deals among those parties that do not\n"
        "                      involve ID (OpenAI-Microsoft when focused on Oracle)\n"
        "  --compare D1,D2     show the deals as of D2 and tag what appeared, changed status\n"
        "                      or ended since D1 (D2 may be \"latest\")\n"
        "  --summed            one curve per pair of entities and flow type, with its total\n"
        "  --size-by-money     a disc behind each entity, its area the money in and out\n"
        "  --cycles            print the circular flows (money unless --filter flow=...)\n"
        "\n"
        "Stories (the model's guided sequences of views, docs/format.md):\n"
        "  --stories           list them, one per line: id, title, number of steps\n"
        "  --story ID          with --export DECK.pdf, DECK.pptx or DECK.html: a page or slide\n"
        "                      per step, each with its title, caption and view (the view\n"
        "                      options above are the step's own); the web page plays the\n"
        "                      steps with Previous/Next, the arrow keys or the space bar\n"
        "\n"
        "  --generate N [--seed S] [--shape NAME]   write a synthetic model of N entities\n"
        "                 (1 to 1000000) to standard output; the same N and S (default 1) give\n"
        "                 the same bytes. NAME: web (the default: hubs and many small\n"
        "                 players), ring, core or chain (shapes that test the layout)\n"
        "\n"
        "  -h, --help     show this help\n"
        "  --version      show the version\n");
}

std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString* error) {
    CommandLine line;
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    bool focusDealsAmong = false; // applies to --focus wherever it stands
    QStringList stepOwned;        // options a story step sets for itself (--story refuses them)
    bool listStories = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        for (const char* owned : {"--title", "--subtitle", "--as-of", "--compare", "--filter",
                                  "--focus", "--with-deals-among", "--keep-positions"})
            if (arg == QLatin1String(owned) && !stepOwned.contains(arg))
                stepOwned << arg;
        if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            line.mode = Mode::Help;
            return line;
        }
        if (arg == QLatin1String("--version")) {
            line.mode = Mode::Version;
            return line;
        }
        if (arg == QLatin1String("--layout-worker")) {
            line.mode = Mode::LayoutWorker;
        } else if (arg == QLatin1String("--memory-limit")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--memory-limit needs a number of bytes"));
            bool ok = false;
            line.memoryLimit = arguments[i].toULongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("--memory-limit needs a number of bytes, not \"%1\"")
                                .arg(arguments[i]));
        } else if (arg == QLatin1String("--export")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--export needs an output file"));
            line.mode = Mode::Export;
            line.exportPath = arguments[i]; // its format is checked once --story is known
        } else if (arg == QLatin1String("--preset")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--preset needs 16x9, 4k or 4x3"));
            const SlidePreset* preset = presetByName(arguments[i]);
            if (!preset)
                return fail(
                    QStringLiteral("unknown preset %1; use 16x9, 4k or 4x3").arg(arguments[i]));
            line.exportOptions.size = preset->size;
            line.exportOptions.widthInches = preset->widthInches;
        } else if (arg == QLatin1String("--size")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--size needs WIDTHxHEIGHT"));
            const auto size = parseSize(arguments[i]);
            if (!size)
                return fail(QStringLiteral("--size %1: expected WIDTHxHEIGHT in pixels, each "
                                           "from %2 to %3")
                                .arg(arguments[i])
                                .arg(kMinExportSide)
                                .arg(kMaxExportSide));
            line.exportOptions.size = *size;
        } else if (arg == QLatin1String("--theme")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--theme needs light, dark or transparent"));
            const auto theme = themeFromString(arguments[i]);
            if (!theme)
                return fail(QStringLiteral("unknown theme %1; use light, dark or transparent")
                                .arg(arguments[i]));
            line.exportOptions.theme = *theme;
        } else if (arg == QLatin1String("--title") || arg == QLatin1String("--subtitle")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("%1 needs a TEXT").arg(arg));
            (arg == QLatin1String("--title") ? line.exportOptions.title
                                             : line.exportOptions.subtitle) = arguments[i];
        } else if (arg == QLatin1String("--engine")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--engine needs a NAME"));
            const auto engine = layout::engineFromString(arguments[i].toStdString());
            if (!engine)
                return fail(QStringLiteral("unknown engine %1; use dot, neato, fdp, sfdp, circo "
                                           "or twopi")
                                .arg(arguments[i]));
            line.exportOptions.engine = engine;
        } else if (arg == QLatin1String("--as-of")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--as-of needs a DATE"));
            const auto date = Date::parse(arguments[i].toStdString());
            if (!date)
                return fail(QStringLiteral("--as-of %1: expected a real date as YYYY, YYYY-MM or "
                                           "YYYY-MM-DD")
                                .arg(arguments[i]));
            line.filter.asOf = date;
        } else if (arg == QLatin1String("--compare")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--compare needs DATE1,DATE2"));
            const QStringList dates = arguments[i].split(QLatin1Char(','));
            std::optional<Date> from = Date::parse(dates.value(0).trimmed().toStdString());
            std::optional<Date> to;
            const QString second = dates.value(1).trimmed();
            const bool latest = dates.size() == 1 || second == QLatin1String("latest");
            if (!latest)
                to = Date::parse(second.toStdString());
            if (dates.size() > 2 || !from || (!latest && !to))
                return fail(QStringLiteral("--compare %1: expected DATE1,DATE2 (or DATE1,latest) "
                                           "with dates as YYYY, YYYY-MM or YYYY-MM-DD")
                                .arg(arguments[i]));
            if (to && *to < *from)
                return fail(QStringLiteral("--compare %1: the first date must come first")
                                .arg(arguments[i]));
            line.compareFrom = from;
            line.compareTo = to;
            line.compareGiven = true;
        } else if (arg == QLatin1String("--layout-timeout")) {
            bool ok = false;
            const int seconds = ++i < arguments.size() ? arguments[i].toInt(&ok) : -1;
            if (!ok || seconds < 0 || seconds > 86400)
                return fail(QStringLiteral("--layout-timeout needs a number of seconds from 0 "
                                           "(no limit) to 86400"));
            line.layoutTimeoutSeconds = seconds;
        } else if (arg == QLatin1String("--dot-budget")) {
            bool ok = false;
            const double seconds = ++i < arguments.size() ? arguments[i].toDouble(&ok) : -1;
            if (!ok || !(seconds >= 0 && seconds <= 86400))
                return fail(QStringLiteral("--dot-budget needs a number of seconds from 0 "
                                           "(wait for dot) to 86400"));
            line.dotBudgetMs = static_cast<int>(seconds * 1000);
        } else if (arg == QLatin1String("--min-type")) {
            bool ok = false;
            const double points = ++i < arguments.size() ? arguments[i].toDouble(&ok) : 0;
            if (!ok || !(points >= kMinTypePtLowest && points <= kMinTypePtHighest))
                return fail(QStringLiteral("--min-type needs a size in points from %1 to %2")
                                .arg(kMinTypePtLowest)
                                .arg(kMinTypePtHighest));
            line.exportOptions.minTypePt = points;
        } else if (arg == QLatin1String("--strict-type")) {
            line.exportOptions.strictType = true;
        } else if (arg == QLatin1String("--keep-positions")) {
            line.exportOptions.layout = SlideLayout::KeepPositions;
        } else if (arg == QLatin1String("--groups")) {
            const QString value = ++i < arguments.size() ? arguments[i] : QString();
            if (value == QLatin1String("auto"))
                line.exportOptions.groups = GroupDisplay::Auto;
            else if (value == QLatin1String("collapsed"))
                line.exportOptions.groups = GroupDisplay::Collapsed;
            else if (value == QLatin1String("expanded"))
                line.exportOptions.groups = GroupDisplay::Expanded;
            else
                return fail(QStringLiteral("--groups needs auto, collapsed or expanded"));
        } else if (arg == QLatin1String("--unpriced")) {
            const QString value = ++i < arguments.size() ? arguments[i] : QString();
            if (value == QLatin1String("auto"))
                line.exportOptions.unpriced = UnpricedFlows::Auto;
            else if (value == QLatin1String("hidden"))
                line.exportOptions.unpriced = UnpricedFlows::Hidden;
            else if (value == QLatin1String("shown"))
                line.exportOptions.unpriced = UnpricedFlows::Shown;
            else
                return fail(QStringLiteral("--unpriced needs auto, hidden or shown"));
        } else if (arg == QLatin1String("--other-names")) {
            line.exportOptions.secondaryNames = true;
        } else if (arg == QLatin1String("--no-other-names")) {
            line.exportOptions.secondaryNames = false;
        } else if (arg == QLatin1String("--summed")) {
            line.summed = true;
        } else if (arg == QLatin1String("--size-by-money")) {
            line.sizeByMoney = true;
        } else if (arg == QLatin1String("--filter")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--filter needs KEY=VALUES"));
            std::string why;
            if (!addFilterClause(arguments[i].toStdString(), line.filter, &why))
                return fail(QStringLiteral("--filter %1: %2")
                                .arg(arguments[i], QString::fromStdString(why)));
        } else if (arg == QLatin1String("--focus")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--focus needs an entity ID"));
            Focus focus;
            std::string why;
            if (!parseFocus(arguments[i].toStdString(), focus, &why))
                return fail(QStringLiteral("--focus %1: %2")
                                .arg(arguments[i], QString::fromStdString(why)));
            line.filter.focus = focus;
        } else if (arg == QLatin1String("--with-deals-among")) {
            focusDealsAmong = true;
        } else if (arg == QLatin1String("--generate")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--generate needs a number of entities"));
            bool ok = false;
            const qulonglong n = arguments[i].toULongLong(&ok);
            if (!ok || n < 1 || n > kMaxGenerateEntities)
                return fail(QStringLiteral("--generate %1: expected a number of entities from 1 "
                                           "to %2")
                                .arg(arguments[i])
                                .arg(kMaxGenerateEntities));
            line.mode = Mode::Generate;
            line.generateEntities = static_cast<std::size_t>(n);
        } else if (arg == QLatin1String("--seed")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--seed needs a number"));
            bool ok = false;
            line.seed = arguments[i].toULongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("--seed %1: expected a whole number from 0 to "
                                           "18446744073709551615")
                                .arg(arguments[i]));
        } else if (arg == QLatin1String("--shape")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--shape needs a NAME: web, ring, core or chain"));
            line.shape = graphShapeFromString(arguments[i].toStdString());
            if (!line.shape)
                return fail(QStringLiteral("--shape %1: expected web, ring, core or chain")
                                .arg(arguments[i]));
        } else if (arg == QLatin1String("--cycles")) {
            line.mode = Mode::Cycles;
        } else if (arg == QLatin1String("--stories")) {
            line.mode = Mode::Stories;
            listStories = true;
        } else if (arg == QLatin1String("--story")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--story needs a story ID (--stories lists them)"));
            line.story = arguments[i];
        } else if (arg == QLatin1String("--no-legend")) {
            line.exportOptions.legend = false;
        } else if (arg == QLatin1String("--no-sources")) {
            line.exportOptions.sourcesFooter = false;
        } else if (arg == QLatin1String("--no-date")) {
            line.exportOptions.dateStamp = false;
        } else if (arg == QLatin1String("--check")) {
            if (++i >= arguments.size())
                return fail(QStringLiteral("--check needs a FILE"));
            line.mode = Mode::Check;
            line.file = arguments[i];
        } else if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            return fail(QStringLiteral("unknown option %1").arg(arg));
        } else if (line.file.isEmpty()) {
            line.file = arg;
        } else {
            return fail(QStringLiteral("more than one FILE given (%1)").arg(arg));
        }
    }
    if (line.compareGiven) {
        // The later date is the slide's as-of date: --as-of must agree or be left out.
        if (line.filter.asOf && line.filter.asOf != line.compareTo)
            return fail(QStringLiteral("--compare and --as-of name different dates; the "
                                       "comparison's second date is the slide's date"));
        line.filter.asOf = line.compareTo;
    }
    if (focusDealsAmong) {
        if (!line.filter.focus)
            return fail(QStringLiteral("--with-deals-among only goes with --focus"));
        line.filter.focus->includeDealsAmong = true;
    }
    if (listStories && (line.mode != Mode::Stories || !line.exportPath.isEmpty()))
        return fail(QStringLiteral("--stories only lists the stories; to export one, use "
                                   "--story ID --export DECK.pdf"));
    if (line.mode == Mode::Export) {
        if (!line.story.isEmpty()) {
            if (const QString problem = deckFormatProblem(line.exportPath); !problem.isEmpty())
                return fail(QStringLiteral("--story %1 --export %2").arg(line.story, problem));
            line.exportOptions.format = ExportFormat::Pdf;
        } else if (const auto format = formatFromPath(line.exportPath)) {
            line.exportOptions.format = *format;
        } else {
            return fail(QStringLiteral("--export %1: unknown format; use .png, .svg, .pdf, .pptx, "
                                       ".html, .dot, .graphml or .json")
                            .arg(line.exportPath));
        }
    }
    if (!line.story.isEmpty()) {
        if (line.mode != Mode::Export)
            return fail(QStringLiteral("--story %1 needs --export DECK.pdf").arg(line.story));
        if (!stepOwned.isEmpty())
            return fail(QStringLiteral("--story %1 takes each page's title and view from its "
                                       "step; leave out %2")
                            .arg(line.story, stepOwned.join(QStringLiteral(", "))));
    }
    if (line.seed && line.mode != Mode::Generate)
        return fail(QStringLiteral("--seed only goes with --generate"));
    if (line.shape && line.mode != Mode::Generate)
        return fail(QStringLiteral("--shape only goes with --generate"));
    if (line.mode == Mode::Generate && !line.file.isEmpty())
        return fail(QStringLiteral("--generate reads no FILE (%1); it writes to standard output")
                        .arg(line.file));
    return line;
}

int runCheck(const QString& file, std::ostream& out, std::ostream& err) {
    const std::string name = file.toStdString();
    const LoadResult result = loadModelFromFile(std::filesystem::path(file.toStdString()));
    if (!result.ok()) {
        for (const auto& error : result.errors)
            err << error.format(name) << "\n";
        if (!result.unreadable)
            err << name << ": " << result.errors.size()
                << (result.errors.size() == 1 ? " error" : " errors") << "\n";
        return result.unreadable ? 2 : 1;
    }
    out << name << ": valid\n" << formatSummary(*result.model, summarize(*result.model));
    return 0;
}

std::optional<Model> loadModelForCommand(const CommandLine& line, std::ostream& err, int* status) {
    const bool embedded = line.file.isEmpty();
    const std::string name = embedded ? "bundled dataset" : line.file.toStdString();
    LoadResult result = embedded ? loadModelFromString(embeddedDataset().toStdString())
                                 : loadModelFromFile(std::filesystem::path(name));
    if (!result.ok()) {
        for (const auto& error : result.errors)
            err << error.format(name) << "\n";
        *status = result.unreadable ? 2 : 1;
        return std::nullopt;
    }
    if (line.filter.focus && !result.model->entity(line.filter.focus->entity)) {
        err << "dealgraph: --focus " << line.filter.focus->entity << ": no entity with that id in "
            << name << "\n";
        *status = 2;
        return std::nullopt;
    }
    if (!line.story.isEmpty() && !result.model->story(line.story.toStdString())) {
        err << "dealgraph: --story " << line.story.toStdString() << ": no story with that id in "
            << name;
        const auto& stories = result.model->stories();
        for (std::size_t i = 0; i < stories.size(); ++i)
            err << (i == 0 ? "; its stories: " : ", ") << stories[i].id;
        err << (stories.empty() ? "; it tells no stories\n" : "\n");
        *status = 2;
        return std::nullopt;
    }
    return std::move(*result.model);
}

int runCycles(const CommandLine& line, std::ostream& out, std::ostream& err) {
    int status = 0;
    const auto model = loadModelForCommand(line, err, &status);
    if (!model)
        return status;
    const View view = applyFilter(*model, line.filter);
    CycleOptions options;
    if (!line.filter.flowTypes.empty())
        options.flowTypes = line.filter.flowTypes;
    const auto cycles = findCycles(*model, view, options);
    if (cycles.empty())
        out << "no circular flows\n";
    for (const auto& cycle : cycles) {
        out << describeCycle(*model, cycle) << "\n";
        for (std::size_t hop = 0; hop < cycle.hops.size(); ++hop) {
            const auto& from = model->entities()[cycle.entities[hop]];
            const auto& to = model->entities()[cycle.entities[(hop + 1) % cycle.entities.size()]];
            for (const auto& ref : cycle.hops[hop]) {
                const Deal& deal = model->deals()[ref.deal];
                out << "  " << from.name << " \u2192 " << to.name << ": " << deal.title << " ("
                    << deal.id << ")\n";
            }
        }
    }
    return 0;
}

int runStories(const CommandLine& line, std::ostream& out, std::ostream& err) {
    int status = 0;
    const auto model = loadModelForCommand(line, err, &status);
    if (!model)
        return status;
    // The model's own (English) text, as --cycles prints it: a script reads the same lines in
    // every locale.
    for (const Story& story : model->stories())
        out << story.id << '\t' << story.title << '\t' << story.steps.size()
            << (story.steps.size() == 1 ? " step\n" : " steps\n");
    return 0;
}

int runGenerate(const CommandLine& line, std::ostream& out) {
    GenerateOptions options;
    options.entities = line.generateEntities;
    options.seed = line.seed.value_or(1);
    options.shape = line.shape.value_or(GraphShape::Web);
    out << saveModelToString(generateModel(options)) << "\n";
    out.flush();
    return out ? 0 : 1;
}

int runMain(int argc, char** argv) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto line = parseCommandLine(arguments, &error);
    if (!line) {
        std::cerr << "dealgraph: " << error.toStdString() << "\n" << usageText().toStdString();
        return 2;
    }
    switch (line->mode) {
    case Mode::Help:
        std::cout << usageText().toStdString();
        return 0;
    case Mode::Version:
        std::cout << "dealgraph " << DEALGRAPH_VERSION << "\n";
        return 0;
    case Mode::LayoutWorker:
        return layout::runLayoutWorker(line->memoryLimit);
    case Mode::Check:
        return runCheck(line->file, std::cout, std::cerr);
    case Mode::Export:
        return runExport(argc, argv, *line);
    case Mode::Cycles:
        return runCycles(*line, std::cout, std::cerr);
    case Mode::Stories:
        return runStories(*line, std::cout, std::cerr);
    case Mode::Generate:
        return runGenerate(*line, std::cout);
    case Mode::Gui:
        break;
    }
    return runGui(argc, argv, line->file);
}

} // namespace dealgraph::app
