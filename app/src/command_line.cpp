#include "command_line.h"

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
        "\n"
        "Shows the web of money and compute deals of a dealgraph model (JSON) as a graph.\n"
        "Without FILE, opens the bundled dataset.\n"
        "\n"
        "  --check FILE   validate FILE without a display; print a summary or every error.\n"
        "                 Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage.\n"
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
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
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

int runMain(int argc, char** argv) {
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QString error;
    const auto line = parseCommandLine(arguments, &error);
    if (!line) {
        std::cerr << "dealgraph: " << error.toStdString() << "\n"
                  << usageText().toStdString();
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
    case Mode::Gui:
        break;
    }
    return runGui(argc, argv, line->file);
}

} // namespace dealgraph::app
