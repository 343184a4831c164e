// The command line: `dealgraph [FILE]`, `dealgraph --check FILE`, the headless commands
// (--export, --cycles, --stories, --generate), and the hidden
// `--layout-worker` mode the app starts itself in to run Graphviz out of process.
#pragma once

#include "export/export_options.h"

#include "dealgraph/generate.h"
#include "dealgraph/query.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <iosfwd>
#include <optional>

namespace dealgraph::app {

enum class Mode { Gui, Check, Export, Cycles, Stories, Generate, LayoutWorker, Help, Version };

struct CommandLine {
    Mode mode = Mode::Gui;
    QString file;                    // model to open or check; empty: the embedded dataset
    std::size_t memoryLimit = 0;     // --memory-limit for the layout worker
    QString exportPath;              // --export OUT
    ExportOptions exportOptions;     // --size/--preset, --theme, --title, --subtitle, --engine
    Filter filter;                   // --as-of, --filter, --focus: what is shown and exported
    std::optional<Date> compareFrom; // --compare DATE1,DATE2: DATE1
    std::optional<Date> compareTo;   // DATE2; nullopt for "latest"
    bool compareGiven = false;
    // --layout-timeout SECONDS for headless export (0: none). A script can wait longer than a
    // person: 10 minutes by default, against the window's one minute with a Cancel button.
    int layoutTimeoutSeconds = 600;
    // --dot-budget SECONDS: how long dot may take before sfdp lays the graph out instead, also
    // after --engine dot (GraphScene::setDotBudget). 0: dot gets the whole layout time-out.
    int dotBudgetMs = 4000;
    bool summed = false;               // --summed: one curve per pair and flow type
    bool sizeByMoney = false;          // --size-by-money: discs sized by money in + out
    std::size_t generateEntities = 0;  // --generate N: a synthetic model of N entities
    std::optional<std::uint64_t> seed; // --seed S for --generate (default 1)
    std::optional<GraphShape> shape;   // --shape NAME for --generate (default web)
    QString story;                     // --story ID: --export writes its deck
};

// The largest --generate: a million entities already make a file far over the loader's limit.
inline constexpr std::size_t kMaxGenerateEntities = 1'000'000;

// Parses arguments (without argv[0]); on a usage error returns nullopt and sets `error`.
std::optional<CommandLine> parseCommandLine(const QStringList& arguments, QString* error);

// `--check`: validates without a display. Prints the summary to `out` or every error to `err`.
// Returns 0 valid, 1 invalid, 2 unreadable.
int runCheck(const QString& file, std::ostream& out, std::ostream& err);

// `--export`: renders without a display. Returns 0 on success, 1 when the model is invalid or
// the export fails, 2 when the model is unreadable.
int runExport(int& argc, char** argv, const CommandLine& line);

// Loads the model a command works on (FILE, or the embedded dataset) and checks the command's
// focus names one of its entities and its --story one of its stories. On failure prints every
// error with its place to `err`, sets `status` (1 invalid, 2 unreadable, an unknown focus or
// story) and returns nullopt.
std::optional<Model> loadModelForCommand(const CommandLine& line, std::ostream& err, int* status);

// `--cycles`: prints the circular flows of the (filtered) model, one per line with its deals.
// Flow types come from --filter flow=...; money when none is given. Returns 0, 1 or 2 as
// --check does.
int runCycles(const CommandLine& line, std::ostream& out, std::ostream& err);

// `--stories`: prints the model's stories, one per line: id, title and step count, separated
// by tabs. Returns 0, 1 or 2 as --check does.
int runStories(const CommandLine& line, std::ostream& out, std::ostream& err);

// `--generate N [--seed S]`: writes a synthetic model (dealgraph::generateModel) as JSON.
int runGenerate(const CommandLine& line, std::ostream& out);

QString usageText();

int runMain(int argc, char** argv);

// Starts the window (defined with the main window); `file` empty opens the embedded dataset.
int runGui(int& argc, char** argv, const QString& file);

} // namespace dealgraph::app
