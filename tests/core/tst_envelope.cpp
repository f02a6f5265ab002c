// Tests for the upper envelope of the score-vs-distance curves: rollingMaxAbs
// (core/numerics/decimate.h) against a brute-force window maximum, and the envelope that line
// sweeps compute on the worker (SweepRequest::envelopeHalfWidth): at every distance it is the
// largest |score| of the exact sweep inside that distance's window, and its display copy is the
// min/max decimation of that exact envelope.

#include "numerics/decimate.h"
#include "numerics/sweeps.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace ropelab::numerics;

namespace {

// The documented window of x[i], written with the same floating-point operations.
bool inWindow(double xi, double xj, double halfWidth, bool logX)
{
    if (logX) {
        if (!(xi > 0.0))
            return !(xj > 0.0);
        const double ratio = std::exp(halfWidth);
        return xj > 0.0 && xj >= xi / ratio && xj <= xi * ratio;
    }
    return xj >= xi - halfWidth && xj <= xi + halfWidth;
}

// max |y_j| over the window of x[i] by scanning every j (NaN when the window has no number).
double bruteMax(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, Eigen::Index i, double halfWidth,
                bool logX)
{
    double best = std::numeric_limits<double>::quiet_NaN();
    for (Eigen::Index j = 0; j < x.size(); ++j) {
        if (!inWindow(x[i], x[j], halfWidth, logX) || std::isnan(y[j]))
            continue;
        best = std::isnan(best) ? std::abs(y[j]) : std::max(best, std::abs(y[j]));
    }
    return best;
}

// Same, but only scanning the neighbourhood [i - reach, i + reach] (windows of grids with
// consecutive integers never reach further): keeps the 65k-point sweep checks fast.
double windowMax(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, Eigen::Index i, double halfWidth,
                 bool logX, Eigen::Index reach, int *count)
{
    double best = -1.0;
    *count = 0;
    const Eigen::Index lo = std::max<Eigen::Index>(0, i - reach);
    const Eigen::Index hi = std::min<Eigen::Index>(x.size() - 1, i + reach);
    for (Eigen::Index j = lo; j <= hi; ++j) {
        if (inWindow(x[i], x[j], halfWidth, logX)) {
            best = std::max(best, std::abs(y[j]));
            ++*count;
        }
    }
    return best;
}

RopeParams llama31()
{
    RopeParams p;
    p.method = Method::Llama3;
    p.base = 500000.0;
    p.factor = 8.0;
    p.originalMaxPositions = 8192;
    p.maxPositions = 131072;
    return p;
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesBruteForce_data();
    void matchesBruteForce();
    void fixedWindowsMatchBruteForce_data();
    void fixedWindowsMatchBruteForce();
    void fixedWindowsInParallelChunks_data();
    void fixedWindowsInParallelChunks();
    void dropFlatRunsKeepsThePolyline();
    void reusesOutput();
    void sweepEnvelope_data();
    void sweepEnvelope();
    void sweepWithoutEnvelope();
    void rejectsBadHalfWidth();
};

void TestEnvelope::matchesBruteForce_data()
{
    QTest::addColumn<bool>("logX");
    QTest::addColumn<double>("halfWidth");
    QTest::addColumn<bool>("withNaN");
    QTest::addColumn<bool>("nanWindows"); // some window holds nothing but NaN
    QTest::newRow("linear, half width 0 (|y|)") << false << 0.0 << false << false;
    QTest::newRow("linear, half width 2.5") << false << 2.5 << false << false;
    QTest::newRow("linear, half width 2, NaN holes") << false << 2.0 << true << true;
    QTest::newRow("linear, half width 40, NaN holes") << false << 40.0 << true << false;
    QTest::newRow("linear, window wider than the data") << false << 1e9 << false << false;
    QTest::newRow("log, +-5%") << true << std::log(1.05) << false << false;
    QTest::newRow("log, +-50%, NaN holes") << true << std::log(1.5) << true << false;
    QTest::newRow("log, +-0.1%, NaN holes") << true << std::log(1.001) << true << true;
}

void TestEnvelope::matchesBruteForce()
{
    QFETCH(bool, logX);
    QFETCH(double, halfWidth);
    QFETCH(bool, withNaN);
    QFETCH(bool, nanWindows);
    // Ascending, uneven x (repeats included) starting at 0, a noisy oscillation with spikes.
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> step(0.0, 3.0);
    std::normal_distribution<double> normal;
    const Eigen::Index n = 3000;
    Eigen::ArrayXd x(n), y(n);
    x[0] = 0.0;
    for (Eigen::Index i = 1; i < n; ++i)
        x[i] = i % 97 == 0 ? x[i - 1] : x[i - 1] + std::floor(step(rng));
    for (Eigen::Index i = 0; i < n; ++i)
        y[i] = std::cos(0.3 * x[i]) * std::exp(-x[i] / 2000.0) + 0.2 * normal(rng);
    y[1234] = -25.0; // a single negative spike dominates its whole window
    if (withNaN) {
        for (Eigen::Index i = 500; i < 540; ++i)
            y[i] = std::numeric_limits<double>::quiet_NaN();
    }
    Eigen::ArrayXd envelope;
    rollingMaxAbs(x, y, halfWidth, logX, envelope);
    QCOMPARE(envelope.size(), n);
    int nanCount = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double expected = bruteMax(x, y, i, halfWidth, logX);
        if (std::isnan(expected)) {
            QVERIFY2(std::isnan(envelope[i]), qPrintable(QString::number(i)));
            ++nanCount;
            continue;
        }
        QVERIFY2(envelope[i] == expected,
                 qPrintable(QStringLiteral("i %1 x %2: %3 vs %4")
                                .arg(i)
                                .arg(x[i])
                                .arg(envelope[i])
                                .arg(expected)));
        if (!std::isnan(y[i]))
            QVERIFY(envelope[i] >= std::abs(y[i]));
    }
    // Only a window of nothing but NaN is NaN: a narrow one inside the hole.
    QCOMPARE(nanCount > 0, nanWindows);
    if (halfWidth == 0.0) { // |y| wherever x is not repeated
        for (Eigen::Index i = 1; i + 1 < n; ++i) {
            if (x[i - 1] < x[i] && x[i] < x[i + 1])
                QCOMPARE(envelope[i], std::abs(y[i]));
        }
    }
    if (halfWidth > 1e8)
        QVERIFY((envelope == 25.0).all());
}

void TestEnvelope::fixedWindowsMatchBruteForce_data()
{
    // Consecutive integers and a whole half width: the fixed-window (block) path, with its
    // left end, block boundaries and right end; and the windows it leaves to the deque.
    QTest::addColumn<double>("x0");
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("halfWidth");
    QTest::addColumn<bool>("withNaN");
    QTest::newRow("0..999, k 0") << 0.0 << 1000 << 0.0 << false;
    QTest::newRow("0..999, k 1") << 0.0 << 1000 << 1.0 << false;
    QTest::newRow("0..999, k 3, NaN holes") << 0.0 << 1000 << 3.0 << true;
    QTest::newRow("5..1004, k 10") << 5.0 << 1000 << 10.0 << false;
    QTest::newRow("0..999, k 37, NaN holes") << 0.0 << 1000 << 37.0 << true;
    QTest::newRow("0..999, k 498 (2k + 1 < n)") << 0.0 << 1000 << 498.0 << false;
    QTest::newRow("0..999, k 499 (2k + 1 = n: deque)") << 0.0 << 1000 << 499.0 << false;
    QTest::newRow("0..999, k 5000 (deque)") << 0.0 << 1000 << 5000.0 << false;
    QTest::newRow("0..6, k 2") << 0.0 << 7 << 2.0 << false;
    QTest::newRow("one point") << 0.0 << 1 << 0.0 << false;
}

void TestEnvelope::fixedWindowsMatchBruteForce()
{
    QFETCH(double, x0);
    QFETCH(int, n);
    QFETCH(double, halfWidth);
    QFETCH(bool, withNaN);
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(n, x0, x0 + double(n - 1));
    std::mt19937_64 rng(11);
    std::normal_distribution<double> normal;
    Eigen::ArrayXd y(n);
    for (Eigen::Index i = 0; i < n; ++i)
        y[i] = std::sin(0.7 * x[i]) * (1.0 + 0.5 * normal(rng));
    if (n > 300) {
        y[n / 3] = -9.0; // one spike, and one at each end
        y[0] = 7.0;
        y[n - 1] = -8.0;
    }
    if (withNaN) {
        for (Eigen::Index i = 200; i < 230; ++i)
            y[i] = std::numeric_limits<double>::quiet_NaN();
    }
    Eigen::ArrayXd envelope;
    rollingMaxAbs(x, y, halfWidth, false, envelope);
    QCOMPARE(envelope.size(), Eigen::Index(n));
    int nanCount = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const double expected = bruteMax(x, y, i, halfWidth, false);
        if (std::isnan(expected)) {
            QVERIFY(std::isnan(envelope[i]));
            ++nanCount;
        } else {
            QVERIFY2(
                envelope[i] == expected,
                qPrintable(QStringLiteral("i %1: %2 vs %3").arg(i).arg(envelope[i]).arg(expected)));
        }
    }
    QCOMPARE(nanCount > 0, withNaN && halfWidth < 15.0); // a hole of 30 points
}

void TestEnvelope::fixedWindowsInParallelChunks_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("k");
    QTest::newRow("300,000 points, k 7 (chunks of 65,536)") << 300000 << 7;
    QTest::newRow("300,000 points, k 5000 (chunks of 8 blocks)") << 300000 << 5000;
    QTest::newRow("1,048,577 points, k 5243 (the 2^20 grid)") << 1048577 << 5243;
}

void TestEnvelope::fixedWindowsInParallelChunks()
{
    // Large grids are split into chunks computed on several threads, each starting mid-grid:
    // check every index near any chunk boundary (multiples of 65,536 and of 8 blocks) and a
    // spread of others against the window maximum by definition.
    QFETCH(int, n);
    QFETCH(int, k);
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(n, 0.0, double(n - 1));
    std::mt19937_64 rng(5);
    std::normal_distribution<double> normal;
    Eigen::ArrayXd y(n);
    for (Eigen::Index i = 0; i < n; ++i)
        y[i] = std::cos(0.013 * x[i]) * std::exp(-x[i] / 2e5) + 0.1 * normal(rng);
    for (Eigen::Index i : { Eigen::Index(65535), Eigen::Index(65536), Eigen::Index(n - 1) })
        y[i] = 30.0 + double(i % 7); // spikes on chunk edges
    Eigen::ArrayXd envelope;
    rollingMaxAbs(x, y, double(k), false, envelope);
    const Eigen::Index block = 2 * Eigen::Index(k) + 1;
    int checked = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const Eigen::Index a = i % 65536, b = i % (8 * block);
        const bool nearBoundary = a < 3 || a > 65532 || b < 3 || b > 8 * block - 3 || i % block < 2
            || i < 3 * k || i > n - 3 * k;
        if (!nearBoundary && i % 4999 != 0)
            continue;
        int count = 0;
        const double expected = windowMax(x, y, i, double(k), false, k, &count);
        QVERIFY2(
            envelope[i] == expected,
            qPrintable(QStringLiteral("i %1: %2 vs %3").arg(i).arg(envelope[i]).arg(expected)));
        ++checked;
    }
    QVERIFY(checked > 1000);
}

void TestEnvelope::dropFlatRunsKeepsThePolyline()
{
    DecimatedSeries series;
    series.x = Eigen::ArrayXd::LinSpaced(12, 0.0, 11.0);
    series.y.resize(12);
    series.y << 1, 1, 1, 1, 2, 3, 3, 5, 5, 5, std::numeric_limits<double>::quiet_NaN(), 5;
    const DecimatedSeries thin = dropFlatRuns(series);
    // Runs 1,1,1,1 and 5,5,5 keep their ends; pairs and single points stay; NaN is never
    // equal, so its neighbours stay too.
    QCOMPARE(thin.x.size(), Eigen::Index(9));
    const std::vector<double> xs(thin.x.data(), thin.x.data() + thin.x.size());
    QCOMPARE(xs, (std::vector<double> { 0, 3, 4, 5, 6, 7, 9, 10, 11 }));
    // Every dropped point lies on the horizontal segment between the kept points around it.
    Eigen::Index k = 0;
    for (Eigen::Index i = 0; i < series.x.size(); ++i) {
        if (k < thin.x.size() && thin.x[k] == series.x[i]) {
            QVERIFY(thin.y[k] == series.y[i] || std::isnan(series.y[i]));
            ++k;
            continue;
        }
        QVERIFY(k > 0 && k < thin.x.size());
        QCOMPARE(thin.y[k - 1], series.y[i]);
        QCOMPARE(thin.y[k], series.y[i]);
    }
    QCOMPARE(dropFlatRuns(DecimatedSeries {}).x.size(), Eigen::Index(0));
}

void TestEnvelope::reusesOutput()
{
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(100, 0.0, 99.0);
    const Eigen::ArrayXd y = (x * 0.5).sin();
    Eigen::ArrayXd out(100);
    const double *before = out.data();
    rollingMaxAbs(x, y, 3.0, false, out);
    QCOMPARE(out.data(), before); // right size: written in place
    Eigen::ArrayXd small(3);
    rollingMaxAbs(x, y, 3.0, false, small);
    QCOMPARE(small.size(), Eigen::Index(100));
    QCOMPARE(small[50], out[50]);
}

void TestEnvelope::sweepEnvelope_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("logX");
    QTest::addColumn<double>("halfWidth");
    QTest::newRow("self score, linear 0..65535, +-200 tokens")
        << int(SweepKind::SelfScore) << false << 200.0;
    QTest::newRow("RoFormer bound, linear 0..65535, +-37.5 tokens")
        << int(SweepKind::Bound) << false << 37.5;
    QTest::newRow("random q/k, linear 0..65535, +-1000 tokens")
        << int(SweepKind::RandomScore) << false << 1000.0;
    QTest::newRow("self score, log to 2^20, +-4%")
        << int(SweepKind::SelfScore) << true << std::log(1.04);
    QTest::newRow("random q/k, log to 2^20, +-10%")
        << int(SweepKind::RandomScore) << true << std::log(1.1);
}

void TestEnvelope::sweepEnvelope()
{
    QFETCH(int, kind);
    QFETCH(bool, logX);
    QFETCH(double, halfWidth);
    SweepRequest request;
    request.kind = SweepKind(kind);
    request.params = llama31();
    request.includeUnscaled = true;
    request.displayWidth = 900;
    request.envelopeHalfWidth = halfWidth;
    if (logX) {
        request.grid.spacing = DistanceGrid::Spacing::Log;
        request.grid.count = 8192;
        request.grid.logMax = double(1 << 20);
    } else {
        request.grid.spacing = DistanceGrid::Spacing::Linear;
        request.grid.count = 65536;
    }
    Result<SweepResult> exact = runSweep(request);
    QVERIFY(exact);
    int primary = 0;
    for (const Series &series : exact->series) {
        if (series.secondary) {
            QCOMPARE(series.envelope.size(), Eigen::Index(0)); // other units: no envelope
            continue;
        }
        ++primary;
        QCOMPARE(series.envelope.size(), series.x.size());
        // Every x: the envelope is >= |score| of every point of its window, and is one of them.
        const Eigen::Index reach = logX ? series.x.size() : Eigen::Index(halfWidth) + 1;
        double fullest = 0;
        for (Eigen::Index i = 0; i < series.x.size(); ++i) {
            int count = 0;
            const double expected
                = windowMax(series.x, series.y, i, halfWidth, logX, logX ? 200 : reach, &count);
            QVERIFY2(series.envelope[i] == expected,
                     qPrintable(QStringLiteral("%1 at %2: %3 vs %4")
                                    .arg(QString::fromStdString(series.name))
                                    .arg(series.x[i])
                                    .arg(series.envelope[i])
                                    .arg(expected)));
            fullest = std::max(fullest, double(count));
        }
        // The windows really span many points (and in the log grid the 200-point scan is wide
        // enough: windows there hold far fewer points than that).
        QVERIFY(fullest >= (logX ? 40.0 : 2.0 * halfWidth));
        QVERIFY(fullest < (logX ? 200.0 : 2.0 * halfWidth + 2.0));
        // Display copy: the min/max decimation of the exact envelope, flat runs thinned.
        const DecimatedSeries shown
            = dropFlatRuns(decimateMinMax(series.x, series.envelope, 900, logX));
        QVERIFY(series.envelopeDisplayX.size() > 50);
        QVERIFY(series.envelopeDisplayX.size() <= 1800);
        QVERIFY((series.envelopeDisplayX == shown.x).all());
        QVERIFY((series.envelopeDisplayY == shown.y).all());
        // The y range shows the whole envelope.
        QVERIFY(exact->yRange.max >= series.envelope.maxCoeff());
    }
    QCOMPARE(primary, 2); // plain RoPE and Llama 3

    // Computed the same way in a display-only sweep (the GUI's): same display envelope.
    request.keepExact = false;
    Result<SweepResult> shownOnly = runSweep(request);
    QVERIFY(shownOnly);
    QCOMPARE(shownOnly->series.size(), std::size_t(2));
    for (std::size_t s = 0; s < 2; ++s) {
        const Series &a = shownOnly->series[s];
        const Series &b = exact->series[s];
        QCOMPARE(a.envelope.size(), Eigen::Index(0));
        QVERIFY((a.envelopeDisplayX == b.envelopeDisplayX).all());
        QVERIFY((a.envelopeDisplayY == b.envelopeDisplayY).all());
    }
}

void TestEnvelope::sweepWithoutEnvelope()
{
    SweepRequest request;
    request.params = llama31();
    request.grid.count = 5000;
    request.displayWidth = 100;
    Result<SweepResult> result = runSweep(request);
    QVERIFY(result);
    for (const Series &series : result->series) {
        QCOMPARE(series.envelope.size(), Eigen::Index(0));
        QCOMPARE(series.envelopeDisplayX.size(), Eigen::Index(0));
    }
}

void TestEnvelope::rejectsBadHalfWidth()
{
    SweepRequest request;
    for (double bad : { -1.0, std::numeric_limits<double>::quiet_NaN(),
                        std::numeric_limits<double>::infinity() }) {
        request.envelopeHalfWidth = bad;
        const std::optional<Error> error = checkSweepRequest(request);
        QVERIFY(error);
        QCOMPARE(QString::fromStdString(error->field), QStringLiteral("envelopeHalfWidth"));
    }
    request.envelopeHalfWidth = 3.0;
    QVERIFY(!checkSweepRequest(request));
}

QTEST_APPLESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
