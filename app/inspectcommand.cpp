// `ropelab inspect` and `ropelab presets`: the per-pair frequencies of a config.json or preset
// as a readable table or as JSON (full float64 precision), and the list of built-in presets.

#include "commands.h"
#include "commandsupport.h"

#include "configimport.h"
#include "controllers/bandscontroller.h"
#include "presets.h"
#include "theme.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace ropelab::app {

namespace {

using numerics::RopeFrequencies;

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

QString fromView(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

// Parses the subcommand's own arguments (arguments[1] is the subcommand name). Returns -1 to
// go on, otherwise the exit code (help, version or a parse error).
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &command)
{
    parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    if (const auto done = parseCommand(parser, arguments, command))
        return *done;
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    return -1;
}

QJsonArray toJsonArray(const Eigen::ArrayXd &values)
{
    QJsonArray array;
    for (Eigen::Index i = 0; i < values.size(); ++i)
        array.append(values[i]);
    return array;
}

QString number(double value, int precision = 10)
{
    if (std::isnan(value))
        return QStringLiteral("n/a");
    return QString::number(value, 'g', precision);
}

// "short" / "long" for LongRoPE, else null (JSON) or empty.
QJsonValue longRopeFactorsJson(const RopeFrequencies &f)
{
    if (f.longRopeFactors == numerics::LongRopeFactors::NotUsed)
        return QJsonValue();
    return fromView(numerics::longRopeFactorsId(f.longRopeFactors));
}

double softmaxScale(const core::ImportedConfig &config, const RopeFrequencies &frequencies)
{
    return config.qkHeadDim > 0
        ? frequencies.softmaxScaleMultiplier / std::sqrt(double(config.qkHeadDim))
        : std::nan("");
}

void printJson(const core::ImportedConfig &config, const RopeFrequencies &f)
{
    QJsonObject object;
    object.insert(QStringLiteral("source"), config.sourceName);
    object.insert(QStringLiteral("rope_type"), fromView(numerics::methodInfo(f.method).id));
    object.insert(QStringLiteral("config_rope_type"), config.ropeType);
    object.insert(QStringLiteral("head_dim"), config.params.headDim);
    object.insert(QStringLiteral("rotary_dim"), f.rotaryDim);
    object.insert(QStringLiteral("base"), f.base);
    object.insert(QStringLiteral("effective_base"), f.effectiveBase);
    object.insert(QStringLiteral("factor"), config.params.factor);
    object.insert(QStringLiteral("original_max_position_embeddings"),
                  qint64(config.params.originalMaxPositions));
    object.insert(QStringLiteral("max_position_embeddings"), qint64(config.params.maxPositions));
    object.insert(QStringLiteral("seq_len"),
                  config.params.seqLen ? QJsonValue(qint64(*config.params.seqLen)) : QJsonValue());
    object.insert(QStringLiteral("inv_freq"), toJsonArray(f.invFreq));
    object.insert(QStringLiteral("unscaled_inv_freq"), toJsonArray(f.unscaledInvFreq));
    object.insert(QStringLiteral("wavelength"), toJsonArray(f.wavelength));
    object.insert(QStringLiteral("rotations"), toJsonArray(f.rotations));
    object.insert(QStringLiteral("ramp"), toJsonArray(f.ramp));
    object.insert(QStringLiteral("ratio"), toJsonArray(f.ratio));
    QJsonArray bands;
    for (numerics::Band band : f.band)
        bands.append(fromView(numerics::bandId(f.method, band)));
    object.insert(QStringLiteral("band"), bands);
    // What the band ids mean for this method (numerics::bandScheme), in English.
    const numerics::BandScheme &scheme = numerics::bandScheme(f.method);
    object.insert(QStringLiteral("band_rule"), fromView(scheme.ruleId));
    QJsonObject bandLabels;
    for (const numerics::BandInfo &band : scheme.bands)
        bandLabels.insert(fromView(band.id),
                          QString::fromUtf8(band.label.data(), qsizetype(band.label.size())));
    object.insert(QStringLiteral("band_labels"), bandLabels);
    object.insert(QStringLiteral("original_context"), f.originalContext);
    object.insert(QStringLiteral("longrope_factors"), longRopeFactorsJson(f));
    object.insert(QStringLiteral("attention_factor"), f.attentionFactor);
    object.insert(QStringLiteral("softmax_scale_multiplier"), f.softmaxScaleMultiplier);
    object.insert(QStringLiteral("logit_multiplier"), f.logitMultiplier);
    object.insert(QStringLiteral("temperature_applied"),
                  fromView(numerics::temperaturePlacementId(f.temperaturePlacement)));
    if (config.qkHeadDim > 0) {
        object.insert(QStringLiteral("qk_head_dim"), config.qkHeadDim);
        object.insert(QStringLiteral("softmax_scale"), softmaxScale(config, f));
    }
    if (std::isnan(f.correctionLow) || std::isnan(f.correctionHigh))
        object.insert(QStringLiteral("correction_range"), QJsonValue());
    else
        object.insert(QStringLiteral("correction_range"),
                      QJsonArray { f.correctionLow, f.correctionHigh });
    object.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings));
    QTextStream(stdout) << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

void printTable(const core::ImportedConfig &config, const RopeFrequencies &f)
{
    QTextStream out(stdout);
    const auto &info = numerics::methodInfo(f.method);
    const auto row = [&out](const QString &label, const QString &value) {
        out << padded(label, 26) << value << '\n'; // CJK labels take two columns a character
    };
    row(tr("source"), config.sourceName);
    row(tr("method"),
        QStringLiteral("%1 (%2), config rope_type '%3'")
            .arg(fromView(info.id), ui::theme::methodName(info.method), config.ropeType));
    row(tr("rotary dim"),
        QStringLiteral("%1 (head_dim %2 x partial_rotary_factor %3)")
            .arg(f.rotaryDim)
            .arg(config.params.headDim)
            .arg(number(config.params.partialRotaryFactor)));
    row(tr("base"), number(f.base, 17));
    row(tr("effective base"), number(f.effectiveBase, 17));
    if (f.longRopeFactors != numerics::LongRopeFactors::NotUsed) {
        const QString seqLen
            = config.params.seqLen ? QString::number(*config.params.seqLen) : tr("not given");
        row(tr("longrope factors"),
            f.longRopeFactors == numerics::LongRopeFactors::Long
                ? tr("long (seq_len %1 > original_max_position_embeddings %2)")
                      .arg(seqLen)
                      .arg(config.params.originalMaxPositions)
                : tr("short (seq_len %1, not > original_max_position_embeddings %2)")
                      .arg(seqLen)
                      .arg(config.params.originalMaxPositions));
    }
    row(tr("correction range"),
        std::isnan(f.correctionLow)
            ? tr("n/a")
            : QStringLiteral("[%1, %2]").arg(number(f.correctionLow), number(f.correctionHigh)));
    row(tr("attention factor"), number(f.attentionFactor, 17));
    QString multiplier = number(f.softmaxScaleMultiplier, 17);
    if (config.qkHeadDim > 0) {
        multiplier += tr(" (softmax scale = qk_head_dim %1^-0.5 x multiplier = %2)")
                          .arg(config.qkHeadDim)
                          .arg(number(softmaxScale(config, f), 17));
    }
    row(tr("softmax-scale multiplier"), multiplier);
    row(tr("logit multiplier 1/t"),
        tr("%1 (attention factor^2 x softmax-scale multiplier)")
            .arg(number(f.logitMultiplier, 17)));
    row(tr("temperature applied"), ui::theme::temperaturePlacementText(f.temperaturePlacement));
    row(tr("original context L"), number(f.originalContext, 17));
    // The band column's ids and what they mean for this method (numerics::bandScheme).
    QStringList bandMeanings;
    for (numerics::Band band :
         { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low })
        bandMeanings.append(QStringLiteral("%1 = %2").arg(
            fromView(numerics::bandId(f.method, band)), ui::bandLabel(f.method, band)));
    row(tr("bands"), bandMeanings.join(QStringLiteral("; ")));
    if (config.warnings.isEmpty()) {
        row(tr("warnings"), tr("none"));
    } else {
        out << tr("warnings") << '\n';
        for (const QString &warning : config.warnings)
            out << "  - " << warning << '\n';
    }
    out << '\n';
    // Wide enough for every band id ("under-one-turn").
    int bandWidth = 7;
    for (const numerics::BandScheme &scheme : numerics::bandSchemes()) {
        for (const numerics::BandInfo &band : scheme.bands)
            bandWidth = std::max(bandWidth, int(band.id.size()));
    }
    // Headers padded by display width (translated headers may be CJK).
    out << padded(tr("i"), -5) << ' ' << padded(tr("inv_freq"), -18) << ' '
        << padded(tr("wavelength"), -16) << ' ' << padded(tr("r"), -14) << ' '
        << padded(tr("ramp"), -10) << ' ' << padded(tr("band"), bandWidth) << ' '
        << padded(tr("ratio"), -12) << '\n';
    for (Eigen::Index i = 0; i < f.invFreq.size(); ++i) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(i, 5)
                   .arg(QString::number(f.invFreq[i], 'e', 10), 18)
                   .arg(number(f.wavelength[i], 8), 16)
                   .arg(number(f.rotations[i], 6), 14)
                   .arg(number(f.ramp[i], 5), 10)
                   .arg(fromView(numerics::bandId(f.method, f.band[std::size_t(i)])), -bandWidth)
                   .arg(number(f.ratio[i], 8), 12);
    }
}

} // namespace

int runInspect(const QStringList &arguments)
{
    const QString command = QStringLiteral("inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ropelab inspect: print the per-pair frequencies (inv_freq, wavelength, rotations, "
           "ramp, band, ratio) of a Hugging Face config.json, a RoPE Lab state file or a "
           "built-in preset ('ropelab presets' lists them), with the same parameter overrides "
           "as 'ropelab export'."));
    parser.addPositionalArgument(QStringLiteral("config"),
                                 tr("A config.json or RoPE Lab state file."),
                                 QStringLiteral("[CONFIG.json]"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON object (full float64 precision)."));
    parser.addOption(jsonOption);
    // The parameter overrides of `export` and the window (--factor, --base, ...), applied
    // after --method; --position belongs to the rotation view and is not taken here.
    const std::vector<NumberOption> numbers
        = addParamOverrideOptions(parser, /*withPosition=*/false);
    if (const int code = parseCommandLine(parser, arguments, command); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return reportBadInput(
            command, tr("expected one config file, got %1 arguments").arg(positional.size()));
    if (!positional.isEmpty() && parser.isSet(sourceOptions.preset))
        return reportBadInput(command, tr("give either a config file or --preset, not both"));
    if (positional.isEmpty() && !parser.isSet(sourceOptions.preset))
        return reportBadInput(
            command, tr("give a config.json file or --preset NAME (see 'ropelab presets')"));

    auto config = loadSource(parser, sourceOptions,
                             positional.isEmpty() ? QString() : positional.constFirst());
    if (!config)
        return reportBadInput(command, QString::fromStdString(config.error().message));
    const auto overrides = readParamOverrides(parser, numbers);
    if (!overrides)
        return reportBadInput(command, QString::fromStdString(overrides.error().message));
    overrides->applyTo(config.value().params);
    overrides->dropSettledWarnings(config.value().warnings);

    auto frequencies = numerics::computeFrequencies(config->params);
    if (!frequencies)
        return reportBadInput(command, QString::fromStdString(frequencies.error().message));

    if (parser.isSet(jsonOption))
        printJson(*config, *frequencies);
    else
        printTable(*config, *frequencies);
    return ExitOk;
}

int runPresets(const QStringList &arguments)
{
    const QString command = QStringLiteral("presets");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("ropelab presets: list the built-in model presets (use one with "
           "'ropelab inspect --preset NAME')."));
    if (const int code = parseCommandLine(parser, arguments, command); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return reportBadInput(
            command,
            tr("takes no arguments, got '%1'").arg(parser.positionalArguments().constFirst()));

    QTextStream out(stdout);
    const QList<core::PresetInfo> presets = core::presetList();
    for (const core::PresetInfo &preset : presets)
        out << preset.name.leftJustified(18) << ' ' << preset.title << '\n';
    return ExitOk;
}

} // namespace ropelab::app
