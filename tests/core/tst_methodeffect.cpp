// A method switch that would change nothing (factor 1; dynamic NTK within
// max_position_embeddings) gets the nearest parameters at which the method does change the
// frequencies, and names what it changed; methods that already act, plain RoPE and LongRoPE
// (whose factor lists decide) get none.

#include "numerics/methodeffect.h"
#include "numerics/rope.h"

#include <QTest>

#include <cmath>

using namespace ropelab::numerics;

namespace {

RopeParams llama2(Method method)
{
    RopeParams p;
    p.method = method;
    p.base = 10000.0;
    p.headDim = 128;
    p.factor = 1.0;
    p.originalMaxPositions = 4096;
    p.maxPositions = 4096;
    return p;
}

} // namespace

class TestMethodEffect : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void changesAnything();
    void dynamicAtFactorOne();
    void dynamicWithinContext();
    void factorOneMethods_data();
    void factorOneMethods();
    void nothingToDo();
    void scaledContextOnlyWhereTheFactorIsRead();
};

void TestMethodEffect::changesAnything()
{
    const auto plain = computeFrequencies(llama2(Method::Default));
    QVERIFY(plain);
    QVERIFY(!ropelab::numerics::changesAnything(*plain));
    RopeParams linear = llama2(Method::Linear);
    linear.factor = 2.0;
    const auto scaled = computeFrequencies(linear);
    QVERIFY(scaled);
    QVERIFY(ropelab::numerics::changesAnything(*scaled));
    // Linear at s = 1 is plain RoPE.
    const auto same = computeFrequencies(llama2(Method::Linear));
    QVERIFY(same);
    QVERIFY(!ropelab::numerics::changesAnything(*same));
}

void TestMethodEffect::dynamicAtFactorOne()
{
    const auto demo = paramsShowingEffect(llama2(Method::Dynamic));
    QVERIFY(demo);
    QCOMPARE(demo->params.factor, 4.0);
    QVERIFY(demo->params.seqLen);
    QCOMPARE(*demo->params.seqLen, std::int64_t(16384)); // 4 x max_position_embeddings
    QCOMPARE(demo->changed.size(), std::size_t(2));
    QCOMPARE(demo->changed[0].first, std::string_view("factor"));
    QCOMPARE(demo->changed[1].first, std::string_view("seq_len"));
    QCOMPARE(demo->changed[1].second, 16384.0);
    // HF _compute_dynamic_ntk_parameters: base * (s * n / L - (s - 1))^(d / (d - 2)).
    const auto f = computeFrequencies(demo->params);
    QVERIFY(f);
    const double expected = 10000.0 * std::pow(4.0 * 16384.0 / 4096.0 - 3.0, 128.0 / 126.0);
    QVERIFY2(std::abs(f->effectiveBase - expected) <= 1e-9 * expected,
             qPrintable(QString::number(f->effectiveBase, 'g', 17)));
}

void TestMethodEffect::dynamicWithinContext()
{
    // s = 8 already, but no sequence length: only seq_len changes (8 x 4096).
    RopeParams p = llama2(Method::Dynamic);
    p.factor = 8.0;
    const auto demo = paramsShowingEffect(p);
    QVERIFY(demo);
    QCOMPARE(demo->params.factor, 8.0);
    QCOMPARE(demo->changed.size(), std::size_t(1));
    QCOMPARE(*demo->params.seqLen, std::int64_t(32768));
    // Beyond max_position_embeddings it already acts: nothing to change.
    p.seqLen = 8192;
    QVERIFY(!paramsShowingEffect(p));
}

void TestMethodEffect::factorOneMethods_data()
{
    QTest::addColumn<int>("method");
    QTest::newRow("linear") << int(Method::Linear);
    QTest::newRow("ntk-aware") << int(Method::NtkAware);
    QTest::newRow("ntk-by-parts") << int(Method::NtkByParts);
    QTest::newRow("yarn") << int(Method::Yarn);
    QTest::newRow("llama3") << int(Method::Llama3);
}

void TestMethodEffect::factorOneMethods()
{
    QFETCH(int, method);
    RopeParams p = llama2(Method(method));
    const auto before = computeFrequencies(p);
    QVERIFY(before);
    QVERIFY(!ropelab::numerics::changesAnything(*before));
    const auto demo = paramsShowingEffect(p);
    QVERIFY(demo);
    QCOMPARE(demo->params.factor, 4.0);
    QCOMPARE(demo->changed.size(), std::size_t(1));
    const auto after = computeFrequencies(demo->params);
    QVERIFY(after);
    QVERIFY(ropelab::numerics::changesAnything(*after));
    // Only the factor changed.
    RopeParams back = demo->params;
    back.factor = 1.0;
    QVERIFY(back == p);
}

void TestMethodEffect::nothingToDo()
{
    QVERIFY(!paramsShowingEffect(llama2(Method::Default)));
    RopeParams yarn = llama2(Method::Yarn);
    yarn.factor = 4.0;
    QVERIFY(!paramsShowingEffect(yarn)); // already acts
    // LongRoPE without factor lists: no factor change helps (its lists decide).
    QVERIFY(!paramsShowingEffect(llama2(Method::LongRope)));
}

void TestMethodEffect::scaledContextOnlyWhereTheFactorIsRead()
{
    // A config with factor 8 under plain RoPE: the factor is not used, s * L is L.
    RopeParams plain = llama2(Method::Default);
    plain.factor = 8.0;
    QCOMPARE(effectiveFactor(plain), 1.0);
    QCOMPARE(scaledContext(plain), 4096.0);
    RopeParams yarn = plain;
    yarn.method = Method::Yarn;
    QCOMPARE(effectiveFactor(yarn), 8.0);
    QCOMPARE(scaledContext(yarn), 32768.0);
    // Dynamic NTK's L is max_position_embeddings.
    RopeParams dynamic = plain;
    dynamic.method = Method::Dynamic;
    dynamic.maxPositions = 2048;
    QCOMPARE(scaledContext(dynamic), 16384.0);
}

QTEST_MAIN(TestMethodEffect)
#include "tst_methodeffect.moc"
