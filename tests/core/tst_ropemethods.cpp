// The exact numerics of every scaling method (core/numerics/rope.h) against the golden reference
// files in tests/data (produced by running HF transformers, DeepSeek-V3, the YaRN authors' repo
// and MiniMind; ROPE_SPEC.md section 8), the spec's tables, and properties.

#include "numerics/rope.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>
#include <limits>
#include <numbers>

using namespace ropelab::numerics;

Q_DECLARE_METATYPE(ropelab::numerics::RopeParams)

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

QString dataDir()
{
    return QStringLiteral(ROPELAB_TEST_DATA_DIR);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The golden files directly in tests/data (not implementations/, not validation_cases.json).
QStringList goldenFileNames()
{
    QStringList names
        = QDir(dataDir()).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    names.removeAll(QStringLiteral("validation_cases.json"));
    return names;
}

std::vector<double> toVector(const QJsonValue &value)
{
    std::vector<double> out;
    const QJsonArray array = value.toArray();
    out.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue &v : array)
        out.push_back(v.toDouble(Nan));
    return out;
}

bool present(const QJsonObject &object, const QString &key)
{
    return object.contains(key) && !object.value(key).isNull();
}

double numberOr(const QJsonObject &object, const QString &key, double fallback)
{
    return present(object, key) ? object.value(key).toDouble(Nan) : fallback;
}

// What a golden file says, mapped onto our parameters.
struct GoldenCase
{
    RopeParams params;
    // DeepSeek official: softmax_scale = qk_head_dim^-0.5 * (YaRN applied ? multiplier : 1).
    double qkHeadDim = Nan;
    bool deepSeekYarnApplied = false;
};

// HF v5 files: `config` is config.json shaped, with `rope_parameters` and `seq_len`. Mirrors
// HF standardize_rope_params and the compute functions' key reads (ROPE_SPEC 2).
std::optional<GoldenCase> mapHf(const QJsonObject &config, QString *why)
{
    const QJsonObject rp = config.value(QStringLiteral("rope_parameters")).toObject();
    const QString type
        = rp.value(QStringLiteral("rope_type"))
              .toString(rp.value(QStringLiteral("type")).toString(QStringLiteral("default")));
    const auto method = methodFromId(type.toStdString());
    if (!method || *method == Method::NtkAware || *method == Method::NtkByParts
        || *method == Method::MiniMind || *method == Method::MiniMindLegacy) {
        *why = QStringLiteral("HF rope_type '%1' has no mapping").arg(type);
        return std::nullopt;
    }
    GoldenCase c;
    RopeParams &p = c.params;
    p.method = *method;
    p.headDim = present(config, QStringLiteral("head_dim"))
        ? config.value(QStringLiteral("head_dim")).toInt()
        : config.value(QStringLiteral("hidden_size")).toInt()
            / config.value(QStringLiteral("num_attention_heads")).toInt(1);
    p.partialRotaryFactor
        = numberOr(rp, QStringLiteral("partial_rotary_factor"),
                   numberOr(config, QStringLiteral("partial_rotary_factor"), 1.0));
    p.base = numberOr(rp, QStringLiteral("rope_theta"),
                      numberOr(config, QStringLiteral("rope_theta"), 10000.0));
    p.maxPositions = static_cast<std::int64_t>(
        config.value(QStringLiteral("max_position_embeddings")).toDouble());
    const bool readsOriginal
        = p.method == Method::Yarn || p.method == Method::Llama3 || p.method == Method::LongRope;
    double original = static_cast<double>(p.maxPositions);
    if (readsOriginal && present(config, QStringLiteral("original_max_position_embeddings")))
        original = config.value(QStringLiteral("original_max_position_embeddings")).toDouble();
    else if (present(rp, QStringLiteral("original_max_position_embeddings")))
        original = rp.value(QStringLiteral("original_max_position_embeddings")).toDouble();
    p.originalMaxPositions = static_cast<std::int64_t>(original);
    if (present(rp, QStringLiteral("factor")))
        p.factor = rp.value(QStringLiteral("factor")).toDouble(Nan);
    else if (p.method == Method::Yarn || p.method == Method::LongRope)
        p.factor = static_cast<double>(p.maxPositions) / original;
    if (present(rp, QStringLiteral("attention_factor")))
        p.attentionFactor = rp.value(QStringLiteral("attention_factor")).toDouble(Nan);
    p.betaFast = numberOr(rp, QStringLiteral("beta_fast"), 0.0);
    p.betaSlow = numberOr(rp, QStringLiteral("beta_slow"), 0.0);
    p.mscale = numberOr(rp, QStringLiteral("mscale"), 0.0);
    p.mscaleAllDim = numberOr(rp, QStringLiteral("mscale_all_dim"), 0.0);
    p.truncate = rp.value(QStringLiteral("truncate")).toBool(true);
    p.lowFreqFactor = numberOr(rp, QStringLiteral("low_freq_factor"), 1.0);
    p.highFreqFactor = numberOr(rp, QStringLiteral("high_freq_factor"), 4.0);
    if (present(config, QStringLiteral("seq_len")))
        p.seqLen = static_cast<std::int64_t>(config.value(QStringLiteral("seq_len")).toDouble());
    p.shortFactor = toVector(rp.value(QStringLiteral("short_factor")));
    p.longFactor = toVector(rp.value(QStringLiteral("long_factor")));
    return c;
}

// The YaRN authors' repo (ROPE_SPEC 3.3, 3.5): constructor arguments in `config`.
std::optional<GoldenCase> mapYarnRepo(const QJsonObject &config, QString *why)
{
    const QString cls = config.value(QStringLiteral("class")).toString();
    GoldenCase c;
    RopeParams &p = c.params;
    p.headDim = config.value(QStringLiteral("dim")).toInt();
    p.base = numberOr(config, QStringLiteral("base"), 10000.0);
    p.maxPositions = static_cast<std::int64_t>(
        config.value(QStringLiteral("max_position_embeddings")).toDouble());
    if (cls == QLatin1String("LlamaNTKScaledRotaryEmbedding")) {
        p.method = Method::NtkAware;
        p.factor = numberOr(config, QStringLiteral("alpha"), 1.0);
        return c;
    }
    if (cls == QLatin1String("LlamaYaRNScaledRotaryEmbedding")
        && numberOr(config, QStringLiteral("extrapolation_factor"), 1.0) == 1.0) {
        p.factor = numberOr(config, QStringLiteral("scale"), 1.0);
        p.originalMaxPositions = static_cast<std::int64_t>(
            config.value(QStringLiteral("original_max_position_embeddings")).toDouble());
        p.betaFast = numberOr(config, QStringLiteral("beta_fast"), 32.0);
        p.betaSlow = numberOr(config, QStringLiteral("beta_slow"), 1.0);
        // mscale = get_mscale(scale) * attn_factor multiplies cos and sin.
        const double mscale
            = yarnGetMscale(p.factor) * numberOr(config, QStringLiteral("attn_factor"), 1.0);
        if (std::abs(mscale - 1.0) < 1e-12) {
            p.method = Method::NtkByParts; // the paper's NTK-by-parts: YaRN without temperature
        } else {
            p.method = Method::Yarn;
            p.attentionFactor = mscale;
        }
        return c;
    }
    *why = QStringLiteral("YaRN repo class '%1' has no mapping").arg(cls);
    return std::nullopt;
}

// DeepSeek-V3 official ModelArgs (ROPE_SPEC 3.6): YaRN with factor = rope_factor and
// mscale = mscale_all_dim = mscale, only when max_seq_len > original_seq_len.
std::optional<GoldenCase> mapDeepSeek(const QJsonObject &config)
{
    GoldenCase c;
    RopeParams &p = c.params;
    const int ropeDim = config.value(QStringLiteral("qk_rope_head_dim")).toInt();
    p.headDim = ropeDim;
    p.base = numberOr(config, QStringLiteral("rope_theta"), 10000.0);
    p.originalMaxPositions
        = static_cast<std::int64_t>(config.value(QStringLiteral("original_seq_len")).toDouble());
    p.maxPositions
        = static_cast<std::int64_t>(config.value(QStringLiteral("max_seq_len")).toDouble());
    c.deepSeekYarnApplied = p.maxPositions > p.originalMaxPositions;
    p.method = c.deepSeekYarnApplied ? Method::Yarn : Method::Default;
    p.factor = numberOr(config, QStringLiteral("rope_factor"), 40.0);
    p.betaFast = numberOr(config, QStringLiteral("beta_fast"), 32.0);
    p.betaSlow = numberOr(config, QStringLiteral("beta_slow"), 1.0);
    p.mscale = numberOr(config, QStringLiteral("mscale"), 1.0);
    p.mscaleAllDim = p.mscale;
    c.qkHeadDim = ropeDim + config.value(QStringLiteral("qk_nope_head_dim")).toInt();
    return c;
}

// MiniMind precompute_freqs_cis arguments (ROPE_SPEC 3.9). `legacy`: the 4e35fb9 power ramp.
std::optional<GoldenCase> mapMiniMind(const QJsonObject &config, bool legacy)
{
    GoldenCase c;
    RopeParams &p = c.params;
    p.headDim = config.value(QStringLiteral("head_dim")).toInt();
    p.base = numberOr(config, QStringLiteral("rope_theta"), 1e6);
    p.maxPositions = static_cast<std::int64_t>(
        config.value(QStringLiteral("end(max_position_embeddings)")).toDouble(32768));
    const QJsonValue scaling = config.value(QStringLiteral("rope_scaling"));
    if (scaling.isNull() || scaling.isUndefined()) {
        p.method = Method::Default;
        return c;
    }
    const QJsonObject s = scaling.toObject();
    p.method = legacy ? Method::MiniMindLegacy : Method::MiniMind;
    p.originalMaxPositions = static_cast<std::int64_t>(
        numberOr(s, QStringLiteral("original_max_position_embeddings"), 2048));
    p.factor = numberOr(s, QStringLiteral("factor"), legacy ? 4.0 : 16.0);
    p.betaFast = numberOr(s, QStringLiteral("beta_fast"), legacy ? 4.0 : 32.0);
    p.betaSlow = numberOr(s, QStringLiteral("beta_slow"), 1.0);
    if (!legacy)
        p.attentionFactor = numberOr(s, QStringLiteral("attention_factor"), 1.0);
    return c;
}

std::optional<GoldenCase> mapGolden(const QString &name, const QJsonObject &root, QString *why)
{
    const QJsonObject config = root.value(QStringLiteral("config")).toObject();
    if (config.contains(QStringLiteral("rope_parameters")))
        return mapHf(config, why);
    if (name.startsWith(QLatin1String("yarnrepo_")))
        return mapYarnRepo(config, why);
    if (name.startsWith(QLatin1String("deepseek_v3_")))
        return mapDeepSeek(config);
    if (name.startsWith(QLatin1String("i_minimind_")))
        return mapMiniMind(config, false);
    if (name.startsWith(QLatin1String("i2_minimind_legacy")))
        return mapMiniMind(config, true);
    *why = QStringLiteral("no mapping for golden file %1: add one to tst_ropemethods").arg(name);
    return std::nullopt;
}

// |actual - expected| <= relTol * |expected| for every entry; names the first failure.
bool relativelyClose(const Eigen::ArrayXd &actual, const std::vector<double> &expected,
                     double relTol, QString *failure)
{
    if (static_cast<std::size_t>(actual.size()) != expected.size()) {
        *failure = QStringLiteral("size %1 vs expected %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    for (Eigen::Index i = 0; i < actual.size(); ++i) {
        const double e = expected[static_cast<std::size_t>(i)];
        if (!(std::abs(actual[i] - e) <= relTol * std::abs(e))) {
            *failure = QStringLiteral("pair %1: %2 vs expected %3 (rel %4 > %5)")
                           .arg(i)
                           .arg(actual[i], 0, 'g', 17)
                           .arg(e, 0, 'g', 17)
                           .arg(std::abs(actual[i] - e) / std::abs(e), 0, 'g', 3)
                           .arg(relTol, 0, 'g', 3);
            return false;
        }
    }
    return true;
}

bool absolutelyClose(const Eigen::ArrayXd &actual, const std::vector<double> &expected,
                     double absTol, QString *failure)
{
    if (static_cast<std::size_t>(actual.size()) != expected.size()) {
        *failure = QStringLiteral("size %1 vs expected %2").arg(actual.size()).arg(expected.size());
        return false;
    }
    for (Eigen::Index i = 0; i < actual.size(); ++i) {
        const double e = expected[static_cast<std::size_t>(i)];
        if (!(std::abs(actual[i] - e) <= absTol)) {
            *failure = QStringLiteral("pair %1: %2 vs expected %3").arg(i).arg(actual[i]).arg(e);
            return false;
        }
    }
    return true;
}

bool close(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::abs(expected);
}

RopeParams yarnParams(int d, double base, std::int64_t originalLength, double factor, bool truncate)
{
    RopeParams p;
    p.method = Method::Yarn;
    p.headDim = d;
    p.base = base;
    p.originalMaxPositions = originalLength;
    p.maxPositions = static_cast<std::int64_t>(static_cast<double>(originalLength) * factor);
    p.factor = factor;
    p.truncate = truncate;
    return p;
}

RopeParams llama3Params()
{
    RopeParams p;
    p.method = Method::Llama3;
    p.headDim = 128;
    p.base = 500000.0;
    p.factor = 8.0;
    p.lowFreqFactor = 1.0;
    p.highFreqFactor = 4.0;
    p.originalMaxPositions = 8192;
    p.maxPositions = 131072;
    return p;
}

RopeParams longRopeParams()
{
    RopeParams p;
    p.method = Method::LongRope;
    p.headDim = 8;
    p.base = 10000.0;
    p.factor = 4.0;
    p.originalMaxPositions = 4096;
    p.maxPositions = 16384;
    p.shortFactor = { 1.0, 1.25, 1.5, 2.0 };
    p.longFactor = { 1.0, 2.0, 4.0, 8.0 };
    return p;
}

RopeParams withMethod(Method method)
{
    RopeParams p;
    p.method = method;
    p.headDim = 128;
    p.base = 10000.0;
    p.factor = 4.0;
    p.originalMaxPositions = 4096;
    p.maxPositions = 16384;
    if (method == Method::LongRope) {
        p.shortFactor.assign(64, 1.5);
        p.longFactor.assign(64, 3.0);
    }
    return p;
}

} // namespace

class TestRopeMethods : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenFiles_data();
    void goldenFiles();
    void goldenFilesCoverEveryHfMethod();
    void correctionRanges_data();
    void correctionRanges();
    void llama3MediumBand();
    void llama3Continuity_data();
    void llama3Continuity();
    void yarnRampShape_data();
    void yarnRampShape();
    void miniMindLegacyDefaults();
    void miniMindHighClampDiverges();
    void neutralParamsEqualDefault_data();
    void neutralParamsEqualDefault();
    void logRampMethods();
    void betaOrderIsComputable_data();
    void betaOrderIsComputable();
    void extremeButValidParamsStayFinite_data();
    void extremeButValidParamsStayFinite();
    void badParamsNameTheField_data();
    void badParamsNameTheField();
};

void TestRopeMethods::goldenFiles_data()
{
    QTest::addColumn<QString>("fileName");
    const QStringList names = goldenFileNames();
    for (const QString &name : names)
        QTest::newRow(qPrintable(name.chopped(5))) << name;
}

void TestRopeMethods::goldenFiles()
{
    QFETCH(QString, fileName);
    const QJsonObject root = readJson(dataDir() + QLatin1Char('/') + fileName);
    QVERIFY2(!root.isEmpty(), qPrintable(QStringLiteral("cannot read %1").arg(fileName)));
    QString why;
    const auto golden = mapGolden(fileName.chopped(5), root, &why);
    if (!golden)
        QFAIL(qPrintable(why)); // new golden files must be mapped, never silently skipped

    const auto result = computeFrequencies(golden->params);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const RopeFrequencies &f = result.value();
    QString failure;

    QVERIFY2(relativelyClose(f.invFreq, toVector(root.value(QStringLiteral("inv_freq_float64"))),
                             1e-12, &failure),
             qPrintable(QStringLiteral("inv_freq_float64: ") + failure));
    // The reference's float32 pipeline, reproduced, to 2.5e-7 (ROPE_SPEC 5.1) ...
    const std::vector<double> float32 = toVector(root.value(QStringLiteral("inv_freq")));
    const auto reference32 = referenceFloat32InvFreq(golden->params);
    QVERIFY(reference32.ok());
    QVERIFY2(relativelyClose(reference32.value(), float32, 2.5e-7, &failure),
             qPrintable(QStringLiteral("reference float32 vs inv_freq: ") + failure));
    // ... while the exact values differ from float32 by the float32 rounding itself (the golden
    // float32 and float64 runs differ by up to 9.3e-7 relative: d = 96 and float32 exponents).
    QVERIFY2(relativelyClose(f.invFreq, float32, 1e-6, &failure),
             qPrintable(QStringLiteral("exact vs float32 inv_freq: ") + failure));

    const double attention = root.value(QStringLiteral("attention_factor")).toDouble(Nan);
    QVERIFY2(close(f.attentionFactor, attention, 1e-12),
             qPrintable(QStringLiteral("attention_factor %1 vs %2")
                            .arg(f.attentionFactor, 0, 'g', 17)
                            .arg(attention, 0, 'g', 17)));

    if (root.contains(QStringLiteral("softmax_scale"))) {
        QVERIFY(!std::isnan(golden->qkHeadDim));
        const double expected = root.value(QStringLiteral("softmax_scale")).toDouble();
        const double multiplier = golden->deepSeekYarnApplied ? f.softmaxScaleMultiplier : 1.0;
        const double ours = std::pow(golden->qkHeadDim, -0.5) * multiplier;
        QVERIFY2(close(ours, expected, 1e-12),
                 qPrintable(QStringLiteral("softmax_scale %1 vs %2")
                                .arg(ours, 0, 'g', 17)
                                .arg(expected, 0, 'g', 17)));
    }

    const QJsonObject in = root.value(QStringLiteral("intermediates")).toObject();
    if (present(in, QStringLiteral("low"))) {
        QVERIFY2(close(f.correctionLow, in.value(QStringLiteral("low")).toDouble(), 1e-12),
                 qPrintable(QStringLiteral("low %1").arg(f.correctionLow, 0, 'g', 17)));
        QVERIFY2(close(f.correctionHigh, in.value(QStringLiteral("high")).toDouble(), 1e-12),
                 qPrintable(QStringLiteral("high %1").arg(f.correctionHigh, 0, 'g', 17)));
    }
    if (present(in, QStringLiteral("base")))
        QVERIFY2(close(f.effectiveBase, in.value(QStringLiteral("base")).toDouble(), 1e-12),
                 qPrintable(QStringLiteral("base %1").arg(f.effectiveBase, 0, 'g', 17)));
    // Ramps (the reference ran them in float32).
    const Eigen::ArrayXd keep = 1.0 - f.ramp;
    if (in.contains(QStringLiteral("inv_freq_extrapolation_factor")))
        QVERIFY2(absolutelyClose(
                     keep, toVector(in.value(QStringLiteral("inv_freq_extrapolation_factor"))),
                     1e-6, &failure),
                 qPrintable(QStringLiteral("extrapolation factor: ") + failure));
    if (in.contains(QStringLiteral("smooth")))
        QVERIFY2(
            absolutelyClose(keep, toVector(in.value(QStringLiteral("smooth"))), 1e-6, &failure),
            qPrintable(QStringLiteral("DeepSeek smooth: ") + failure));
    if (in.contains(QStringLiteral("ramp")))
        QVERIFY2(
            absolutelyClose(f.ramp, toVector(in.value(QStringLiteral("ramp"))), 1e-6, &failure),
            qPrintable(QStringLiteral("ramp: ") + failure));
    if (in.contains(QStringLiteral("is_medium_freq"))) {
        const std::vector<double> medium = toVector(in.value(QStringLiteral("is_medium_freq")));
        const std::vector<double> smooth = toVector(in.value(QStringLiteral("smooth_factor")));
        QCOMPARE(medium.size(), f.band.size());
        for (std::size_t i = 0; i < medium.size(); ++i) {
            QCOMPARE(f.band[i] == Band::Medium, medium[i] != 0.0);
            if (medium[i] != 0.0)
                QVERIFY(std::abs(keep[static_cast<Eigen::Index>(i)] - smooth[i]) < 1e-5);
        }
    }
}

void TestRopeMethods::goldenFilesCoverEveryHfMethod()
{
    QSet<int> methods;
    const QStringList names = goldenFileNames();
    for (const QString &name : names) {
        QString why;
        const auto golden
            = mapGolden(name.chopped(5), readJson(dataDir() + QLatin1Char('/') + name), &why);
        if (golden)
            methods.insert(static_cast<int>(golden->params.method));
    }
    for (Method m :
         { Method::Default, Method::Linear, Method::NtkAware, Method::Dynamic, Method::NtkByParts,
           Method::Yarn, Method::Llama3, Method::LongRope, Method::MiniMind }) {
        QVERIFY2(methods.contains(static_cast<int>(m)),
                 qPrintable(QStringLiteral("no golden file for %1")
                                .arg(QString::fromUtf8(methodInfo(m).id.data(),
                                                       qsizetype(methodInfo(m).id.size())))));
    }
}

// ROPE_SPEC 3.6 table of correction ranges.
void TestRopeMethods::correctionRanges_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("tolerance");
    QTest::newRow("deepseek-v3 d64 1e4 L4096")
        << yarnParams(64, 1e4, 4096, 40.0, true) << 10.0 << 23.0 << 0.0;
    QTest::newRow("qwen2.5 d128 1e6 L32768")
        << yarnParams(128, 1e6, 32768, 4.0, true) << 23.0 << 40.0 << 0.0;
    QTest::newRow("factor16 d128 1e4 L4096 truncate")
        << yarnParams(128, 1e4, 4096, 16.0, true) << 20.0 << 46.0 << 0.0;
    QTest::newRow("factor16 d128 1e4 L4096 no truncate")
        << yarnParams(128, 1e4, 4096, 16.0, false) << 20.9445 << 45.0269 << 5e-5;
    QTest::newRow("gpt-oss d64 1.5e5 L4096 s32 no truncate")
        << yarnParams(64, 1.5e5, 4096, 32.0, false) << 8.0928 << 17.3980 << 5e-5;
}

void TestRopeMethods::correctionRanges()
{
    QFETCH(RopeParams, params);
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, tolerance);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    QVERIFY2(std::abs(f->correctionLow - low) <= tolerance,
             qPrintable(QString::number(f->correctionLow, 'g', 10)));
    QVERIFY2(std::abs(f->correctionHigh - high) <= tolerance,
             qPrintable(QString::number(f->correctionHigh, 'g', 10)));
    // The same range from the public helper (HF find_correction_range, d-1 clamp).
    const CorrectionRange range
        = yarnCorrectionRange(params.betaFast, params.betaSlow, params.headDim, params.base,
                              params.originalMaxPositions, params.truncate, params.headDim - 1);
    QCOMPARE(range.low, f->correctionLow);
    QCOMPARE(range.high, f->correctionHigh);
}

void TestRopeMethods::llama3MediumBand()
{
    const auto f = computeFrequencies(llama3Params());
    QVERIFY(f.ok());
    QCOMPARE(f->band.size(), std::size_t(64));
    for (std::size_t i = 0; i < f->band.size(); ++i) {
        const Band expected = i < 29 ? Band::High : i <= 34 ? Band::Medium : Band::Low;
        QVERIFY2(f->band[i] == expected,
                 qPrintable(QStringLiteral("pair %1 is %2")
                                .arg(i)
                                .arg(QString::fromLatin1(bandId(f->method, f->band[i]).data()))));
        const auto ii = static_cast<Eigen::Index>(i);
        if (expected == Band::High) {
            QCOMPARE(f->ratio[ii], 1.0);
            QCOMPARE(f->ramp[ii], 0.0);
        } else if (expected == Band::Low) {
            QVERIFY(std::abs(f->ratio[ii] - 1.0 / 8.0) < 1e-15);
            QCOMPARE(f->ramp[ii], 1.0);
        } else {
            QVERIFY(f->ramp[ii] > 0.0 && f->ramp[ii] < 1.0);
            // ratio = (1 - smooth)/s + smooth with smooth = 1 - ramp
            QVERIFY(std::abs(f->ratio[ii] - (f->ramp[ii] / 8.0 + (1.0 - f->ramp[ii]))) < 1e-15);
        }
    }
    QCOMPARE(f->highFreqWavelength, 2048.0);
    QCOMPARE(f->lowFreqWavelength, 8192.0);
    QCOMPARE(f->attentionFactor, 1.0);
    QVERIFY(std::isnan(f->correctionLow));
}

// The scaled inverse frequency is continuous where a pair's wavelength crosses L/hff and L/lff.
// Pair 32 of d = 128 has wavelength 2 pi sqrt(base), so base = (W / 2 pi)^2 puts it at W.
void TestRopeMethods::llama3Continuity_data()
{
    QTest::addColumn<double>("lowFreqFactor");
    QTest::addColumn<double>("highFreqFactor");
    QTest::addColumn<double>("factor");
    QTest::addColumn<bool>("atHighThreshold");
    QTest::newRow("llama3.1 high threshold") << 1.0 << 4.0 << 8.0 << true;
    QTest::newRow("llama3.1 low threshold") << 1.0 << 4.0 << 8.0 << false;
    QTest::newRow("lff2 hff3 s32 high threshold") << 2.0 << 3.0 << 32.0 << true;
    QTest::newRow("lff2 hff3 s32 low threshold") << 2.0 << 3.0 << 32.0 << false;
}

void TestRopeMethods::llama3Continuity()
{
    QFETCH(double, lowFreqFactor);
    QFETCH(double, highFreqFactor);
    QFETCH(double, factor);
    QFETCH(bool, atHighThreshold);
    RopeParams p = llama3Params();
    p.lowFreqFactor = lowFreqFactor;
    p.highFreqFactor = highFreqFactor;
    p.factor = factor;
    const double length = static_cast<double>(p.originalMaxPositions);
    const double threshold = atHighThreshold ? length / highFreqFactor : length / lowFreqFactor;
    const double eps = 1e-9;
    auto at = [&](double wavelength) {
        RopeParams q = p;
        const double root = wavelength / (2.0 * std::numbers::pi);
        q.base = root * root;
        return computeFrequencies(q);
    };
    const auto below = at(threshold * (1.0 - eps));
    const auto above = at(threshold * (1.0 + eps));
    QVERIFY(below.ok() && above.ok());
    // The two sides really are in different bands.
    QCOMPARE(below->band[32], atHighThreshold ? Band::High : Band::Medium);
    QCOMPARE(above->band[32], atHighThreshold ? Band::Medium : Band::Low);
    QVERIFY2(std::abs(below->ratio[32] - above->ratio[32]) < 1e-7,
             qPrintable(QStringLiteral("%1 vs %2")
                            .arg(below->ratio[32], 0, 'g', 17)
                            .arg(above->ratio[32], 0, 'g', 17)));
    QVERIFY(std::abs(below->ramp[32] - above->ramp[32]) < 1e-7);
    const double expectedRatio = atHighThreshold ? 1.0 : 1.0 / factor;
    QVERIFY(std::abs(below->ratio[32] - expectedRatio) < 1e-7);
}

// YaRN-family ramp: 0 up to low, 1 from high, monotone, linear in the pair index between;
// bands agree with it (high band => kept, low band => fully interpolated).
void TestRopeMethods::yarnRampShape_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::newRow("yarn deepseek") << yarnParams(64, 1e4, 4096, 40.0, true);
    QTest::newRow("yarn qwen2.5") << yarnParams(128, 1e6, 32768, 4.0, true);
    QTest::newRow("yarn factor16 no truncate") << yarnParams(128, 1e4, 4096, 16.0, false);
    QTest::newRow("yarn gpt-oss") << yarnParams(64, 1.5e5, 4096, 32.0, false);
    RopeParams byParts = yarnParams(128, 1e4, 2048, 4.0, true);
    byParts.method = Method::NtkByParts;
    QTest::newRow("ntk-by-parts") << byParts;
    RopeParams miniMind = yarnParams(96, 1e6, 2048, 16.0, true);
    miniMind.method = Method::MiniMind;
    miniMind.maxPositions = 32768;
    QTest::newRow("minimind default") << miniMind;
}

void TestRopeMethods::yarnRampShape()
{
    QFETCH(RopeParams, params);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    const double low = f->correctionLow;
    const double high = f->correctionHigh;
    QVERIFY(low < high);
    bool sawMedium = false;
    for (Eigen::Index i = 0; i < f->ramp.size(); ++i) {
        const double x = static_cast<double>(i);
        if (x <= low)
            QCOMPARE(f->ramp[i], 0.0);
        else if (x >= high)
            QCOMPARE(f->ramp[i], 1.0);
        else
            QVERIFY(std::abs(f->ramp[i] - (x - low) / (high - low)) < 1e-15);
        if (i > 0)
            QVERIFY(f->ramp[i] >= f->ramp[i - 1]);
        // inv = unscaled * ((1 - ramp) + ramp / s)
        QVERIFY(std::abs(f->ratio[i] - ((1.0 - f->ramp[i]) + f->ramp[i] / params.factor)) < 1e-14);
        const Band band = f->band[static_cast<std::size_t>(i)];
        if (band == Band::High)
            QCOMPARE(f->ramp[i], 0.0);
        if (band == Band::Low)
            QCOMPARE(f->ramp[i], 1.0);
        sawMedium = sawMedium || band == Band::Medium;
        // r_i = L_orig / unscaled wavelength, and the band rule itself.
        const double r = static_cast<double>(params.originalMaxPositions) * f->unscaledInvFreq[i]
            / (2.0 * std::numbers::pi);
        QVERIFY(std::abs(f->rotations[i] - r) <= 1e-13 * r);
        QCOMPARE(band, r > 32.0 ? Band::High : r < 1.0 ? Band::Low : Band::Medium);
    }
    QVERIFY(sawMedium);
    QCOMPARE(f->highFreqWavelength, static_cast<double>(params.originalMaxPositions) / 32.0);
    QCOMPARE(f->lowFreqWavelength, static_cast<double>(params.originalMaxPositions) / 1.0);
}

// MiniMind legacy (4e35fb9) with its defaults: d = 512/8 = 64, base 1e6, factor 4, beta_fast 4,
// beta_slow 1, orig 2048. Hand-derived: corr_dim = 14 since 2 pi 1e6^(13/32) = 1729 <= 2048 <
// 2 pi 1e6^(14/32) = 2548; beta_i = 1 + 3 i / 31, scale_i = (4 beta_i - beta_i + 1)/(4 beta_i):
// i=0: 1, i=1: beta 34/31 -> 133/136, i=13: beta 70/31 -> 241/280; i >= 14: 1/4.
void TestRopeMethods::miniMindLegacyDefaults()
{
    RopeParams p;
    p.method = Method::MiniMindLegacy;
    p.headDim = 64;
    p.base = 1e6;
    p.factor = 4.0;
    p.betaFast = 4.0;
    p.betaSlow = 1.0;
    p.originalMaxPositions = 2048;
    p.maxPositions = 32768;
    const auto f = computeFrequencies(p);
    QVERIFY(f.ok());
    QCOMPARE(f->invFreq.size(), Eigen::Index(32));
    QVERIFY(2.0 * std::numbers::pi * std::pow(1e6, 13.0 / 32.0) <= 2048.0);
    QVERIFY(2.0 * std::numbers::pi * std::pow(1e6, 14.0 / 32.0) > 2048.0);
    QVERIFY(std::abs(f->ratio[0] - 1.0) < 1e-15);
    QVERIFY(std::abs(f->ratio[1] - 133.0 / 136.0) < 1e-15);
    QVERIFY(std::abs(f->ratio[13] - 241.0 / 280.0) < 1e-15);
    for (Eigen::Index i = 14; i < 32; ++i)
        QVERIFY(std::abs(f->ratio[i] - 0.25) < 1e-15);
    QVERIFY(std::abs(f->invFreq[13] - std::pow(1e6, -26.0 / 64.0) * 241.0 / 280.0) < 1e-15);
    // ramp = ln(ratio) / ln(1/s)
    QVERIFY(std::abs(f->ramp[1] - std::log(133.0 / 136.0) / std::log(0.25)) < 1e-14);
    QVERIFY(std::abs(f->ramp[20] - 1.0) < 1e-14);
    QCOMPARE(f->attentionFactor, 1.0);
}

// MiniMind clamps high at d/2-1, HF at d-1: d = 64, base 1e4, L_orig 262144 gives
// corr_dim(1) = 32 ln(262144 / 2 pi) / ln(1e4) = 36.96 -> ceil 37 (HF) vs 31 (MiniMind);
// corr_dim(32) = 24.9 -> floor 24 for both.
void TestRopeMethods::miniMindHighClampDiverges()
{
    RopeParams hf = yarnParams(64, 1e4, 262144, 16.0, true);
    hf.attentionFactor = 1.0;
    RopeParams mm = hf;
    mm.method = Method::MiniMind;
    const auto y = computeFrequencies(hf);
    const auto m = computeFrequencies(mm);
    QVERIFY(y.ok() && m.ok());
    const double corrDim
        = 64.0 * std::log(262144.0 / (2.0 * std::numbers::pi)) / (2.0 * std::log(1e4));
    QVERIFY(corrDim > 36.0 && corrDim < 37.0);
    QCOMPARE(y->correctionLow, 24.0);
    QCOMPARE(m->correctionLow, 24.0);
    QCOMPARE(y->correctionHigh, 37.0);
    QCOMPARE(m->correctionHigh, 31.0);
    QCOMPARE(m->ramp[31], 1.0);
    QVERIFY(std::abs(y->ramp[31] - 7.0 / 13.0) < 1e-15);
    QVERIFY(std::abs(m->ratio[31] - 1.0 / 16.0) < 1e-15);
    QVERIFY(std::abs(y->ratio[31] - ((1.0 - 7.0 / 13.0) + (7.0 / 13.0) / 16.0)) < 1e-15);
    // Below the divergence both agree.
    for (Eigen::Index i = 0; i <= 24; ++i)
        QCOMPARE(m->invFreq[i], y->invFreq[i]);
}

// With factor 1 (and neutral other parameters) every method is plain RoPE.
void TestRopeMethods::neutralParamsEqualDefault_data()
{
    QTest::addColumn<RopeParams>("params");
    for (const MethodInfo &info : methodTable()) {
        RopeParams p = withMethod(info.method);
        p.factor = 1.0;
        if (info.method == Method::LongRope) {
            p.shortFactor.assign(64, 1.0);
            p.longFactor.assign(64, 1.0);
            p.seqLen = 100000;
        }
        if (info.method == Method::MiniMindLegacy)
            p.betaFast = p.betaSlow = 1.0; // scale_i = 1/beta_i at s = 1
        QTest::newRow(
            qPrintable(QStringLiteral("%1 factor 1")
                           .arg(QString::fromLatin1(info.id.data(), qsizetype(info.id.size())))))
            << p;
    }
    RopeParams dynamic = withMethod(Method::Dynamic);
    dynamic.maxPositions = 2048;
    dynamic.seqLen = 1000;
    QTest::newRow("dynamic factor 4, seq_len < max_pos") << dynamic;
    dynamic.seqLen = 2048;
    QTest::newRow("dynamic factor 4, seq_len == max_pos") << dynamic;
    dynamic.seqLen.reset();
    QTest::newRow("dynamic factor 4, no seq_len") << dynamic;
    RopeParams miniMind = withMethod(Method::MiniMind);
    miniMind.maxPositions = miniMind.originalMaxPositions;
    QTest::newRow("minimind factor 4, max_pos == orig (branch off)") << miniMind;
}

void TestRopeMethods::neutralParamsEqualDefault()
{
    QFETCH(RopeParams, params);
    RopeParams plain = params;
    plain.method = Method::Default;
    const auto f = computeFrequencies(params);
    const auto d = computeFrequencies(plain);
    QVERIFY(f.ok() && d.ok());
    QString failure;
    const std::vector<double> expected(d->invFreq.begin(), d->invFreq.end());
    QVERIFY2(relativelyClose(f->invFreq, expected, 1e-15, &failure), qPrintable(failure));
    QCOMPARE(f->attentionFactor, 1.0);
    QCOMPARE(f->softmaxScaleMultiplier, 1.0);
    QVERIFY(std::abs(f->effectiveBase - params.base) <= 1e-15 * params.base);
    for (Eigen::Index i = 0; i < f->ratio.size(); ++i)
        QVERIFY(std::abs(f->ratio[i] - 1.0) < 1e-15);
    // The float32 reference pipeline is neutral too.
    const auto f32 = referenceFloat32InvFreq(params);
    const auto d32 = referenceFloat32InvFreq(plain);
    QVERIFY(f32.ok() && d32.ok());
    QVERIFY(((f32.value() - d32.value()).abs() <= 1e-7 * d32.value()).all());
}

// Methods whose "ramp" is the exponent ln(ratio)/ln(1/s), checked against the spec's numbers.
void TestRopeMethods::logRampMethods()
{
    // NTK-aware: base' = base s^(d/(d-2)); pair 0 is kept, the last pair is nearly /s.
    RopeParams ntk = withMethod(Method::NtkAware);
    const auto n = computeFrequencies(ntk);
    QVERIFY(n.ok());
    QVERIFY(close(n->effectiveBase, 1e4 * std::pow(4.0, 128.0 / 126.0), 1e-15));
    QCOMPARE(n->ramp[0], 0.0);
    // ln(ratio_i)/ln(1/s) = (2i/d)(d/(d-2)) = 2i/(d-2): exactly 1 at i = d/2 - 1.
    for (Eigen::Index i = 0; i < 64; ++i)
        QVERIFY(std::abs(n->ramp[i] - 2.0 * double(i) / 126.0) < 1e-12);

    // Dynamic at seq 8192, max_pos 2048, s 4: base' = 1e4 * 13^(128/126) (ROPE_SPEC 3.4).
    RopeParams dyn = withMethod(Method::Dynamic);
    dyn.maxPositions = 2048;
    dyn.seqLen = 8192;
    const auto d = computeFrequencies(dyn);
    QVERIFY(d.ok());
    QVERIFY(close(d->effectiveBase, 135401.97304176545, 1e-13));
    // Dynamic counts rotations over max_position_embeddings, its pre-training length.
    QVERIFY(close(d->rotations[0], 2048.0 / (2.0 * std::numbers::pi), 1e-15));

    // LongRoPE: long factors iff seq_len > L_orig; ramp_i = ln(ext_i)/ln(s).
    RopeParams lr = longRopeParams();
    lr.seqLen = 4097;
    const auto l = computeFrequencies(lr);
    QVERIFY(l.ok());
    const double expected[] = { 0.0, 0.5, 1.0, 1.5 }; // ln(1,2,4,8)/ln 4
    for (Eigen::Index i = 0; i < 4; ++i)
        QVERIFY(std::abs(l->ramp[i] - expected[i]) < 1e-15);
    QVERIFY(close(l->attentionFactor, std::sqrt(7.0 / 6.0), 1e-15));
    lr.attentionFactor = 0.5;
    QCOMPARE(computeFrequencies(lr)->attentionFactor, 0.5);
}

// beta_fast <= beta_slow is a warning elsewhere, but must compute (finite, ramp within [0,1]).
void TestRopeMethods::betaOrderIsComputable_data()
{
    QTest::addColumn<RopeParams>("params");
    for (Method m :
         { Method::Yarn, Method::NtkByParts, Method::MiniMind, Method::MiniMindLegacy }) {
        const std::string_view id = methodInfo(m).id;
        const QString name = QString::fromLatin1(id.data(), qsizetype(id.size()));
        for (bool truncate : { true, false }) {
            RopeParams p = withMethod(m);
            p.truncate = truncate;
            p.betaFast = 1.0;
            p.betaSlow = 32.0;
            QTest::newRow(
                qPrintable(name + QStringLiteral(" swapped betas truncate=%1").arg(truncate)))
                << p;
            p.betaFast = p.betaSlow = 4.0;
            QTest::newRow(
                qPrintable(name + QStringLiteral(" equal betas truncate=%1").arg(truncate)))
                << p;
        }
    }
}

void TestRopeMethods::betaOrderIsComputable()
{
    QFETCH(RopeParams, params);
    const auto f = computeFrequencies(params);
    QVERIFY(f.ok());
    QVERIFY(f->invFreq.allFinite() && (f->invFreq > 0.0).all());
    QVERIFY(f->ramp.allFinite());
    if (params.method != Method::MiniMindLegacy)
        QVERIFY((f->ramp >= 0.0).all() && (f->ramp <= 1.0).all());
    // Every pair lies between kept and fully interpolated.
    QVERIFY((f->ratio <= 1.0 + 1e-15).all() && (f->ratio >= 1.0 / params.factor - 1e-15).all());
}

void TestRopeMethods::extremeButValidParamsStayFinite_data()
{
    QTest::addColumn<RopeParams>("params");
    for (const MethodInfo &info : methodTable()) {
        const QString id = QString::fromLatin1(info.id.data(), qsizetype(info.id.size()));
        RopeParams p = withMethod(info.method);
        p.base = MaxBase;
        p.factor = MaxFactor;
        p.seqLen = MaxLength;
        p.maxPositions = 1;
        p.originalMaxPositions = 1;
        p.mscale = MaxFactor;
        p.mscaleAllDim = MaxFactor;
        if (info.method == Method::LongRope) {
            p.originalMaxPositions = 2; // ln(1) = 0 is rejected for the derived attention factor
            p.shortFactor.assign(64, MaxFactor);
            p.longFactor.assign(64, 1.0 / MaxFactor);
        }
        QTest::newRow(qPrintable(id + QStringLiteral(" huge base, factor and seq_len"))) << p;
        p = withMethod(info.method);
        p.base = std::nextafter(1.0, 2.0);
        p.factor = info.method == Method::MiniMindLegacy ? 1.0 : 1.0 / MaxFactor;
        p.betaFast = 1.0 / MaxBeta;
        p.betaSlow = MaxBeta;
        p.attentionFactor = -MaxFactor;
        p.originalMaxPositions = MaxLength;
        QTest::newRow(qPrintable(id + QStringLiteral(" base 1+ulp, tiny factor, extreme betas")))
            << p;
        p = withMethod(info.method);
        p.headDim = MaxRotaryDim;
        p.partialRotaryFactor = 0.5;
        if (info.method == Method::LongRope) {
            p.shortFactor.assign(MaxRotaryDim / 4, 1.5);
            p.longFactor.assign(MaxRotaryDim / 4, 3.0);
        }
        QTest::newRow(qPrintable(id + QStringLiteral(" partial rotary factor 0.5"))) << p;
        p = withMethod(info.method);
        p.headDim = 4;
        if (info.method == Method::LongRope) {
            p.shortFactor.assign(2, 1.5);
            p.longFactor.assign(2, 3.0);
        }
        QTest::newRow(qPrintable(id + QStringLiteral(" d 4"))) << p;
    }
}

void TestRopeMethods::extremeButValidParamsStayFinite()
{
    QFETCH(RopeParams, params);
    QVERIFY(!checkParams(params));
    const auto f = computeFrequencies(params);
    QVERIFY2(f.ok(), f.ok() ? "" : f.error().message.c_str());
    QCOMPARE(f->rotaryDim, rotaryDim(params.headDim, params.partialRotaryFactor));
    QCOMPARE(f->invFreq.size(), Eigen::Index(f->rotaryDim / 2));
    QCOMPARE(f->band.size(), std::size_t(f->rotaryDim / 2));
    QVERIFY(f->invFreq.allFinite() && (f->invFreq > 0.0).all());
    QVERIFY(f->wavelength.allFinite() && f->rotations.allFinite() && f->ratio.allFinite());
    QVERIFY(f->ramp.allFinite());
    QVERIFY(std::isfinite(f->attentionFactor) && std::isfinite(f->softmaxScaleMultiplier));
    QVERIFY(std::isfinite(f->effectiveBase) && std::isfinite(f->highFreqWavelength)
            && std::isfinite(f->lowFreqWavelength));
    for (Eigen::Index i = 0; i < f->invFreq.size(); ++i)
        QVERIFY(close(f->wavelength[i], 2.0 * std::numbers::pi / f->invFreq[i], 1e-15));
}

// Every bad value is an Error naming the HF field and the value; computeFrequencies returns it.
void TestRopeMethods::badParamsNameTheField_data()
{
    QTest::addColumn<RopeParams>("params");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("valueText");
    const double inf = std::numeric_limits<double>::infinity();
    auto row = [](const char *name, RopeParams p, const char *field, const char *value) {
        QTest::newRow(name) << p << QString::fromLatin1(field) << QString::fromLatin1(value);
    };
    RopeParams p;
    p = withMethod(Method::Default);
    p.headDim = 0;
    row("head_dim zero", p, "head_dim", "0");
    p = withMethod(Method::Default);
    p.headDim = -128;
    row("head_dim negative", p, "head_dim", "-128");
    p = withMethod(Method::Yarn);
    p.headDim = 127;
    row("rotary dim odd", p, "head_dim", "127");
    p = withMethod(Method::Default);
    p.headDim = 6;
    p.partialRotaryFactor = 0.25; // int(1.5) = 1
    row("rotary dim odd from partial factor", p, "head_dim", "1");
    p = withMethod(Method::Default);
    p.headDim = 2 * MaxRotaryDim;
    row("rotary dim too large", p, "head_dim", "131072");
    p = withMethod(Method::NtkAware);
    p.headDim = 2;
    row("ntk-aware rotary dim 2", p, "head_dim", "2");
    p = withMethod(Method::Dynamic);
    p.headDim = 2;
    row("dynamic rotary dim 2", p, "head_dim", "2");
    p = withMethod(Method::Default);
    p.partialRotaryFactor = 0.0;
    row("partial_rotary_factor zero", p, "partial_rotary_factor", "0");
    p = withMethod(Method::Default);
    p.partialRotaryFactor = 1.5;
    row("partial_rotary_factor above 1", p, "partial_rotary_factor", "1.5");
    p = withMethod(Method::Default);
    p.partialRotaryFactor = -0.5;
    row("partial_rotary_factor negative", p, "partial_rotary_factor", "-0.5");
    p = withMethod(Method::Default);
    p.partialRotaryFactor = Nan;
    row("partial_rotary_factor NaN", p, "partial_rotary_factor", "nan");
    p = withMethod(Method::Default);
    p.base = 1.0;
    row("rope_theta 1", p, "rope_theta", "1");
    p = withMethod(Method::Default);
    p.base = 0.5;
    row("rope_theta below 1", p, "rope_theta", "0.5");
    p = withMethod(Method::Linear);
    p.base = Nan;
    row("rope_theta NaN", p, "rope_theta", "nan");
    p = withMethod(Method::Linear);
    p.base = inf;
    row("rope_theta inf", p, "rope_theta", "inf");
    p = withMethod(Method::Linear);
    p.base = 1e101;
    row("rope_theta above MaxBase", p, "rope_theta", "1e+101");
    p = withMethod(Method::Linear);
    p.factor = 0.0;
    row("linear factor zero", p, "factor", "0");
    p = withMethod(Method::Yarn);
    p.factor = -2.0;
    row("yarn factor negative", p, "factor", "-2");
    p = withMethod(Method::NtkAware);
    p.factor = Nan;
    row("ntk-aware factor NaN", p, "factor", "nan");
    p = withMethod(Method::Llama3);
    p.factor = inf;
    row("llama3 factor inf", p, "factor", "inf");
    p = withMethod(Method::Dynamic);
    p.factor = 1e7;
    row("dynamic factor above MaxFactor", p, "factor", "10000000");
    p = withMethod(Method::Yarn);
    p.originalMaxPositions = 0;
    row("original_max_position_embeddings zero", p, "original_max_position_embeddings", "0");
    p = withMethod(Method::Llama3);
    p.originalMaxPositions = -8192;
    row("original_max_position_embeddings negative", p, "original_max_position_embeddings",
        "-8192");
    p = withMethod(Method::MiniMind);
    p.originalMaxPositions = MaxLength + 1;
    row("original_max_position_embeddings too large", p, "original_max_position_embeddings",
        "2147483649");
    p = withMethod(Method::Dynamic);
    p.maxPositions = 0;
    row("max_position_embeddings zero", p, "max_position_embeddings", "0");
    p = withMethod(Method::LongRope);
    p.maxPositions = -1;
    row("max_position_embeddings negative", p, "max_position_embeddings", "-1");
    p = withMethod(Method::Dynamic);
    p.seqLen = 0;
    row("seq_len zero", p, "seq_len", "0");
    p = withMethod(Method::LongRope);
    p.seqLen = MaxLength + 1;
    row("seq_len too large", p, "seq_len", "2147483649");
    p = withMethod(Method::Yarn);
    p.betaFast = Nan;
    row("beta_fast NaN", p, "beta_fast", "nan");
    p = withMethod(Method::NtkByParts);
    p.betaFast = -1.0;
    row("beta_fast negative", p, "beta_fast", "-1");
    p = withMethod(Method::MiniMind);
    p.betaSlow = inf;
    row("beta_slow inf", p, "beta_slow", "inf");
    p = withMethod(Method::MiniMindLegacy);
    p.betaSlow = -inf;
    row("beta_slow -inf", p, "beta_slow", "-inf");
    p = withMethod(Method::Yarn);
    p.betaSlow = 1e13;
    row("beta_slow above MaxBeta", p, "beta_slow", "10000000000000");
    p = withMethod(Method::Yarn);
    p.betaFast = 1e-13;
    row("beta_fast below 1/MaxBeta", p, "beta_fast", "1e-13");
    p = withMethod(Method::MiniMindLegacy);
    p.factor = 0.5;
    row("minimind-legacy factor below 1", p, "factor", "0.5");
    p = withMethod(Method::Yarn);
    p.mscale = 1e7;
    row("mscale above MaxFactor", p, "mscale", "10000000");
    p = withMethod(Method::Yarn);
    p.attentionFactor = -1e7;
    row("attention_factor magnitude above MaxFactor", p, "attention_factor", "-10000000");
    p = withMethod(Method::Yarn);
    p.mscale = Nan;
    row("mscale NaN", p, "mscale", "nan");
    p = withMethod(Method::Yarn);
    p.mscaleAllDim = inf;
    row("mscale_all_dim inf", p, "mscale_all_dim", "inf");
    p = withMethod(Method::Yarn);
    p.mscaleAllDim = -1.0;
    row("mscale_all_dim negative", p, "mscale_all_dim", "-1");
    p = withMethod(Method::Yarn);
    p.attentionFactor = Nan;
    row("yarn attention_factor NaN", p, "attention_factor", "nan");
    p = withMethod(Method::LongRope);
    p.attentionFactor = inf;
    row("longrope attention_factor inf", p, "attention_factor", "inf");
    p = withMethod(Method::MiniMind);
    p.attentionFactor = -inf;
    row("minimind attention_factor -inf", p, "attention_factor", "-inf");
    p = withMethod(Method::Llama3);
    p.lowFreqFactor = Nan;
    row("llama3 low_freq_factor NaN", p, "low_freq_factor", "nan");
    p = withMethod(Method::Llama3);
    p.highFreqFactor = inf;
    row("llama3 high_freq_factor inf", p, "high_freq_factor", "inf");
    p = withMethod(Method::Llama3);
    p.lowFreqFactor = 0.0;
    row("llama3 low_freq_factor zero", p, "low_freq_factor", "0");
    p = withMethod(Method::LongRope);
    p.shortFactor.resize(63);
    row("longrope short_factor too short", p, "short_factor", "length 63");
    p = withMethod(Method::LongRope);
    p.longFactor.resize(65, 2.0);
    row("longrope long_factor too long", p, "long_factor", "length 65");
    p = withMethod(Method::LongRope);
    p.longFactor[10] = 0.0;
    row("longrope long_factor zero entry", p, "long_factor", "0 at index 10");
    p = withMethod(Method::LongRope);
    p.shortFactor[3] = -1.0;
    row("longrope short_factor negative entry", p, "short_factor", "-1 at index 3");
    p = withMethod(Method::LongRope);
    p.longFactor[63] = Nan;
    row("longrope long_factor NaN entry", p, "long_factor", "nan at index 63");
    p = withMethod(Method::LongRope);
    p.originalMaxPositions = 1;
    row("longrope L_orig 1 (ln 1 = 0)", p, "original_max_position_embeddings", "1");
    p = withMethod(Method::Default);
    p.method = static_cast<Method>(200);
    row("unknown method", p, "rope_type", "200");
}

void TestRopeMethods::badParamsNameTheField()
{
    QFETCH(RopeParams, params);
    QFETCH(QString, field);
    QFETCH(QString, valueText);
    const auto error = checkParams(params);
    QVERIFY(error.has_value());
    QCOMPARE(QString::fromStdString(error->field), field);
    const QString message = QString::fromStdString(error->message);
    QVERIFY2(message.contains(field), qPrintable(message));
    QVERIFY2(message.contains(valueText), qPrintable(message));
    const auto result = computeFrequencies(params);
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error().field), field);
}

QTEST_APPLESS_MAIN(TestRopeMethods)
#include "tst_ropemethods.moc"
