// Tests the built-in presets: every one imports cleanly and reproduces the published facts of
// its model (Llama 3.1 medium band, DeepSeek-V3 softmax multiplier, Qwen2.5 / gpt-oss YaRN
// correction ranges, Phi-3 LongRoPE factors and attention factor).

#include "presets.h"

#include <QTest>

#include <cmath>

using namespace ropelab;
using numerics::Band;
using numerics::Method;

class TestPresets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void list();
    void loadsCleanly_data();
    void loadsCleanly();
    void llama31MediumBand();
    void deepseekSoftmaxMultiplier();
    void yarnCorrectionRanges_data();
    void yarnCorrectionRanges();
    void phi3LongRope();
    void unknownPreset();
    void methodOverrideBeatsPresetMethod();
};

void TestPresets::list()
{
    const QList<core::PresetInfo> presets = core::presetList();
    QStringList names;
    for (const core::PresetInfo &preset : presets) {
        names << preset.name;
        QVERIFY2(!preset.title.isEmpty() && preset.title != preset.name, qPrintable(preset.name));
        QVERIFY2(preset.source.contains(QLatin1Char('/')), qPrintable(preset.name));
    }
    const QStringList expected {
        QStringLiteral("llama2-7b"),       QStringLiteral("codellama-7b"),
        QStringLiteral("llama3.1-8b"),     QStringLiteral("mistral-7b"),
        QStringLiteral("qwen2.5-7b-yarn"), QStringLiteral("deepseek-v3"),
        QStringLiteral("gpt-oss-20b"),     QStringLiteral("phi3-mini-128k"),
        QStringLiteral("minimind")
    };
    QCOMPARE(names, expected);
}

void TestPresets::loadsCleanly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("rotaryDim");
    QTest::addColumn<double>("base");
    QTest::addColumn<qint64>("maxPositions");
    QTest::addColumn<double>("attentionFactor");
    QTest::addColumn<int>("warnings");

    const auto add = [](const char *name, Method method, int d, double base, qint64 maxPos,
                        double attention, int warnings) {
        QTest::newRow(name) << QString::fromLatin1(name) << int(method) << d << base << maxPos
                            << attention << warnings;
    };
    add("llama2-7b", Method::Default, 128, 1e4, 4096, 1.0, 0);
    add("codellama-7b", Method::Default, 128, 1e6, 16384, 1.0, 0);
    add("llama3.1-8b", Method::Llama3, 128, 500000.0, 131072, 1.0, 0);
    add("mistral-7b", Method::Default, 128, 1e4, 32768, 1.0, 0);
    // YaRN attention factor 0.1 ln(4) + 1 (ROPE_SPEC 3.6).
    add("qwen2.5-7b-yarn", Method::Yarn, 128, 1e6, 32768, 0.1 * std::log(4.0) + 1.0, 0);
    // mscale == mscale_all_dim: the ratio is 1 (HF); the temperature goes to the softmax.
    add("deepseek-v3", Method::Yarn, 64, 1e4, 163840, 1.0, 0);
    add("gpt-oss-20b", Method::Yarn, 64, 150000.0, 131072, 0.1 * std::log(32.0) + 1.0, 0);
    // HF warns that Phi-3 sets no factor (it is derived from max / original = 32).
    add("phi3-mini-128k", Method::LongRope, 96, 1e4, 131072,
        std::sqrt(1.0 + std::log(32.0) / std::log(4096.0)), 1);
    add("minimind", Method::MiniMind, 96, 1e6, 32768, 1.0, 0);
}

void TestPresets::loadsCleanly()
{
    QFETCH(QString, name);
    QFETCH(int, method);
    QFETCH(int, rotaryDim);
    QFETCH(double, base);
    QFETCH(qint64, maxPositions);
    QFETCH(double, attentionFactor);
    QFETCH(int, warnings);

    const auto preset = core::loadPreset(name);
    QVERIFY2(preset.ok(), preset.ok() ? "" : preset.error().message.c_str());
    QVERIFY2(preset->warnings.size() == warnings,
             qPrintable(preset->warnings.join(QLatin1Char('|'))));
    QVERIFY(!preset->sourceName.isEmpty());
    QCOMPARE(int(preset->params.method), method);
    QCOMPARE(preset->params.base, base);
    QCOMPARE(qint64(preset->params.maxPositions), maxPositions);

    const auto frequencies = numerics::computeFrequencies(preset->params);
    QVERIFY2(frequencies.ok(), frequencies.ok() ? "" : frequencies.error().message.c_str());
    QCOMPARE(frequencies->rotaryDim, rotaryDim);
    QCOMPARE(frequencies->invFreq.size(), Eigen::Index(rotaryDim / 2));
    QVERIFY(std::abs(frequencies->attentionFactor - attentionFactor) <= 1e-12);
}

void TestPresets::llama31MediumBand()
{
    const auto preset = core::loadPreset(QStringLiteral("llama3.1-8b"));
    QVERIFY(preset.ok());
    QCOMPARE(preset->params.factor, 8.0);
    QCOMPARE(preset->params.lowFreqFactor, 1.0);
    QCOMPARE(preset->params.highFreqFactor, 4.0);
    QCOMPARE(preset->params.originalMaxPositions, std::int64_t(8192));
    const auto frequencies = numerics::computeFrequencies(preset->params);
    QVERIFY(frequencies.ok());
    QList<int> medium;
    for (std::size_t i = 0; i < frequencies->band.size(); ++i) {
        if (frequencies->band[i] == Band::Medium)
            medium << int(i);
    }
    QCOMPARE(medium, (QList<int> { 29, 30, 31, 32, 33, 34 }));
}

void TestPresets::deepseekSoftmaxMultiplier()
{
    const auto preset = core::loadPreset(QStringLiteral("deepseek-v3"));
    QVERIFY(preset.ok());
    QCOMPARE(preset->qkHeadDim, 192);
    QCOMPARE(preset->params.factor, 40.0);
    QCOMPARE(preset->params.mscaleAllDim, 1.0);
    const auto frequencies = numerics::computeFrequencies(preset->params);
    QVERIFY(frequencies.ok());
    const double mscale = 1.3688879454113936; // get_mscale(40, 1) (ROPE_SPEC 3.6)
    QVERIFY(std::abs(frequencies->softmaxScaleMultiplier - mscale * mscale) <= 1e-12);
    // DeepSeek's softmax_scale = 192^-0.5 * multiplier (golden deepseek_v3_d_yarn).
    QVERIFY(std::abs(frequencies->softmaxScaleMultiplier / std::sqrt(192.0) - 0.1352337788608801)
            <= 1e-15);
    QCOMPARE(frequencies->correctionLow, 10.0);
    QCOMPARE(frequencies->correctionHigh, 23.0);
}

void TestPresets::yarnCorrectionRanges_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("qwen2.5-7b-yarn") << QStringLiteral("qwen2.5-7b-yarn") << 23.0 << 40.0 << 0.0;
    QTest::newRow("gpt-oss-20b (truncate false)")
        << QStringLiteral("gpt-oss-20b") << 8.0928 << 17.3980 << 1e-4;
    // MiniMind defaults: low 8, high 21 (ROPE_SPEC 3.9).
    QTest::newRow("minimind") << QStringLiteral("minimind") << 8.0 << 21.0 << 0.0;
}

void TestPresets::yarnCorrectionRanges()
{
    QFETCH(QString, name);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, tolerance);
    const auto preset = core::loadPreset(name);
    QVERIFY(preset.ok());
    const auto frequencies = numerics::computeFrequencies(preset->params);
    QVERIFY2(frequencies.ok(), frequencies.ok() ? "" : frequencies.error().message.c_str());
    QVERIFY2(std::abs(frequencies->correctionLow - low) <= tolerance,
             qPrintable(QString::number(frequencies->correctionLow, 'g', 10)));
    QVERIFY2(std::abs(frequencies->correctionHigh - high) <= tolerance,
             qPrintable(QString::number(frequencies->correctionHigh, 'g', 10)));
}

void TestPresets::phi3LongRope()
{
    const auto preset = core::loadPreset(QStringLiteral("phi3-mini-128k"));
    QVERIFY(preset.ok());
    const numerics::RopeParams &params = preset->params;
    QCOMPARE(params.originalMaxPositions, std::int64_t(4096)); // top-level (Phi-3 style)
    QCOMPARE(params.factor, 32.0); // 131072 / 4096
    QCOMPARE(params.shortFactor.size(), std::size_t(48));
    QCOMPARE(params.longFactor.size(), std::size_t(48));
    // First and last published values of microsoft/Phi-3-mini-128k-instruct config.json.
    QCOMPARE(params.longFactor.front(), 1.0700000524520874);
    QCOMPARE(params.longFactor.back(), 64.76000213623047);
    QCOMPARE(params.shortFactor.front(), 1.1);
    QCOMPARE(params.shortFactor.back(), 3.049999999999997);
    QVERIFY(std::is_sorted(params.longFactor.begin(), params.longFactor.end()));
    QVERIFY(preset->warnings.constFirst().contains(QStringLiteral("factor")));

    // Short factors below L_orig, long ones above; attention factor as llama.cpp's GGUF
    // conversion stores it (float32 1.190238118171692).
    auto shortParams = params;
    shortParams.seqLen = 4096;
    auto longParams = params;
    longParams.seqLen = 4097;
    const auto shortFreq = numerics::computeFrequencies(shortParams);
    const auto longFreq = numerics::computeFrequencies(longParams);
    QVERIFY(shortFreq.ok() && longFreq.ok());
    QVERIFY(std::abs(shortFreq->ratio[47] * params.shortFactor[47] - 1.0) <= 1e-12);
    QVERIFY(std::abs(longFreq->ratio[47] * params.longFactor[47] - 1.0) <= 1e-12);
    QVERIFY(std::abs(longFreq->attentionFactor - 1.190238118171692) <= 1e-7);
}

void TestPresets::unknownPreset()
{
    for (const QString &name :
         { QStringLiteral("llama9"), QString(), QStringLiteral("../presets/minimind") }) {
        const auto preset = core::loadPreset(name);
        QVERIFY(!preset.ok());
        QCOMPARE(QString::fromStdString(preset.error().field), QStringLiteral("preset"));
        QVERIFY(
            QString::fromStdString(preset.error().message).contains(QStringLiteral("llama2-7b")));
    }
}

void TestPresets::methodOverrideBeatsPresetMethod()
{
    core::ImportOptions options;
    options.methodOverride = Method::Yarn;
    const auto preset = core::loadPreset(QStringLiteral("minimind"), options);
    QVERIFY(preset.ok());
    QCOMPARE(preset->params.method, Method::Yarn);
    const auto plain = core::loadPreset(QStringLiteral("minimind"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->params.method, Method::MiniMind);
}

QTEST_APPLESS_MAIN(TestPresets)
#include "tst_presets.moc"
