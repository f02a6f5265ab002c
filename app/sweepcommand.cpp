// `ropelab sweep [KIND] (CONFIG.json | --preset NAME) [options] --out FILE.csv`: writes the
// full-precision (never decimated) sweep as CSV, numbers in shortest round-trip form.
//
// It takes the options of `ropelab export`: the parameter overrides (--factor, --base, ...) and
// the view options (ui::viewOptionTable()). A decay kind (self-score, bound, random) sweeps the
// distances the decay view would for the same --decay-mode, --distance, --range and
// --overlay-bases, `angles` the positions the heatmap view would for --heatmap-range: the
// requests come from the views' own controllers (DecayController::buildRequests,
// HeatmapController::buildRequest), and `angles` writes the heatmap view's CSV table
// (HeatmapPlot::csv). The older grid options (--n, --log-grid, --points) still set the grid;
// given together with a view option for the same thing, they are refused.

#include "commands.h"
#include "commandsupport.h"

#include "charts/heatmapplot.h"
#include "configimport.h"
#include "controllers/decaycontroller.h"
#include "controllers/heatmapcontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/sweeps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <vector>

namespace ropelab::app {

namespace {

using numerics::SweepKind;

struct KindName
{
    const char *name; // the decay kinds' names are also the --decay-mode ids
    SweepKind kind;
    const char *view; // the view whose options set this sweep's grid ("" for none)
};

constexpr std::array KindNames {
    KindName { "self-score", SweepKind::SelfScore, "decay" },
    KindName { "bound", SweepKind::Bound, "decay" },
    KindName { "random", SweepKind::RandomScore, "decay" },
    KindName { "entropy", SweepKind::Entropy, "" },
    KindName { "angles", SweepKind::AngleHeatmap, "heatmap" },
};

const KindName *kindNamed(const QString &name)
{
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

// The view options a sweep reads (ui::viewOptionTable() rows, by view and key), and what for.
// A row not listed here only changes what the window draws (--envelope, --speed): accepted, so
// that one command line serves `export` and `sweep`, and without effect on the CSV.
enum class SweepUse { Kind, Grid, Overlay };
struct SweepOption
{
    const char *view;
    const char *key;
    SweepUse use;
};
constexpr std::array SweepOptions {
    SweepOption { "decay", "mode", SweepUse::Kind },
    SweepOption { "decay", "distance", SweepUse::Grid },
    SweepOption { "decay", "range", SweepUse::Grid },
    SweepOption { "decay", "overlay_bases", SweepUse::Overlay },
    SweepOption { "heatmap", "range", SweepUse::Grid },
};

const SweepOption *sweepUse(const ui::ViewOption &row)
{
    for (const SweepOption &option : SweepOptions) {
        if (qstrcmp(option.view, row.view) == 0 && qstrcmp(option.key, row.key) == 0)
            return &option;
    }
    return nullptr;
}

QString cliName(const ui::ViewOption &row)
{
    return QStringLiteral("--") + QLatin1String(row.cliName);
}

// The sweeps a view's options apply to, e.g. "self-score, bound, random".
QString kindsOfView(const char *view)
{
    QStringList names;
    for (const KindName &entry : KindNames) {
        if (qstrcmp(entry.view, view) == 0)
            names.append(QLatin1String(entry.name));
    }
    return names.join(QStringLiteral(", "));
}

// How the user wrote option `name`: a one-letter option can be "-n" or "--n".
QString writtenAs(const QStringList &arguments, const QString &name)
{
    const QString longForm = QStringLiteral("--") + name;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("--"))
            break;
        if (argument == longForm || argument.startsWith(longForm + QLatin1Char('=')))
            return longForm;
        if (name.size() == 1 && argument.size() >= 2 && argument.at(0) == QLatin1Char('-')
            && argument.at(1) == name.at(0))
            return QStringLiteral("-") + name;
    }
    return longForm;
}

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
    std::array<char, 32> buffer {};
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

// Streams `write`'s output through QSaveFile (atomic: the old file survives any failure), in
// chunks of about 1 MB: `write` calls its argument with the buffer so far, which flushes it when
// full. Returns an empty string on success, else a message naming the path.
template <typename Write> QString saveCsv(const QString &path, Write write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    QByteArray buffer;
    buffer.reserve(1 << 20);
    write(buffer, [&] {
        if (buffer.size() >= (1 << 20) - 4096) {
            file.write(buffer);
            buffer.clear();
        }
    });
    file.write(buffer);
    if (!file.commit())
        return tr("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

// A line sweep as a wide table: the distance column, then one column per series.
QString writeWideCsv(const QString &path, const numerics::SweepResult &result)
{
    return saveCsv(path, [&](QByteArray &buffer, const auto &flush) {
        for (std::size_t c = 0; c < result.columnNames.size(); ++c) {
            if (c > 0)
                buffer.append(',');
            buffer.append(result.columnNames[c].c_str());
        }
        buffer.append('\n');
        if (result.series.empty())
            return;
        const Eigen::Index n = result.series.front().x.size();
        for (Eigen::Index i = 0; i < n; ++i) {
            appendNumber(buffer, result.series.front().x[i]);
            for (const numerics::Series &series : result.series) {
                buffer.append(',');
                appendNumber(buffer, series.y[i]);
            }
            buffer.append('\n');
            flush();
        }
    });
}

// One curve of a long table: its id and its series.
struct NamedSeries
{
    QByteArray id;
    const numerics::Series *series;
};

// A decay sweep with --overlay-bases as one long table, the decay view's CSV header (series,
// score_kind, distance_tokens, normalised_score, envelope_max_abs_score): a row per curve and
// distance; the envelope column is filled where the sweep computed one.
QString writeLongCsv(const QString &path, const char *kind, const std::vector<NamedSeries> &curves)
{
    return saveCsv(path, [&](QByteArray &buffer, const auto &flush) {
        buffer.append(
            "series,score_kind,distance_tokens,normalised_score,envelope_max_abs_score\n");
        for (const NamedSeries &curve : curves) {
            const numerics::Series &series = *curve.series;
            const Eigen::Index count = std::min(series.x.size(), series.y.size());
            const bool envelope = series.envelope.size() == count;
            for (Eigen::Index i = 0; i < count; ++i) {
                buffer.append(curve.id);
                buffer.append(',');
                buffer.append(kind);
                buffer.append(',');
                appendNumber(buffer, series.x[i]);
                buffer.append(',');
                appendNumber(buffer, series.y[i]);
                buffer.append(',');
                if (envelope)
                    appendNumber(buffer, series.envelope[i]);
                buffer.append('\n');
                flush();
            }
        }
    });
}

// The angle heatmap as the heatmap view's CSV export writes it (same header, columns, rows).
QString writeHeatmapCsv(const QString &path, const numerics::Heatmap &map)
{
    const QByteArray text = ui::HeatmapPlot::csv(&map).toUtf8();
    return saveCsv(path, [&](QByteArray &buffer, const auto &) { buffer = text; });
}

} // namespace

int runSweep(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a full-precision sweep as CSV. KIND is one of: self-score, bound, random, "
           "entropy, angles; --decay-mode MODE may stand for KIND. It takes the options of "
           "'ropelab export': a decay sweep covers the distances the decay view shows for the "
           "same --decay-mode, --distance, --range and --overlay-bases (the overlay writes "
           "one long table with a series column), and 'angles' writes the heatmap view's "
           "CSV table for positions 0 .. --heatmap-range. --position, --speed and "
           "--envelope only change what the window draws; a sweep accepts and ignores "
           "them."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"),
                                 tr("The sweep to run (or give --decay-mode)."),
                                 QStringLiteral("[KIND]"));
    parser.addPositionalArgument(QStringLiteral("config"), tr("A config.json or state file."),
                                 QStringLiteral("[CONFIG.json]"));
    const QCommandLineOption nOption(
        QStringLiteral("n"), tr("Linear grid 0 .. N-1 (entropy: 1 .. N)."), QStringLiteral("N"));
    const QCommandLineOption logOption(QStringLiteral("log-grid"),
                                       tr("Log-spaced grid from 1 to MAX (0 prepended)."),
                                       QStringLiteral("MAX"));
    const QCommandLineOption pointsOption(
        QStringLiteral("points"),
        tr("Points of the log grid (default 1024; entropy 64); angles: columns."),
        QStringLiteral("P"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        tr("Random seed (random, entropy)."), QStringLiteral("S"));
    const QCommandLineOption correlationOption(QStringLiteral("correlation"),
                                               tr("Correlation of k with q (random, entropy)."),
                                               QStringLiteral("R"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output CSV file."),
                                       QStringLiteral("FILE.csv"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    parser.addOptions(
        { nOption, logOption, pointsOption, seedOption, correlationOption, outOption });
    const std::vector<NumberOption> numbers = addParamOverrideOptions(parser);
    const ViewOptionList viewOptionList = addViewOptions(parser);

    if (const auto done = parseCommand(parser, arguments, QStringLiteral("sweep")))
        return *done;
    const auto viewOptions = readViewOptions(parser, viewOptionList);
    if (!viewOptions)
        return badInput(QString::fromStdString(viewOptions.error().message));

    // The view options that concern a sweep: --decay-mode (the kind), the grid ones, the overlay.
    std::optional<QString> mode;
    const ui::ViewOption *gridOption = nullptr; // the first grid view option given
    bool overlay = false;
    for (const auto &[row, value] : *viewOptions) {
        const SweepOption *use = sweepUse(*row);
        if (use && use->use == SweepUse::Kind)
            mode = value.toString();
        else if (use && use->use == SweepUse::Grid && !gridOption)
            gridOption = row;
        else if (use && use->use == SweepUse::Overlay)
            overlay = value.toBool();
    }

    // KIND, or --decay-mode in its place; both only when they agree.
    QStringList positional = parser.positionalArguments();
    const KindName *kind = positional.isEmpty() ? nullptr : kindNamed(positional.constFirst());
    if (kind)
        positional.removeFirst();
    if (kind && mode && *mode != QLatin1String(kind->name))
        return badInput(tr("KIND '%1' conflicts with --decay-mode %2; give one of them")
                            .arg(QLatin1String(kind->name), *mode));
    if (!kind && !positional.isEmpty() && !mode)
        return badInput(
            tr("unknown sweep '%1' (expected self-score, bound, random, entropy or angles)")
                .arg(positional.constFirst()));
    if (!kind && mode)
        kind = kindNamed(*mode);
    if (!kind)
        return badInput(tr("missing KIND (self-score, bound, random, entropy or angles) or "
                           "--decay-mode MODE"));
    if (positional.size() > 1)
        return badInput(tr("unexpected argument '%1'").arg(positional.at(1)));
    const bool hasConfig = positional.size() == 1;
    if (hasConfig == parser.isSet(sourceOptions.preset))
        return badInput(tr("give exactly one of CONFIG.json or --preset NAME"));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return badInput(tr("--out FILE.csv is required"));

    // A view option of another view's sweep is a mistake, not something to ignore.
    for (const auto &[row, value] : *viewOptions) {
        const SweepOption *use = sweepUse(*row);
        if (use && use->use != SweepUse::Kind && qstrcmp(row->view, kind->view) != 0)
            return badInput(
                tr("%1 applies to sweep %2, not to sweep %3")
                    .arg(cliName(*row), kindsOfView(row->view), QLatin1String(kind->name)));
    }
    // An older grid option and a view option for the same grid: say which two.
    const QString nName = writtenAs(arguments, QStringLiteral("n"));
    if (parser.isSet(nOption) && parser.isSet(logOption))
        return badInput(tr("give either %1 or --log-grid, not both").arg(nName));
    if (gridOption) {
        const bool decayGrid = qstrcmp(gridOption->view, "decay") == 0;
        for (const auto &[option, written] :
             { std::pair { &nOption, nName },
               std::pair { &logOption, QStringLiteral("--log-grid") },
               std::pair { &pointsOption, QStringLiteral("--points") } }) {
            // angles: --points is the number of columns, not part of the range.
            if (parser.isSet(*option) && (option != &pointsOption || decayGrid))
                return badInput(
                    tr("give either %1 or %2, not both").arg(written, cliName(*gridOption)));
        }
    }

    // The parameters: preset or config, then the overrides.
    const auto config
        = loadSource(parser, sourceOptions, hasConfig ? positional.constFirst() : QString());
    if (!config)
        return badInput(QString::fromStdString(config.error().message));
    const auto overrides = readParamOverrides(parser, numbers);
    if (!overrides)
        return badInput(QString::fromStdString(overrides.error().message));
    numerics::RopeParams params = config->params;
    overrides->applyTo(params);
    QStringList warnings = config->warnings;
    overrides->dropSettledWarnings(warnings);

    // The request as the kind's view would send it for these view options.
    const ui::ViewOptionsSet options = applyViewOptions(*viewOptions, ui::ViewOptionsSet {});
    ui::ParamsController paramsController;
    paramsController.loadParams(params, warnings, config->sourceName);
    numerics::SweepRequest request;
    std::vector<numerics::SweepRequest> overlays;
    if (qstrcmp(kind->view, "decay") == 0) {
        ui::DecayController decay(&paramsController);
        ui::DecayOptions decayOptions = options.decay;
        decayOptions.overlayBases = overlay;
        decay.setOptions(decayOptions);
        const std::vector<numerics::SweepRequest> requests = decay.buildRequests();
        request.grid = requests.front().grid;
        overlays.assign(requests.begin() + 1, requests.end());
    } else if (qstrcmp(kind->view, "heatmap") == 0) {
        ui::HeatmapController heatmap(&paramsController);
        heatmap.setOptions(options.heatmap);
        request = heatmap.buildRequest();
    } else {
        request.grid.spacing = numerics::DistanceGrid::Spacing::Log;
        request.grid.logMax = double(1 << 17);
        request.grid.count = 64;
    }
    request.kind = kind->kind;
    request.params = params;
    if (kind->kind != SweepKind::AngleHeatmap)
        request.includeUnscaled = true; // the "rope" column: plain RoPE at the same base

    // The older grid options.
    if (parser.isSet(nOption)) {
        bool ok = false;
        const qint64 n = parser.value(nOption).toLongLong(&ok);
        if (!ok)
            return badInput(tr("%1: '%2' is not an integer").arg(nName, parser.value(nOption)));
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
        if (kind->kind != SweepKind::Entropy)
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
            return badInput(
                tr("--seed: '%1' is not a non-negative integer").arg(parser.value(seedOption)));
    }
    if (parser.isSet(correlationOption)) {
        bool ok = false;
        request.correlation = parser.value(correlationOption).toDouble(&ok);
        if (!ok)
            return badInput(
                tr("--correlation: '%1' is not a number").arg(parser.value(correlationOption)));
    }

    auto run = [](const numerics::SweepRequest &sweep) {
        auto result = numerics::runSweep(sweep);
        if (!result)
            badInput(QStringLiteral("%1: %2").arg(QString::fromStdString(result.error().field),
                                                  QString::fromStdString(result.error().message)));
        return result;
    };
    const numerics::Result<numerics::SweepResult> result = run(request);
    if (!result)
        return ExitBadInput;

    // An unwritable --out path is bad input too, like export: exit code 2.
    const QString out = parser.value(outOption);
    QString error;
    if (result->heatmap) {
        error = writeHeatmapCsv(out, *result->heatmap);
    } else if (!overlay) {
        error = writeWideCsv(out, *result);
    } else {
        // The overlay curves: plain RoPE at the overlay bases, on the same grid and with the
        // same seed as the method's curve (the decay view's ids: base-1, base-100, ...).
        std::vector<numerics::Result<numerics::SweepResult>> overlayResults;
        for (const numerics::SweepRequest &base : overlays) {
            numerics::SweepRequest sweep = request;
            sweep.params = base.params;
            sweep.includeUnscaled = false;
            overlayResults.push_back(run(sweep));
            if (!overlayResults.back())
                return ExitBadInput;
        }
        std::vector<NamedSeries> curves;
        for (const numerics::Series &series : result->series) {
            if (!series.secondary)
                curves.push_back({ QByteArray(series.name.c_str()), &series });
        }
        for (std::size_t i = 0; i < overlays.size(); ++i) {
            const double base = overlays[i].params.base < 1.5 ? 1.0 : overlays[i].params.base;
            const numerics::SweepResult &overlayResult = overlayResults[i].value();
            if (!overlayResult.series.empty())
                curves.push_back({ QStringLiteral("base-%1").arg(base, 0, 'g', 6).toUtf8(),
                                   &overlayResult.series.front() });
        }
        error = writeLongCsv(out, kind->name, curves);
    }
    if (!error.isEmpty())
        return badInput(error);
    return ExitOk;
}

} // namespace ropelab::app
