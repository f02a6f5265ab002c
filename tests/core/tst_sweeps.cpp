// Tests for the sweep engine (core/numerics/sweeps.h, sweepkernels.h): RoFormer bound check
// values (ROPE_SPEC.md section 9), float64 exactness against an independent long-double
// reference, the random score against a direct rotate-and-dot, entropy properties, the angle
// heatmap, cancellation and request validation.

#include "numerics/angleheatmap.h"
#include "numerics/sweepkernels.h"
#include "numerics/sweeps.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>

using namespace ropelab::numerics;

Q_DECLARE_METATYPE(ropelab::numerics::RopeParams)

namespace {

constexpr double TwoPi = 6.283185307179586;

// Splits a double into a high part with `bits` significant bits and the exact remainder.
void splitDouble(double value, int bits, double *hi, double *lo)
{
    int exponent = 0;
    const double mantissa = std::frexp(value, &exponent);
    *hi = std::ldexp(std::trunc(std::ldexp(mantissa, bits)), exponent - bits);
    *lo = value - *hi;
}

// Independent reference: delta * theta mod 2 pi in long double, with every product exact
// (theta split 26 + 27 bits, 2 pi split 32 + 21 bits + 2.449e-16 + ...). |delta| <= 2^31.
long double referenceAngle(double delta, double theta)
{
    double thetaHi = 0.0, thetaLo = 0.0, piHi = 0.0, piLo = 0.0;
    splitDouble(theta, 26, &thetaHi, &thetaLo);
    splitDouble(6.283185307179586, 32, &piHi, &piLo);
    const long double twoPiTail = 2.4492935982947064e-16L - 5.989539619436679e-33L;
    const long double a = (long double)delta * thetaHi; // exact: 31 + 26 bits
    const long double b = (long double)delta * thetaLo; // exact: 31 + 27 bits
    const long double k = std::nearbyint((a + b) / 6.283185307179586476925286766559L);
    long double r = a - k * piHi; // k * piHi exact (28 + 32 bits); difference exact
    r -= k * piLo;                // exact product
    r += b;
    r -= k * twoPiTail;
    return r;
}

Eigen::ArrayXd defaultTheta(int d, double base)
{
    Eigen::ArrayXd theta(d / 2);
    for (int i = 0; i < d / 2; ++i)
        theta[i] = 1.0 / std::pow(base, 2.0 * i / d);
    return theta;
}

double referenceSelfScore(const Eigen::ArrayXd &theta, double delta)
{
    long double sum = 0.0L;
    for (Eigen::Index i = 0; i < theta.size(); ++i)
        sum += std::cos(referenceAngle(delta, theta[i]));
    return double(sum / theta.size());
}

RopeParams defaultParams(int d = 128, double base = 10000.0)
{
    RopeParams params;
    params.method = Method::Default;
    params.headDim = d;
    params.base = base;
    return params;
}

const Series *findSeries(const SweepResult &result, const std::string &name)
{
    for (const Series &series : result.series) {
        if (series.name == name)
            return &series;
    }
    return nullptr;
}

// Columns tile 0 .. last exactly: first starts at 0, last ends at `last`, no gap, no overlap.
void checkTiling(const Heatmap &map, double last)
{
    const Eigen::Index cols = map.values.cols();
    QCOMPARE(map.columnStart.size(), cols);
    QCOMPARE(map.columnEnd.size(), cols);
    QCOMPARE(map.columnValues.size(), cols);
    QCOMPARE(map.columnStart[0], 0.0);
    QCOMPARE(map.columnEnd[cols - 1], last);
    QCOMPARE(map.xMin, 0.0);
    QCOMPARE(map.xMax, last);
    for (Eigen::Index c = 0; c < cols; ++c) {
        QVERIFY(map.columnEnd[c] >= map.columnStart[c]);
        QCOMPARE(map.columnValues[c], 0.5 * (map.columnStart[c] + map.columnEnd[c]));
        if (c > 0)
            QCOMPARE(map.columnStart[c], map.columnEnd[c - 1] + 1.0);
    }
}

// The circular mean of m theta mod 2 pi over m = first .. last, summed directly in long double.
long double directCircularMean(double first, double last, double theta)
{
    long double c = 0.0L, s = 0.0L;
    for (double m = first; m <= last; m += 1.0) {
        const long double angle = referenceAngle(m, theta);
        c += std::cos(angle);
        s += std::sin(angle);
    }
    long double mean = std::atan2(s, c);
    return mean < 0 ? mean + 6.283185307179586476925286766559L : mean;
}

double angleDistance(double a, long double b)
{
    long double diff = std::fmod(std::abs((long double)a - b), 6.283185307179586476925286766559L);
    return double(std::min(diff, 6.283185307179586476925286766559L - diff));
}

} // namespace

class TestSweeps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roformerBound_data();
    void roformerBound();
    void boundAtZeroIsExact();
    void selfScoreLinearMatchesLongDouble_data();
    void selfScoreLinearMatchesLongDouble();
    void selfScoreNearTwoToThirty();
    void selfScoreLogGridMatchesLongDouble();
    void rawSelfScoreIsScaledNormalised();
    void randomScoreMatchesDirectRotation_data();
    void randomScoreMatchesDirectRotation();
    void scaledRandomScoreCarriesAttentionFactor();
    void entropyOfEqualScoresIsLogN();
    void entropyStreamingMatchesDirect();
    void entropySweepBounds();
    void temperatureLowersEntropy();
    void softmaxScaleTemperatureEqualsAttentionFactor();
    void displayOnlyMatchesExactDisplay_data();
    void displayOnlyMatchesExactDisplay();
    void angleHeatmapCoversRange_data();
    void angleHeatmapCoversRange();
    void angleHeatmapFlagsFastPairs();
    void angleHeatmapCellBudget();
    void angleHeatmapLogGrid();
    void scoreVsBaseHeatmap();
    void displayDecimation();
    void cancelledBeforeStart_data();
    void cancelledBeforeStart();
    void cancelledWhileRunning_data();
    void cancelledWhileRunning();
    void badRequestNamesField_data();
    void badRequestNamesField();
};

void TestSweeps::roformerBound_data()
{
    QTest::addColumn<int>("delta");
    QTest::addColumn<double>("expected");
    // RoFormer Sec. 3.4.3, d = 128, base 10000 (ROPE_SPEC.md section 9), two decimals given.
    QTest::newRow("B(0)") << 0 << 32.5;
    QTest::newRow("B(1)") << 1 << 31.54;
    QTest::newRow("B(10)") << 10 << 17.95;
    QTest::newRow("B(50)") << 50 << 12.63;
    QTest::newRow("B(100)") << 100 << 10.23;
    QTest::newRow("B(250)") << 250 << 6.55;
}

void TestSweeps::roformerBound()
{
    QFETCH(int, delta);
    QFETCH(double, expected);
    SweepRequest request;
    request.kind = SweepKind::Bound;
    request.params = defaultParams();
    request.grid.count = 300;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    for (const char *name : {"rope", "scaled"}) {
        const Series *series = findSeries(*result, name);
        QVERIFY(series);
        QCOMPARE(series->x[delta], double(delta));
        QVERIFY2(std::abs(series->y[delta] - expected) <= 0.005,
                 qPrintable(QStringLiteral("%1: %2").arg(name).arg(series->y[delta], 0, 'g', 17)));
    }
    // The arbitrary-distance path gives the same value.
    const Eigen::ArrayXd theta = defaultTheta(128, 10000.0);
    const double x = delta;
    double at = 0.0;
    roformerBoundAt(theta, &x, 1, &at);
    QVERIFY(std::abs(at - expected) <= 0.005);
}

void TestSweeps::boundAtZeroIsExact()
{
    for (int d : {8, 64, 128, 256}) {
        const Eigen::ArrayXd theta = defaultTheta(d, 10000.0);
        const LinearPlan plan(theta, 0, 1);
        double value = 0.0;
        plan.roformerBound(0, 1, &value);
        QVERIFY(std::abs(value - (d / 2 + 1) / 2.0) <= 1e-12);
    }
}

void TestSweeps::selfScoreLinearMatchesLongDouble_data()
{
    QTest::addColumn<int>("d");
    QTest::addColumn<double>("base");
    QTest::addColumn<qint64>("count");
    QTest::newRow("d128 base1e4 N=2^16") << 128 << 1e4 << qint64(1 << 16);
    QTest::newRow("d64 base5e5 N=2^16") << 64 << 5e5 << qint64(1 << 16);
    QTest::newRow("d8 base1e4 N=3000 (partial block)") << 8 << 1e4 << qint64(3000);
}

void TestSweeps::selfScoreLinearMatchesLongDouble()
{
    QFETCH(int, d);
    QFETCH(double, base);
    QFETCH(qint64, count);
    SweepRequest request;
    request.params = defaultParams(d, base);
    request.grid.count = count;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Series *series = findSeries(*result, "scaled");
    QVERIFY(series);
    QCOMPARE(series->y.size(), Eigen::Index(count));
    // The method's own frequencies (Default) as computed by computeFrequencies.
    const Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    QVERIFY(freqs.ok());
    double maxError = 0.0;
    for (Eigen::Index j = 0; j < count; ++j)
        maxError = std::max(maxError,
                            std::abs(series->y[j] - referenceSelfScore(freqs->invFreq, double(j))));
    QVERIFY2(maxError <= 1e-12, qPrintable(QString::number(maxError)));
    QVERIFY(std::abs(series->y[0] - 1.0) <= 1e-15);
}

void TestSweeps::selfScoreNearTwoToThirty()
{
    const Eigen::ArrayXd theta = defaultTheta(128, 10000.0);
    const std::int64_t start = (std::int64_t(1) << 30) - 5000;
    const LinearPlan plan(theta, start, 1);
    Eigen::ArrayXd values(5001);
    plan.weightedSum(nullptr, nullptr, 0, values.size(), values.data());
    double maxError = 0.0;
    for (Eigen::Index j = 0; j < values.size(); ++j)
        maxError = std::max(maxError, std::abs(values[j] / 64.0
                                               - referenceSelfScore(theta, double(start + j))));
    QVERIFY2(maxError <= 1e-12, qPrintable(QString::number(maxError)));
}

void TestSweeps::selfScoreLogGridMatchesLongDouble()
{
    SweepRequest request;
    request.params = defaultParams();
    request.grid.spacing = DistanceGrid::Spacing::Log;
    request.grid.count = 2048;
    request.grid.logMax = double(std::int64_t(1) << 30);
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Series *series = findSeries(*result, "rope");
    QVERIFY(series);
    QCOMPARE(series->x[0], 0.0);
    QCOMPARE(series->x[series->x.size() - 1], double(std::int64_t(1) << 30));
    const Eigen::ArrayXd theta = defaultTheta(128, 10000.0);
    double maxError = 0.0;
    for (Eigen::Index j = 0; j < series->x.size(); ++j) {
        if (j > 0)
            QVERIFY(series->x[j] > series->x[j - 1]);
        maxError = std::max(maxError,
                            std::abs(series->y[j] - referenceSelfScore(theta, series->x[j])));
    }
    QVERIFY2(maxError <= 1e-12, qPrintable(QString::number(maxError)));
}

void TestSweeps::rawSelfScoreIsScaledNormalised()
{
    SweepRequest request;
    request.params.method = Method::Yarn;
    request.params.factor = 4.0;
    request.params.originalMaxPositions = 4096;
    request.grid.count = 500;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    QVERIFY(freqs.ok());
    const double af = freqs->attentionFactor;
    QVERIFY(std::abs(af - (0.1 * std::log(4.0) + 1.0)) <= 1e-12); // YaRN paper Eq. 22
    const Series *normalised = findSeries(*result, "scaled");
    const Series *raw = findSeries(*result, "scaled_raw");
    QVERIFY(normalised && raw);
    QVERIFY(raw->secondary && !normalised->secondary);
    for (Eigen::Index j = 0; j < raw->y.size(); ++j)
        QVERIFY(std::abs(raw->y[j] - normalised->y[j] * std::sqrt(128.0) * af * af) <= 1e-12);
    QVERIFY(std::abs(raw->y[0] - 2.0 * 64.0 * af * af / std::sqrt(128.0)) <= 1e-12);
}

void TestSweeps::randomScoreMatchesDirectRotation_data()
{
    QTest::addColumn<double>("correlation");
    QTest::addColumn<bool>("logGrid");
    QTest::newRow("rho 0.9 linear") << 0.9 << false;
    QTest::newRow("rho 0 linear") << 0.0 << false;
    QTest::newRow("rho -0.5 log to 2^30") << -0.5 << true;
}

void TestSweeps::randomScoreMatchesDirectRotation()
{
    QFETCH(double, correlation);
    QFETCH(bool, logGrid);
    SweepRequest request;
    request.kind = SweepKind::RandomScore;
    request.params = defaultParams();
    request.correlation = correlation;
    request.seed = 7;
    if (logGrid) {
        request.grid.spacing = DistanceGrid::Spacing::Log;
        request.grid.count = 300;
        request.grid.logMax = double(std::int64_t(1) << 30);
    } else {
        request.grid.count = 5000;
    }
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Series *series = findSeries(*result, "rope");
    QVERIFY(series);

    const QueryKey qk = randomQueryKey(128, 7, correlation);
    QCOMPARE(qk.q.size(), Eigen::Index(128));
    // Sample correlation check: k = rho q + sqrt(1 - rho^2) z.
    const Eigen::ArrayXd theta = defaultTheta(128, 10000.0);
    // Direct: rotate q to position m = Delta + n0 and k to n0 (interleaved pairs), then dot.
    const double n0 = 12345.0;
    double maxError = 0.0;
    for (Eigen::Index j = 0; j < series->x.size(); j += logGrid ? 1 : 7) {
        const double m = series->x[j] + n0;
        long double dot = 0.0L;
        for (int i = 0; i < 64; ++i) {
            const long double am = referenceAngle(m, theta[i]);
            const long double an = referenceAngle(n0, theta[i]);
            const long double q0 = qk.q[2 * i] * std::cos(am) - qk.q[2 * i + 1] * std::sin(am);
            const long double q1 = qk.q[2 * i] * std::sin(am) + qk.q[2 * i + 1] * std::cos(am);
            const long double k0 = qk.k[2 * i] * std::cos(an) - qk.k[2 * i + 1] * std::sin(an);
            const long double k1 = qk.k[2 * i] * std::sin(an) + qk.k[2 * i + 1] * std::cos(an);
            dot += q0 * k0 + q1 * k1;
        }
        maxError = std::max(maxError, std::abs(series->y[j] - double(dot)));
    }
    QVERIFY2(maxError <= 1e-11, qPrintable(QString::number(maxError)));
    // At Delta = 0 the score is q . k exactly.
    QVERIFY(std::abs(series->y[0] - (qk.q * qk.k).sum()) <= 1e-12);
}

void TestSweeps::scaledRandomScoreCarriesAttentionFactor()
{
    SweepRequest request;
    request.kind = SweepKind::RandomScore;
    request.params.method = Method::Yarn;
    request.params.factor = 16.0;
    request.grid.count = 2000;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    QVERIFY(freqs.ok());
    const QueryKey qk = randomQueryKey(128, request.seed, request.correlation);
    Eigen::ArrayXd a(64), b(64);
    for (int i = 0; i < 64; ++i) {
        a[i] = qk.q[2 * i] * qk.k[2 * i] + qk.q[2 * i + 1] * qk.k[2 * i + 1];
        b[i] = qk.q[2 * i] * qk.k[2 * i + 1] - qk.q[2 * i + 1] * qk.k[2 * i];
    }
    const Series *scaled = findSeries(*result, "scaled");
    QVERIFY(scaled);
    const double af2 = freqs->attentionFactor * freqs->attentionFactor;
    QVERIFY(af2 > 1.5);
    for (Eigen::Index j = 0; j < scaled->x.size(); j += 97) {
        long double sum = 0.0L;
        for (int i = 0; i < 64; ++i) {
            const long double r = referenceAngle(scaled->x[j], freqs->invFreq[i]);
            sum += a[i] * std::cos(r) + b[i] * std::sin(r);
        }
        QVERIFY(std::abs(scaled->y[j] - af2 * double(sum)) <= 1e-11);
    }
}

void TestSweeps::entropyOfEqualScoresIsLogN()
{
    const Eigen::ArrayXd logits = Eigen::ArrayXd::Zero(1 << 12);
    const std::vector<std::int64_t> ns{1, 2, 3, 10, 100, 4096};
    const Eigen::ArrayXd h = prefixSoftmaxEntropy(logits, ns);
    for (std::size_t i = 0; i < ns.size(); ++i)
        QVERIFY(std::abs(h[Eigen::Index(i)] - std::log(double(ns[i]))) <= 1e-12);
}

void TestSweeps::entropyStreamingMatchesDirect()
{
    // Increasing, decreasing and mixed logits exercise the running-max rescaling.
    Eigen::ArrayXd logits(2000);
    for (Eigen::Index j = 0; j < logits.size(); ++j)
        logits[j] = 30.0 * std::sin(0.37 * double(j)) + 0.01 * double(j);
    const std::vector<std::int64_t> ns{1, 2, 5, 64, 999, 2000};
    const Eigen::ArrayXd h = prefixSoftmaxEntropy(logits, ns);
    for (std::size_t i = 0; i < ns.size(); ++i) {
        const Eigen::ArrayXd l = logits.head(Eigen::Index(ns[i]));
        const Eigen::ArrayXd p = (l - l.maxCoeff()).exp() / (l - l.maxCoeff()).exp().sum();
        double direct = 0.0;
        for (Eigen::Index j = 0; j < p.size(); ++j)
            direct -= p[j] > 0.0 ? p[j] * std::log(p[j]) : 0.0;
        QVERIFY2(std::abs(h[Eigen::Index(i)] - direct) <= 1e-12,
                 qPrintable(QStringLiteral("n=%1: %2 vs %3").arg(ns[i]).arg(h[Eigen::Index(i)]).arg(direct)));
        QVERIFY(h[Eigen::Index(i)] <= std::log(double(ns[i])) + 1e-12);
    }
}

void TestSweeps::entropySweepBounds()
{
    SweepRequest request;
    request.kind = SweepKind::Entropy;
    request.params.method = Method::Yarn;
    request.params.factor = 8.0;
    request.grid.spacing = DistanceGrid::Spacing::Log;
    request.grid.count = 64;
    request.grid.logMax = double(1 << 17);
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Series *rope = findSeries(*result, "rope");
    const Series *scaled = findSeries(*result, "scaled");
    QVERIFY(rope && scaled);
    QCOMPARE(rope->x[0], 1.0);
    QCOMPARE(rope->x[rope->x.size() - 1], double(1 << 17));
    QVERIFY(std::abs(rope->y[0]) <= 1e-15); // one key: entropy 0
    for (const Series *series : {rope, scaled}) {
        for (Eigen::Index j = 0; j < series->x.size(); ++j) {
            QVERIFY(series->y[j] >= 0.0);
            QVERIFY(series->y[j] <= std::log(series->x[j]) + 1e-12);
        }
        // Many keys: attention is spread out (far from one-hot).
        QVERIFY(series->y[series->y.size() - 1] > 1.0);
    }
    QCOMPARE(result->columnNames.front(), std::string("n"));
}

void TestSweeps::temperatureLowersEntropy()
{
    // Same frequencies (YaRN with factor 1), explicit attention factor 1.5: the scaled logits
    // are the unscaled ones times 2.25 (same draw), so the entropy must drop for every n >= 2.
    SweepRequest request;
    request.kind = SweepKind::Entropy;
    request.params.method = Method::Yarn;
    request.params.factor = 1.0;
    request.params.attentionFactor = 1.5;
    request.grid.spacing = DistanceGrid::Spacing::Log;
    request.grid.count = 40;
    request.grid.logMax = 50000.0;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    QVERIFY(freqs.ok());
    QVERIFY(((freqs->invFreq - freqs->unscaledInvFreq).abs() <= 1e-15).all());
    QVERIFY(std::abs(freqs->attentionFactor - 1.5) <= 1e-15);
    const Series *rope = findSeries(*result, "rope");
    const Series *scaled = findSeries(*result, "scaled");
    QVERIFY(rope && scaled);
    for (Eigen::Index j = 1; j < rope->x.size(); ++j)
        QVERIFY2(scaled->y[j] < rope->y[j], qPrintable(QString::number(rope->x[j])));
    // And directly: multiplying logits by a temperature > 1 lowers entropy.
    Eigen::ArrayXd logits(1000);
    for (Eigen::Index j = 0; j < logits.size(); ++j)
        logits[j] = std::cos(0.1 * double(j)) + 0.3 * std::sin(1.7 * double(j));
    const std::vector<std::int64_t> ns{10, 1000};
    const Eigen::ArrayXd h1 = prefixSoftmaxEntropy(logits, ns);
    const Eigen::ArrayXd h2 = prefixSoftmaxEntropy(logits * 2.0, ns);
    QVERIFY((h2 < h1).all());
}

void TestSweeps::softmaxScaleTemperatureEqualsAttentionFactor()
{
    // DeepSeek style puts the temperature in the softmax scale (af = 1, multiplier
    // get_mscale(s, mscale_all_dim)^2); HF style puts it on cos/sin (af^2). With the same
    // frequencies and af^2 equal to that multiplier, the entropies must be identical.
    SweepRequest deepseek;
    deepseek.kind = SweepKind::Entropy;
    deepseek.includeUnscaled = false;
    deepseek.params.method = Method::Yarn;
    deepseek.params.headDim = 64;
    deepseek.params.factor = 40.0;
    deepseek.params.mscale = 1.0;
    deepseek.params.mscaleAllDim = 1.0;
    deepseek.grid.spacing = DistanceGrid::Spacing::Log;
    deepseek.grid.count = 30;
    deepseek.grid.logMax = 4096.0;
    const Result<RopeFrequencies> dsFreqs = computeFrequencies(deepseek.params);
    QVERIFY(dsFreqs.ok());
    QCOMPARE(dsFreqs->attentionFactor, 1.0);
    QVERIFY(dsFreqs->softmaxScaleMultiplier > 1.8);

    SweepRequest hf = deepseek;
    hf.params.mscale = 0.0;
    hf.params.mscaleAllDim = 0.0;
    hf.params.attentionFactor = std::sqrt(dsFreqs->softmaxScaleMultiplier);

    const Result<SweepResult> a = runSweep(deepseek);
    const Result<SweepResult> b = runSweep(hf);
    QVERIFY(a.ok() && b.ok());
    const Series *sa = findSeries(*a, "scaled");
    const Series *sb = findSeries(*b, "scaled");
    QVERIFY(sa && sb);
    QCOMPARE(sa->y.size(), sb->y.size());
    QVERIFY(((sa->y - sb->y).abs() <= 1e-12).all());
    // And the multiplier matters: without it the entropy is higher.
    SweepRequest plain = deepseek;
    plain.params.mscale = 0.0;
    plain.params.mscaleAllDim = 0.0;
    plain.params.attentionFactor = 1.0;
    const Result<SweepResult> c = runSweep(plain);
    QVERIFY(c.ok());
    const Series *sc = findSeries(*c, "scaled");
    QVERIFY(sc);
    QVERIFY(sc->y[sc->y.size() - 1] > sa->y[sa->y.size() - 1]);
}

void TestSweeps::displayOnlyMatchesExactDisplay_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("logGrid");
    QTest::newRow("self-score linear") << int(SweepKind::SelfScore) << false;
    QTest::newRow("bound linear") << int(SweepKind::Bound) << false;
    QTest::newRow("random linear") << int(SweepKind::RandomScore) << false;
    QTest::newRow("self-score log") << int(SweepKind::SelfScore) << true;
}

void TestSweeps::displayOnlyMatchesExactDisplay()
{
    // keepExact = false must change nothing the chart sees (display series and ranges), drop
    // the exact arrays, and give the same answer when its reused buffers are used again.
    QFETCH(int, kind);
    QFETCH(bool, logGrid);
    SweepRequest exact;
    exact.kind = SweepKind(kind);
    exact.params.method = Method::Yarn;
    exact.params.factor = 8.0;
    exact.displayWidth = 600;
    if (logGrid) {
        exact.grid.spacing = DistanceGrid::Spacing::Log;
        exact.grid.count = 4096;
        exact.grid.logMax = double(1 << 22);
    } else {
        exact.grid.count = 200001;
    }
    SweepRequest display = exact;
    display.keepExact = false;

    const Result<SweepResult> reference = runSweep(exact);
    QVERIFY(reference.ok());
    for (int round = 0; round < 3; ++round) {
        // In between, a sweep of another size takes buffers from the same pool.
        SweepRequest other = display;
        other.grid.count = logGrid ? 100 : 777;
        QVERIFY(runSweep(other).ok());
        const Result<SweepResult> shown = runSweep(display);
        QVERIFY(shown.ok());
        std::vector<const Series *> primary;
        for (const Series &series : reference->series) {
            if (!series.secondary)
                primary.push_back(&series);
        }
        QCOMPARE(shown->series.size(), primary.size()); // no secondary (raw) series
        for (std::size_t i = 0; i < primary.size(); ++i) {
            const Series &a = *primary[i];
            const Series &b = shown->series[i];
            QCOMPARE(b.name, a.name);
            QCOMPARE(b.x.size(), Eigen::Index(0));
            QCOMPARE(b.y.size(), Eigen::Index(0));
            QVERIFY(b.displayX.size() > 0);
            QVERIFY((b.displayX == a.displayX).all());
            QVERIFY((b.displayY == a.displayY).all());
        }
        QCOMPARE(shown->xRange.min, reference->xRange.min);
        QCOMPARE(shown->xRange.max, reference->xRange.max);
        QCOMPARE(shown->yRange.min, reference->yRange.min);
        QCOMPARE(shown->yRange.max, reference->yRange.max);
    }
    // Display-only without a display width is a request error naming the field.
    SweepRequest bad = display;
    bad.displayWidth = 0;
    const Result<SweepResult> rejected = runSweep(bad);
    QVERIFY(!rejected.ok());
    QCOMPARE(rejected.error().field, std::string("keepExact"));
}

void TestSweeps::angleHeatmapCoversRange_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<qint64>("last");
    RopeParams yarn = defaultParams(64, 10000.0); // DeepSeek-V3-like: d = 64, s = 40
    yarn.method = Method::Yarn;
    yarn.factor = 40.0;
    yarn.originalMaxPositions = 4096;
    yarn.maxPositions = 163840;
    RopeParams llama3 = defaultParams(128, 500000.0);
    llama3.method = Method::Llama3;
    llama3.factor = 8.0;
    llama3.originalMaxPositions = 8192;
    for (qint64 last : {256, 1024, 4096, 8192, 1 << 20, 1 << 24}) {
        QTest::addRow("default 0-%lld", last) << defaultParams() << last;
        QTest::addRow("yarn x40 0-%lld", last) << yarn << last;
        QTest::addRow("llama3 x8 0-%lld", last) << llama3 << last;
    }
    QTest::addRow("default 0-2^30") << defaultParams() << qint64(1 << 30); // the largest range
}

// The chosen range is exactly what the heatmap covers (the old grid ran 0 .. 5115 for 0 .. 4096),
// every cell is the exact circular mean of its column or flagged, never a sample.
void TestSweeps::angleHeatmapCoversRange()
{
    QFETCH(RopeParams, params);
    QFETCH(qint64, last);
    SweepRequest request;
    request.kind = SweepKind::AngleHeatmap;
    request.params = params;
    request.grid.count = last + 1; // positions 0 .. last
    request.heatmapCols = 1024;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Heatmap &map = *result->heatmap;
    const Result<RopeFrequencies> freqs = computeFrequencies(params);
    QVERIFY(freqs.ok());
    const Eigen::ArrayXd &theta = freqs->invFreq;
    QCOMPARE(map.values.rows(), theta.size());
    QVERIFY(map.values.cols() <= 1024);
    checkTiling(map, double(last));
    if (QTest::currentTestFailed())
        return;
    // Equal widths ceil((last + 1) / 1024), the last column possibly narrower.
    const double width = std::ceil(double(last + 1) / 1024.0);
    QCOMPARE(map.values.cols(), Eigen::Index(std::ceil(double(last + 1) / width)));
    for (Eigen::Index c = 0; c + 1 < map.values.cols(); ++c)
        QCOMPARE(map.columnEnd[c] - map.columnStart[c] + 1.0, width);

    double maxError = 0.0;
    int flagged = 0;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        const double wavelength = TwoPi / theta[i];
        QVERIFY(std::abs(map.rowWavelength[i] - wavelength) <= 1e-15 * wavelength);
        QCOMPARE(map.rowValues[i], double(i));
        for (Eigen::Index c = 0; c < map.values.cols(); ++c) {
            const double w = map.columnEnd[c] - map.columnStart[c] + 1.0;
            const bool fast = w * theta[i] / TwoPi >= AngleHeatmapMaxTurns; // >= 1/4 turn
            QCOMPARE(bool(map.wraps(i, c)), fast);
            if (fast) {
                QVERIFY(std::isnan(map.values(i, c)));
                ++flagged;
                continue;
            }
            const double v = map.values(i, c);
            QVERIFY(v >= 0.0 && v < TwoPi);
            // The angle at the column centre (first + last) / 2, independent long double.
            const long double centre = referenceAngle(map.columnStart[c] + map.columnEnd[c], theta[i] / 2);
            maxError = std::max(maxError, angleDistance(v, centre));
        }
        // ... which is the circular mean of the column's angles: summed directly.
        for (Eigen::Index c : {Eigen::Index(0), map.values.cols() / 2, map.values.cols() - 1}) {
            if (map.wraps(i, c))
                continue;
            const long double mean = directCircularMean(map.columnStart[c], map.columnEnd[c], theta[i]);
            QVERIFY2(angleDistance(map.values(i, c), mean) <= 1e-12,
                     qPrintable(QStringLiteral("pair %1 column %2").arg(i).arg(c)));
        }
    }
    QVERIFY2(maxError <= 1e-12, qPrintable(QString::number(maxError)));
    // One position per column: nothing is flagged (theta <= 1 rad per position < pi / 2).
    if (width == 1.0)
        QCOMPARE(flagged, 0);
    // Seed check value (ROPE_SPEC.md section 9): at position 500 pair 0 has turned 500 rad.
    QVERIFY(std::abs(angleModTwoPi(500.0, 1.0) - std::fmod(500.0, TwoPi)) <= 1e-12);
}

// At 0 .. 1,048,576 (1,025 positions per column) every pair whose wavelength is shorter than the
// column is flagged and carries no angle: a sample at the column start would be an alias.
void TestSweeps::angleHeatmapFlagsFastPairs()
{
    SweepRequest request;
    request.kind = SweepKind::AngleHeatmap;
    request.params = defaultParams();
    request.grid.count = (1 << 20) + 1;
    request.heatmapCols = 1024;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY(result.ok());
    const Heatmap &map = *result->heatmap;
    const Eigen::ArrayXd theta = computeFrequencies(request.params)->invFreq;
    const double width = map.columnEnd[0] - map.columnStart[0] + 1.0;
    QCOMPARE(width, std::ceil(double((1 << 20) + 1) / 1024.0));
    int shorterThanColumn = 0;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        const double wavelength = TwoPi / theta[i];
        if (wavelength >= width)
            continue;
        ++shorterThanColumn;
        for (Eigen::Index c = 0; c + 1 < map.values.cols(); ++c) {
            QVERIFY(map.wraps(i, c));
            QVERIFY(std::isnan(map.values(i, c)));
            QVERIFY(!(map.values(i, c) == angleModTwoPi(map.columnStart[c], theta[i])));
        }
    }
    // Wavelengths 2 pi 10000^(i/64) < 1025: i < 64 ln(1025 / 2 pi) / ln 10000.
    QCOMPARE(shorterThanColumn, int(std::ceil(64.0 * std::log(width / TwoPi) / std::log(10000.0))));
    QVERIFY(shorterThanColumn > 30);
    // The slowest pair (wavelength ~5.4e4 > 4 x 1025) is drawn in every column.
    QVERIFY(!map.wraps.row(63).any());
}

// pairs x columns never exceeds MaxHeatmapCells: wide heads get wider columns, same range.
void TestSweeps::angleHeatmapCellBudget()
{
    for (int d : {16384, 65536}) {
        SweepRequest request;
        request.kind = SweepKind::AngleHeatmap;
        request.params = defaultParams(d);
        request.grid.count = (1 << 20) + 1;
        request.heatmapCols = MaxHeatmapSide;
        const Result<SweepResult> result = runSweep(request);
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        const Heatmap &map = *result->heatmap;
        QCOMPARE(map.values.rows(), Eigen::Index(d / 2));
        QVERIFY(map.values.size() <= MaxHeatmapCells);
        QVERIFY(map.values.cols() <= MaxHeatmapCells / (d / 2));
        QVERIFY(map.values.cols() >= MaxHeatmapCells / (d / 2) / 2);
        checkTiling(map, double(1 << 20));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestSweeps::angleHeatmapLogGrid()
{
    SweepRequest request;
    request.kind = SweepKind::AngleHeatmap;
    request.params = defaultParams();
    request.grid.spacing = DistanceGrid::Spacing::Log;
    request.grid.logMax = 1e6;
    request.heatmapCols = 512;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY(result.ok());
    const Heatmap &map = *result->heatmap;
    QVERIFY(map.values.cols() <= 512 && map.values.cols() > 400);
    checkTiling(map, 1e6);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(map.columnStart[1], 1.0);
    const Eigen::ArrayXd theta = computeFrequencies(request.params)->invFreq;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        for (Eigen::Index c = 0; c < map.values.cols(); ++c) {
            const double w = map.columnEnd[c] - map.columnStart[c] + 1.0;
            QCOMPARE(bool(map.wraps(i, c)), w * theta[i] / TwoPi >= AngleHeatmapMaxTurns);
            QCOMPARE(std::isnan(map.values(i, c)), bool(map.wraps(i, c)));
        }
    }
    // Early columns hold one position each (exact samples), late ones many (pair 0 flagged).
    QVERIFY(!map.wraps.col(1).any());
    QVERIFY(map.wraps(0, map.values.cols() - 2));
}

void TestSweeps::scoreVsBaseHeatmap()
{
    SweepRequest request;
    request.kind = SweepKind::ScoreVsBase;
    request.params = defaultParams();
    request.grid.count = 8192;
    request.heatmapRows = 256;
    request.heatmapCols = 1024;
    request.heatmapMin = 100.0;
    request.heatmapMax = 1e8;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const Heatmap &map = *result->heatmap;
    QCOMPARE(map.values.rows(), Eigen::Index(256));
    QCOMPARE(map.values.cols(), Eigen::Index(1024));
    QCOMPARE(map.yMin, 100.0);
    QCOMPARE(map.yMax, 1e8);
    QVERIFY(map.yLog);
    const double step = map.xMax / 1023.0;
    for (int r : {0, 77, 255}) {
        const double base = std::exp(std::log(100.0) + r / 255.0 * (std::log(1e8) - std::log(100.0)));
        const Eigen::ArrayXd theta = defaultTheta(128, r == 0 ? 100.0 : r == 255 ? 1e8 : base);
        for (int c : {0, 1, 500, 1023}) {
            const double expected = referenceSelfScore(theta, c * step);
            // theta here may differ from the method's by an ulp: angle error <= c*step*2e-16.
            QVERIFY2(std::abs(map.values(r, c) - expected) <= 1e-10,
                     qPrintable(QStringLiteral("row %1 col %2").arg(r).arg(c)));
        }
        QVERIFY(std::abs(map.values(r, 0) - 1.0) <= 1e-15);
    }
    QVERIFY(map.valueMax <= 1.0 + 1e-15 && map.valueMin >= -1.0);
}

void TestSweeps::displayDecimation()
{
    SweepRequest request;
    request.params = defaultParams();
    request.grid.count = 100000;
    request.displayWidth = 800;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY(result.ok());
    for (const Series &series : result->series) {
        QVERIFY(series.displayX.size() > 0);
        QVERIFY(series.displayX.size() <= 2 * 800);
        QCOMPARE(series.displayX.size(), series.displayY.size());
        if (series.secondary)
            continue;
        // Peaks survive: the extremes of the exact curve are on screen.
        QCOMPARE(series.displayY.maxCoeff(), series.y.maxCoeff());
        QCOMPARE(series.displayY.minCoeff(), series.y.minCoeff());
        QVERIFY(result->yRange.min <= series.y.minCoeff());
        QVERIFY(result->yRange.max >= series.y.maxCoeff());
    }
    QCOMPARE(result->xRange.min, 0.0);
    QCOMPARE(result->xRange.max, 99999.0);
}

void TestSweeps::cancelledBeforeStart_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("self-score") << int(SweepKind::SelfScore);
    QTest::newRow("bound") << int(SweepKind::Bound);
    QTest::newRow("random") << int(SweepKind::RandomScore);
    QTest::newRow("entropy") << int(SweepKind::Entropy);
    QTest::newRow("angles") << int(SweepKind::AngleHeatmap);
    QTest::newRow("score vs base") << int(SweepKind::ScoreVsBase);
    QTest::newRow("score vs factor") << int(SweepKind::ScoreVsFactor);
}

void TestSweeps::cancelledBeforeStart()
{
    QFETCH(int, kind);
    SweepRequest request;
    request.kind = SweepKind(kind);
    request.heatmapMin = 1.5;
    request.heatmapMax = 64.0;
    std::atomic<bool> flag{true};
    const Result<SweepResult> result = runSweep(request, SweepControl(&flag));
    QVERIFY(!result.ok());
    QVERIFY(result.error().code == ErrorCode::Cancelled);
    // The same request runs when not cancelled.
    flag = false;
    QVERIFY(runSweep(request, SweepControl(&flag)).ok());
}

void TestSweeps::cancelledWhileRunning_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("count");
    QTest::newRow("self-score 2^24") << int(SweepKind::SelfScore) << qint64(1 << 24);
    QTest::newRow("bound 2^24") << int(SweepKind::Bound) << qint64(1 << 24);
    QTest::newRow("score vs base") << int(SweepKind::ScoreVsBase) << qint64(1 << 20);
}

void TestSweeps::cancelledWhileRunning()
{
    QFETCH(int, kind);
    QFETCH(qint64, count);
    SweepRequest request;
    request.kind = SweepKind(kind);
    request.grid.count = count;
    request.heatmapRows = 2048;
    request.heatmapCols = 2048;
    std::atomic<bool> flag{false};
    std::atomic<int> progressCalls{0};
    double lastFraction = 0.0;
    const Result<SweepResult> result =
            runSweep(request, SweepControl(&flag, [&](double fraction) {
                         lastFraction = fraction;
                         if (progressCalls.fetch_add(1) == 0)
                             flag = true; // cancel on the first progress report
                     }));
    QVERIFY(!result.ok());
    QVERIFY(result.error().code == ErrorCode::Cancelled);
    QVERIFY(progressCalls.load() >= 1);
    QVERIFY(lastFraction < 0.5); // stopped early
}

void TestSweeps::badRequestNamesField_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("spacing");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("logMax");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("cols");
    QTest::addColumn<double>("heatmapMin");
    QTest::addColumn<double>("correlation");
    QTest::addColumn<int>("displayWidth");
    QTest::addColumn<QString>("field");
    const int lin = int(DistanceGrid::Spacing::Linear);
    const int log = int(DistanceGrid::Spacing::Log);
    const int self = int(SweepKind::SelfScore);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("count 0") << self << lin << qint64(0) << 1e6 << 8 << 8 << 100.0 << 0.5 << 0 << "grid.count";
    QTest::newRow("count 2^24+1") << self << lin << qint64((1 << 24) + 1) << 1e6 << 8 << 8 << 100.0 << 0.5 << 0 << "grid.count";
    QTest::newRow("logMax 2^31") << self << log << qint64(100) << 2147483648.0 << 8 << 8 << 100.0 << 0.5 << 0 << "grid.logMax";
    QTest::newRow("logMax NaN") << self << log << qint64(100) << nan << 8 << 8 << 100.0 << 0.5 << 0 << "grid.logMax";
    QTest::newRow("log count 1") << self << log << qint64(1) << 1e6 << 8 << 8 << 100.0 << 0.5 << 0 << "grid.count";
    QTest::newRow("angles 0-2^30+1") << int(SweepKind::AngleHeatmap) << lin << qint64(MaxAngleHeatmapPositions + 1) << 1e6 << 8 << 1024 << 100.0 << 0.5 << 0 << "grid.count";
    QTest::newRow("entropy n 2^21") << int(SweepKind::Entropy) << lin << qint64(1 << 21) << 1e6 << 8 << 8 << 100.0 << 0.5 << 0 << "grid.count";
    QTest::newRow("correlation 1.5") << int(SweepKind::RandomScore) << lin << qint64(100) << 1e6 << 8 << 8 << 100.0 << 1.5 << 0 << "correlation";
    QTest::newRow("correlation NaN") << int(SweepKind::Entropy) << lin << qint64(100) << 1e6 << 8 << 8 << 100.0 << nan << 0 << "correlation";
    QTest::newRow("heatmap rows 0") << int(SweepKind::ScoreVsBase) << lin << qint64(100) << 1e6 << 0 << 8 << 100.0 << 0.5 << 0 << "heatmapRows";
    QTest::newRow("heatmap cols 1") << int(SweepKind::AngleHeatmap) << lin << qint64(100) << 1e6 << 8 << 1 << 100.0 << 0.5 << 0 << "heatmapCols";
    QTest::newRow("heatmap cells 8192^2") << int(SweepKind::ScoreVsFactor) << lin << qint64(100) << 1e6 << 8192 << 8192 << 2.0 << 0.5 << 0 << "heatmapRows";
    QTest::newRow("base range min 1") << int(SweepKind::ScoreVsBase) << lin << qint64(100) << 1e6 << 8 << 8 << 1.0 << 0.5 << 0 << "heatmapMin";
    QTest::newRow("displayWidth -1") << self << lin << qint64(100) << 1e6 << 8 << 8 << 100.0 << 0.5 << -1 << "displayWidth";
    QTest::newRow("displayWidth 1e6") << self << lin << qint64(100) << 1e6 << 8 << 8 << 100.0 << 0.5 << 1000000 << "displayWidth";
    QTest::newRow("kind 99") << 99 << lin << qint64(100) << 1e6 << 8 << 8 << 100.0 << 0.5 << 0 << "kind";
}

void TestSweeps::badRequestNamesField()
{
    QFETCH(int, kind);
    QFETCH(int, spacing);
    QFETCH(qint64, count);
    QFETCH(double, logMax);
    QFETCH(int, rows);
    QFETCH(int, cols);
    QFETCH(double, heatmapMin);
    QFETCH(double, correlation);
    QFETCH(int, displayWidth);
    QFETCH(QString, field);
    SweepRequest request;
    request.kind = SweepKind(kind);
    request.grid.spacing = DistanceGrid::Spacing(spacing);
    request.grid.count = count;
    request.grid.logMax = logMax;
    request.heatmapRows = rows;
    request.heatmapCols = cols;
    request.heatmapMin = heatmapMin;
    request.correlation = correlation;
    request.displayWidth = displayWidth;
    const Result<SweepResult> result = runSweep(request);
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error().field), field);
    QVERIFY2(QString::fromStdString(result.error().message).contains(field),
             result.error().message.c_str());
}

QTEST_APPLESS_MAIN(TestSweeps)
#include "tst_sweeps.moc"
