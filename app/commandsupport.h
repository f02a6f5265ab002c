#pragma once

// What the headless commands share: where the RoPE settings come from (--preset, a config
// file, --method, --seq-len) and how bad input is reported (one line on stderr, exit code 2).

#include "configimport.h"
#include "controllers/viewoptions.h"

#include <QCommandLineOption>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>
#include <utility>
#include <vector>

class QCommandLineParser;
class QCoreApplication;
class QLocale;

namespace ropelab::ui {
class ExportableView;
}

namespace ropelab::app {

struct SourceOptions
{
    QCommandLineOption preset;
    QCommandLineOption method;
    QCommandLineOption seqLen;
};

// Adds --preset NAME, --method ID and --seq-len N to `parser`.
SourceOptions addSourceOptions(QCommandLineParser &parser);

// --method and --seq-len on their own (loadSource reads them too); an error names the option.
numerics::Result<std::optional<numerics::Method>> readMethodOption(const QCommandLineParser &parser,
                                                                   const SourceOptions &options);
numerics::Result<std::optional<qint64>> readSeqLenOption(const QCommandLineParser &parser,
                                                         const SourceOptions &options);

// Loads the preset named by --preset when `configPath` is empty, else the config.json or state
// file at `configPath`, with --method and --seq-len applied. An Error's message is one line
// that names the option or the config field and the value.
numerics::Result<core::ImportedConfig> loadSource(const QCommandLineParser &parser,
                                                  const SourceOptions &options,
                                                  const QString &configPath);

// A numeric parameter override (--factor S, --base B, ...): the window, `export`, `sweep` and
// `inspect` take the same ones.
struct NumberOption
{
    QCommandLineOption option;
    double min;
    double max;
    bool integer;
    std::function<void(numerics::RopeParams &, double)> apply;
};

// The overrides given on one command line, checked and ready to apply.
struct ParamOverrides
{
    std::vector<std::pair<std::function<void(numerics::RopeParams &, double)>, double>> numbers;
    std::optional<double> position; // --position m
    QStringList keys; // the config keys set ("factor", "rope_theta", ...)

    void applyTo(numerics::RopeParams &params) const;
    // Drops the importer's warnings about a key these overrides set ("factor is not set;
    // using 1.0" under --factor 8 would contradict what is shown).
    void dropSettledWarnings(QStringList &warnings) const;
};

// Adds --factor, --base, --head-dim, ... and, unless `withPosition` is false, --position (the
// rotation view's position; `inspect` has no use for it) to `parser`.
std::vector<NumberOption> addParamOverrideOptions(QCommandLineParser &parser,
                                                  bool withPosition = true);
// Reads and range-checks every override that is set; an error names the option and the value
// as typed.
numerics::Result<ParamOverrides> readParamOverrides(const QCommandLineParser &parser,
                                                    const std::vector<NumberOption> &options);

// The view options (--decay-mode, --distance, --range, --overlay-bases, --heatmap-range,
// --speed), one per row of ui::viewOptionTable(); `export`, `sweep` and the window take them.
using ViewOptionList = std::vector<std::pair<QCommandLineOption, const ui::ViewOption *>>;
ViewOptionList addViewOptions(QCommandLineParser &parser);
// The view options set on the command line, checked; an error names the option and the value
// as typed. applyViewOptions writes them over `base`.
using ViewOptionValues = std::vector<std::pair<const ui::ViewOption *, QJsonValue>>;
numerics::Result<ViewOptionValues> readViewOptions(const QCommandLineParser &parser,
                                                   const ViewOptionList &options);
ui::ViewOptionsSet applyViewOptions(const ViewOptionValues &values, ui::ViewOptionsSet base);

// Writes "ropelab <command>: <message>" as exactly one line on stderr; returns ExitBadInput.
int reportBadInput(const QString &command, const QString &message);

// Columns `text` takes in a terminal: East Asian wide characters (CJK, Hangul, full-width
// forms) take two. padded() pads to `width` columns: on the right (left-aligned) or, for a
// negative width, on the left.
int displayWidth(const QString &text);

// Installs the translators for `locale` (Qt's own strings and RoPE Lab's), replacing any
// installed before; English needs none. `locale` also becomes QLocale's default.
void installTranslators(QCoreApplication &app, const QLocale &locale);

// Runs the event loop until `view` has its sweeps' answers or `timeoutMs` has passed; true if
// the view is ready. (Headless commands: the sweeps run on workers, answers arrive as events.)
bool waitForView(const ui::ExportableView &view, qint64 timeoutMs);
QString padded(const QString &text, int width);

// `parser`'s --help text with its usage line naming the command as it is typed
// ("Usage: ropelab export [options]"), not the path of the executable.
QString commandHelpText(const QCommandLineParser &parser, const QString &command);

// Parses a subcommand's command line (`arguments` as main got them: the program, then the
// subcommand's name). Returns the exit code when the command is already done: --help printed
// (ExitOk) or a parse error reported (ExitBadInput, naming `command`); nullopt to go on.
std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command);

} // namespace ropelab::app
