#pragma once

// Headless subcommands of the ropelab executable. Each returns the process exit code:
// 0 success, 2 bad input (one line on stderr naming the problem), 1 other failure.

#include <QStringList>

#include <span>

namespace ropelab::app {

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitBadInput = 2;

// `arguments` starts with the program name followed by the subcommand name.
int runInspect(const QStringList &arguments); // inspectcommand.cpp
int runPresets(const QStringList &arguments); // inspectcommand.cpp
int runSweep(const QStringList &arguments); // sweepcommand.cpp
int runExport(const QStringList &arguments); // exportcommand.cpp (needs a QGuiApplication)
int runLesson(const QStringList &arguments); // lessoncommand.cpp

struct Command
{
    const char *name;
    const char *summary; // translated in context "main"
    int (*run)(const QStringList &);
    bool needsGui; // renders charts (offscreen is fine)
};

// Every subcommand, in the order --help lists them (commands.cpp).
std::span<const Command> commandTable();
const Command *findCommand(const QString &name);

} // namespace ropelab::app
