// `ropelab export`: renders one view to PNG, SVG or CSV without opening a window. The view is
// built exactly as in the window (a ParamsController loaded from a preset or config.json plus
// command-line overrides), its sweep is awaited (event loop, with a timeout), then
// ui::exportView writes the file atomically. Bad input: exit code 2 and one line on stderr.

#include "commands.h"
#include "commandsupport.h"

#include "charts/chartviews.h"
#include "configimport.h"
#include "controllers/paramscontroller.h"
#include "exportableview.h"
#include "exporter.h"
#include "widgets/rotationview.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTextStream>
#include <QTimer>
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

// A numeric override: --name VALUE applied through `apply` after range checking.
struct NumberOption
{
    QCommandLineOption option;
    double min;
    double max;
    bool integer;
    std::function<void(numerics::RopeParams &, double)> apply;
};

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Render a view to PNG, SVG or CSV without opening a window."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption configOption(QStringLiteral("config"), tr("A config.json or saved state."),
                                          QStringLiteral("file"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        tr("rotation, bands, decay, temperature or heatmap."),
                                        QStringLiteral("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file (.png, .svg, .csv)."),
                                       QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Logical size WxH (default 1200x800)."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"), tr("PNG pixel ratio (default 2)."),
                                         QStringLiteral("k"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("Seconds to wait for the view's sweep (default 120)."),
                                           QStringLiteral("s"));
    using numerics::RopeParams;
    const double maxLength = double(numerics::MaxLength);
    std::vector<NumberOption> numbers{
            {QCommandLineOption(QStringLiteral("factor"), tr("Scale factor s."), QStringLiteral("s")),
             1e-6, 1e6, false, [](RopeParams &p, double v) { p.factor = v; }},
            {QCommandLineOption(QStringLiteral("base"), tr("rope_theta."), QStringLiteral("b")),
             1.0, 1e300, false, [](RopeParams &p, double v) { p.base = v; }},
            {QCommandLineOption(QStringLiteral("head-dim"), tr("head_dim."), QStringLiteral("d")), 2,
             numerics::MaxRotaryDim, true, [](RopeParams &p, double v) { p.headDim = int(v); }},
            {QCommandLineOption(QStringLiteral("partial-rotary-factor"),
                                tr("partial_rotary_factor."), QStringLiteral("f")),
             1e-6, 1.0, false, [](RopeParams &p, double v) { p.partialRotaryFactor = v; }},
            {QCommandLineOption(QStringLiteral("beta-fast"), tr("beta_fast."), QStringLiteral("b")),
             0.0, 1e6, false, [](RopeParams &p, double v) { p.betaFast = v; }},
            {QCommandLineOption(QStringLiteral("beta-slow"), tr("beta_slow."), QStringLiteral("b")),
             0.0, 1e6, false, [](RopeParams &p, double v) { p.betaSlow = v; }},
            {QCommandLineOption(QStringLiteral("original-context"),
                                tr("original_max_position_embeddings."), QStringLiteral("L")),
             1, maxLength, true,
             [](RopeParams &p, double v) { p.originalMaxPositions = std::int64_t(v); }},
            {QCommandLineOption(QStringLiteral("max-positions"), tr("max_position_embeddings."),
                                QStringLiteral("n")),
             1, maxLength, true, [](RopeParams &p, double v) { p.maxPositions = std::int64_t(v); }},
            {QCommandLineOption(QStringLiteral("attention-factor"), tr("attention_factor."),
                                QStringLiteral("a")),
             1e-6, 1e3, false, [](RopeParams &p, double v) { p.attentionFactor = v; }},
            {QCommandLineOption(QStringLiteral("mscale"), tr("mscale."), QStringLiteral("m")), 0.0,
             1e3, false, [](RopeParams &p, double v) { p.mscale = v; }},
            {QCommandLineOption(QStringLiteral("mscale-all-dim"), tr("mscale_all_dim."),
                                QStringLiteral("m")),
             0.0, 1e3, false, [](RopeParams &p, double v) { p.mscaleAllDim = v; }},
            {QCommandLineOption(QStringLiteral("low-freq-factor"), tr("low_freq_factor (Llama 3)."),
                                QStringLiteral("f")),
             1e-6, 1e6, false, [](RopeParams &p, double v) { p.lowFreqFactor = v; }},
            {QCommandLineOption(QStringLiteral("high-freq-factor"), tr("high_freq_factor (Llama 3)."),
                                QStringLiteral("f")),
             1e-6, 1e6, false, [](RopeParams &p, double v) { p.highFreqFactor = v; }},
    };
    const QCommandLineOption positionOption(QStringLiteral("position"),
                                            tr("Position m of the rotation view."),
                                            QStringLiteral("m"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    parser.addOptions({configOption, viewOption, outOption,
                       sizeOption, scaleOption, timeoutOption, positionOption});
    for (const NumberOption &number : numbers)
        parser.addOption(number.option);

    QStringList args = arguments;
    if (args.size() > 1)
        args.removeAt(1); // the subcommand name
    if (!parser.parse(args))
        return fail(ExitBadInput, parser.errorText());
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(ExitBadInput, tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));

    // The view.
    const QString viewId = parser.value(viewOption);
    QStringList viewIds{QStringLiteral("rotation")};
    viewIds += ui::chartViewIds();
    if (viewId.isEmpty())
        return fail(ExitBadInput, tr("--view is required (%1)").arg(viewIds.join(QStringLiteral(", "))));
    if (!viewIds.contains(viewId))
        return fail(ExitBadInput, tr("unknown view '%1' (use %2)").arg(viewId, viewIds.join(QStringLiteral(", "))));
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return fail(ExitBadInput, tr("--out FILE.png|.svg|.csv is required"));

    // Size and scale.
    ui::ExportOptions options;
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return fail(ExitBadInput, tr("--size '%1' is not WxH (e.g. 1200x800)").arg(parser.value(sizeOption)));
        options.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
        if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > 20000
            || options.size.height() > 20000)
            return fail(ExitBadInput, tr("--size '%1': each side must be between 16 and 20000").arg(parser.value(sizeOption)));
    }
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        options.scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || !std::isfinite(options.scale) || options.scale < 0.25 || options.scale > 8.0)
            return fail(ExitBadInput, tr("--scale '%1' must be a number between 0.25 and 8").arg(parser.value(scaleOption)));
    }
    double timeoutSeconds = 120.0;
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        timeoutSeconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(timeoutSeconds > 0.0) || timeoutSeconds > 86400.0)
            return fail(ExitBadInput, tr("--timeout '%1' must be a positive number of seconds").arg(parser.value(timeoutOption)));
    }

    // The parameters: preset or config, then the overrides.
    if (parser.isSet(sourceOptions.preset) == parser.isSet(configOption))
        return fail(ExitBadInput, tr("give exactly one of --preset NAME or --config FILE"));
    const auto imported = loadSource(
            parser, sourceOptions,
            parser.isSet(configOption) ? parser.value(configOption) : QString());
    if (!imported)
        return fail(ExitBadInput, QString::fromStdString(imported.error().message));
    numerics::RopeParams params = imported->params;
    for (const NumberOption &number : numbers) {
        if (!parser.isSet(number.option))
            continue;
        const QString name = number.option.names().constFirst();
        const QString text = parser.value(number.option);
        bool ok = false;
        const double value = text.toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < number.min || value > number.max
            || (number.integer && value != std::floor(value)))
            return fail(ExitBadInput, tr("--%1 '%2' must be %3 between %4 and %5")
                                              .arg(name, text,
                                                   number.integer ? tr("an integer") : tr("a number"))
                                              .arg(number.min, 0, 'g', 10)
                                              .arg(number.max, 0, 'g', 10));
        number.apply(params, value);
    }

    ui::ParamsController controller;
    controller.loadParams(params, imported->warnings, imported->sourceName);
    if (!controller.error().isEmpty())
        return fail(ExitBadInput, controller.error());
    if (parser.isSet(positionOption)) {
        bool ok = false;
        const double position = parser.value(positionOption).toDouble(&ok);
        if (!ok || !std::isfinite(position) || std::abs(position) > double(numerics::MaxLength))
            return fail(ExitBadInput, tr("--position '%1' must be a number of tokens").arg(parser.value(positionOption)));
        controller.setPosition(position);
    }

    // The view (never shown) and its sweep.
    std::unique_ptr<QWidget> widget;
    ui::ExportableView *view = nullptr;
    if (viewId == QLatin1String("rotation")) {
        auto *rotation = new ui::RotationView(&controller);
        widget.reset(rotation);
        view = rotation;
    } else {
        const ui::ViewEntry entry = ui::createChartView(viewId, &controller, nullptr);
        widget.reset(entry.widget);
        view = entry.exportable;
    }
    if (!view)
        return fail(ExitFailure, tr("view '%1' could not be created").arg(viewId));
    widget->resize(options.size);

    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!view->isPending() || clock.elapsed() > qint64(timeoutSeconds * 1000.0))
            loop.quit();
    });
    if (view->isPending()) {
        poll.start();
        loop.exec();
        poll.stop();
    }
    if (view->isPending())
        return fail(ExitFailure, tr("the %1 view's computation did not finish within %2 s")
                                         .arg(viewId)
                                         .arg(timeoutSeconds));

    const QString error = ui::exportView(*view, out, options);
    if (!error.isEmpty())
        return fail(ExitBadInput, error);
    return ExitOk;
}

} // namespace ropelab::app
