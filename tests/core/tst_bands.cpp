// Frequency bands, defined once per method in core/numerics (ropemethod.h BandRule/BandScheme,
// rope.h RopeFrequencies::band): YaRN-family bands are the correction range (by the ramp, so
// never "high" next to ramp 1, even with beta_fast < beta_slow), Llama 3's are its wavelength
// thresholds, and every other method gets the neutral turns-within-L bands that never claim
// kept / blended / interpolated. Also the trained context L, the total logit multiplier and
// where the temperature goes, LongRoPE's short/long factor choice, and `ropelab inspect`
// (ROPELAB_BINARY) printing all of it.

#include "numerics/rope.h"
#include "numerics/ropemethod.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>
#include <set>
#include <string>

using namespace ropelab::numerics;

Q_DECLARE_METATYPE(ropelab::numerics::RopeParams)

namespace {

constexpr double TwoPi = 2.0 * std::numbers::pi;

RopeParams yarn(int headDim, double base, std::int64_t original, double factor, bool truncate)
{
    RopeParams p;
    p.method = Method::Yarn;
    p.headDim = headDim;
    p.base = base;
    p.originalMaxPositions = original;
    p.maxPositions = std::int64_t(double(original) * factor);
    p.factor = factor;
    p.truncate = truncate;
    return p;
}

RopeParams llama3()
{
    RopeParams p;
    p.method = Method::Llama3;
    p.headDim = 128;
    p.base = 500000.0;
    p.factor = 8.0;
    p.originalMaxPositions = 8192;
    p.maxPositions = 131072;
    p.lowFreqFactor = 1.0;
    p.highFreqFactor = 4.0;
    return p;
}

RopeParams longRope(std::optional<std::int64_t> seqLen)
{
    RopeParams p;
    p.method = Method::LongRope;
    p.headDim = 8;
    p.base = 10000.0;
    p.factor = 4.0;
    p.originalMaxPositions = 4096;
    p.maxPositions = 16384;
    p.shortFactor = { 1.1, 1.25, 1.5, 2.0 };
    p.longFactor = { 1.0, 2.0, 4.0, 8.0 };
    p.seqLen = seqLen;
    return p;
}

QString id(const RopeFrequencies &f, std::size_t pair)
{
    const std::string_view text = bandId(f.method, f.band[pair]);
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

// A config.json in a directory that lives as long as the test.
QString writeConfig(const QString &name, const QByteArray &json)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size())
        return {};
    return path;
}

Run inspect(const QStringList &arguments)
{
    QProcess process;
    process.start(qEnvironmentVariable("ROPELAB_BINARY"),
                  QStringList { QStringLiteral("inspect") } + arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    return result;
}

const QStringList NeutralIds { QStringLiteral("many-turns"), QStringLiteral("few-turns"),
                               QStringLiteral("under-one-turn") };
const QStringList KeptIds { QStringLiteral("high"), QStringLiteral("medium"),
                            QStringLiteral("low") };

} // namespace

class TestBands : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemesAreData();
    void originalContextRule();
    void yarnBandsAreTheCorrectionRange_data();
    void yarnBandsAreTheCorrectionRange();
    void invertedBetasNeverHighAtRampOne_data();
    void invertedBetasNeverHighAtRampOne();
    void llama3BandsAreItsThresholds();
    void llama3InvertedThresholds();
    void neutralMethodsNeverClaimKept_data();
    void neutralMethodsNeverClaimKept();
    void logitMultiplierAndPlacement_data();
    void logitMultiplierAndPlacement();
    void longRopeFactorChoice();
    void inspectLongRopeFactors();
    void inspectBandIds_data();
    void inspectBandIds();
    void inspectDeepSeekTemperature();
};

void TestBands::schemesAreData()
{
    // One scheme per rule, three distinct ids each; ids round-trip through bandFromId.
    QCOMPARE(bandSchemes().size(), std::size_t(3));
    for (const MethodInfo &info : methodTable()) {
        const BandScheme &scheme = bandScheme(info.method);
        QCOMPARE(scheme.rule, info.bandRule);
        std::set<std::string_view> ids;
        for (Band band : { Band::High, Band::Medium, Band::Low }) {
            const std::string_view text = bandId(info.method, band);
            QVERIFY(!text.empty());
            ids.insert(text);
            QVERIFY(bandFromId(info.method, text) == std::optional<Band>(band));
            QVERIFY(!scheme.bands[std::size_t(band)].label.empty());
        }
        QCOMPARE(ids.size(), std::size_t(3));
        QVERIFY(!bandFromId(info.method, "no-such-band"));
    }
    // Which rule each method follows (the brief: YaRN family by the correction range, Llama 3 by
    // its thresholds, every other method neutral).
    QCOMPARE(methodInfo(Method::Yarn).bandRule, BandRule::CorrectionRange);
    QCOMPARE(methodInfo(Method::NtkByParts).bandRule, BandRule::CorrectionRange);
    QCOMPARE(methodInfo(Method::MiniMind).bandRule, BandRule::CorrectionRange);
    QCOMPARE(methodInfo(Method::Llama3).bandRule, BandRule::WavelengthThresholds);
    for (Method method : { Method::Default, Method::Linear, Method::NtkAware, Method::Dynamic,
                           Method::LongRope, Method::MiniMindLegacy }) {
        QCOMPARE(methodInfo(method).bandRule, BandRule::TurnsWithinContext);
    }
    // Only rules that decide kept / interpolated say so.
    for (const BandScheme &scheme : bandSchemes()) {
        for (const BandInfo &band : scheme.bands) {
            const QString label
                = QString::fromUtf8(band.label.data(), qsizetype(band.label.size()));
            const bool claims = label.contains(QStringLiteral("kept"))
                || label.contains(QStringLiteral("interpolated"))
                || label.contains(QStringLiteral("blended"));
            QCOMPARE(claims, scheme.rule != BandRule::TurnsWithinContext);
        }
    }
    QCOMPARE(ManyTurnsWithinContext, 32.0);
    QCOMPARE(OneTurnWithinContext, 1.0);
}

void TestBands::originalContextRule()
{
    RopeParams p;
    p.originalMaxPositions = 2048;
    p.maxPositions = 8192;
    for (const MethodInfo &info : methodTable()) {
        p.method = info.method;
        QCOMPARE(originalContext(p), std::int64_t(info.method == Method::Dynamic ? 8192 : 2048));
    }
    p.method = Method::Dynamic;
    p.factor = 4.0;
    p.seqLen = 16384;
    const auto f = computeFrequencies(p);
    QVERIFY(f.ok());
    QCOMPARE(f->originalContext, 8192.0);
    QCOMPARE(f->rotations[0], 8192.0 / TwoPi);
}

void TestBands::yarnBandsAreTheCorrectionRange_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<bool>("followsWavelength");
    QTest::newRow("deepseek-v3 [10, 23]") << yarn(64, 1e4, 4096, 40.0, true) << true;
    QTest::newRow("qwen2.5 [23, 40]") << yarn(128, 1e6, 32768, 4.0, true) << true;
    QTest::newRow("s=16 truncate [20, 46]") << yarn(128, 1e4, 4096, 16.0, true) << true;
    QTest::newRow("s=16 no truncate") << yarn(128, 1e4, 4096, 16.0, false) << true;
    QTest::newRow("gpt-oss no truncate") << yarn(64, 1.5e5, 4096, 32.0, false) << true;
    RopeParams byParts = yarn(128, 1e4, 2048, 4.0, true);
    byParts.method = Method::NtkByParts;
    QTest::newRow("ntk-by-parts") << byParts << true;
    RopeParams miniMind = yarn(96, 1e6, 2048, 16.0, true);
    miniMind.method = Method::MiniMind;
    miniMind.maxPositions = 32768;
    QTest::newRow("minimind (d/2-1 clamp)") << miniMind << true;
    // L = 64: corr_dim(32) < 0 is clamped to 0, so pair 0 is kept although r_0 < 32; the
    // wavelength strips cannot show that, only the pairs can.
    QTest::newRow("yarn low clamped to 0") << yarn(128, 1e4, 64, 4.0, true) << false;
}

void TestBands::yarnBandsAreTheCorrectionRange()
{
    QFETCH(RopeParams, params);
    QFETCH(bool, followsWavelength);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    // The band edges are the correction range [low, high] the blend used.
    const int d = f->rotaryDim;
    const int clamp = params.method == Method::MiniMind ? d / 2 - 1 : d - 1;
    const CorrectionRange range = yarnCorrectionRange(
        params.betaFast, params.betaSlow, d, params.base, params.originalMaxPositions,
        params.method == Method::MiniMind || params.truncate, clamp);
    QCOMPARE(f->correctionLow, range.low);
    QCOMPARE(f->correctionHigh, range.high);
    QVERIFY(range.low < range.high);
    int counts[3] = { 0, 0, 0 };
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const double x = double(i);
        const Band expected = x <= range.low ? Band::High
            : x >= range.high                ? Band::Low
                                             : Band::Medium;
        QVERIFY2(f->band[i] == expected,
                 qPrintable(QStringLiteral("pair %1 is %2 in [%3, %4]")
                                .arg(i)
                                .arg(id(*f, i))
                                .arg(range.low)
                                .arg(range.high)));
        ++counts[int(expected)];
        QCOMPARE(id(*f, i), KeptIds[int(expected)]);
        // And what the pair's ratio says agrees: kept = 1, interpolated = 1/s.
        if (expected == Band::High)
            QCOMPARE(f->ratio[Eigen::Index(i)], 1.0);
        if (expected == Band::Low)
            QVERIFY(std::abs(f->ratio[Eigen::Index(i)] * params.factor - 1.0) < 1e-12);
    }
    QVERIFY(counts[0] > 0 && counts[2] > 0);
    QCOMPARE(f->bandsFollowWavelength, followsWavelength);
    QCOMPARE(f->highFreqWavelength, double(params.originalMaxPositions) / 32.0);
    QCOMPARE(f->lowFreqWavelength, double(params.originalMaxPositions) / 1.0);
}

void TestBands::invertedBetasNeverHighAtRampOne_data()
{
    QTest::addColumn<RopeParams>("params");
    RopeParams p = yarn(128, 1e6, 32768, 4.0, true); // qwen2.5 numbers
    p.betaFast = 1.0;
    p.betaSlow = 32.0;
    QTest::newRow("yarn beta_fast 1 < beta_slow 32") << p;
    RopeParams noTruncate = p;
    noTruncate.truncate = false;
    QTest::newRow("yarn inverted, no truncate") << noTruncate;
    RopeParams byParts = p;
    byParts.method = Method::NtkByParts;
    QTest::newRow("ntk-by-parts inverted") << byParts;
    RopeParams miniMind = yarn(96, 1e6, 2048, 16.0, true);
    miniMind.method = Method::MiniMind;
    miniMind.maxPositions = 32768;
    miniMind.betaFast = 1.0;
    miniMind.betaSlow = 32.0;
    QTest::newRow("minimind inverted") << miniMind;
    RopeParams equal = p;
    equal.betaFast = 8.0;
    equal.betaSlow = 8.0;
    QTest::newRow("yarn beta_fast == beta_slow") << equal;
}

void TestBands::invertedBetasNeverHighAtRampOne()
{
    QFETCH(RopeParams, params);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    bool sawLowAtPairZero = false;
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const double ramp = f->ramp[Eigen::Index(i)];
        const QString text = id(*f, i);
        QVERIFY2(!(text == QLatin1String("high") && ramp != 0.0),
                 qPrintable(QStringLiteral("pair %1: high next to ramp %2").arg(i).arg(ramp)));
        QCOMPARE(text == QLatin1String("high"), ramp == 0.0);
        QCOMPARE(text == QLatin1String("low"), ramp == 1.0);
        if (i == 0)
            sawLowAtPairZero = text == QLatin1String("low");
    }
    if (params.betaFast < params.betaSlow) {
        // Inverted range. HF's blend: the fast pairs are the interpolated ones. MiniMind's
        // max(high - low, 0.001) instead keeps pairs up to low (= corr_dim(beta_slow)) and
        // divides the rest. Either way the strips cannot show it.
        QCOMPARE(sawLowAtPairZero, params.method != Method::MiniMind);
        QVERIFY(!f->bandsFollowWavelength);
    }
}

void TestBands::llama3BandsAreItsThresholds()
{
    const RopeParams params = llama3();
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    const double high = 8192.0 / 4.0;
    const double low = 8192.0 / 1.0;
    QCOMPARE(f->highFreqWavelength, high);
    QCOMPARE(f->lowFreqWavelength, low);
    QVERIFY(f->bandsFollowWavelength);
    QVERIFY(std::isnan(f->correctionLow));
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const double wavelength = TwoPi / f->unscaledInvFreq[Eigen::Index(i)];
        const Band expected = wavelength < high ? Band::High
            : wavelength > low                  ? Band::Low
                                                : Band::Medium;
        QCOMPARE(f->band[i], expected);
        QCOMPARE(id(*f, i), KeptIds[int(expected)]);
    }
    // ROPE_SPEC 3.7: the medium band is pairs 29-34.
    QCOMPARE(f->band[28], Band::High);
    QCOMPARE(f->band[29], Band::Medium);
    QCOMPARE(f->band[34], Band::Medium);
    QCOMPARE(f->band[35], Band::Low);
}

void TestBands::llama3InvertedThresholds()
{
    // high_freq_factor < low_freq_factor: HF's branches still decide (kept below L/hff, divided
    // above L/lff); the two strips would overlap, so the chart must shade by pair instead.
    RopeParams params = llama3();
    params.highFreqFactor = 1.0;
    params.lowFreqFactor = 4.0;
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    QVERIFY(!f->bandsFollowWavelength);
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const Eigen::Index ii = Eigen::Index(i);
        if (f->band[i] == Band::High)
            QCOMPARE(f->ratio[ii], 1.0);
        if (f->band[i] == Band::Low)
            QVERIFY(std::abs(f->ratio[ii] * params.factor - 1.0) < 1e-12);
    }
}

void TestBands::neutralMethodsNeverClaimKept_data()
{
    QTest::addColumn<RopeParams>("params");
    RopeParams base; // llama2-7b numbers: d = 128, base 10000, L = 4096
    base.originalMaxPositions = 4096;
    base.maxPositions = 4096;
    QTest::newRow("default") << base;
    RopeParams linear = base;
    linear.method = Method::Linear;
    linear.factor = 4.0;
    QTest::newRow("linear s=4") << linear;
    RopeParams ntk = base;
    ntk.method = Method::NtkAware;
    ntk.factor = 8.0;
    QTest::newRow("ntk-aware s=8") << ntk;
    RopeParams dynamic = base;
    dynamic.method = Method::Dynamic;
    dynamic.factor = 4.0;
    dynamic.seqLen = 16384;
    QTest::newRow("dynamic s=4 at 16384") << dynamic;
    QTest::newRow("longrope short") << longRope(std::nullopt);
    QTest::newRow("longrope long") << longRope(4097);
    RopeParams legacy = base;
    legacy.method = Method::MiniMindLegacy;
    legacy.headDim = 64;
    legacy.base = 1e6;
    legacy.factor = 4.0;
    legacy.betaFast = 4.0;
    legacy.betaSlow = 1.0;
    legacy.originalMaxPositions = 2048;
    QTest::newRow("minimind-legacy") << legacy;
}

void TestBands::neutralMethodsNeverClaimKept()
{
    QFETCH(RopeParams, params);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    const double context = double(originalContext(params));
    QCOMPARE(f->originalContext, context);
    QCOMPARE(f->highFreqWavelength, context / 32.0);
    QCOMPARE(f->lowFreqWavelength, context);
    QVERIFY(f->bandsFollowWavelength);
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const QString text = id(*f, i);
        QVERIFY2(NeutralIds.contains(text), qPrintable(text));
        const double r = context * f->unscaledInvFreq[Eigen::Index(i)] / TwoPi;
        QVERIFY(std::abs(f->rotations[Eigen::Index(i)] / r - 1.0) < 1e-13);
        const QString expected = r > 32.0 ? NeutralIds[0] : r < 1.0 ? NeutralIds[2] : NeutralIds[1];
        QCOMPARE(text, expected);
    }
    for (Band band : { Band::High, Band::Medium, Band::Low }) {
        const std::string_view label = bandScheme(params.method).bands[std::size_t(band)].label;
        const QString text = QString::fromUtf8(label.data(), qsizetype(label.size()));
        QVERIFY2(!text.contains(QStringLiteral("kept"))
                     && !text.contains(QStringLiteral("interpol"))
                     && !text.contains(QStringLiteral("blend")),
                 qPrintable(text));
    }
}

void TestBands::logitMultiplierAndPlacement_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<double>("attention");
    QTest::addColumn<double>("softmax");
    QTest::addColumn<int>("placement");
    // DeepSeek-V3's HF config: mscale = mscale_all_dim = 1, s = 40: the temperature moves into
    // the softmax scale (ROPE_SPEC 3.6: 1.3688879454113936^2).
    RopeParams deepseek = yarn(64, 1e4, 4096, 40.0, true);
    deepseek.mscale = 1.0;
    deepseek.mscaleAllDim = 1.0;
    const double m = yarnGetMscale(40.0, 1.0);
    QTest::newRow("deepseek-v3") << deepseek << 1.0 << m * m
                                 << int(TemperaturePlacement::SoftmaxScale);
    QTest::newRow("qwen2.5 yarn") << yarn(128, 1e6, 32768, 4.0, true) << yarnGetMscale(4.0) << 1.0
                                  << int(TemperaturePlacement::CosSin);
    RopeParams both = deepseek;
    both.attentionFactor = 1.5;
    QTest::newRow("explicit attention factor + mscale_all_dim")
        << both << 1.5 << m * m << int(TemperaturePlacement::CosSinAndSoftmaxScale);
    QTest::newRow("default") << RopeParams() << 1.0 << 1.0 << int(TemperaturePlacement::None);
}

void TestBands::logitMultiplierAndPlacement()
{
    QFETCH(RopeParams, params);
    QFETCH(double, attention);
    QFETCH(double, softmax);
    QFETCH(int, placement);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    QVERIFY(std::abs(f->attentionFactor - attention) < 1e-15);
    QVERIFY(std::abs(f->softmaxScaleMultiplier - softmax) < 1e-15);
    QVERIFY(std::abs(f->logitMultiplier - attention * attention * softmax) < 1e-14);
    QCOMPARE(int(f->temperaturePlacement), placement);
    if (params.mscaleAllDim == 1.0 && !params.attentionFactor)
        QVERIFY(std::abs(f->logitMultiplier - 1.3688879454113936 * 1.3688879454113936) < 1e-14);
}

void TestBands::longRopeFactorChoice()
{
    const auto none = computeFrequencies(longRope(std::nullopt));
    const auto atL = computeFrequencies(longRope(4096));
    const auto beyond = computeFrequencies(longRope(4097));
    QVERIFY(none.ok() && atL.ok() && beyond.ok());
    QCOMPARE(none->longRopeFactors, LongRopeFactors::Short);
    QCOMPARE(atL->longRopeFactors, LongRopeFactors::Short);
    QCOMPARE(beyond->longRopeFactors, LongRopeFactors::Long);
    QVERIFY(longRopeFactorsId(LongRopeFactors::Short) == "short");
    QVERIFY(longRopeFactorsId(LongRopeFactors::Long) == "long");
    // Pair 0 of the short list is divided by 1.1: visibly scaled although it turns fastest.
    QVERIFY(std::abs(none->ratio[0] - 1.0 / 1.1) < 1e-15);
    QCOMPARE(none->band[0], Band::High);
    QCOMPARE(id(*none, 0), QStringLiteral("many-turns"));
    const auto other = computeFrequencies(RopeParams());
    QVERIFY(other.ok());
    QCOMPARE(other->longRopeFactors, LongRopeFactors::NotUsed);
}

void TestBands::inspectLongRopeFactors()
{
    const Run shortRun = inspect(
        { QStringLiteral("--preset"), QStringLiteral("phi3-mini-128k"), QStringLiteral("--json") });
    QCOMPARE(shortRun.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(shortRun.out).object();
    QCOMPARE(json.value(QStringLiteral("longrope_factors")).toString(), QStringLiteral("short"));
    QCOMPARE(json.value(QStringLiteral("band_rule")).toString(),
             QStringLiteral("turns-within-context"));
    const QJsonArray bands = json.value(QStringLiteral("band")).toArray();
    const QJsonArray ratio = json.value(QStringLiteral("ratio")).toArray();
    QCOMPARE(bands.size(), qsizetype(48));
    for (const QJsonValue &band : bands)
        QVERIFY2(NeutralIds.contains(band.toString()), qPrintable(band.toString()));
    QCOMPARE(bands.at(0).toString(), QStringLiteral("many-turns"));
    QVERIFY(ratio.at(0).toDouble() < 0.95); // pair 0 is scaled (short factor ~1.1)

    const Run longRun = inspect({ QStringLiteral("--preset"), QStringLiteral("phi3-mini-128k"),
                                  QStringLiteral("--seq-len"), QStringLiteral("100000"),
                                  QStringLiteral("--json") });
    QCOMPARE(longRun.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(longRun.out)
                 .object()
                 .value(QStringLiteral("longrope_factors"))
                 .toString(),
             QStringLiteral("long"));

    // The table header says it too; other methods have no such line and JSON null.
    const Run table = inspect({ QStringLiteral("--preset"), QStringLiteral("phi3-mini-128k") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(QString::fromUtf8(table.out).contains(
        QRegularExpression(QStringLiteral("\\nlongrope factors\\s+short"))));
    const Run yarnRun = inspect({ QStringLiteral("--preset"), QStringLiteral("qwen2.5-7b-yarn"),
                                  QStringLiteral("--json") });
    QCOMPARE(yarnRun.exitCode, 0);
    const QJsonObject yarnJson = QJsonDocument::fromJson(yarnRun.out).object();
    QVERIFY(yarnJson.contains(QStringLiteral("longrope_factors")));
    QVERIFY(yarnJson.value(QStringLiteral("longrope_factors")).isNull());
}

void TestBands::inspectBandIds_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("ids");
    // llama2-7b's numbers (d = 128, base 10000, L = 4096) with factor 8, read as NTK-aware.
    const QString ntk = writeConfig(
        QStringLiteral("ntk8.json"),
        "{\"head_dim\": 128, \"rope_theta\": 10000.0, \"max_position_embeddings\": 4096,"
        " \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 8.0}}");
    QTest::newRow("llama2-7b numbers, ntk-aware s=8")
        << QStringList { ntk, "--method", "ntk-aware" } << NeutralIds;
    QTest::newRow("llama2-7b default") << QStringList { "--preset", "llama2-7b" } << NeutralIds;
    QTest::newRow("qwen2.5 yarn") << QStringList { "--preset", "qwen2.5-7b-yarn" } << KeptIds;
    // Qwen2.5's YaRN numbers with beta_fast 1 < beta_slow 32.
    const QString inverted = writeConfig(
        QStringLiteral("inverted.json"),
        "{\"head_dim\": 128, \"rope_theta\": 1000000.0, \"max_position_embeddings\": 131072,"
        " \"rope_scaling\": {\"rope_type\": \"yarn\", \"factor\": 4.0,"
        " \"original_max_position_embeddings\": 32768, \"beta_fast\": 1, \"beta_slow\": 32}}");
    QTest::newRow("qwen2.5 yarn numbers, beta_fast < beta_slow")
        << QStringList { inverted } << KeptIds;
    QTest::newRow("llama3.1-8b") << QStringList { "--preset", "llama3.1-8b" } << KeptIds;
}

void TestBands::inspectBandIds()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, ids);
    const Run run = inspect(arguments + QStringList { QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray bands = json.value(QStringLiteral("band")).toArray();
    const QJsonArray ramp = json.value(QStringLiteral("ramp")).toArray();
    const QJsonObject labels = json.value(QStringLiteral("band_labels")).toObject();
    QVERIFY(!bands.isEmpty());
    QCOMPARE(labels.keys().size(), 3);
    for (const QString &known : ids)
        QVERIFY(labels.contains(known));
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QString band = bands.at(i).toString();
        QVERIFY2(ids.contains(band), qPrintable(band));
        if (ids == KeptIds) {
            // YaRN / Llama 3: "high" is kept (ramp 0), "low" interpolated (ramp 1).
            QCOMPARE(band == QLatin1String("high"), ramp.at(i).toDouble() == 0.0);
            QCOMPARE(band == QLatin1String("low"), ramp.at(i).toDouble() == 1.0);
        }
    }
    // The table's band column has the same ids, in a column wide enough for them.
    const Run table = inspect(arguments);
    QCOMPARE(table.exitCode, 0);
    const QString text = QString::fromUtf8(table.out);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QRegularExpression row(
            QStringLiteral("\\n\\s+%1\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+%2\\s")
                .arg(i)
                .arg(bands.at(i).toString()));
        QVERIFY2(text.contains(row), qPrintable(QStringLiteral("pair %1").arg(i)));
    }
}

void TestBands::inspectDeepSeekTemperature()
{
    const Run run = inspect(
        { QStringLiteral("--preset"), QStringLiteral("deepseek-v3"), QStringLiteral("--json") });
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const double m = yarnGetMscale(40.0, 1.0);
    QCOMPARE(json.value(QStringLiteral("attention_factor")).toDouble(), 1.0);
    QVERIFY(std::abs(json.value(QStringLiteral("logit_multiplier")).toDouble() - m * m) < 1e-14);
    QCOMPARE(json.value(QStringLiteral("temperature_applied")).toString(),
             QStringLiteral("softmax-scale"));
    const Run table = inspect({ QStringLiteral("--preset"), QStringLiteral("deepseek-v3") });
    const QString text = QString::fromUtf8(table.out);
    QVERIFY(
        text.contains(QRegularExpression(QStringLiteral("\\nlogit multiplier 1/t\\s+1\\.87385"))));
    QVERIFY(text.contains(
        QRegularExpression(QStringLiteral("\\ntemperature applied\\s+in the softmax scale"))));
}

QTEST_APPLESS_MAIN(TestBands)
#include "tst_bands.moc"
