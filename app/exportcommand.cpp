// `ropelab export`: renders one view to PNG, SVG or CSV without opening a window. The view is
// built exactly as in the window (a ParamsController loaded from a preset or config.json plus
// command-line overrides), its sweep is awaited (event loop, with a timeout), then
// ui::exportView writes the file atomically. Bad input: exit code 2 and one line on stderr.

#include "commands.h"
#include "commandsupport.h"

#include "viewregistry.h"
#include "configimport.h"
#include "controllers/paramscontroller.h"
#include "exportableview.h"
#include "exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <QWidget>

#include <cmath>
#include <functional>
#include <memory>

namespace ropelab::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

int fail(int code, const QString &message)
{
    reportBadInput(QStringLiteral("export"), message);
    return code;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Render a view to PNG, SVG or CSV without opening a window."));
    parser.addHelpOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"), tr("A config.json or saved state."), QStringLiteral("file"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        tr("rotation, bands, decay, temperature or heatmap."),
                                        QStringLiteral("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file (.png, .svg, .csv)."),
                                       QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), tr("Logical size WxH (default 1200x800)."), QStringLiteral("WxH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("PNG pixel ratio (default 2)."), QStringLiteral("k"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"), tr("Seconds to wait for the view's sweep (default 120)."),
        QStringLiteral("s"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    parser.addOptions(
        { configOption, viewOption, outOption, sizeOption, scaleOption, timeoutOption });
    const std::vector<NumberOption> numbers = addParamOverrideOptions(parser);
    const ViewOptionList viewOptionList = addViewOptions(parser);

    if (const auto done = parseCommand(parser, arguments, QStringLiteral("export")))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadInput,
                    tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    // The view.
    const QString viewId = parser.value(viewOption);
    const QStringList viewIds = ui::ViewRegistry::viewIds();
    if (viewId.isEmpty())
        return fail(ExitBadInput,
                    tr("--view is required (%1)").arg(viewIds.join(QStringLiteral(", "))));
    if (!viewIds.contains(viewId))
        return fail(
            ExitBadInput,
            tr("unknown view '%1' (use %2)").arg(viewId, viewIds.join(QStringLiteral(", "))));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return fail(ExitBadInput, tr("--out FILE.png|.svg|.csv is required"));
    // A folder, no suffix or an unknown one: said now, not after the view's sweep.
    if (const QString problem = ui::exportPathProblem(out, viewId); !problem.isEmpty())
        return fail(ExitBadInput, problem);

    // Size and scale.
    ui::ExportOptions options;
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d+)[xX](\\d+)$"));
        const QString size = parser.value(sizeOption);
        const QRegularExpressionMatch match = sizePattern.match(size);
        if (!match.hasMatch())
            return fail(ExitBadInput, tr("--size '%1' is not WxH (e.g. 1200x800)").arg(size));
        // Digits only: a failed conversion means more digits than an int holds.
        bool widthOk = false;
        bool heightOk = false;
        const int width = match.captured(1).toInt(&widthOk);
        const int height = match.captured(2).toInt(&heightOk);
        if (!widthOk || !heightOk || width > ui::MaxExportSide || height > ui::MaxExportSide)
            return fail(ExitBadInput,
                        tr("--size '%1' is too large: each side can be at most %2")
                            .arg(size)
                            .arg(ui::MaxExportSide));
        if (width < ui::MinExportSide || height < ui::MinExportSide)
            return fail(ExitBadInput,
                        tr("--size '%1' is too small: each side must be at least %2")
                            .arg(size)
                            .arg(ui::MinExportSide));
        options.size = QSize(width, height);
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        options.scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || !std::isfinite(options.scale) || options.scale < 0.25 || options.scale > 8.0)
            return fail(ExitBadInput,
                        tr("--scale '%1' must be a number between 0.25 and 8")
                            .arg(parser.value(scaleOption)));
    }
    // The pixel limit of PNG depends on both (a CSV has no size).
    if (!out.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        if (const QString problem = ui::exportOptionsProblem(options); !problem.isEmpty())
            return fail(ExitBadInput, problem);
    }
    double timeoutSeconds = 120.0;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(timeoutSeconds > 0.0) || timeoutSeconds > 86400.0)
            return fail(ExitBadInput,
                        tr("--timeout '%1' must be a positive number of seconds")
                            .arg(parser.value(timeoutOption)));
    }

    // The parameters: preset or config, then the overrides.
    if (parser.isSet(sourceOptions.preset) == parser.isSet(configOption))
        return fail(ExitBadInput, tr("give exactly one of --preset NAME or --config FILE"));
    const auto imported = loadSource(
        parser, sourceOptions, parser.isSet(configOption) ? parser.value(configOption) : QString());
    if (!imported)
        return fail(ExitBadInput, QString::fromStdString(imported.error().message));
    const auto overrides = readParamOverrides(parser, numbers);
    if (!overrides)
        return fail(ExitBadInput, QString::fromStdString(overrides.error().message));
    numerics::RopeParams params = imported->params;
    overrides->applyTo(params);
    QStringList warnings = imported->warnings;
    overrides->dropSettledWarnings(warnings);

    const auto viewOptions = readViewOptions(parser, viewOptionList);
    if (!viewOptions)
        return fail(ExitBadInput, QString::fromStdString(viewOptions.error().message));

    ui::ParamsController controller;
    controller.loadParams(params, warnings, imported->sourceName);
    options.sourceName = imported->sourceName; // the figure's heading names the model
    if (!controller.error().isEmpty())
        return fail(ExitBadInput, controller.error());
    if (overrides->position)
        controller.setPosition(*overrides->position);

    // The view (never shown) and its sweep.
    ui::ViewRegistry registry(&controller);
    registry.setOptions(applyViewOptions(*viewOptions, registry.options()));
    const ui::ViewEntry entry = registry.createView(viewId, nullptr);
    std::unique_ptr<QWidget> widget(entry.widget);
    ui::ExportableView *view = entry.exportable;
    if (!view)
        return fail(ExitFailure, tr("view '%1' could not be created").arg(viewId));
    widget->resize(options.size);

    if (!waitForView(*view, qint64(timeoutSeconds * 1000.0)))
        return fail(ExitFailure,
                    tr("the %1 view's computation did not finish within %2 s")
                        .arg(viewId)
                        .arg(timeoutSeconds));

    const QString error = ui::exportView(*view, out, options);
    if (!error.isEmpty())
        return fail(ExitBadInput, error);
    return ExitOk;
}

} // namespace ropelab::app
