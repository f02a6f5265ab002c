// Applying RoPE to vectors (core/numerics/rotation.h): the ROPE_SPEC section 9 check values,
// norm preservation, the two pair layouts, and the relative-position property.

#include "numerics/rope.h"
#include "numerics/rotation.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <random>

using namespace ropelab::numerics;

Q_DECLARE_METATYPE(ropelab::numerics::PairLayout)

namespace {

Eigen::ArrayXd randomVector(std::mt19937_64 &rng, Eigen::Index size)
{
    std::normal_distribution<double> normal(0.0, 1.0);
    Eigen::ArrayXd v(size);
    for (Eigen::Index i = 0; i < size; ++i)
        v[i] = normal(rng);
    return v;
}

Eigen::ArrayXd defaultInvFreq(int d, double base)
{
    RopeParams p;
    p.headDim = d;
    p.base = base;
    return computeFrequencies(p).value().invFreq;
}

// Neox vector -> the Gptj vector holding the same pairs: y[2i] = x[i], y[2i+1] = x[i + d/2].
Eigen::ArrayXd neoxToGptj(const Eigen::ArrayXd &x)
{
    const Eigen::Index pairs = x.size() / 2;
    Eigen::ArrayXd y(x.size());
    for (Eigen::Index i = 0; i < pairs; ++i) {
        y[2 * i] = x[i];
        y[2 * i + 1] = x[i + pairs];
    }
    return y;
}

double norm(const Eigen::ArrayXd &x)
{
    return std::sqrt(x.square().sum());
}

} // namespace

class TestRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoDimensionalExample_data();
    void twoDimensionalExample();
    void anglesAtPosition500();
    void temperatureAndNtkBase();
    void rotationPreservesNorm_data();
    void rotationPreservesNorm();
    void rotatedDotMatchesExplicitRotation_data();
    void rotatedDotMatchesExplicitRotation();
    void layoutsAgreeForPermutedVectors();
    void dotDependsOnlyOnRelativePosition_data();
    void dotDependsOnlyOnRelativePosition();
    void sizeMismatchIsHandled();
};

// ROPE_SPEC 9: q = (0.5, -1.0), k = (1.2, 0.3), theta = 0.1, m = 2 -> q' = (0.6887, -0.8807),
// k' = (1.1165, 0.5324). With one pair both layouts coincide.
void TestRotation::twoDimensionalExample_data()
{
    QTest::addColumn<PairLayout>("layout");
    QTest::newRow("neox") << PairLayout::Neox;
    QTest::newRow("gptj") << PairLayout::Gptj;
}

void TestRotation::twoDimensionalExample()
{
    QFETCH(PairLayout, layout);
    Eigen::ArrayXd invFreq(1);
    invFreq << 0.1;
    Eigen::ArrayXd q(2), k(2);
    q << 0.5, -1.0;
    k << 1.2, 0.3;
    const Eigen::ArrayXd qr = rotate(q, invFreq, 2.0, layout);
    const Eigen::ArrayXd kr = rotate(k, invFreq, 2.0, layout);
    QCOMPARE(qr.size(), Eigen::Index(2));
    QVERIFY(std::abs(qr[0] - 0.6887) < 1e-4);
    QVERIFY(std::abs(qr[1] - -0.8807) < 1e-4);
    QVERIFY(std::abs(kr[0] - 1.1165) < 1e-4);
    QVERIFY(std::abs(kr[1] - 0.5324) < 1e-4);
    // Same position: the angle cancels, the dot product is unchanged.
    QVERIFY(std::abs(rotatedDot(q, k, invFreq, 2.0, 2.0, layout) - (0.5 * 1.2 - 1.0 * 0.3))
            < 1e-15);
}

// d = 128, base 1e4, position 500: pair 0 turns 500 rad, pair 8 turns 500 / sqrt(10) = 158.11
// rad (inv_freq[8] = 1e4^(-16/128) = 10^-0.5).
void TestRotation::anglesAtPosition500()
{
    const Eigen::ArrayXd invFreq = defaultInvFreq(128, 1e4);
    QCOMPARE(invFreq.size(), Eigen::Index(64));
    QCOMPARE(500.0 * invFreq[0], 500.0);
    QVERIFY(std::abs(500.0 * invFreq[8] - 158.1139) < 1e-4);
    for (PairLayout layout : { PairLayout::Neox, PairLayout::Gptj }) {
        for (Eigen::Index pair : { Eigen::Index(0), Eigen::Index(8) }) {
            // A unit vector in the pair's first component turns to (cos a, sin a).
            Eigen::ArrayXd x = Eigen::ArrayXd::Zero(128);
            const Eigen::Index first = layout == PairLayout::Neox ? pair : 2 * pair;
            const Eigen::Index second = layout == PairLayout::Neox ? pair + 64 : 2 * pair + 1;
            x[first] = 1.0;
            const Eigen::ArrayXd r = rotate(x, invFreq, 500.0, layout);
            const double angle = pair == 0 ? 500.0 : 500.0 / std::sqrt(10.0);
            QVERIFY(std::abs(r[first] - std::cos(angle)) < 1e-12);
            QVERIFY(std::abs(r[second] - std::sin(angle)) < 1e-12);
            QVERIFY(std::abs(norm(r) - 1.0) < 1e-15);
        }
    }
}

// ROPE_SPEC 9: 1/sqrt(t) = 0.1 ln s + 1, s = 8 -> t = 0.6853; NTK-aware base, d=128, s=8: 82684.6.
void TestRotation::temperatureAndNtkBase()
{
    const double m = yarnGetMscale(8.0);
    QVERIFY(std::abs(1.0 / (m * m) - 0.6853) < 1e-4);
    QVERIFY(std::abs(ntkAwareBase(1e4, 8.0, 128) - 82684.6) < 0.05);
    RopeParams p;
    p.method = Method::NtkAware;
    p.headDim = 128;
    p.base = 1e4;
    p.factor = 8.0;
    const auto f = computeFrequencies(p);
    QVERIFY(f.ok());
    QVERIFY(std::abs(f->effectiveBase - 82684.6) < 0.05);
    // YaRN's attention factor is the same temperature.
    p.method = Method::Yarn;
    const auto y = computeFrequencies(p);
    QVERIFY(y.ok());
    QVERIFY(std::abs(1.0 / (y->attentionFactor * y->attentionFactor) - 0.6853) < 1e-4);
}

void TestRotation::rotationPreservesNorm_data()
{
    QTest::addColumn<PairLayout>("layout");
    QTest::addColumn<int>("dim");
    QTest::addColumn<double>("position");
    QTest::newRow("neox d128 p0") << PairLayout::Neox << 128 << 0.0;
    QTest::newRow("neox d128 p500") << PairLayout::Neox << 128 << 500.0;
    QTest::newRow("gptj d64 p123456") << PairLayout::Gptj << 64 << 123456.0;
    QTest::newRow("gptj d8 p-37.5") << PairLayout::Gptj << 8 << -37.5;
    QTest::newRow("neox d2 p1e9") << PairLayout::Neox << 2 << 1e9;
}

void TestRotation::rotationPreservesNorm()
{
    QFETCH(PairLayout, layout);
    QFETCH(int, dim);
    QFETCH(double, position);
    std::mt19937_64 rng(12345);
    const Eigen::ArrayXd invFreq = defaultInvFreq(dim, 1e4);
    for (int draw = 0; draw < 50; ++draw) {
        const Eigen::ArrayXd x = randomVector(rng, dim);
        const Eigen::ArrayXd r = rotate(x, invFreq, position, layout);
        QCOMPARE(r.size(), x.size());
        QVERIFY(std::abs(norm(r) - norm(x)) <= 1e-13 * norm(x));
        if (position == 0.0)
            QVERIFY((r == x).all());
        else
            QVERIFY(((r - x).abs() > 1e-6).any()); // it really rotated
        // Each pair keeps its own norm.
        for (Eigen::Index i = 0; i < dim / 2; ++i) {
            const Eigen::Index a = layout == PairLayout::Neox ? i : 2 * i;
            const Eigen::Index b = layout == PairLayout::Neox ? i + dim / 2 : 2 * i + 1;
            const double before = std::hypot(x[a], x[b]);
            QVERIFY(std::abs(std::hypot(r[a], r[b]) - before) <= 1e-14 * (1.0 + before));
        }
    }
}

// rotatedDot(q, k, m, n) is (R_m q) . (R_n k), computed here the long way.
void TestRotation::rotatedDotMatchesExplicitRotation_data()
{
    QTest::addColumn<PairLayout>("layout");
    QTest::newRow("neox") << PairLayout::Neox;
    QTest::newRow("gptj") << PairLayout::Gptj;
}

void TestRotation::rotatedDotMatchesExplicitRotation()
{
    QFETCH(PairLayout, layout);
    std::mt19937_64 rng(777);
    std::uniform_int_distribution<int> position(0, 4096);
    const Eigen::ArrayXd invFreq = defaultInvFreq(64, 1e4);
    for (int draw = 0; draw < 200; ++draw) {
        const Eigen::ArrayXd q = randomVector(rng, 64);
        const Eigen::ArrayXd k = randomVector(rng, 64);
        const double m = position(rng);
        const double n = position(rng);
        const double explicitDot
            = (rotate(q, invFreq, m, layout) * rotate(k, invFreq, n, layout)).sum();
        const double fast = rotatedDot(q, k, invFreq, m, n, layout);
        // Angles up to 4096 rad carry ~1e-12 rounding in the explicit path.
        QVERIFY2(
            std::abs(fast - explicitDot) <= 1e-10 * norm(q) * norm(k),
            qPrintable(
                QStringLiteral("%1 vs %2").arg(fast, 0, 'g', 17).arg(explicitDot, 0, 'g', 17)));
    }
}

void TestRotation::layoutsAgreeForPermutedVectors()
{
    std::mt19937_64 rng(4242);
    RopeParams p;
    p.method = Method::Yarn;
    p.headDim = 64;
    p.factor = 8.0;
    const Eigen::ArrayXd invFreq = computeFrequencies(p).value().invFreq;
    for (int draw = 0; draw < 100; ++draw) {
        const Eigen::ArrayXd q = randomVector(rng, 64);
        const Eigen::ArrayXd k = randomVector(rng, 64);
        const double m = draw * 37.0;
        const double n = draw * 11.0 + 5.0;
        const double neox = rotatedDot(q, k, invFreq, m, n, PairLayout::Neox);
        const double gptj
            = rotatedDot(neoxToGptj(q), neoxToGptj(k), invFreq, m, n, PairLayout::Gptj);
        QVERIFY(std::abs(neox - gptj) <= 1e-12 * norm(q) * norm(k));
        const Eigen::ArrayXd rn = neoxToGptj(rotate(q, invFreq, m, PairLayout::Neox));
        const Eigen::ArrayXd rg = rotate(neoxToGptj(q), invFreq, m, PairLayout::Gptj);
        QVERIFY(((rn - rg).abs() <= 1e-15).all());
    }
    // The layouts differ for the same unpermuted vector (the test above is not vacuous).
    const Eigen::ArrayXd q = randomVector(rng, 64);
    const Eigen::ArrayXd k = randomVector(rng, 64);
    QVERIFY(std::abs(rotatedDot(q, k, invFreq, 100.0, 3.0, PairLayout::Neox)
                     - rotatedDot(q, k, invFreq, 100.0, 3.0, PairLayout::Gptj))
            > 1e-6);
}

void TestRotation::dotDependsOnlyOnRelativePosition_data()
{
    QTest::addColumn<PairLayout>("layout");
    QTest::addColumn<int>("dim");
    QTest::addColumn<double>("base");
    QTest::newRow("neox d128 1e4") << PairLayout::Neox << 128 << 1e4;
    QTest::newRow("gptj d128 1e4") << PairLayout::Gptj << 128 << 1e4;
    QTest::newRow("neox d64 5e5") << PairLayout::Neox << 64 << 5e5;
    QTest::newRow("gptj d96 1e6") << PairLayout::Gptj << 96 << 1e6;
}

void TestRotation::dotDependsOnlyOnRelativePosition()
{
    QFETCH(PairLayout, layout);
    QFETCH(int, dim);
    QFETCH(double, base);
    std::mt19937_64 rng(20240101);
    std::uniform_int_distribution<std::int64_t> position(0, 1'000'000);
    const Eigen::ArrayXd invFreq = defaultInvFreq(dim, base);
    for (int draw = 0; draw < 500; ++draw) {
        const Eigen::ArrayXd q = randomVector(rng, dim);
        const Eigen::ArrayXd k = randomVector(rng, dim);
        const double m = static_cast<double>(position(rng));
        const double n = static_cast<double>(position(rng));
        const double shift = static_cast<double>(position(rng));
        const double a = rotatedDot(q, k, invFreq, m, n, layout);
        const double b = rotatedDot(q, k, invFreq, m + shift, n + shift, layout);
        QVERIFY2(std::abs(a - b) <= 1e-12,
                 qPrintable(QStringLiteral("%1 vs %2").arg(a, 0, 'g', 17).arg(b, 0, 'g', 17)));
        // Small positions via explicit rotation: the same property, independent of rotatedDot.
        if (draw < 50) {
            const double ms = static_cast<double>(draw % 7);
            const double ns = static_cast<double>(draw % 5);
            const double e1
                = (rotate(q, invFreq, ms, layout) * rotate(k, invFreq, ns, layout)).sum();
            const double e2
                = (rotate(q, invFreq, ms + 9.0, layout) * rotate(k, invFreq, ns + 9.0, layout))
                      .sum();
            QVERIFY(std::abs(e1 - e2) <= 1e-12 * norm(q) * norm(k));
        }
    }
}

void TestRotation::sizeMismatchIsHandled()
{
    const Eigen::ArrayXd invFreq = defaultInvFreq(8, 1e4);
    const Eigen::ArrayXd wrong = Eigen::ArrayXd::Ones(7);
    const Eigen::ArrayXd right = Eigen::ArrayXd::Ones(8);
    QCOMPARE(rotate(wrong, invFreq, 3.0, PairLayout::Neox).size(), Eigen::Index(0));
    QVERIFY(std::isnan(rotatedDot(wrong, right, invFreq, 1.0, 0.0, PairLayout::Gptj)));
    QVERIFY(std::isnan(rotatedDot(right, wrong, invFreq, 1.0, 0.0, PairLayout::Neox)));
    QVERIFY(std::isfinite(rotatedDot(right, right, invFreq, 1.0, 0.0, PairLayout::Neox)));
}

QTEST_APPLESS_MAIN(TestRotation)
#include "tst_rotation.moc"
