#include "commandsupport.h"

#include "exportableview.h"

#include "commands.h"
#include "paramcheck.h"
#include "presets.h"

#include <QCommandLineParser>
#include <QTranslator>
#include <QTimer>
#include <QLocale>
#include <QLibraryInfo>
#include <QEventLoop>
#include <QElapsedTimer>
#include <QHash>
#include <QCoreApplication>
#include <QJsonValue>
#include <QTextStream>

#include <cmath>

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
    return numerics::Error { option, message.toStdString() };
}

} // namespace

SourceOptions addSourceOptions(QCommandLineParser &parser)
{
    SourceOptions options {
        QCommandLineOption(QStringLiteral("preset"),
                           tr("Use a built-in model preset (see 'ropelab presets')."),
                           QStringLiteral("name")),
        QCommandLineOption(
            QStringLiteral("method"),
            tr("Override the config's scaling method (reads the same keys): %1.").arg(methodIds()),
            QStringLiteral("id")),
        QCommandLineOption(QStringLiteral("seq-len"),
                           tr("Current sequence length (dynamic NTK, LongRoPE)."),
                           QStringLiteral("n")),
    };
    parser.addOptions({ options.preset, options.method, options.seqLen });
    return options;
}

numerics::Result<std::optional<numerics::Method>> readMethodOption(const QCommandLineParser &parser,
                                                                   const SourceOptions &options)
{
    if (!parser.isSet(options.method))
        return std::optional<numerics::Method>();
    const QString id = parser.value(options.method);
    const std::optional<numerics::Method> method = numerics::methodFromId(id.toStdString());
    if (!method)
        return optionError(
            "--method",
            tr("--method: unknown method '%1'; known: %2").arg(id.left(80), methodIds()));
    return method;
}

numerics::Result<std::optional<qint64>> readSeqLenOption(const QCommandLineParser &parser,
                                                         const SourceOptions &options)
{
    if (!parser.isSet(options.seqLen))
        return std::optional<qint64>();
    bool ok = false;
    const QString text = parser.value(options.seqLen);
    const qint64 seqLen = text.toLongLong(&ok);
    if (!ok || seqLen < 1 || seqLen > numerics::MaxLength)
        return optionError("--seq-len",
                           tr("--seq-len must be an integer between 1 and %1, got '%2'")
                               .arg(numerics::MaxLength)
                               .arg(text.left(80)));
    return std::optional<qint64>(seqLen);
}

numerics::Result<core::ImportedConfig> loadSource(const QCommandLineParser &parser,
                                                  const SourceOptions &options,
                                                  const QString &configPath)
{
    core::ImportOptions importOptions;
    const auto method = readMethodOption(parser, options);
    if (!method)
        return method.error();
    importOptions.methodOverride = *method;
    const auto seqLen = readSeqLenOption(parser, options);
    if (!seqLen)
        return seqLen.error();
    importOptions.seqLen = *seqLen;
    auto imported = configPath.isEmpty()
        ? core::loadPreset(parser.value(options.preset), importOptions)
        : core::importConfigFile(configPath, importOptions);
    if (!imported) {
        const numerics::Error &error = imported.error();
        return numerics::Error { error.field, error.field + ": " + error.message };
    }
    return imported;
}

std::vector<NumberOption> addParamOverrideOptions(QCommandLineParser &parser, bool withPosition)
{
    using numerics::RopeParams;
    const double maxLength = double(numerics::MaxLength);
    std::vector<NumberOption> numbers {
        { QCommandLineOption(QStringLiteral("factor"), tr("Scale factor s."), QStringLiteral("s")),
          1e-6, 1e6, false, [](RopeParams &p, double v) { p.factor = v; } },
        { QCommandLineOption(QStringLiteral("base"), tr("rope_theta."), QStringLiteral("b")), 1.0,
          1e300, false, [](RopeParams &p, double v) { p.base = v; } },
        { QCommandLineOption(QStringLiteral("head-dim"), tr("head_dim."), QStringLiteral("d")), 2,
          numerics::MaxRotaryDim, true, [](RopeParams &p, double v) { p.headDim = int(v); } },
        { QCommandLineOption(QStringLiteral("partial-rotary-factor"), tr("partial_rotary_factor."),
                             QStringLiteral("f")),
          1e-6, 1.0, false, [](RopeParams &p, double v) { p.partialRotaryFactor = v; } },
        { QCommandLineOption(QStringLiteral("beta-fast"), tr("beta_fast."), QStringLiteral("b")),
          0.0, 1e6, false, [](RopeParams &p, double v) { p.betaFast = v; } },
        { QCommandLineOption(QStringLiteral("beta-slow"), tr("beta_slow."), QStringLiteral("b")),
          0.0, 1e6, false, [](RopeParams &p, double v) { p.betaSlow = v; } },
        { QCommandLineOption(QStringLiteral("original-context"),
                             tr("original_max_position_embeddings."), QStringLiteral("L")),
          1, maxLength, true,
          [](RopeParams &p, double v) { p.originalMaxPositions = std::int64_t(v); } },
        { QCommandLineOption(QStringLiteral("max-positions"), tr("max_position_embeddings."),
                             QStringLiteral("n")),
          1, maxLength, true, [](RopeParams &p, double v) { p.maxPositions = std::int64_t(v); } },
        { QCommandLineOption(QStringLiteral("attention-factor"), tr("attention_factor."),
                             QStringLiteral("a")),
          1e-6, 1e3, false, [](RopeParams &p, double v) { p.attentionFactor = v; } },
        { QCommandLineOption(QStringLiteral("mscale"), tr("mscale."), QStringLiteral("m")), 0.0,
          1e3, false, [](RopeParams &p, double v) { p.mscale = v; } },
        { QCommandLineOption(QStringLiteral("mscale-all-dim"), tr("mscale_all_dim."),
                             QStringLiteral("m")),
          0.0, 1e3, false, [](RopeParams &p, double v) { p.mscaleAllDim = v; } },
        { QCommandLineOption(QStringLiteral("low-freq-factor"), tr("low_freq_factor (Llama 3)."),
                             QStringLiteral("f")),
          1e-6, 1e6, false, [](RopeParams &p, double v) { p.lowFreqFactor = v; } },
        { QCommandLineOption(QStringLiteral("high-freq-factor"), tr("high_freq_factor (Llama 3)."),
                             QStringLiteral("f")),
          1e-6, 1e6, false, [](RopeParams &p, double v) { p.highFreqFactor = v; } },
        { QCommandLineOption(QStringLiteral("position"), tr("Position m of the rotation view."),
                             QStringLiteral("m")),
          -maxLength,
          maxLength,
          false,
          {} },
    };
    if (!withPosition)
        std::erase_if(numbers, [](const NumberOption &number) { return !number.apply; });
    for (const NumberOption &number : numbers)
        parser.addOption(number.option);
    return numbers;
}

void ParamOverrides::applyTo(numerics::RopeParams &params) const
{
    for (const auto &[apply, value] : numbers)
        apply(params, value);
}

void ParamOverrides::dropSettledWarnings(QStringList &warnings) const
{
    for (const QString &key : keys) {
        warnings.removeIf([&key](const QString &warning) {
            // "<key> is not set; using ...", and transformers' LongRoPE advice to set `factor`.
            return warning.startsWith(key + QLatin1String(" is not set"))
                || warning.contains(QStringLiteral("Please set the `%1` field").arg(key));
        });
    }
}

numerics::Result<ParamOverrides> readParamOverrides(const QCommandLineParser &parser,
                                                    const std::vector<NumberOption> &options)
{
    ParamOverrides overrides;
    for (const NumberOption &number : options) {
        if (!parser.isSet(number.option))
            continue;
        const QString name = number.option.names().constFirst();
        const QString text = parser.value(number.option);
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (name == QLatin1String("factor")) {
            // The importer's and the window's rule and wording (core::checkFactor): below 1
            // is computed (with a warning), what cannot be computed is refused.
            const core::FactorCheck check
                = core::checkFactor(QStringLiteral("--factor"),
                                    ok ? std::optional(value) : std::nullopt, text.left(80));
            if (check.severity == core::Severity::Error)
                return numerics::Error { "--factor", check.message.toStdString() };
        }
        if (!ok || !std::isfinite(value) || value < number.min || value > number.max
            || (number.integer && value != std::floor(value)))
            return numerics::Error { "--" + name.toStdString(),
                                     tr("--%1 '%2' must be %3 between %4 and %5")
                                         .arg(name, text.left(80),
                                              number.integer ? tr("an integer") : tr("a number"))
                                         .arg(number.min, 0, 'g', 10)
                                         .arg(number.max, 0, 'g', 10)
                                         .toStdString() };
        if (number.apply) {
            overrides.numbers.emplace_back(number.apply, value);
            // The config key the option sets: its name with '_', except where they differ.
            static const QHash<QString, QString> renamed {
                { QStringLiteral("base"), QStringLiteral("rope_theta") },
                { QStringLiteral("original-context"),
                  QStringLiteral("original_max_position_embeddings") },
                { QStringLiteral("max-positions"), QStringLiteral("max_position_embeddings") },
            };
            overrides.keys.append(
                renamed.value(name, QString(name).replace(QLatin1Char('-'), QLatin1Char('_'))));
        } else
            overrides.position = value;
    }
    return overrides;
}

ViewOptionList addViewOptions(QCommandLineParser &parser)
{
    ViewOptionList list;
    for (const ui::ViewOption &row : ui::viewOptionTable()) {
        QString help = QCoreApplication::translate("ViewOption", row.help);
        if (row.type == ui::ViewOption::Type::Choice) {
            QStringList ids;
            for (const char *id : row.choices)
                ids.append(QLatin1String(id));
            help += QLatin1Char(' ') + tr("One of: %1.").arg(ids.join(QStringLiteral(", ")));
        }
        QCommandLineOption option = row.type == ui::ViewOption::Type::Flag
            ? QCommandLineOption(QLatin1String(row.cliName), help)
            : QCommandLineOption(QLatin1String(row.cliName), help, QLatin1String(row.valueName));
        parser.addOption(option);
        list.emplace_back(option, &row);
    }
    return list;
}

numerics::Result<ViewOptionValues> readViewOptions(const QCommandLineParser &parser,
                                                   const ViewOptionList &options)
{
    ViewOptionValues values;
    for (const auto &[option, row] : options) {
        if (!parser.isSet(option))
            continue;
        QJsonValue value(true);
        const QString where = QStringLiteral("--") + QLatin1String(row->cliName);
        if (row->type == ui::ViewOption::Type::Choice) {
            value = parser.value(option);
        } else if (row->type == ui::ViewOption::Type::Number) {
            bool ok = false;
            const double number = parser.value(option).toDouble(&ok);
            if (!ok)
                return numerics::Error { where.toStdString(),
                                         tr("%1 '%2' must be a number")
                                             .arg(where, parser.value(option).left(80))
                                             .toStdString() };
            value = number;
        }
        const auto checked = ui::checkViewOption(*row, value, where);
        if (!checked)
            return checked.error();
        values.emplace_back(row, *checked);
    }
    return values;
}

ui::ViewOptionsSet applyViewOptions(const ViewOptionValues &values, ui::ViewOptionsSet base)
{
    for (const auto &[row, value] : values)
        row->set(base, value);
    return base;
}

QString commandHelpText(const QCommandLineParser &parser, const QString &command)
{
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    const QString usage = text.left(end);
    const qsizetype options = usage.indexOf(QLatin1String(" ["));
    if (end > 0 && options > 0)
        text.replace(0, options, tr("Usage: ropelab %1").arg(command));
    return text;
}

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    const QList<QTranslator *> installed = app.findChildren<QTranslator *>();
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QLocale::setDefault(locale);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(locale, QStringLiteral("ropelab"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

bool waitForView(const ui::ExportableView &view, qint64 timeoutMs)
{
    if (!view.isPending())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!view.isPending() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return !view.isPending();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const uint c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    const int fill = std::max(0, std::abs(width) - displayWidth(text));
    const QString spaces(fill, QLatin1Char(' '));
    return width < 0 ? spaces + text : text + spaces;
}

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments,
                                const QString &command)
{
    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // the subcommand's name
    if (!parser.parse(args))
        return reportBadInput(command, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << commandHelpText(parser, command);
        return ExitOk;
    }
    return std::nullopt;
}

int reportBadInput(const QString &command, const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    QTextStream(stderr) << QStringLiteral("ropelab %1: %2").arg(command, line) << '\n';
    return ExitBadInput;
}

} // namespace ropelab::app
