// What the bands view, the rotating-pairs view and the read-out DRAW and PRINT about frequency
// bands, per method: the legend text comes from the core's band scheme (no "kept" /
// "interpolated" for methods without such bands), titles show the effective base the core
// computed, the ratio axis encloses everything drawn, the read-out gives DeepSeek's total logit
// multiplier and where its temperature goes, and `ropelab export --view bands` (ROPELAB_BINARY)
// writes per-method band ids.

#include "charts/bandsview.h"
#include "charts/chartpanel.h"
#include "controllers/bandscontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/rope.h"
#include "numerics/ropemethod.h"
#include "presets.h"
#include "widgets/readoutwidget.h"
#include "widgets/rotationview.h"

#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace ropelab;

namespace {

// Loads preset `name` like the window does, then applies `change` to its parameters.
template <typename Change>
bool loadPreset(ui::ParamsController &controller, const QString &name, Change change)
{
    const auto preset = core::loadPreset(name);
    if (!preset)
        return false;
    numerics::RopeParams params = preset->params;
    change(params);
    controller.loadParams(params, preset->warnings, preset->sourceName);
    return controller.frequencies() != nullptr;
}

bool loadPreset(ui::ParamsController &controller, const QString &name)
{
    return loadPreset(controller, name, [](numerics::RopeParams &) {});
}

void ntkAware8(numerics::RopeParams &params)
{
    params.method = numerics::Method::NtkAware;
    params.factor = 8.0;
}

bool claimsKeptOrInterpolated(const QString &text)
{
    return text.contains(QStringLiteral("kept")) || text.contains(QStringLiteral("interpolated"))
        || text.contains(QStringLiteral("blended"));
}

// The number after `prefix` in `text`, read in the current locale (titles use QLocale).
std::optional<double> numberAfter(const QString &text, const QString &prefix)
{
    const QRegularExpression pattern(QRegularExpression::escape(prefix)
                                     + QStringLiteral("([0-9][0-9.,\\x{00a0}\\x{202f}']*)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = QLocale().toDouble(match.captured(1), &ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runExport(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("ROPELAB_BINARY"),
                  QStringList { QStringLiteral("export") } + arguments);
    Run run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The "band" column of a CSV file (found by its header name).
QStringList bandColumn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QStringList lines
        = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    const qsizetype column = lines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("band"));
    if (column < 0)
        return {};
    QStringList bands;
    for (qsizetype i = 1; i < lines.size(); ++i)
        bands.append(lines[i].split(QLatin1Char(',')).value(column));
    return bands;
}

const QStringList NeutralIds { QStringLiteral("many-turns"), QStringLiteral("few-turns"),
                               QStringLiteral("under-one-turn") };

} // namespace

class TestBandsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ntkAwareTitleShowsEffectiveBase();
    void dynamicRatioAxisEnclosesEverything();
    void bandKeyComesFromTheMethod_data();
    void bandKeyComesFromTheMethod();
    void invertedBetasShadeByPair();
    void defaultIgnoresLeftoverFactor();
    void readoutDeepSeekTemperature();
    void readoutBandsRowNamesTheMethodsBands();
    void rotationLegendAndTitle();
    void ratioText();
    void everyCoreTextIsTranslatable();
    void exportBandsCsvIds_data();
    void exportBandsCsvIds();
};

void TestBandsView::ntkAwareTitleShowsEffectiveBase()
{
    // llama2-7b: d = 128, base 10000; NTK-aware s = 8 turns it into 10000 * 8^(128/126).
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("llama2-7b"), ntkAware8));
    const numerics::RopeFrequencies *f = params.frequencies();
    QCOMPARE(f->rotaryDim, 128);
    const double expected = numerics::ntkAwareBase(10000.0, 8.0, 128);
    QCOMPARE(f->effectiveBase, expected);
    QVERIFY(std::abs(expected - 82684.6) < 0.05); // ROPE_SPEC 9 seed value

    ui::BandsView view(&params);
    const QString title = view.wavelengthChart()->title();
    const std::optional<double> shown = numberAfter(title, QStringLiteral("effective base "));
    QVERIFY2(shown, qPrintable(title));
    QVERIFY2(std::abs(*shown - expected) <= 0.05, qPrintable(title));
    QVERIFY(title.contains(ui::BandsView::formatBase(10000.0)));

    // A method that keeps the base names only that one.
    ui::ParamsController yarn;
    QVERIFY(loadPreset(yarn, QStringLiteral("qwen2.5-7b-yarn")));
    ui::BandsView yarnView(&yarn);
    QVERIFY(!yarnView.wavelengthChart()->title().contains(QStringLiteral("effective")));
    QVERIFY(yarnView.wavelengthChart()->title().contains(ui::BandsView::formatBase(1e6)));
}

void TestBandsView::dynamicRatioAxisEnclosesEverything()
{
    // Dynamic NTK beyond its context divides by more than s: the exponent exceeds 1.
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("llama2-7b"), [](numerics::RopeParams &p) {
        p.method = numerics::Method::Dynamic;
        p.factor = 4.0;
        p.seqLen = 16384;
    }));
    const numerics::RopeFrequencies *f = params.frequencies();
    QVERIFY(f->ramp.maxCoeff() > 1.0);
    ui::BandsView view(&params);
    const ui::ChartPanel *ratio = view.ratioChart();
    for (int line : { 0, 1 }) {
        for (const QPointF &p : ratio->lineData(line)) {
            QVERIFY2(p.y() >= ratio->yMin() && p.y() <= ratio->yMax(),
                     qPrintable(QStringLiteral("%1 outside [%2, %3]")
                                    .arg(p.y())
                                    .arg(ratio->yMin())
                                    .arg(ratio->yMax())));
        }
    }
    const std::optional<double> shown
        = numberAfter(view.wavelengthChart()->title(), QStringLiteral("effective base "));
    QVERIFY(shown);
    QVERIFY(std::abs(*shown - f->effectiveBase) <= 0.05);

    // A factor below 1 gives ratios above 1 and negative exponents: still inside.
    numerics::RopeParams below = params.params();
    below.method = numerics::Method::NtkAware;
    below.factor = 0.5;
    params.setParams(below);
    QVERIFY(params.frequencies());
    for (int line : { 0, 1 }) {
        for (const QPointF &p : ratio->lineData(line))
            QVERIFY(p.y() >= ratio->yMin() && p.y() <= ratio->yMax());
    }
}

void TestBandsView::bandKeyComesFromTheMethod_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("method"); // empty: the preset's own
    QTest::addColumn<bool>("keptBands");
    QTest::newRow("phi3-mini-128k longrope") << "phi3-mini-128k"
                                             << "" << false;
    QTest::newRow("llama2-7b default") << "llama2-7b"
                                       << "" << false;
    QTest::newRow("llama2-7b linear") << "llama2-7b"
                                      << "linear" << false;
    QTest::newRow("llama2-7b ntk-aware") << "llama2-7b"
                                         << "ntk-aware" << false;
    QTest::newRow("llama2-7b dynamic") << "llama2-7b"
                                       << "dynamic" << false;
    QTest::newRow("qwen2.5 yarn") << "qwen2.5-7b-yarn"
                                  << "" << true;
    QTest::newRow("deepseek-v3 yarn") << "deepseek-v3"
                                      << "" << true;
    QTest::newRow("llama3.1-8b llama3") << "llama3.1-8b"
                                        << "" << true;
}

void TestBandsView::bandKeyComesFromTheMethod()
{
    QFETCH(QString, preset);
    QFETCH(QString, method);
    QFETCH(bool, keptBands);
    ui::ParamsController params;
    QVERIFY(loadPreset(params, preset, [&](numerics::RopeParams &p) {
        if (!method.isEmpty())
            p.method = *numerics::methodFromId(method.toStdString());
        if (method == QLatin1String("linear") || method == QLatin1String("dynamic"))
            p.factor = 4.0;
        if (method == QLatin1String("ntk-aware"))
            p.factor = 8.0;
    }));
    const numerics::RopeFrequencies *f = params.frequencies();
    ui::BandsView bands(&params);
    ui::RotationView rotation(&params);
    rotation.resize(960, 600);
    const QStringList key = bands.bandKey();
    const QStringList legend = rotation.legendTexts();
    QVERIFY(key.size() >= 2); // caption + at least one band
    for (numerics::Band band :
         { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low }) {
        const bool present = std::find(f->band.begin(), f->band.end(), band) != f->band.end();
        const QString label = ui::bandLabel(f->method, band);
        QCOMPARE(key.contains(label), present);
        QCOMPARE(legend.contains(label), present);
        QCOMPARE(claimsKeptOrInterpolated(label), keptBands);
    }
    for (const QString &text : key + legend)
        QVERIFY2(keptBands || !claimsKeptOrInterpolated(text), qPrintable(text));
    // The ramp line says what the method's ramp is.
    QCOMPARE(bands.ratioChart()->lineName(1), ui::rampLabel(f->method));
    QVERIFY(keptBands || !bands.ratioChart()->lineName(1).contains(QStringLiteral("kept")));
    // CSV band ids are the scheme's.
    const QStringList csvLines = bands.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype column
        = csvLines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("band"));
    QVERIFY(column >= 0);
    for (qsizetype i = 1; i < csvLines.size(); ++i) {
        const QString id = csvLines[i].split(QLatin1Char(',')).value(column);
        QCOMPARE(
            id,
            QString::fromLatin1(numerics::bandId(f->method, f->band[std::size_t(i - 1)]).data()));
    }
}

void TestBandsView::invertedBetasShadeByPair()
{
    // beta_fast < beta_slow: the interpolated pairs are the fast ones. No wavelength strip can
    // say so, so the wavelength chart shades columns of pairs, exactly the ratio chart's.
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("qwen2.5-7b-yarn"), [](numerics::RopeParams &p) {
        p.betaFast = 1.0;
        p.betaSlow = 32.0;
    }));
    const numerics::RopeFrequencies *f = params.frequencies();
    QVERIFY(!f->bandsFollowWavelength);
    QCOMPARE(f->band.front(), numerics::Band::Low);
    QCOMPARE(f->band.back(), numerics::Band::High);
    ui::BandsView view(&params);
    for (int region : { 0, 1, 2 }) {
        const QList<double> wavelength = view.wavelengthChart()->regionBounds(region);
        const QList<double> ratio = view.ratioChart()->regionBounds(region);
        QCOMPARE(wavelength[0], ratio[0]);
        QCOMPARE(wavelength[1], ratio[1]);
        QVERIFY(std::isinf(wavelength[2]) && std::isinf(wavelength[3]));
    }
    // Low (interpolated) starts at pair 0.
    QCOMPARE(view.ratioChart()->regionBounds(ui::BandsView::LowRegion)[0], -0.5);
}

void TestBandsView::defaultIgnoresLeftoverFactor()
{
    // Default RoPE reads no factor: no s*L line even if the config had one.
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("qwen2.5-7b-yarn"),
                       [](numerics::RopeParams &p) { p.method = numerics::Method::Default; }));
    QCOMPARE(params.params().factor, 4.0);
    ui::BandsView view(&params);
    QCOMPARE(view.controller()->data().factor, 1.0);
    QVERIFY(!view.wavelengthChart()->markerVisible(1));
}

void TestBandsView::readoutDeepSeekTemperature()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("deepseek-v3")));
    const numerics::RopeFrequencies *f = params.frequencies();
    ui::ReadoutWidget readout;
    readout.showFrequencies(params.params(), f);
    // DeepSeek's HF config: attention factor 1 (cos/sin unscaled), get_mscale(40, 1)^2 in the
    // softmax scale, so the total logit multiplier is 1.3689^2 (ROPE_SPEC 3.6).
    const double m = numerics::yarnGetMscale(40.0, 1.0);
    QVERIFY(std::abs(m - 1.3688879454113936) < 1e-15);
    QCOMPARE(readout.valueText(QStringLiteral("attentionFactor")).toDouble(), 1.0);
    QVERIFY(std::abs(readout.valueText(QStringLiteral("softmaxScale")).toDouble() - m * m) < 1e-8);
    const double total = readout.valueText(QStringLiteral("logitMultiplier")).toDouble();
    QVERIFY2(std::abs(total - f->logitMultiplier) < 1e-8,
             qPrintable(readout.valueText(QStringLiteral("logitMultiplier"))));
    QVERIFY(std::abs(total - f->attentionFactor * f->attentionFactor * f->softmaxScaleMultiplier)
            < 1e-8);
    QVERIFY(std::abs(total - m * m) < 1e-8);
    const QString where = readout.valueText(QStringLiteral("temperature"));
    QVERIFY2(where.contains(QStringLiteral("softmax scale")), qPrintable(where));
    QVERIFY2(where.contains(QStringLiteral("cos, sin unscaled")), qPrintable(where));

    // Qwen2.5 YaRN puts it on cos and sin: total = attention factor^2.
    ui::ParamsController qwen;
    QVERIFY(loadPreset(qwen, QStringLiteral("qwen2.5-7b-yarn")));
    readout.showFrequencies(qwen.params(), qwen.frequencies());
    const double a = qwen.frequencies()->attentionFactor;
    QVERIFY(std::abs(readout.valueText(QStringLiteral("logitMultiplier")).toDouble() - a * a)
            < 1e-8);
    QVERIFY(
        readout.valueText(QStringLiteral("temperature")).contains(QStringLiteral("cos and sin")));
    QVERIFY(!readout.valueText(QStringLiteral("temperature")).contains(QStringLiteral("softmax")));
}

void TestBandsView::readoutBandsRowNamesTheMethodsBands()
{
    ui::ReadoutWidget readout;
    for (const QString &preset :
         { QStringLiteral("qwen2.5-7b-yarn"), QStringLiteral("phi3-mini-128k"),
           QStringLiteral("llama2-7b") }) {
        ui::ParamsController params;
        QVERIFY(loadPreset(params, preset));
        const numerics::RopeFrequencies *f = params.frequencies();
        readout.showFrequencies(params.params(), f);
        QCOMPARE(readout.labelText(QStringLiteral("bands")), ui::bandCountsHeading(f->method));
        const bool kept
            = numerics::methodInfo(f->method).bandRule != numerics::BandRule::TurnsWithinContext;
        QCOMPARE(claimsKeptOrInterpolated(readout.labelText(QStringLiteral("bands"))), kept);
        const QStringList counts
            = readout.valueText(QStringLiteral("bands")).split(QLatin1Char('/'));
        QCOMPARE(counts.size(), 3);
        for (numerics::Band band :
             { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low })
            QCOMPARE(counts[int(band)].trimmed().toInt(),
                     int(std::count(f->band.begin(), f->band.end(), band)));
        // L of the longest wavelength is the method's original context.
        QVERIFY(
            readout.valueText(QStringLiteral("longestWavelength"))
                .contains(QString::number(f->wavelength.maxCoeff() / f->originalContext, 'g', 4)));
    }
}

void TestBandsView::rotationLegendAndTitle()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(params, QStringLiteral("llama2-7b"), ntkAware8));
    ui::RotationView view(&params);
    view.resize(960, 600);
    QImage image(960, 600, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&image);
        view.renderTo(&painter, QRectF(0, 0, 960, 600)); // must not crash; title wraps
    }
    const QStringList legend = view.legendTexts();
    // The ratio text under the dials is explained, and the ghost hand is there.
    QVERIFY(std::any_of(legend.begin(), legend.end(),
                        [](const QString &t) { return t.contains(QStringLiteral("\u00f7k")); }));
    QVERIFY(std::any_of(legend.begin(), legend.end(),
                        [](const QString &t) { return t.contains(QStringLiteral("ghost")); }));
    // The hover text names the pair's band under this method and its ratio.
    const numerics::RopeFrequencies *f = params.frequencies();
    const QString hover = view.pairDescription(1);
    QVERIFY2(hover.contains(ui::bandLabel(f->method, f->band[1])), qPrintable(hover));
    QVERIFY2(hover.contains(ui::RotationView::ratioText(f->ratio[1])), qPrintable(hover));

    // LongRoPE's pair 0 is divided by its short factor: the dial says so.
    ui::ParamsController phi;
    QVERIFY(loadPreset(phi, QStringLiteral("phi3-mini-128k")));
    const double ratio0 = phi.frequencies()->ratio[0];
    QVERIFY(ratio0 < 1.0);
    QCOMPARE(ui::RotationView::ratioText(ratio0),
             QStringLiteral("\u00f7") + QString::number(1.0 / ratio0, 'g', 3));
}

void TestBandsView::ratioText()
{
    QCOMPARE(ui::RotationView::ratioText(1.0), QStringLiteral("\u00d71"));
    QCOMPARE(ui::RotationView::ratioText(1.0 / 1.1), QStringLiteral("\u00f71.1"));
    QCOMPARE(ui::RotationView::ratioText(0.125), QStringLiteral("\u00f78"));
    QCOMPARE(ui::RotationView::ratioText(2.0), QStringLiteral("\u00d72"));
    // Never "1" for a ratio that is not exactly 1.
    QCOMPARE(ui::RotationView::ratioText(0.99999), QStringLiteral("\u00f71.00001"));
    QVERIFY(ui::RotationView::ratioText(1.0 + 1e-12) != QStringLiteral("\u00d71"));
}

void TestBandsView::everyCoreTextIsTranslatable()
{
    // lupdate finds the core's English texts only through bandscontroller.cpp's
    // QT_TRANSLATE_NOOP list: every label, heading and ramp text must be in it.
    QFile source(QStringLiteral(ROPELAB_SOURCE_DIR "/ui/controllers/bandscontroller.cpp"));
    QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(source.readAll()).simplified();
    auto listed = [&text](std::string_view english) {
        const QString literal = QString::fromUtf8(english.data(), qsizetype(english.size()));
        return text.contains(
            QStringLiteral("QT_TRANSLATE_NOOP(\"ropelab::numerics::Band\", \"%1\")").arg(literal));
    };
    for (const numerics::BandScheme &scheme : numerics::bandSchemes()) {
        QVERIFY2(listed(scheme.countsHeading), scheme.countsHeading.data());
        for (const numerics::BandInfo &band : scheme.bands)
            QVERIFY2(listed(band.label), band.label.data());
    }
    for (const numerics::MethodInfo &info : numerics::methodTable())
        QVERIFY2(listed(info.ramp.label), info.ramp.label.data());
}

void TestBandsView::exportBandsCsvIds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("phi3-mini-128k") << QStringList { "--preset", "phi3-mini-128k" } << NeutralIds;
    QTest::newRow("phi3-mini-128k long factors")
        << QStringList { "--preset", "phi3-mini-128k", "--seq-len", "100000" } << NeutralIds;
    QTest::newRow("llama2-7b ntk-aware s=8")
        << QStringList { "--preset", "llama2-7b", "--method", "ntk-aware", "--factor", "8" }
        << NeutralIds;
    QTest::newRow("qwen2.5-7b-yarn")
        << QStringList { "--preset", "qwen2.5-7b-yarn" } << QStringList { "high", "medium", "low" };
}

void TestBandsView::exportBandsCsvIds()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.csv"));
    const Run run = runExport(arguments + QStringList { "--view", "bands", "--out", out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList bands = bandColumn(out);
    QVERIFY(bands.size() >= 32);
    for (const QString &band : bands) {
        QVERIFY2(ids.contains(band), qPrintable(band));
        QVERIFY(!band.contains(QStringLiteral("kept")));
        if (ids == NeutralIds)
            QVERIFY2(band != QLatin1String("high"), "a neutral method labelled a pair high (kept)");
    }
}

QTEST_MAIN(TestBandsView)
#include "tst_bandsview.moc"
