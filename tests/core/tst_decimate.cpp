// Tests for display decimation (core/numerics/decimate.h): every bucket keeps its min and max,
// never more than 2 points per pixel, log-x buckets, NaN handling, nice axis ranges.

#include "numerics/decimate.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <map>
#include <random>

using namespace ropelab::numerics;

namespace {

// The bucket of x: the documented definition (equal buckets in x, or in log x), written with
// the same floating-point operations so that points on a boundary agree.
long bucketOf(double x, double lo, double hi, int width, bool logX)
{
    if (logX && x <= 0.0)
        return 0;
    const double origin = logX ? std::log(lo) : lo;
    const double perUnit = double(width) / ((logX ? std::log(hi) : hi) - origin);
    const double t = ((logX ? std::log(x) : x) - origin) * perUnit;
    return t > 0.0 ? std::min<long>(width - 1, long(t)) : 0;
}

Eigen::ArrayXd makeCurve(const QString &shape, const Eigen::ArrayXd &x)
{
    Eigen::ArrayXd y(x.size());
    std::mt19937_64 rng(42);
    std::normal_distribution<double> normal;
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (shape == QLatin1String("sine"))
            y[i] = std::sin(0.01 * x[i]) + 0.5 * std::cos(0.37 * x[i]);
        else
            y[i] = normal(rng);
    }
    if (shape == QLatin1String("spikes")) {
        y[12345 % x.size()] = 50.0;  // single-sample peaks must survive
        y[777 % x.size()] = -40.0;
        y[x.size() - 1] = 30.0;
    }
    return y;
}

} // namespace

class TestDecimate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsBucketExtremes_data();
    void keepsBucketExtremes();
    void skipsNaN();
    void degenerateInput();
    void niceRange_data();
    void niceRange();
};

void TestDecimate::keepsBucketExtremes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("logX");
    QTest::newRow("sine 1e5 points, 100 px") << "sine" << 100000 << 100 << false;
    QTest::newRow("noise with spikes, 37 px") << "spikes" << 50000 << 37 << false;
    QTest::newRow("noise with spikes, log x, 640 px") << "spikes" << 200000 << 640 << true;
    QTest::newRow("fewer points than pixels") << "sine" << 300 << 1000 << false;
    QTest::newRow("one pixel") << "spikes" << 20000 << 1 << false;
}

void TestDecimate::keepsBucketExtremes()
{
    QFETCH(QString, shape);
    QFETCH(int, points);
    QFETCH(int, width);
    QFETCH(bool, logX);
    Eigen::ArrayXd x(points);
    for (int i = 0; i < points; ++i)
        x[i] = logX ? (i == 0 ? 0.0 : std::pow(1e9, double(i) / (points - 1))) : double(i) * 0.5;
    const Eigen::ArrayXd y = makeCurve(shape, x);
    const DecimatedSeries out = decimateMinMax(x, y, width, logX);

    QCOMPARE(out.x.size(), out.y.size());
    QVERIFY(out.x.size() <= 2 * Eigen::Index(width));
    QVERIFY(out.x.size() <= x.size());
    const double lo = logX ? x[1] : x[0];
    const double hi = x[points - 1];
    std::map<long, std::pair<double, double>> extremes; // bucket -> (min, max) of the input
    for (int i = 0; i < points; ++i) {
        const long b = bucketOf(x[i], lo, hi, width, logX);
        auto it = extremes.find(b);
        if (it == extremes.end())
            extremes[b] = {y[i], y[i]};
        else
            it->second = {std::min(it->second.first, y[i]), std::max(it->second.second, y[i])};
    }
    std::map<long, int> perBucket;
    std::map<long, std::pair<double, double>> kept;
    for (Eigen::Index k = 0; k < out.x.size(); ++k) {
        if (k > 0)
            QVERIFY(out.x[k] > out.x[k - 1]); // original order, no duplicates
        const long b = bucketOf(out.x[k], lo, hi, width, logX);
        ++perBucket[b];
        auto it = kept.find(b);
        if (it == kept.end())
            kept[b] = {out.y[k], out.y[k]};
        else
            it->second = {std::min(it->second.first, out.y[k]), std::max(it->second.second, out.y[k])};
    }
    for (const auto &[bucket, count] : perBucket)
        QVERIFY2(count <= 2, qPrintable(QStringLiteral("bucket %1 has %2 points").arg(bucket).arg(count)));
    QCOMPARE(kept.size(), extremes.size());
    for (const auto &[bucket, range] : extremes) {
        QCOMPARE(kept[bucket].first, range.first);
        QCOMPARE(kept[bucket].second, range.second);
    }
    QCOMPARE(out.y.maxCoeff(), y.maxCoeff());
    QCOMPARE(out.y.minCoeff(), y.minCoeff());
}

void TestDecimate::skipsNaN()
{
    Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(1000, 0.0, 999.0);
    Eigen::ArrayXd y = (x * 0.05).sin();
    y[10] = std::numeric_limits<double>::quiet_NaN();
    y.segment(500, 20).setConstant(std::numeric_limits<double>::quiet_NaN()); // a NaN bucket
    const DecimatedSeries out = decimateMinMax(x, y, 50, false);
    QVERIFY(out.y.size() > 0);
    QVERIFY(out.y.allFinite());
    QVERIFY(out.y.size() <= 2 * 49); // the all-NaN bucket contributes nothing
}

void TestDecimate::degenerateInput()
{
    const Eigen::ArrayXd empty;
    QCOMPARE(decimateMinMax(empty, empty, 100).x.size(), Eigen::Index(0));
    const Eigen::ArrayXd x = Eigen::ArrayXd::LinSpaced(10, 0.0, 9.0);
    QCOMPARE(decimateMinMax(x, x, 0).x.size(), Eigen::Index(0));
    QCOMPARE(decimateMinMax(x, x, -5).x.size(), Eigen::Index(0));
    // All x equal: one bucket, min and max kept.
    const Eigen::ArrayXd same = Eigen::ArrayXd::Constant(10, 3.0);
    const DecimatedSeries out = decimateMinMax(same, x, 100);
    QCOMPARE(out.y.size(), Eigen::Index(2));
    QCOMPARE(out.y[0], 0.0);
    QCOMPARE(out.y[1], 9.0);
}

void TestDecimate::niceRange_data()
{
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("unit") << -0.43 << 1.0;
    QTest::newRow("bound") << 1.2 << 32.5;
    QTest::newRow("tiny span") << 0.999999 << 1.000001;
    QTest::newRow("large") << 0.0 << 1.0737e9;
    QTest::newRow("equal values") << 5.0 << 5.0;
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("reversed") << 3.0 << -2.0;
}

void TestDecimate::niceRange()
{
    QFETCH(double, min);
    QFETCH(double, max);
    const AxisRange range = ropelab::numerics::niceRange(min, max);
    QVERIFY(range.min <= std::min(min, max));
    QVERIFY(range.max >= std::max(min, max));
    QVERIFY(range.max > range.min);
    const double span = std::abs(max - min);
    if (span > 0.0)
        QVERIFY(range.max - range.min <= 3.0 * span); // not absurdly padded
    // Ends are multiples of a 1/2/5 step: (max - min) / step is an integer for some such step.
    const double steps = (range.max - range.min) / std::pow(10.0, std::floor(std::log10(range.max - range.min)) - 1);
    QVERIFY(std::abs(steps - std::round(steps)) <= 1e-6);
    const AxisRange bad = ropelab::numerics::niceRange(std::numeric_limits<double>::quiet_NaN(), 1.0);
    QCOMPARE(bad.min, 0.0);
    QCOMPARE(bad.max, 1.0);
}

QTEST_APPLESS_MAIN(TestDecimate)
#include "tst_decimate.moc"
