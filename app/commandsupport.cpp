#include "commandsupport.h"

#include "commands.h"
#include "presets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace ropelab::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

QString methodIds()
{
    QStringList ids;
    for (const numerics::MethodInfo &info : numerics::methodTable())
        ids.append(QString::fromLatin1(info.id.data(), qsizetype(info.id.size())));
    return ids.join(QStringLiteral(", "));
}

numerics::Error optionError(const char *option, const QString &message)
{
    return numerics::Error{option, message.toStdString()};
}

} // namespace

SourceOptions addSourceOptions(QCommandLineParser &parser)
{
    SourceOptions options{
            QCommandLineOption(QStringLiteral("preset"),
                               tr("Use a built-in model preset (see 'ropelab presets')."),
                               QStringLiteral("name")),
            QCommandLineOption(QStringLiteral("method"),
                               tr("Override the config's scaling method (reads the same keys): %1.")
                                       .arg(methodIds()),
                               QStringLiteral("id")),
            QCommandLineOption(QStringLiteral("seq-len"),
                               tr("Current sequence length (dynamic NTK, LongRoPE)."),
                               QStringLiteral("n")),
    };
    parser.addOptions({options.preset, options.method, options.seqLen});
    return options;
}

numerics::Result<core::ImportedConfig> loadSource(const QCommandLineParser &parser,
                                                  const SourceOptions &options,
                                                  const QString &configPath)
{
    core::ImportOptions importOptions;
    if (parser.isSet(options.method)) {
        const QString id = parser.value(options.method);
        importOptions.methodOverride = numerics::methodFromId(id.toStdString());
        if (!importOptions.methodOverride)
            return optionError("--method", tr("--method: unknown method '%1'; known: %2")
                                                   .arg(id.left(80), methodIds()));
    }
    if (parser.isSet(options.seqLen)) {
        bool ok = false;
        const QString text = parser.value(options.seqLen);
        const qint64 seqLen = text.toLongLong(&ok);
        if (!ok || seqLen < 1 || seqLen > numerics::MaxLength)
            return optionError("--seq-len",
                               tr("--seq-len must be an integer between 1 and %1, got '%2'")
                                       .arg(numerics::MaxLength)
                                       .arg(text.left(80)));
        importOptions.seqLen = seqLen;
    }
    auto imported = configPath.isEmpty()
            ? core::loadPreset(parser.value(options.preset), importOptions)
            : core::importConfigFile(configPath, importOptions);
    if (!imported) {
        const numerics::Error &error = imported.error();
        return numerics::Error{error.field, error.field + ": " + error.message};
    }
    return imported;
}

int reportBadInput(const QString &command, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream(stderr) << QStringLiteral("ropelab %1: %2").arg(command, line) << '\n';
    return ExitBadInput;
}

} // namespace ropelab::app
