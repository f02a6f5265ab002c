// The score-vs-distance view tells the truth (DecayView, DecayController): the method's curve
// is drawn over every other series in every mode (draw order and the rendered pixels), each
// mode's y axis names its quantity and units, the envelope is the worker's rolling max |score|
// (checked against the exact sweep from the core) and the linear scale gets a range that shows
// the decay. Legends and elision: tst_decaylegend.

#include "decayviewtest.h"
#include "numerics/sweeps.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLocale>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ropelab;
using ropelab::tests::ExportChartSize;
using ropelab::tests::loadPreset;
using ropelab::tests::settle;

Q_DECLARE_METATYPE(ropelab::ui::DecayKind)

namespace {

QStringList curveIds(const ui::DecayData &data)
{
    QStringList ids;
    for (const ui::DecayCurve &curve : data.curves)
        ids.append(curve.id);
    return ids;
}

bool reddish(QRgb pixel)
{
    return qRed(pixel) > qGreen(pixel) + 60 && qRed(pixel) > qBlue(pixel) + 60;
}

const ui::DecayCurve *findCurve(const ui::DecayData &data, const QString &id)
{
    for (const ui::DecayCurve &curve : data.curves) {
        if (curve.id == id)
            return &curve;
    }
    return nullptr;
}

} // namespace

class TestDecayView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void methodDrawnOnTop_data();
    void methodDrawnOnTop();
    void axisTitlesNameQuantityAndUnits();
    void envelopeIsTheWorkersRollingMax_data();
    void envelopeIsTheWorkersRollingMax();
    void envelopeOnlyWhereDenserThanPixels();
    void linearScaleGetsItsOwnDefaultRange();
};

void TestDecayView::methodDrawnOnTop_data()
{
    QTest::addColumn<ui::DecayKind>("kind");
    QTest::addColumn<bool>("logX");
    QTest::addColumn<bool>("envelope");
    for (const auto &[kind, kindName] : { std::pair { ui::DecayKind::SelfScore, "self score" },
                                          { ui::DecayKind::Bound, "bound" },
                                          { ui::DecayKind::RandomScore, "random" } }) {
        for (bool logX : { true, false }) {
            for (bool envelope : { true, false }) {
                QTest::addRow("%s, %s, envelope %s", kindName, logX ? "log" : "linear",
                              envelope ? "on" : "off")
                    << kind << logX << envelope;
            }
        }
    }
}

void TestDecayView::methodDrawnOnTop()
{
    QFETCH(ui::DecayKind, kind);
    QFETCH(bool, logX);
    QFETCH(bool, envelope);
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("llama3.1-8b"), params));
    ui::DecayView view(&params);
    ui::DecayOptions options = view.controller()->options();
    options.kind = kind;
    options.setScale(logX);
    options.overlayBases = true;
    options.envelope = envelope;
    QVERIFY(settle(view, options, 6));
    QCOMPARE(curveIds(view.controller()->data()),
             (QStringList { "rope", "scaled", "base-1", "base-100", "base-500", "base-10000" }));
    QCOMPARE(view.controller()->data().envelopeHalfWidth > 0.0, envelope);

    ui::ChartPanel *chart = view.chart();
    const QString method = QStringLiteral("scaled");
    const int top = envelope ? view.envelopeLineIndex(method) : view.lineIndex(method);
    QVERIFY(chart->lineVisible(top));
    QVERIFY(chart->lineData(top).size() > 100);
    // Draw order: the method's visible line comes after every other visible series.
    const int order = chart->lineDrawOrder(top);
    int others = 0;
    for (int line = 0; line < chart->lineCount(); ++line) {
        if (line == top || !chart->lineVisible(line))
            continue;
        ++others;
        QVERIFY2(chart->lineDrawOrder(line) < order, qPrintable(chart->lineName(line)));
    }
    // Envelope: the faint raw values of plain RoPE and the method, the envelopes of plain
    // RoPE and the 4 overlays. Without: the raw values of plain RoPE and the 4 overlays.
    QCOMPARE(others, envelope ? 7 : 5);
    for (int marker = 0; marker < chart->markerCount(); ++marker)
        QVERIFY(chart->markerDrawOrder(marker) < order);
    if (envelope)
        QCOMPARE(order, chart->seriesCount() - 1); // the very last series of the chart
    // Its raw values, faint or not, are above every other curve's raw values too.
    for (const QString &id : QStringList { "rope", "base-1", "base-100", "base-500", "base-10000" })
        QVERIFY(chart->lineDrawOrder(view.lineIndex(id))
                < chart->lineDrawOrder(view.lineIndex(method)));

    // The rendered chart: where the method's line runs, its colour shows (base 1's +-1 band
    // covered it before, and hid it completely on a linear axis).
    QList<QPointF> positions;
    const QImage image = chart->renderLine(ExportChartSize.toSize(), top, &positions);
    QVERIFY(positions.size() > 100);
    int inside = 0, red = 0;
    for (const QPointF &p : positions) {
        const QPoint pixel(int(std::floor(p.x())), int(std::floor(p.y())));
        if (!image.rect().contains(pixel))
            continue;
        ++inside;
        red += reddish(image.pixel(pixel));
    }
    QVERIFY(inside > 100);
    QVERIFY2(red >= 0.99 * inside, qPrintable(QStringLiteral("%1 of %2").arg(red).arg(inside)));
}

void TestDecayView::axisTitlesNameQuantityAndUnits()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("llama3.1-8b"), params));
    ui::DecayView view(&params);
    // The unit each mode's values are in.
    const QList<std::pair<ui::DecayKind, QString>> units {
        { ui::DecayKind::SelfScore, QStringLiteral("(dimensionless)") },
        { ui::DecayKind::Bound, QStringLiteral("units of max |h") },
        { ui::DecayKind::RandomScore, QStringLiteral("entries ~ N(0, 1)") }
    };
    QStringList titles;
    for (const auto &[kind, unit] : units) {
        for (bool logX : { true, false }) {
            ui::DecayOptions options = view.controller()->options();
            options.kind = kind;
            options.setScale(logX);
            QVERIFY(settle(view, options, 2));
            QCOMPARE(view.controller()->data().kind, kind);
            const QString y = view.chart()->yTitle();
            QVERIFY2(y.contains(unit), qPrintable(y));
            QCOMPARE(view.chart()->xTitle(),
                     QStringLiteral("relative distance m \u2212 n (tokens)"));
            if (!titles.contains(y))
                titles.append(y);
        }
    }
    QCOMPARE(titles.size(), 3); // one per mode, the same for log and linear
    // The values of each mode lie on its axis: the bound starts at (d/2 + 1)/2 = 32.5
    // (RoFormer), the self score at 1.
    QVERIFY(!titles.contains(QStringLiteral("normalised score (dimensionless)")));
    QVERIFY(view.chart()->yMax() > 1.0); // random draw: |q|^2 ~ d
    ui::DecayOptions options = view.controller()->options();
    options.kind = ui::DecayKind::Bound;
    options.setScale(false);
    QVERIFY(settle(view, options, 2));
    const QList<QPointF> bound = view.chart()->lineData(view.lineIndex(QStringLiteral("rope")));
    QVERIFY(!bound.isEmpty());
    QCOMPARE(bound.front().x(), 0.0);
    QVERIFY(std::abs(bound.front().y() - 32.5) < 1e-9);
    QVERIFY(view.chart()->yMax() >= 32.5 && view.chart()->yMax() < 40.0);
}

void TestDecayView::envelopeIsTheWorkersRollingMax_data()
{
    QTest::addColumn<ui::DecayKind>("kind");
    QTest::addColumn<bool>("logX");
    QTest::addColumn<double>("range");
    QTest::newRow("self score, linear 0..32768") << ui::DecayKind::SelfScore << false << 32768.0;
    QTest::newRow("bound, linear 0..4096 (default)") << ui::DecayKind::Bound << false << 4096.0;
    QTest::newRow("bound, log to 2^20") << ui::DecayKind::Bound << true << double(1 << 20);
    QTest::newRow("random draw, linear 0..4096") << ui::DecayKind::RandomScore << false << 4096.0;
    QTest::newRow("random draw, log to 2^17")
        << ui::DecayKind::RandomScore << true << double(1 << 17);
}

void TestDecayView::envelopeIsTheWorkersRollingMax()
{
    QFETCH(ui::DecayKind, kind);
    QFETCH(bool, logX);
    QFETCH(double, range);
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("qwen2.5-7b-yarn"), params));
    ui::DecayView view(&params);
    ui::DecayOptions options = view.controller()->options();
    QVERIFY(options.envelope); // on by default
    options.kind = kind;
    options.logX = logX;
    options.maxDistance = range;
    QVERIFY(settle(view, options, 2));
    const ui::DecayData &data = view.controller()->data();
    const double halfWidth = data.envelopeHalfWidth;
    QVERIFY(halfWidth > 0.0);
    for (const QString &id : { QStringLiteral("scaled"), QStringLiteral("rope") }) {
        const ui::DecayCurve *curve = findCurve(data, id);
        QVERIFY(curve);
        // The sweep computed it (worker thread): its result carries the decimated envelope,
        // and the chart plots exactly those points.
        QCOMPARE(curve->request.envelopeHalfWidth, halfWidth);
        const numerics::Series &worker = curve->series();
        QVERIFY(worker.envelopeDisplayX.size() > 100);
        const QList<QPointF> plotted = view.chart()->lineData(view.envelopeLineIndex(id));
        QCOMPARE(plotted, curve->envelope);
        // (a log axis cannot show distance 0)
        QCOMPARE(plotted.size(),
                 qsizetype((worker.envelopeDisplayX > (logX ? 0.0 : -1.0)).count()));
        // Against the exact sweep from the core: at every plotted x, the envelope is >= |score|
        // of every distance in its window, and equals the largest.
        numerics::SweepRequest exactRequest = curve->request;
        exactRequest.keepExact = true;
        exactRequest.displayWidth = 0;
        exactRequest.envelopeHalfWidth = 0.0;
        const auto exact = numerics::runSweep(exactRequest);
        QVERIFY(exact);
        const numerics::Series &raw = exact->series.front();
        const double *xs = raw.x.data();
        const Eigen::Index n = raw.x.size();
        const double ratio = std::exp(halfWidth);
        for (const QPointF &point : plotted) {
            const double lo = logX ? point.x() / ratio : point.x() - halfWidth;
            const double hi = logX ? point.x() * ratio : point.x() + halfWidth;
            const Eigen::Index first = std::lower_bound(xs, xs + n, lo) - xs;
            const Eigen::Index last = std::upper_bound(xs, xs + n, hi) - xs;
            QVERIFY(last > first);
            double largest = 0.0;
            for (Eigen::Index j = first; j < last; ++j) {
                QVERIFY2(point.y() >= std::abs(raw.y[j]),
                         qPrintable(QStringLiteral("%1 at %2: %3 < |%4| at %5")
                                        .arg(id)
                                        .arg(point.x())
                                        .arg(point.y())
                                        .arg(raw.y[j])
                                        .arg(raw.x[j])));
                largest = std::max(largest, std::abs(raw.y[j]));
            }
            QCOMPARE(point.y(), largest);
        }
    }
}

void TestDecayView::envelopeOnlyWhereDenserThanPixels()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("deepseek-v3"), params));
    ui::DecayView view(&params);
    QCheckBox *box = view.envelopeCheckBox();
    ui::DecayOptions options = view.controller()->options();
    QVERIFY(ui::DecayController::envelopeApplies(options));
    QVERIFY(settle(view, options, 2));
    QVERIFY(box->isChecked());
    QVERIFY(box->isEnabled());
    ui::ChartPanel *chart = view.chart();
    const int raw = view.lineIndex(QStringLiteral("scaled"));
    const int top = view.envelopeLineIndex(QStringLiteral("scaled"));
    // Envelope on: the raw values are faint and out of the legend, the envelope bold.
    QVERIFY(chart->lineVisible(raw) && chart->lineVisible(top));
    // Faint = mixed with white, opaque (a translucent pen is ~10x slower to stroke).
    QCOMPARE(chart->lineColor(raw).alpha(), 255);
    QVERIFY(chart->lineColor(raw).lightness() > ui::theme::scaledColor().lightness() + 60);
    QCOMPARE(chart->lineColor(top), ui::theme::scaledColor());
    QVERIFY(chart->lineWidth(top) > chart->lineWidth(raw));
    QVERIFY(!chart->lineInLegend(raw));
    QVERIFY(chart->lineInLegend(top));

    // Fewer distances than display buckets: no envelope (the curve already is one point per
    // pixel); the check box says it does not apply.
    options.logX = false;
    options.maxDistance = 1000.0;
    QVERIFY(!ui::DecayController::envelopeApplies(options));
    QVERIFY(settle(view, options, 2));
    QCOMPARE(view.controller()->buildRequests().front().envelopeHalfWidth, 0.0);
    QCOMPARE(view.controller()->data().envelopeHalfWidth, 0.0);
    QVERIFY(!box->isEnabled());
    QVERIFY(chart->lineVisible(raw));
    QVERIFY(!chart->lineVisible(top));
    QCOMPARE(chart->lineColor(raw), ui::theme::scaledColor());
    QVERIFY(chart->lineInLegend(raw));

    // Dense again, the user turns it off: raw values drawn solid.
    options.maxDistance = 32768.0;
    QVERIFY(settle(view, options, 2));
    QVERIFY(box->isEnabled());
    QVERIFY(view.controller()->data().envelopeHalfWidth > 0.0);
    box->click();
    QVERIFY(!view.controller()->options().envelope);
    QVERIFY(settle(view, view.controller()->options(), 2));
    QCOMPARE(view.controller()->buildRequests().front().envelopeHalfWidth, 0.0);
    QCOMPARE(view.controller()->data().envelopeHalfWidth, 0.0);
    QVERIFY(!chart->lineVisible(top));
    QCOMPARE(chart->lineColor(raw), ui::theme::scaledColor());
}

void TestDecayView::linearScaleGetsItsOwnDefaultRange()
{
    ui::ParamsController params;
    ui::DecayView view(&params);
    ui::DecayController *controller = view.controller();
    QCOMPARE(controller->options().maxDistance, ui::DecayOptions::DefaultLogRange);
    QVERIFY(controller->options().logX);
    // Switching to linear picks the linear default: the decay of plain RoPE at base 10000
    // (self score 1 -> ~0.2 within the first few thousand tokens) spans the axis instead of
    // the first 0.3 % of a 2^20 one.
    controller->setLogX(false);
    QCOMPARE(controller->options().maxDistance, ui::DecayOptions::DefaultLinearRange);
    QCOMPARE(ui::DecayOptions::DefaultLinearRange, 4096.0);
    controller->setLogX(true);
    QCOMPARE(controller->options().maxDistance, ui::DecayOptions::DefaultLogRange);
    // A range the user chose stays.
    controller->setMaxDistance(32768.0);
    controller->setLogX(false);
    QCOMPARE(controller->options().maxDistance, 32768.0);
    controller->setLogX(true);
    QCOMPARE(controller->options().maxDistance, 32768.0);
    controller->setMaxDistance(ui::DecayOptions::DefaultLogRange);

    // The same through the view's scale box.
    QComboBox *scale = nullptr;
    for (QComboBox *box : view.findChildren<QComboBox *>()) {
        if (box->count() == 2 && box->itemData(0).typeId() == QMetaType::Bool)
            scale = box;
    }
    QVERIFY(scale);
    scale->setCurrentIndex(scale->findData(false));
    QVERIFY(!controller->options().logX);
    QCOMPARE(controller->options().maxDistance, ui::DecayOptions::DefaultLinearRange);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), tests::DecaySweepTimeoutMs);
    QCOMPARE(view.chart()->xMax(), ui::DecayOptions::DefaultLinearRange);
    // The self score falls from 1 to below 0.5 within the first 10 % of that axis, and to
    // below 0.35 by its end: the decay spans the plot.
    const QList<QPointF> envelope = view.chart()->lineData(view.envelopeLineIndex("scaled"));
    QVERIFY(!envelope.isEmpty());
    QCOMPARE(envelope.front().y(), 1.0);
    const auto below = std::find_if(envelope.begin(), envelope.end(),
                                    [](const QPointF &p) { return p.y() < 0.5; });
    QVERIFY(below != envelope.end());
    QVERIFY(below->x() < 0.1 * ui::DecayOptions::DefaultLinearRange);
    QVERIFY(envelope.back().y() < 0.35);
}

QTEST_MAIN(TestDecayView)
#include "tst_decayview.moc"
