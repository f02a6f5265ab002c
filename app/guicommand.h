#pragma once

// `ropelab [FILE] [--preset NAME] [--method ID] [--factor S] ...`: the window's command line.
// Everything is parsed and checked before any window exists, so that bad input gets one line on
// stderr and exit code 2, and --help and --version work without a display.

#include "commandsupport.h"
#include "configimport.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ropelab::ui {
class MainWindow;
}

namespace ropelab::app {

struct GuiLaunch
{
    enum class Action { OpenWindow, PrintHelp, PrintVersion };
    Action action = Action::OpenWindow;
    QString helpText;
    QString file; // a config.json or saved state to open
    QString preset; // a built-in preset to open
    // The file or preset, with --method, --seq-len and the number overrides applied (checked).
    std::optional<core::ImportedConfig> source;
    // Without a file or preset the overrides apply to the last session's parameters.
    std::optional<numerics::Method> method;
    std::optional<qint64> seqLen;
    ParamOverrides overrides;
    ViewOptionValues viewOptions; // --decay-mode, --heatmap-range, ...
    QString view; // --view: the tab to show ("" = the last session's)
    int lesson = 0; // --lesson N: open the Lessons dock at step N (1-based)
    bool overridden = false; // any of --method, --seq-len or a number override was given
};

// `arguments` is the whole command line, program name first (Qt's own GUI options such as
// -platform and -style are accepted and left for QApplication).
numerics::Result<GuiLaunch> parseGuiArguments(const QStringList &arguments);

// Opens what `launch` names in `window`: the file or preset (a state file also restores its
// view), then the overrides on top.
void applyGuiLaunch(ui::MainWindow &window, const GuiLaunch &launch);

} // namespace ropelab::app
