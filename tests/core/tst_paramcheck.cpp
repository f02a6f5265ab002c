// Tests core::parameterWarnings (HF-worded warnings for unusual but computable values) and
// core::pythonFloat (Python repr of doubles, so messages match HF's).

#include "paramcheck.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <optional>

using namespace ropelab;
using numerics::Method;
using numerics::RopeParams;

Q_DECLARE_METATYPE(ropelab::numerics::RopeParams)

class TestParamCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonFloat_data();
    void pythonFloat();
    void warnings_data();
    void warnings();
    void warningsNameTheDictAsWritten();
    void factorRule_data();
    void factorRule();
    void mergeKeepsTheFileSpelling();
};

void TestParamCheck::pythonFloat_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    // Python 3: repr(float(x)).
    QTest::newRow("4.0") << 4.0 << QStringLiteral("4.0");
    QTest::newRow("0.5") << 0.5 << QStringLiteral("0.5");
    QTest::newRow("-0.5") << -0.5 << QStringLiteral("-0.5");
    QTest::newRow("8192.0") << 8192.0 << QStringLiteral("8192.0");
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("1e-05") << 1e-5 << QStringLiteral("1e-05");
    QTest::newRow("0.0001") << 1e-4 << QStringLiteral("0.0001");
    QTest::newRow("1.5e-07") << 1.5e-7 << QStringLiteral("1.5e-07");
    QTest::newRow("1e+16") << 1e16 << QStringLiteral("1e+16");
    QTest::newRow("1234567890123456.0")
        << 1234567890123456.0 << QStringLiteral("1234567890123456.0");
    QTest::newRow("1.2345e+100") << 1.2345e100 << QStringLiteral("1.2345e+100");
    QTest::newRow("1.3688879454113936")
        << 1.3688879454113936 << QStringLiteral("1.3688879454113936");
    QTest::newRow("2.000000000000001") << 2.000000000000001 << QStringLiteral("2.000000000000001");
    QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("-inf") << -std::numeric_limits<double>::infinity() << QStringLiteral("-inf");
}

void TestParamCheck::pythonFloat()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(core::pythonFloat(value), expected);
}

void TestParamCheck::warnings_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<QStringList>("expected"); // exact messages, in order

    RopeParams clean;
    clean.method = Method::Yarn;
    clean.factor = 4.0;
    QTest::newRow("clean yarn") << clean << QStringList {};

    RopeParams lowFactor;
    lowFactor.method = Method::Linear;
    lowFactor.factor = 0.5;
    QTest::newRow("linear factor 0.5")
        << lowFactor
        << QStringList { QStringLiteral(
               "`rope_parameters`'s factor field must be a float or int >= 1, got 0.5") };

    RopeParams defaultIgnoresFactor = lowFactor;
    defaultIgnoresFactor.method = Method::Default;
    QTest::newRow("default ignores factor") << defaultIgnoresFactor << QStringList {};

    RopeParams betas;
    betas.method = Method::Yarn;
    betas.factor = 4.0;
    betas.betaFast = 1.0;
    betas.betaSlow = 32.0;
    QTest::newRow("beta_fast < beta_slow")
        << betas
        << QStringList { QStringLiteral(
               "`rope_parameters`'s beta_fast field must be greater than beta_slow, got "
               "beta_fast=1.0 (defaults to 32 if None) and beta_slow=32.0 (defaults to 1 if "
               "None)") };

    RopeParams falsyBetas = betas;
    falsyBetas.betaFast = 0.0; // falsy: HF uses 32, and 32 <= 32 warns
    falsyBetas.betaSlow = 32.0;
    QTest::newRow("falsy beta_fast equals beta_slow")
        << falsyBetas
        << QStringList { QStringLiteral(
               "`rope_parameters`'s beta_fast field must be greater than beta_slow, got "
               "beta_fast=None (defaults to 32 if None) and beta_slow=32.0 (defaults to 1 if "
               "None)") };

    RopeParams llama;
    llama.method = Method::Llama3;
    llama.factor = 8.0;
    llama.lowFreqFactor = 4.0;
    llama.highFreqFactor = 4.0;
    llama.originalMaxPositions = 8192;
    llama.maxPositions = 8192;
    QTest::newRow("llama3 hff <= lff and orig >= max")
        << llama
        << QStringList {
               QStringLiteral("`rope_parameters`'s high_freq_factor field must be greater than "
                              "low_freq_factor, got high_freq_factor=4.0 and low_freq_factor=4.0"),
               QStringLiteral("`rope_parameters`'s original_max_position_embeddings field must be "
                              "less than max_position_embeddings, got 8192 and "
                              "max_position_embeddings=8192")
           };

    RopeParams attention;
    attention.method = Method::LongRope;
    attention.factor = 4.0;
    attention.attentionFactor = -0.5;
    QTest::newRow("negative attention_factor")
        << attention
        << QStringList { QStringLiteral("`rope_parameters`'s attention_factor field must be a "
                                        "float greater than 0, got -0.5") };

    RopeParams minimind;
    minimind.method = Method::MiniMind;
    minimind.factor = 16.0;
    minimind.originalMaxPositions = 2048;
    minimind.maxPositions = 2048;
    QTest::newRow("minimind without scaling")
        << minimind
        << QStringList { QStringLiteral(
               "max_position_embeddings=2048 is not above "
               "original_max_position_embeddings=2048: MiniMind applies no YaRN scaling") };
}

void TestParamCheck::warnings()
{
    QFETCH(RopeParams, params);
    QFETCH(QStringList, expected);
    const QStringList actual = core::parameterWarnings(params);
    QCOMPARE(actual, expected);
}

void TestParamCheck::warningsNameTheDictAsWritten()
{
    RopeParams params;
    params.method = Method::Linear;
    params.factor = 0.5;
    QCOMPARE(core::parameterWarnings(params, QStringLiteral("rope_scaling")),
             QStringList { QStringLiteral(
                 "`rope_scaling`'s factor field must be a float or int >= 1, got 0.5") });
    QCOMPARE(core::parameterWarnings(params),
             QStringList { QStringLiteral(
                 "`rope_parameters`'s factor field must be a float or int >= 1, got 0.5") });
}

void TestParamCheck::factorRule_data()
{
    QTest::addColumn<double>("value"); // NaN: the text is not a number
    QTest::addColumn<QString>("shown");
    QTest::addColumn<int>("severity");
    const int ok = int(core::Severity::Ok);
    const int warning = int(core::Severity::Warning);
    const int error = int(core::Severity::Error);
    const double notANumber = std::numeric_limits<double>::quiet_NaN();
    QTest::newRow("1") << 1.0 << "1" << ok;
    QTest::newRow("40") << 40.0 << "40" << ok;
    QTest::newRow("1e6 (the limit)") << 1e6 << "1e6" << ok;
    QTest::newRow("0.5") << 0.5 << "0.5" << warning;
    QTest::newRow("1e-6 (the limit)") << 1e-6 << "1e-6" << warning;
    QTest::newRow("0") << 0.0 << "0" << error;
    QTest::newRow("-1") << -1.0 << "-1" << error;
    QTest::newRow("1e-7") << 1e-7 << "1e-7" << error;
    QTest::newRow("2e6") << 2e6 << "2e6" << error;
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf" << error;
    QTest::newRow("abc") << notANumber << "abc" << error;
}

void TestParamCheck::factorRule()
{
    // One rule and one sentence for --factor, the config's factor and the window.
    QFETCH(double, value);
    QFETCH(QString, shown);
    QFETCH(int, severity);
    const std::optional<double> number = std::isnan(value) ? std::nullopt : std::optional(value);
    const core::FactorCheck check = core::checkFactor(QStringLiteral("--factor"), number, shown);
    QCOMPARE(int(check.severity), severity);
    const QString sentence = QStringLiteral("--factor must be a float or int >= 1, got ") + shown;
    QCOMPARE(core::factorRule(QStringLiteral("--factor"), shown), sentence);
    if (severity == int(core::Severity::Ok))
        QVERIFY(check.message.isEmpty());
    else if (severity == int(core::Severity::Warning))
        QCOMPARE(check.message, sentence);
    else
        QCOMPARE(check.message,
                 sentence
                     + QStringLiteral(" (RoPE Lab computes factors from 1e-06 "
                                      "to 1000000.0, those below 1 with a "
                                      "warning)"));
}

void TestParamCheck::mergeKeepsTheFileSpelling()
{
    const QString fromFile
        = QStringLiteral("`rope_scaling`'s factor field must be a float or int >= 1, got 0.5");
    const QString fromWindow
        = QStringLiteral("`rope_parameters`'s factor field must be a float or int >= 1, got 0.5");
    const QString other = QStringLiteral("mscale=0.5 is ignored without mscale_all_dim");
    QCOMPARE(core::mergeWarnings({ fromFile }, { fromWindow, other }),
             QStringList({ fromFile, other }));
    QCOMPARE(core::mergeWarnings({}, { fromWindow, fromWindow }), QStringList { fromWindow });
    QCOMPARE(core::mergeWarnings({ fromFile }, {}), QStringList { fromFile });
}

QTEST_APPLESS_MAIN(TestParamCheck)
#include "tst_paramcheck.moc"
