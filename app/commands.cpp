#include "commands.h"

#include <QCoreApplication>

#include <array>

namespace ropelab::app {

namespace {

constexpr std::array Commands {
    Command {
        "inspect",
        QT_TRANSLATE_NOOP("main", "Print the per-pair frequencies of a config.json or preset"),
        &runInspect, false },
    Command { "presets", QT_TRANSLATE_NOOP("main", "List the built-in model presets"), &runPresets,
              false },
    Command { "sweep",
              QT_TRANSLATE_NOOP(
                  "main", "Write a full-precision sweep (score, bound, entropy, angles) as CSV"),
              &runSweep, false },
    Command {
        "export",
        QT_TRANSLATE_NOOP("main", "Render a view to PNG, SVG or CSV without opening a window"),
        &runExport, true },
    Command { "lesson",
              QT_TRANSLATE_NOOP("main",
                                "List the guided lessons, or render steps as PNG, SVG or a PDF "
                                "handout"),
              &runLesson, true },
};

} // namespace

std::span<const Command> commandTable()
{
    return Commands;
}

const Command *findCommand(const QString &name)
{
    for (const Command &command : Commands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace ropelab::app
