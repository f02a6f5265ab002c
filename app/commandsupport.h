#pragma once

// What the headless commands share: where the RoPE settings come from (--preset, a config
// file, --method, --seq-len) and how bad input is reported (one line on stderr, exit code 2).

#include "configimport.h"

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace ropelab::app {

struct SourceOptions
{
    QCommandLineOption preset;
    QCommandLineOption method;
    QCommandLineOption seqLen;
};

// Adds --preset NAME, --method ID and --seq-len N to `parser`.
SourceOptions addSourceOptions(QCommandLineParser &parser);

// Loads the preset named by --preset when `configPath` is empty, else the config.json or state
// file at `configPath`, with --method and --seq-len applied. An Error's message is one line
// that names the option or the config field and the value.
numerics::Result<core::ImportedConfig> loadSource(const QCommandLineParser &parser,
                                                  const SourceOptions &options,
                                                  const QString &configPath);

// Writes "ropelab <command>: <message>" as exactly one line on stderr; returns ExitBadInput.
int reportBadInput(const QString &command, const QString &message);

} // namespace ropelab::app
