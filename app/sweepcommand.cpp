// `ropelab sweep KIND (CONFIG.json | --preset NAME) [options] --out FILE.csv`: writes the
// full-precision (never decimated) sweep as CSV, numbers in shortest round-trip form.

#include "commands.h"
#include "commandsupport.h"

#include "configimport.h"
#include "numerics/sweeps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <array>
#include <charconv>
#include <cmath>
#include <optional>

namespace ropelab::app {

namespace {

using numerics::SweepKind;

struct KindName
{
    const char *name;
    SweepKind kind;
};

constexpr std::array KindNames{
    KindName{"self-score", SweepKind::SelfScore}, KindName{"bound", SweepKind::Bound},
    KindName{"random", SweepKind::RandomScore},   KindName{"entropy", SweepKind::Entropy},
    KindName{"angles", SweepKind::AngleHeatmap},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

int badInput(const QString &message)
{
    return reportBadInput(QStringLiteral("sweep"), message);
}

void appendNumber(QByteArray &out, double value)
{
    std::array<char, 32> buffer{};
    // Whole numbers (distances, positions) print as integers, everything else in the shortest
    // form that reads back exactly.
    const bool whole = std::abs(value) < 9007199254740992.0 && value == std::floor(value);
    const auto [end, ec] = whole
            ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), std::int64_t(value))
            : std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (ec == std::errc())
        out.append(buffer.data(), int(end - buffer.data()));
    else
        out.append("nan");
}

// Streams the CSV through QSaveFile (atomic: the old file survives any failure). Returns an
// empty string on success, else a message naming the path.
QString writeCsv(const QString &path, const numerics::SweepResult &result)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    QByteArray buffer;
    buffer.reserve(1 << 20);
    auto flush = [&](bool force) {
        if (force || buffer.size() >= (1 << 20) - 4096) {
            file.write(buffer);
            buffer.clear();
        }
    };
    for (std::size_t c = 0; c < result.columnNames.size(); ++c) {
        if (c > 0)
            buffer.append(',');
        buffer.append(result.columnNames[c].c_str());
    }
    buffer.append('\n');
    if (result.heatmap) {
        // Long format: column value (x), row value (y), cell value.
        const numerics::Heatmap &map = *result.heatmap;
        const Eigen::Index rows = map.values.rows();
        const Eigen::Index cols = map.values.cols();
        for (Eigen::Index r = 0; r < rows && r < map.rowValues.size(); ++r) {
            for (Eigen::Index c = 0; c < cols && c < map.columnValues.size(); ++c) {
                appendNumber(buffer, map.columnValues[c]);
                buffer.append(',');
                appendNumber(buffer, map.rowValues[r]);
                buffer.append(',');
                appendNumber(buffer, map.values(r, c));
                buffer.append('\n');
                flush(false);
            }
        }
    } else if (!result.series.empty()) {
        const Eigen::Index n = result.series.front().x.size();
        for (Eigen::Index i = 0; i < n; ++i) {
            appendNumber(buffer, result.series.front().x[i]);
            for (const numerics::Series &series : result.series) {
                buffer.append(',');
                appendNumber(buffer, series.y[i]);
            }
            buffer.append('\n');
            flush(false);
        }
    }
    flush(true);
    if (!file.commit())
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

} // namespace

int runSweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Write a full-precision sweep as CSV. KIND is one of: self-score, bound, random, "
               "entropy, angles."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), tr("The sweep to run."));
    parser.addPositionalArgument(QStringLiteral("config"), tr("A config.json or state file."),
                                 QStringLiteral("[CONFIG.json]"));
    const QCommandLineOption nOption(QStringLiteral("n"), tr("Linear grid 0 .. N-1 (entropy: 1 .. N)."),
                                     QStringLiteral("N"));
    const QCommandLineOption logOption(QStringLiteral("log-grid"),
                                       tr("Log-spaced grid from 1 to MAX (0 prepended)."),
                                       QStringLiteral("MAX"));
    const QCommandLineOption pointsOption(QStringLiteral("points"),
                                          tr("Points of the log grid (default 1024; entropy 64); angles: columns."),
                                          QStringLiteral("P"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed (random, entropy)."),
                                        QStringLiteral("S"));
    const QCommandLineOption correlationOption(QStringLiteral("correlation"),
                                               tr("Correlation of k with q (random, entropy)."),
                                               QStringLiteral("R"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output CSV file."),
                                       QStringLiteral("FILE.csv"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    parser.addOptions({nOption, logOption, pointsOption,
                       seedOption, correlationOption, outOption});

    QStringList args = arguments;
    if (args.size() >= 2)
        args.removeAt(1); // "sweep"
    if (!parser.parse(args))
        return badInput(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return badInput(tr("missing KIND (self-score, bound, random, entropy or angles)"));
    std::optional<SweepKind> kind;
    for (const KindName &entry : KindNames) {
        if (positional.constFirst() == QLatin1String(entry.name))
            kind = entry.kind;
    }
    if (!kind)
        return badInput(tr("unknown sweep '%1' (expected self-score, bound, random, entropy or angles)")
                                .arg(positional.constFirst()));
    if (positional.size() > 2)
        return badInput(tr("unexpected argument '%1'").arg(positional.at(2)));
    const bool hasConfig = positional.size() == 2;
    if (hasConfig == parser.isSet(sourceOptions.preset))
        return badInput(tr("give exactly one of CONFIG.json or --preset NAME"));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return badInput(tr("--out FILE.csv is required"));

    numerics::SweepRequest request;
    request.kind = *kind;
    request.includeUnscaled = true;
    if (*kind == SweepKind::Entropy) {
        request.grid.spacing = numerics::DistanceGrid::Spacing::Log;
        request.grid.logMax = double(1 << 17);
        request.grid.count = 64;
    }
    if (parser.isSet(nOption) && parser.isSet(logOption))
        return badInput(tr("give either --n or --log-grid, not both"));
    if (parser.isSet(nOption)) {
        bool ok = false;
        const qint64 n = parser.value(nOption).toLongLong(&ok);
        if (!ok)
            return badInput(tr("--n: '%1' is not an integer").arg(parser.value(nOption)));
        request.grid.spacing = numerics::DistanceGrid::Spacing::Linear;
        request.grid.count = n;
    }
    if (parser.isSet(logOption)) {
        bool ok = false;
        const double max = parser.value(logOption).toDouble(&ok);
        if (!ok)
            return badInput(tr("--log-grid: '%1' is not a number").arg(parser.value(logOption)));
        request.grid.spacing = numerics::DistanceGrid::Spacing::Log;
        request.grid.logMax = max;
        if (*kind != SweepKind::Entropy)
            request.grid.count = 1024;
    }
    if (parser.isSet(pointsOption)) {
        bool ok = false;
        const qint64 points = parser.value(pointsOption).toLongLong(&ok);
        if (!ok)
            return badInput(tr("--points: '%1' is not an integer").arg(parser.value(pointsOption)));
        if (request.grid.spacing == numerics::DistanceGrid::Spacing::Log)
            request.grid.count = points;
        else
            request.heatmapCols = int(std::clamp<qint64>(points, -1, 1 << 30));
    }
    if (parser.isSet(seedOption)) {
        bool ok = false;
        request.seed = parser.value(seedOption).toULongLong(&ok);
        if (!ok)
            return badInput(tr("--seed: '%1' is not a non-negative integer").arg(parser.value(seedOption)));
    }
    if (parser.isSet(correlationOption)) {
        bool ok = false;
        request.correlation = parser.value(correlationOption).toDouble(&ok);
        if (!ok)
            return badInput(tr("--correlation: '%1' is not a number").arg(parser.value(correlationOption)));
    }

    const auto config = loadSource(parser, sourceOptions, hasConfig ? positional.at(1) : QString());
    if (!config)
        return badInput(QString::fromStdString(config.error().message));
    request.params = config->params;

    const numerics::Result<numerics::SweepResult> result = numerics::runSweep(request);
    if (!result)
        return badInput(QStringLiteral("%1: %2").arg(QString::fromStdString(result.error().field),
                                                     QString::fromStdString(result.error().message)));
    const QString error = writeCsv(parser.value(outOption), *result);
    if (!error.isEmpty())
        return badInput(error); // an unwritable --out path, like export: exit code 2
    return ExitOk;
}

} // namespace ropelab::app
