// The chart views and their controllers, offscreen: values against the golden reference files
// (tests/data), band shading boundaries, sweep answers reaching the charts, stale answers
// ignored, and the heatmap / temperature numbers against their definitions (ROPE_SPEC.md 9).

#include "charts/bandsview.h"
#include "charts/chartpanel.h"
#include "charts/chartviews.h"
#include "charts/decayview.h"
#include "charts/heatmapview.h"
#include "charts/temperatureview.h"
#include "configimport.h"
#include "controllers/bandscontroller.h"
#include "controllers/decaycontroller.h"
#include "controllers/heatmapcontroller.h"
#include "controllers/paramscontroller.h"
#include "controllers/temperaturecontroller.h"
#include "exportableview.h"
#include "sweeprunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace ropelab;

namespace {

constexpr int SweepTimeoutMs = 30000;

QJsonObject golden(const QString &name)
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Loads the golden file's HF config into `params` exactly like File > Open would.
bool loadGolden(const QString &name, ui::ParamsController &params, QJsonObject *goldenOut = nullptr)
{
    const QJsonObject object = golden(name);
    if (object.isEmpty())
        return false;
    const QByteArray config
        = QJsonDocument(object.value(QStringLiteral("config")).toObject()).toJson();
    const auto imported = core::importConfigJson(config);
    if (!imported)
        return false;
    params.loadParams(imported->params, imported->warnings, name);
    if (goldenOut)
        *goldenOut = object;
    return params.frequencies() != nullptr;
}

// Normalised self score (1/(d/2)) sum_i cos(delta theta_i), straight from the definition.
double selfScore(const Eigen::ArrayXd &theta, double delta)
{
    double sum = 0.0;
    for (Eigen::Index i = 0; i < theta.size(); ++i)
        sum += std::cos(delta * theta[i]);
    return sum / double(theta.size());
}

} // namespace

class TestChartViews : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsEveryView();
    void bandsMatchGolden_data();
    void bandsMatchGolden();
    void bandsShadingBoundaries_data();
    void bandsShadingBoundaries();
    void bandsShowErrorForBadParams();
    void decayFollowsParams_data();
    void decayFollowsParams();
    void decayIgnoresStaleAnswer();
    void decayLatestParamsWin();
    void decayOverlayBases();
    void decayRecomputesOnlyWhatChanged();
    void decayDrawsFastWhileBusy();
    void decayCsvHoldsEveryPlottedPoint_data();
    void decayCsvHoldsEveryPlottedPoint();
    void temperatureNumbers_data();
    void temperatureNumbers();
};

void TestChartViews::createsEveryView()
{
    ui::ParamsController params;
    ui::ViewRegistry registry(&params);
    QWidget parent;
    QStringList ids;
    for (const QString &id : ui::chartViewIds()) {
        const ui::ViewEntry entry = ui::createChartView(id, registry, &parent);
        QVERIFY(entry.widget);
        QVERIFY(entry.exportable);
        QCOMPARE(entry.exportable->viewId(), entry.id);
        QVERIFY(!entry.title.isEmpty());
        QCOMPARE(entry.widget->parent(), &parent);
        ids.append(entry.id);
    }
    QCOMPARE(ids, ui::chartViewIds());
    QCOMPARE(ids, (QStringList { "bands", "decay", "temperature", "heatmap" }));
    QVERIFY(!ui::createChartView(QStringLiteral("nonsense"), registry, &parent).widget);
    // The views mirror the registry's controllers.
    QCOMPARE(ui::ViewRegistry::viewIds(), QStringList { "rotation" } + ids);
}

void TestChartViews::bandsMatchGolden_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yarn qwen2.5 x4") << "e_yarn_qwen25_factor4_orig32768.json";
    QTest::newRow("llama3 x8") << "g_llama3_factor8.json";
    QTest::newRow("linear x4") << "b_linear_factor4.json";
    QTest::newRow("yarn factor 16 truncate false")
        << "f_yarn_factor16_orig4096_truncate_false.json";
}

void TestChartViews::bandsMatchGolden()
{
    QFETCH(QString, file);
    ui::ParamsController params;
    QJsonObject reference;
    QVERIFY2(loadGolden(file, params, &reference), qPrintable(file));
    ui::BandsView view(&params);
    const QJsonArray invFreq = reference.value(QStringLiteral("inv_freq_float64")).toArray();
    QVERIFY(!invFreq.isEmpty());
    const QList<QPointF> scaled = view.wavelengthChart()->lineData(1);
    QCOMPARE(scaled.size(), invFreq.size());
    const double base = params.params().base;
    const int d = int(scaled.size()) * 2;
    for (qsizetype i = 0; i < scaled.size(); ++i) {
        const double expected = 2.0 * std::numbers::pi / invFreq[i].toDouble();
        QCOMPARE(scaled[i].x(), double(i));
        QVERIFY2(std::abs(scaled[i].y() / expected - 1.0) < 1e-12,
                 qPrintable(
                     QStringLiteral("pair %1: %2 vs %3").arg(i).arg(scaled[i].y()).arg(expected)));
        // Unscaled: 2 pi base^(2i/d); ratio: scaled / unscaled frequency.
        const double unscaled = 2.0 * std::numbers::pi * std::pow(base, 2.0 * double(i) / d);
        QVERIFY(std::abs(view.wavelengthChart()->lineData(0)[i].y() / unscaled - 1.0) < 1e-12);
        QVERIFY(std::abs(view.ratioChart()->lineData(0)[i].y() - unscaled / expected) < 1e-12);
        const double ramp = view.ratioChart()->lineData(1)[i].y();
        QVERIFY(ramp >= 0.0 && ramp <= 1.0);
    }
    // Axis ranges enclose the data and both context lines.
    QVERIFY(view.wavelengthChart()->yLog());
    QVERIFY(view.wavelengthChart()->yMin() <= scaled.front().y());
    QVERIFY(view.wavelengthChart()->yMax() >= scaled.back().y());
}

void TestChartViews::bandsShadingBoundaries_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<double>("highFreqWavelength");
    QTest::addColumn<double>("lowFreqWavelength");
    QTest::addColumn<int>("firstMediumPair");
    QTest::addColumn<int>("lastMediumPair");
    // YaRN: L/beta_fast and L/beta_slow from the golden config (beta defaults 32 and 1);
    // the medium pairs are those strictly inside the golden correction range [low, high].
    {
        const QJsonObject g = golden(QStringLiteral("e_yarn_qwen25_factor4_orig32768.json"));
        const QJsonObject im = g.value(QStringLiteral("intermediates")).toObject();
        const double L = im.value(QStringLiteral("original_max_position_embeddings")).toDouble();
        QTest::newRow("yarn qwen2.5: L/beta_fast, L/beta_slow")
            << "e_yarn_qwen25_factor4_orig32768.json"
            << L / im.value(QStringLiteral("beta_fast")).toDouble()
            << L / im.value(QStringLiteral("beta_slow")).toDouble()
            << im.value(QStringLiteral("low")).toInt() + 1
            << im.value(QStringLiteral("high")).toInt() - 1;
    }
    // Llama 3: the golden high_freq_wavelen / low_freq_wavelen; medium pairs 29-34 (spec 3.7).
    {
        const QJsonObject g = golden(QStringLiteral("g_llama3_factor8.json"));
        const QJsonObject im = g.value(QStringLiteral("intermediates")).toObject();
        QTest::newRow("llama3: L/high_freq_factor, L/low_freq_factor")
            << "g_llama3_factor8.json" << im.value(QStringLiteral("high_freq_wavelen")).toDouble()
            << im.value(QStringLiteral("low_freq_wavelen")).toDouble() << 29 << 34;
    }
}

void TestChartViews::bandsShadingBoundaries()
{
    QFETCH(QString, file);
    QFETCH(double, highFreqWavelength);
    QFETCH(double, lowFreqWavelength);
    QFETCH(int, firstMediumPair);
    QFETCH(int, lastMediumPair);
    QVERIFY(highFreqWavelength > 0.0 && lowFreqWavelength > highFreqWavelength);

    ui::ParamsController params;
    QVERIFY(loadGolden(file, params));
    ui::BandsView view(&params);
    const ui::ChartPanel *chart = view.wavelengthChart();
    const double tolerance = 1e-9 * lowFreqWavelength;
    // regionBounds: x0, x1, y0, y1. High: below highFreqWavelength; medium between; low above.
    const QList<double> high = chart->regionBounds(ui::BandsView::HighRegion);
    const QList<double> medium = chart->regionBounds(ui::BandsView::MediumRegion);
    const QList<double> low = chart->regionBounds(ui::BandsView::LowRegion);
    QCOMPARE(high.size(), 4);
    QVERIFY(std::abs(high[3] - highFreqWavelength) < tolerance);
    QVERIFY(std::abs(medium[2] - highFreqWavelength) < tolerance);
    QVERIFY(std::abs(medium[3] - lowFreqWavelength) < tolerance);
    QVERIFY(std::abs(low[2] - lowFreqWavelength) < tolerance);
    QVERIFY(std::isinf(low[3]) && low[3] > 0);
    for (int region : { 0, 1, 2 })
        QVERIFY(chart->regionVisible(region));
    // Context lines at L and s*L.
    const numerics::RopeParams &p = params.params();
    QCOMPARE(chart->markerValue(0), double(p.originalMaxPositions));
    QCOMPARE(chart->markerValue(1), double(p.originalMaxPositions) * p.factor);
    // The ratio chart shades the medium band over exactly those pairs (+-0.5).
    const QList<double> mediumPairs = view.ratioChart()->regionBounds(ui::BandsView::MediumRegion);
    QCOMPARE(mediumPairs[0], firstMediumPair - 0.5);
    QCOMPARE(mediumPairs[1], lastMediumPair + 0.5);
}

void TestChartViews::bandsShowErrorForBadParams()
{
    ui::ParamsController params;
    ui::BandsView view(&params);
    QVERIFY(!view.wavelengthChart()->lineData(1).isEmpty());
    numerics::RopeParams bad = params.params();
    bad.headDim = 7; // odd rotary dim: meaningless
    params.setParams(bad);
    QVERIFY(!params.error().isEmpty());
    QVERIFY(view.wavelengthChart()->lineData(1).isEmpty());
    QVERIFY(view.wavelengthChart()->title().contains(params.error()));
    QCOMPARE(view.csv().count(QLatin1Char('\n')), 1); // header only
}

void TestChartViews::decayFollowsParams_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("logX");
    QTest::newRow("self score, log x") << int(ui::DecayKind::SelfScore) << true;
    QTest::newRow("self score, linear x") << int(ui::DecayKind::SelfScore) << false;
    QTest::newRow("bound, log x") << int(ui::DecayKind::Bound) << true;
    QTest::newRow("random q/k, log x") << int(ui::DecayKind::RandomScore) << true;
}

void TestChartViews::decayFollowsParams()
{
    QFETCH(int, kind);
    QFETCH(bool, logX);
    ui::ParamsController params;
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    ui::DecayOptions options;
    options.kind = ui::DecayKind(kind);
    options.logX = logX;
    options.maxDistance = logX ? double(1 << 20) : 4096.0;
    controller->setOptions(options);
    QVERIFY(view.isPending());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QVERIFY2(controller->data().error.isEmpty(), qPrintable(controller->data().error));
    const int scaledLine = view.lineIndex(QStringLiteral("scaled"));
    const QList<QPointF> before = view.chart()->lineData(scaledLine);
    QVERIFY(!before.isEmpty());
    QCOMPARE(view.chart()->xLog(), logX);
    for (const QPointF &p : before)
        QVERIFY(!logX || p.x() > 0.0); // nothing a log axis cannot show

    QSignalSpy spy(controller, &ui::DecayController::dataChanged);
    QVERIFY(spy.isValid());
    numerics::RopeParams next = params.params();
    next.method = numerics::Method::Linear;
    next.factor = 8.0;
    params.setParams(next);
    QVERIFY(view.isPending());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QVERIFY(spy.count() >= 1);
    const QList<QPointF> after = view.chart()->lineData(scaledLine);
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(view.drawnRevision(), controller->data().revision);

    // Self score: every plotted point is the definition at that distance for the new params.
    if (ui::DecayKind(kind) == ui::DecayKind::SelfScore) {
        const Eigen::ArrayXd theta = params.frequencies()->invFreq;
        for (qsizetype k = 0; k < after.size(); k += std::max<qsizetype>(1, after.size() / 50))
            QVERIFY2(std::abs(after[k].y() - selfScore(theta, after[k].x())) < 1e-9,
                     qPrintable(QStringLiteral("delta %1").arg(after[k].x())));
    }
    // Markers at L and s*L.
    QCOMPARE(view.chart()->markerValue(0), double(next.originalMaxPositions));
    QCOMPARE(view.chart()->markerValue(1), double(next.originalMaxPositions) * 8.0);
}

void TestChartViews::decayIgnoresStaleAnswer()
{
    ui::ParamsController params;
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    const quint64 revision = controller->data().revision;
    const QList<QPointF> plotted = view.chart()->lineData(view.lineIndex(QStringLiteral("scaled")));
    QVERIFY(!plotted.isEmpty());

    // An answer for an older generation arrives late: it must not reach the chart.
    core::SweepRunner *runner = controller->runner(0);
    QVERIFY(runner->latestGeneration() >= 1);
    core::SweepAnswer stale;
    stale.generation = runner->latestGeneration() - 1;
    stale.request = controller->buildRequests().front();
    numerics::Series bogus;
    bogus.name = "scaled";
    bogus.x = Eigen::ArrayXd::LinSpaced(10, 1.0, 10.0);
    bogus.y = Eigen::ArrayXd::Constant(10, 42.0);
    stale.result.series = { bogus };
    Q_EMIT runner->resultReady(stale);
    QCOMPARE(controller->data().revision, revision);
    QCOMPARE(view.chart()->lineData(view.lineIndex(QStringLiteral("scaled"))), plotted);

    // The current generation answered twice: the second copy is ignored as well.
    stale.generation = runner->latestGeneration();
    Q_EMIT runner->resultReady(stale);
    QCOMPARE(controller->data().revision, revision);
}

void TestChartViews::decayLatestParamsWin()
{
    ui::ParamsController params;
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QSignalSpy spy(controller, &ui::DecayController::dataChanged);
    QVERIFY(spy.isValid());
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Linear;
    for (double factor : { 2.0, 3.0, 5.0, 7.0, 11.0 }) {
        p.factor = factor;
        params.setParams(p); // a slider drag: all within the throttle window
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QCOMPARE(spy.count(), 1); // one request reached the runner, one result was drawn
    const Eigen::ArrayXd theta = params.frequencies()->invFreq;
    const QList<QPointF> after = view.chart()->lineData(view.lineIndex(QStringLiteral("scaled")));
    QVERIFY(!after.isEmpty());
    for (qsizetype k = 0; k < after.size(); k += std::max<qsizetype>(1, after.size() / 40))
        QVERIFY(std::abs(after[k].y() - selfScore(theta, after[k].x())) < 1e-9);
}

void TestChartViews::decayRecomputesOnlyWhatChanged()
{
    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Yarn;
    p.factor = 4.0;
    params.setParams(p);
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    core::SweepRunner *method = controller->runner(0);
    core::SweepRunner *rope = controller->runner(ui::DecayController::RopeSlot);
    const quint64 methodBefore = method->latestGeneration();
    const quint64 ropeBefore = rope->latestGeneration();
    const QList<QPointF> ropeLine = view.chart()->lineData(view.lineIndex(QStringLiteral("rope")));
    QVERIFY(!ropeLine.isEmpty());

    // A scaling parameter changes only the method's curve: plain RoPE is not recomputed.
    p.factor = 16.0;
    params.setParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QVERIFY(method->latestGeneration() > methodBefore);
    QCOMPARE(rope->latestGeneration(), ropeBefore);
    QCOMPARE(view.chart()->lineData(view.lineIndex(QStringLiteral("rope"))), ropeLine);

    // The base changes both.
    p.base = 500000.0;
    params.setParams(p);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QVERIFY(rope->latestGeneration() > ropeBefore);
    QVERIFY(view.chart()->lineData(view.lineIndex(QStringLiteral("rope"))) != ropeLine);
    const QList<QPointF> curves = view.chart()->lineData(view.lineIndex(QStringLiteral("rope")));
    const int d = numerics::rotaryDim(p.headDim, p.partialRotaryFactor);
    Eigen::ArrayXd theta(d / 2);
    for (int i = 0; i < d / 2; ++i)
        theta[i] = std::pow(500000.0, -2.0 * i / d);
    for (qsizetype k = 0; k < curves.size(); k += std::max<qsizetype>(1, curves.size() / 40))
        QVERIFY(std::abs(curves[k].y() - selfScore(theta, curves[k].x())) < 1e-9);
}

void TestChartViews::decayDrawsFastWhileBusy()
{
    // While sweeps are in flight the chart skips antialiasing (cheaper repaints during a
    // drag); once settled it antialiases again.
    ui::ParamsController params;
    ui::DecayView view(&params);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QTRY_VERIFY(view.chart()->isAntialiased());
    numerics::RopeParams p = params.params();
    p.base = 20000.0;
    params.setParams(p);
    QVERIFY(view.isPending());
    QVERIFY(!view.chart()->isAntialiased());
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QTRY_VERIFY(view.chart()->isAntialiased());
}

void TestChartViews::decayOverlayBases()
{
    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.base = 500000.0;
    params.setParams(p);
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    controller->setEnvelope(false); // the raw values are drawn (under an envelope they are not)
    controller->setOverlayBases(true);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QStringList ids;
    for (const ui::DecayCurve &curve : controller->data().curves)
        ids.append(curve.id);
    // The method is plain RoPE itself: no second, identical plain-RoPE curve.
    QVERIFY(controller->data().methodIsPlain);
    QCOMPARE(ids, (QStringList { "scaled", "base-1", "base-100", "base-500", "base-10000" }));
    // Base 1: every pair turns 1 rad per token, so the self score is cos(delta).
    const QList<QPointF> base1 = view.chart()->lineData(view.lineIndex(QStringLiteral("base-1")));
    QVERIFY(!base1.isEmpty());
    QVERIFY(view.chart()->lineVisible(view.lineIndex(QStringLiteral("base-1"))));
    for (qsizetype k = 0; k < base1.size(); k += std::max<qsizetype>(1, base1.size() / 40))
        QVERIFY2(std::abs(base1[k].y() - std::cos(base1[k].x())) < 1e-6,
                 qPrintable(QStringLiteral("delta %1").arg(base1[k].x())));
    // Base 10000 overlay equals the definition with base 10000.
    const int d = numerics::rotaryDim(p.headDim, p.partialRotaryFactor);
    Eigen::ArrayXd theta(d / 2);
    for (int i = 0; i < d / 2; ++i)
        theta[i] = std::pow(10000.0, -2.0 * i / d);
    const QList<QPointF> base4
        = view.chart()->lineData(view.lineIndex(QStringLiteral("base-10000")));
    for (qsizetype k = 0; k < base4.size(); k += std::max<qsizetype>(1, base4.size() / 40))
        QVERIFY(std::abs(base4[k].y() - selfScore(theta, base4[k].x())) < 1e-9);

    // Turning the overlay off hides the curves again.
    controller->setOverlayBases(false);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QCOMPARE(controller->data().curves.size(), 1);
    QVERIFY(!view.chart()->lineVisible(view.lineIndex(QStringLiteral("base-1"))));
}

void TestChartViews::decayCsvHoldsEveryPlottedPoint_data()
{
    QTest::addColumn<bool>("logX");
    QTest::addColumn<double>("maxDistance");
    QTest::addColumn<bool>("exactKept"); // false: recomputed at export time
    QTest::newRow("log grid to 2^20 (exact data kept)") << true << double(1 << 20) << true;
    QTest::newRow("linear grid 0..2^17 (exact data recomputed)")
        << false << double(1 << 17) << false;
}

void TestChartViews::decayCsvHoldsEveryPlottedPoint()
{
    QFETCH(bool, logX);
    QFETCH(double, maxDistance);
    QFETCH(bool, exactKept);
    ui::ParamsController params;
    QVERIFY(loadGolden(QStringLiteral("e_yarn_qwen25_factor4_orig32768.json"), params));
    ui::DecayView view(&params);
    ui::DecayOptions options = view.controller()->options();
    options.logX = logX;
    options.maxDistance = maxDistance;
    view.controller()->setOptions(options);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QCOMPARE(view.controller()->data().curves.front().series().x.size() > 0, exactKept);
    const QStringList lines = view.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(),
             QStringLiteral(
                 "series,score_kind,distance_tokens,normalised_score,envelope_max_abs_score"));
    QHash<double, QPair<double, double>> rows; // distance -> (rope, scaled)
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells[1], QStringLiteral("self-score"));
        QPair<double, double> &row = rows[cells[2].toDouble()];
        if (cells[0] == QLatin1String("rope"))
            row.first = cells[3].toDouble();
        else if (cells[0] == QLatin1String("scaled"))
            row.second = cells[3].toDouble();
        else
            QFAIL(qPrintable(cells[0]));
    }
    // Full precision: more rows than plotted points, and every plotted point is a CSV row.
    const QList<QPointF> rope = view.chart()->lineData(view.lineIndex(QStringLiteral("rope")));
    const QList<QPointF> scaled = view.chart()->lineData(view.lineIndex(QStringLiteral("scaled")));
    QVERIFY(rows.size() >= scaled.size());
    QCOMPARE(rows.size(), logX ? rows.size() : qsizetype(maxDistance) + 1);
    QVERIFY(rows.size() > 2 * scaled.size()); // exact, not the decimated points
    for (const QPointF &point : scaled) {
        QVERIFY(rows.contains(point.x()));
        QCOMPARE(rows.value(point.x()).second, point.y());
    }
    for (const QPointF &point : rope)
        QCOMPARE(rows.value(point.x()).first, point.y());
}

void TestChartViews::temperatureNumbers_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("yarn qwen2.5 x4") << "e_yarn_qwen25_factor4_orig32768.json";
    QTest::newRow("yarn factor 16") << "f_yarn_factor16_orig4096_truncate_true.json";
    QTest::newRow("llama3 x8 (attention factor 1)") << "g_llama3_factor8.json";
    QTest::newRow("default RoPE") << "a_default_base10000_hd128.json";
}

void TestChartViews::temperatureNumbers()
{
    QFETCH(QString, file);
    ui::ParamsController params;
    QJsonObject reference;
    QVERIFY(loadGolden(file, params, &reference));
    ui::TemperatureView view(&params);
    const ui::TemperatureData &data = view.controller()->data();
    QVERIFY(data.valid);
    const double attentionFactor = reference.value(QStringLiteral("attention_factor")).toDouble();
    QVERIFY(std::abs(data.attentionFactor - attentionFactor) < 1e-12);
    QVERIFY(std::abs(data.logitMultiplier - attentionFactor * attentionFactor) < 1e-12);
    // The curve is 0.1 ln s + 1 (spec seed value: s = 8 gives t = 0.6853).
    for (const QPointF &p : data.curve)
        QVERIFY(std::abs(p.y() - (p.x() <= 1.0 ? 1.0 : 0.1 * std::log(p.x()) + 1.0)) < 1e-12);
    const double t8 = 1.0 / std::pow(numerics::yarnGetMscale(8.0), 2);
    QVERIFY(std::abs(t8 - 0.6853) < 5e-5);
    // The plotted current point: the method's effective 1/sqrt(t) at the current factor.
    const QList<QPointF> point = view.curveChart()->pointsData(1);
    QCOMPARE(point.size(), 1);
    QVERIFY(std::abs(point.front().y() - attentionFactor) < 1e-12);
    // Softmax rows are distributions; logits scaled by af^2 > 1 sharpen (lower entropy).
    QCOMPARE(data.softmaxPlain.size(), ui::TemperatureController::ExampleKeys);
    double sumPlain = 0.0, sumScaled = 0.0;
    for (qsizetype j = 0; j < data.softmaxPlain.size(); ++j) {
        sumPlain += data.softmaxPlain[j];
        sumScaled += data.softmaxScaled[j];
    }
    QVERIFY(std::abs(sumPlain - 1.0) < 1e-12);
    QVERIFY(std::abs(sumScaled - 1.0) < 1e-12);
    // Logit at delta 0 is 2 (d/2) / sqrt(d) = sqrt(d) (all pairs aligned).
    const int d = params.frequencies()->rotaryDim;
    QVERIFY(std::abs(data.logits.front() - std::sqrt(double(d))) < 1e-12);
    if (attentionFactor > 1.0)
        QVERIFY(data.entropyScaled < data.entropyPlain);
    else
        QVERIFY(std::abs(data.entropyScaled - data.entropyPlain) < 1e-12);
    QVERIFY(data.entropyPlain > 0.0 && data.entropyPlain <= std::log(64.0));
    // The entropy sweep arrives, never above ln n.
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    const QList<QPointF> entropy = view.entropyChart()->lineData(1);
    QVERIFY(!entropy.isEmpty());
    for (const QPointF &p : entropy)
        QVERIFY(p.y() <= std::log(p.x()) + 1e-9);
}

QTEST_MAIN(TestChartViews)
#include "tst_chartviews.moc"
