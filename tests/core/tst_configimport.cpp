// Tests core::importConfigJson against Hugging Face's own validation behaviour
// (tests/data/validation_cases.json, produced by running HF v5), hostile input, and the config
// shapes people have (rope_scaling / rope_parameters, type / rope_type, Phi-3, DeepSeek).

#include "configimport.h"
#include "statefile.h"

#include "hfjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <optional>

using namespace ropelab;
using numerics::Method;

Q_DECLARE_METATYPE(std::optional<numerics::Method>)

using ropelab::tests::keyOfHfMessage;
using ropelab::tests::rawObjectAfter;

namespace {

QByteArray readData(const QString &name)
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

bool namesKey(const numerics::Error &error, const QString &key)
{
    return QString::fromStdString(error.field).contains(key)
        || QString::fromStdString(error.message).contains(key);
}

bool anyContains(const QStringList &warnings, const QString &key)
{
    for (const QString &warning : warnings) {
        if (warning.contains(key))
            return true;
    }
    return false;
}

QByteArray longropeLists(int n, const char *type = "longrope")
{
    QByteArray list = "[";
    for (int i = 0; i < n; ++i)
        list += (i ? ", " : "") + QByteArray::number(1.0 + i * 0.5);
    list += "]";
    return "\"short_factor\": " + list + ", \"long_factor\": " + list + ", \"type\": \"" + type
        + "\"";
}

} // namespace

class TestConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hfValidationCases_data();
    void hfValidationCases();
    void hostileInput_data();
    void hostileInput();
    void configShapes_data();
    void configShapes();
    void methodOverrideAndSeqLen();
    void fileErrors();
    void messagesNameTheDictAsWritten_data();
    void messagesNameTheDictAsWritten();
    void factorHasOneRule_data();
    void factorHasOneRule();
    void missingRopeTheta_data();
    void missingRopeTheta();
};

void TestConfigImport::hfValidationCases_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<bool>("hfRaised");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("uncomputable");
    QTest::addColumn<QJsonObject>("standardized");

    // Cases HF only warns about but that cannot be computed at all: an error naming the key is
    // the right answer for us (unknown rope type, factor lists of the wrong length or type).
    const QStringList uncomputable { QStringLiteral("unknown_rope_type"),
                                     QStringLiteral("longrope_wrong_length"),
                                     QStringLiteral("longrope_not_numbers") };

    const QByteArray text = readData(QStringLiteral("validation_cases.json"));
    const QJsonArray cases
        = QJsonDocument::fromJson(text).object().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() >= 27);
    for (const QJsonValue &value : cases) {
        const QJsonObject testCase = value.toObject();
        const QString name = testCase.value(QStringLiteral("name")).toString();
        const qsizetype at = text.indexOf("\"name\": \"" + name.toUtf8() + '"');
        QVERIFY(at >= 0);
        const QByteArray rope = rawObjectAfter(text, "rope_parameters", at);
        QVERIFY(!rope.isEmpty());
        const QByteArray config
            = "{\"head_dim\": "
            + QByteArray::number(testCase.value(QStringLiteral("head_dim")).toInt())
            + ", \"max_position_embeddings\": "
            + QByteArray::number(
                  testCase.value(QStringLiteral("max_position_embeddings")).toInteger())
            + ", \"rope_parameters\": " + rope + "}";

        const QString exception = testCase.value(QStringLiteral("v5_exception")).toString();
        QStringList keys;
        if (!exception.isEmpty() && !keyOfHfMessage(exception).isEmpty())
            keys << keyOfHfMessage(exception);
        for (const QJsonValue &message : testCase.value(QStringLiteral("v5_messages")).toArray()) {
            const QString key = keyOfHfMessage(message.toArray().at(1).toString());
            QVERIFY2(!key.isEmpty(), qPrintable(message.toArray().at(1).toString()));
            if (!keys.contains(key))
                keys << key;
        }
        QTest::newRow(qPrintable(name))
            << config << !exception.isEmpty() << keys << uncomputable.contains(name)
            << testCase.value(QStringLiteral("v5_standardized")).toObject();
    }
}

void TestConfigImport::hfValidationCases()
{
    QFETCH(QByteArray, config);
    QFETCH(bool, hfRaised);
    QFETCH(QStringList, keys);
    QFETCH(bool, uncomputable);
    QFETCH(QJsonObject, standardized);

    const auto result = core::importConfigJson(config);
    if (hfRaised) {
        QVERIFY2(!result.ok(), "HF raised, we accepted");
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(namesKey(result.error(), key), result.error().message.c_str());
        return;
    }
    if (!result.ok()) {
        QVERIFY2(uncomputable, result.error().message.c_str());
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(namesKey(result.error(), key), result.error().message.c_str());
        return;
    }
    QVERIFY2(!uncomputable, "expected an error for an uncomputable config");
    // These configs have no rope_theta: HF fills in its default (10000.0) silently, RoPE Lab
    // says so in exactly one warning of its own. Every other warning is HF's.
    QStringList warnings = result->warnings;
    QCOMPARE(warnings.removeAll(QStringLiteral("rope_theta is missing: assuming 10000.0 (the "
                                               "default of transformers' LlamaConfig and most "
                                               "other config classes)")),
             qsizetype(1));
    if (keys.isEmpty()) {
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    } else {
        for (const QString &key : keys)
            QVERIFY2(
                anyContains(warnings, key),
                qPrintable(key + QStringLiteral(" not in: ") + warnings.join(QLatin1Char('|'))));
    }

    // The resolved values equal HF's standardized dict.
    const numerics::RopeParams &params = result->params;
    if (standardized.value(QStringLiteral("rope_theta")).isDouble())
        QCOMPARE(params.base, standardized.value(QStringLiteral("rope_theta")).toDouble());
    if (standardized.value(QStringLiteral("factor")).isDouble()
        && (numerics::methodInfo(params.method).reads & numerics::ReadsFactor))
        QCOMPARE(params.factor, standardized.value(QStringLiteral("factor")).toDouble());
    if (standardized.value(QStringLiteral("original_max_position_embeddings")).isDouble())
        QCOMPARE(double(params.originalMaxPositions),
                 standardized.value(QStringLiteral("original_max_position_embeddings")).toDouble());
}

void TestConfigImport::hostileInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("isError");

    const auto add = [](const char *name, const QByteArray &json, const char *field, bool isError) {
        QTest::newRow(name) << json << QString::fromLatin1(field) << isError;
    };
    add("not JSON", "{\"head_dim\": 128,", "(json)", true);
    add("empty text", "", "(json)", true);
    add("JSON array", "[1, 2, 3]", "(json)", true);
    add("JSON string", "\"config\"", "(json)", true);
    add("NaN literal", "{\"head_dim\": 128, \"rope_theta\": NaN}", "NaN", true);
    add("Infinity literal", "{\"head_dim\": 128, \"rope_theta\": Infinity}", "Infinity", true);
    add("deep nesting", QByteArray(100000, '['), "(json)", true);
    add("no dimensions", "{}", "head_dim", true);
    add("rope_theta abc", "{\"head_dim\": 128, \"rope_theta\": \"abc\"}", "rope_theta", true);
    add("rope_theta numeric string", "{\"head_dim\": 128, \"rope_theta\": \"500000\"}",
        "rope_theta", false);
    add("rope_theta null",
        "{\"head_dim\": 128, \"rope_parameters\": {\"rope_type\": \"default\", \"rope_theta\": "
        "null}}",
        "rope_theta", true);
    add("rope_theta 1", "{\"head_dim\": 128, \"rope_theta\": 1}", "rope_theta", true);
    add("rope_theta negative", "{\"head_dim\": 128, \"rope_theta\": -5}", "rope_theta", true);
    add("head_dim 0", "{\"head_dim\": 0}", "head_dim", true);
    add("head_dim odd", "{\"head_dim\": 127}", "head_dim", true);
    add("head_dim negative", "{\"head_dim\": -64}", "head_dim", true);
    add("head_dim fractional", "{\"head_dim\": 64.5}", "head_dim", true);
    add("head_dim huge", "{\"head_dim\": 1000000000}", "head_dim", true);
    add("head_dim 1e300", "{\"head_dim\": 1e300}", "head_dim", true);
    add("head_dim array", "{\"head_dim\": [128]}", "head_dim", true);
    add("num_attention_heads 0", "{\"hidden_size\": 4096, \"num_attention_heads\": 0}",
        "num_attention_heads", true);
    add("hidden_size not a multiple", "{\"hidden_size\": 4100, \"num_attention_heads\": 32}",
        "hidden_size", false);
    add("max_position_embeddings 1e12",
        "{\"head_dim\": 128, \"max_position_embeddings\": 1000000000000}",
        "max_position_embeddings", true);
    add("max_position_embeddings 0", "{\"head_dim\": 128, \"max_position_embeddings\": 0}",
        "max_position_embeddings", true);
    add("rope_scaling string", "{\"head_dim\": 128, \"rope_scaling\": \"yarn\"}", "rope_scaling",
        true);
    add("rope_scaling array", "{\"head_dim\": 128, \"rope_scaling\": [1, 2]}", "rope_scaling",
        true);
    add("rope_parameters number", "{\"head_dim\": 128, \"rope_parameters\": 4}", "rope_parameters",
        true);
    add("rope_type number",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": 3, \"factor\": 2}}", "rope_type",
        true);
    add("rope_type unknown",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"proportional\"}}", "rope_type",
        true);
    add("partial_rotary_factor 0", "{\"head_dim\": 128, \"partial_rotary_factor\": 0}",
        "partial_rotary_factor", true);
    add("partial_rotary_factor 2", "{\"head_dim\": 128, \"partial_rotary_factor\": 2}",
        "partial_rotary_factor", true);
    add("partial_rotary_factor 1e300", "{\"head_dim\": 128, \"partial_rotary_factor\": 1e300}",
        "partial_rotary_factor", true);
    add("factor negative",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": -2.0}}",
        "factor", true);
    add("factor zero",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 0}}",
        "factor", true);
    add("factor text",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": \"four\"}}",
        "factor", true);
    add("factor below 1 (yarn)",
        "{\"head_dim\": 128, \"max_position_embeddings\": 4096, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 0.5, \"original_max_position_embeddings\": 4096}}",
        "factor", false);
    add("beta_fast equals beta_slow",
        "{\"head_dim\": 128, \"max_position_embeddings\": 16384, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 4.0, \"original_max_position_embeddings\": 4096, \"beta_fast\": 2.0, "
        "\"beta_slow\": 2.0}}",
        "beta_fast", false);
    add("beta_slow negative",
        "{\"head_dim\": 128, \"max_position_embeddings\": 16384, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 4.0, \"original_max_position_embeddings\": 4096, \"beta_slow\": -1.0}}",
        "beta_slow", true);
    add("original 0 (yarn)",
        "{\"head_dim\": 128, \"max_position_embeddings\": 16384, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 4.0, \"original_max_position_embeddings\": 0}}",
        "original_max_position_embeddings", true);
    add("truncate string",
        "{\"head_dim\": 128, \"max_position_embeddings\": 16384, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 4.0, \"original_max_position_embeddings\": 4096, \"truncate\": \"no\"}}",
        "truncate", true);
    add("lone mscale",
        "{\"head_dim\": 128, \"max_position_embeddings\": 16384, \"rope_scaling\": {\"rope_type\": "
        "\"yarn\", "
        "\"factor\": 4.0, \"original_max_position_embeddings\": 4096, \"mscale\": 0.707}}",
        "mscale", false);
    add("short_factor object",
        "{\"head_dim\": 8, \"max_position_embeddings\": 16384, "
        "\"original_max_position_embeddings\": 4096, "
        "\"rope_scaling\": {\"type\": \"longrope\", \"short_factor\": {\"a\": 1}, \"long_factor\": "
        "[1, 2, 3, 4]}}",
        "short_factor", true);
    add("dynamic without max_position_embeddings",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"dynamic\", \"factor\": 2.0}}",
        "max_position_embeddings", true);
    add("llama3 high_freq_factor text",
        "{\"head_dim\": 128, \"max_position_embeddings\": 131072, \"rope_scaling\": "
        "{\"rope_type\": \"llama3\", "
        "\"factor\": 8.0, \"low_freq_factor\": 1.0, \"high_freq_factor\": \"x\", "
        "\"original_max_position_embeddings\": 8192}}",
        "high_freq_factor", true);
    add("file too large",
        "{\"head_dim\": 128, \"pad\": \"" + QByteArray(17 * 1024 * 1024, 'x') + "\"}", "(json)",
        true);
}

void TestConfigImport::hostileInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(bool, isError);

    const auto result = core::importConfigJson(json);
    if (isError) {
        QVERIFY2(!result.ok(),
                 result.ok() ? qPrintable(result->warnings.join(QLatin1Char('|'))) : "");
        QVERIFY2(namesKey(result.error(), field), result.error().message.c_str());
        QVERIFY(!QString::fromStdString(result.error().message).contains(QLatin1Char('\n')));
    } else {
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QVERIFY2(anyContains(result->warnings, field),
                 qPrintable(result->warnings.join(QLatin1Char('|'))));
    }
}

void TestConfigImport::configShapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("headDim");
    QTest::addColumn<double>("prf");
    QTest::addColumn<double>("base");
    QTest::addColumn<double>("factor");
    QTest::addColumn<qint64>("original");
    QTest::addColumn<qint64>("maxPositions");
    QTest::addColumn<int>("qkHeadDim");

    const auto add
        = [](const char *name, const QByteArray &json, Method method, int headDim, double prf,
             double base, double factor, qint64 original, qint64 maxPositions, int qkHeadDim) {
              QTest::newRow(name) << json << int(method) << headDim << prf << base << factor
                                  << original << maxPositions << qkHeadDim;
          };
    add("no rope params: default RoPE", "{\"hidden_size\": 4096, \"num_attention_heads\": 32}",
        Method::Default, 128, 1.0, 10000.0, 1.0, 4096, 4096, 0);
    add("top-level rope_theta",
        "{\"head_dim\": 64, \"rope_theta\": 500000, \"rope_scaling\": null}", Method::Default, 64,
        1.0, 500000.0, 1.0, 4096, 4096, 0);
    add("head_dim beats hidden_size/heads",
        "{\"head_dim\": 64, \"hidden_size\": 2880, \"num_attention_heads\": 64}", Method::Default,
        64, 1.0, 10000.0, 1.0, 4096, 4096, 0);
    add("legacy type key",
        "{\"head_dim\": 128, \"rope_scaling\": {\"type\": \"linear\", \"factor\": 2}}",
        Method::Linear, 128, 1.0, 10000.0, 2.0, 4096, 4096, 0);
    add("rope_type key",
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 3}}",
        Method::Linear, 128, 1.0, 10000.0, 3.0, 4096, 4096, 0);
    add("rope_parameters with theta and prf",
        "{\"head_dim\": 128, \"rope_theta\": 1.0, \"rope_parameters\": {\"rope_type\": \"linear\", "
        "\"factor\": 2.0, \"rope_theta\": 20000.0, \"partial_rotary_factor\": 0.5}}",
        Method::Linear, 128, 0.5, 20000.0, 2.0, 4096, 4096, 0);
    add("top-level partial_rotary_factor", "{\"head_dim\": 128, \"partial_rotary_factor\": 0.25}",
        Method::Default, 128, 0.25, 10000.0, 1.0, 4096, 4096, 0);
    add("rope_scaling wins over rope_parameters",
        "{\"head_dim\": 128, \"rope_parameters\": {\"rope_type\": \"linear\", \"factor\": 2.0}, "
        "\"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 5.0}}",
        Method::Linear, 128, 1.0, 10000.0, 5.0, 4096, 4096, 0);
    add("empty rope_scaling falls back to rope_parameters",
        "{\"head_dim\": 128, \"rope_scaling\": {}, \"rope_parameters\": {\"rope_type\": "
        "\"linear\", \"factor\": 2.0}}",
        Method::Linear, 128, 1.0, 10000.0, 2.0, 4096, 4096, 0);
    add("yarn original defaults to max_position_embeddings",
        "{\"head_dim\": 128, \"max_position_embeddings\": 32768, \"rope_scaling\": {\"type\": "
        "\"yarn\", \"factor\": 4.0}}",
        Method::Yarn, 128, 1.0, 10000.0, 4.0, 32768, 32768, 0);
    add("yarn factor null derives max/original",
        "{\"head_dim\": 128, \"max_position_embeddings\": 32768, \"rope_scaling\": {\"type\": "
        "\"yarn\", "
        "\"factor\": null, \"original_max_position_embeddings\": 4096}}",
        Method::Yarn, 128, 1.0, 10000.0, 8.0, 4096, 32768, 0);
    add("Phi-3 top-level original overwrites the dict",
        "{\"hidden_size\": 64, \"num_attention_heads\": 8, \"max_position_embeddings\": 131072, "
        "\"original_max_position_embeddings\": 4096, \"rope_scaling\": "
        "{\"original_max_position_embeddings\": 2048, "
            + longropeLists(4) + "}}",
        Method::LongRope, 8, 1.0, 10000.0, 32.0, 4096, 131072, 0);
    add("legacy su type is longrope",
        "{\"hidden_size\": 64, \"num_attention_heads\": 8, \"max_position_embeddings\": 131072, "
        "\"original_max_position_embeddings\": 4096, \"rope_scaling\": {"
            + longropeLists(4, "su") + "}}",
        Method::LongRope, 8, 1.0, 10000.0, 32.0, 4096, 131072, 0);
    add("llama3 top-level original overwrites the dict",
        "{\"head_dim\": 128, \"max_position_embeddings\": 131072, "
        "\"original_max_position_embeddings\": 8192, "
        "\"rope_scaling\": {\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": 1.0, "
        "\"high_freq_factor\": 4.0, \"original_max_position_embeddings\": 4096}}",
        Method::Llama3, 128, 1.0, 10000.0, 8.0, 8192, 131072, 0);
    add("dynamic: top-level original is informative only",
        "{\"head_dim\": 128, \"max_position_embeddings\": 2048, "
        "\"original_max_position_embeddings\": 1024, "
        "\"rope_scaling\": {\"rope_type\": \"dynamic\", \"factor\": 4.0}}",
        Method::Dynamic, 128, 1.0, 10000.0, 4.0, 1024, 2048, 0);
    add("DeepSeek qk_rope_head_dim",
        "{\"hidden_size\": 7168, \"num_attention_heads\": 128, \"qk_nope_head_dim\": 128, "
        "\"qk_rope_head_dim\": 64, "
        "\"max_position_embeddings\": 163840, \"rope_scaling\": {\"type\": \"yarn\", \"factor\": "
        "40, "
        "\"original_max_position_embeddings\": 4096, \"mscale\": 1.0, \"mscale_all_dim\": 1.0}}",
        Method::Yarn, 64, 1.0, 10000.0, 40.0, 4096, 163840, 192);
    add("per-layer rope_parameters",
        "{\"head_dim\": 128, \"max_position_embeddings\": 8192, \"rope_parameters\": "
        "{\"sliding_attention\": "
        "{\"rope_type\": \"default\", \"rope_theta\": 10000.0}, \"full_attention\": "
        "{\"rope_type\": \"linear\", "
        "\"factor\": 8.0, \"rope_theta\": 1000000.0}}}",
        Method::Linear, 128, 1.0, 1000000.0, 8.0, 8192, 8192, 0);
    add("our own method id as rope_type",
        "{\"head_dim\": 64, \"max_position_embeddings\": 8192, \"rope_scaling\": {\"rope_type\": "
        "\"ntk-aware\", \"factor\": 4}}",
        Method::NtkAware, 64, 1.0, 10000.0, 4.0, 8192, 8192, 0);
}

void TestConfigImport::configShapes()
{
    QFETCH(QByteArray, json);
    QFETCH(int, method);
    QFETCH(int, headDim);
    QFETCH(double, prf);
    QFETCH(double, base);
    QFETCH(double, factor);
    QFETCH(qint64, original);
    QFETCH(qint64, maxPositions);
    QFETCH(int, qkHeadDim);

    const auto result = core::importConfigJson(json);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    const numerics::RopeParams &params = result->params;
    QCOMPARE(int(params.method), method);
    QCOMPARE(params.headDim, headDim);
    QCOMPARE(params.partialRotaryFactor, prf);
    QCOMPARE(params.base, base);
    QCOMPARE(params.factor, factor);
    QCOMPARE(qint64(params.originalMaxPositions), original);
    QCOMPARE(qint64(params.maxPositions), maxPositions);
    QCOMPARE(result->qkHeadDim, qkHeadDim);
}

void TestConfigImport::methodOverrideAndSeqLen()
{
    const QByteArray yarn
        = "{\"head_dim\": 96, \"max_position_embeddings\": 32768, \"rope_theta\": 1000000.0, "
          "\"rope_scaling\": {\"beta_fast\": 32, \"beta_slow\": 1, \"factor\": 16, "
          "\"original_max_position_embeddings\": 2048, \"attention_factor\": 1.0, \"type\": "
          "\"yarn\"}}";
    core::ImportOptions options;
    options.methodOverride = Method::MiniMind;
    options.seqLen = 5000;
    const auto result = core::importConfigJson(yarn, options);
    QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
    QCOMPARE(result->params.method, Method::MiniMind);
    QCOMPARE(result->ropeType, QStringLiteral("yarn"));
    QCOMPARE(result->params.factor, 16.0);
    QCOMPARE(result->params.betaFast, 32.0);
    QCOMPARE(result->params.originalMaxPositions, std::int64_t(2048));
    QVERIFY(result->params.attentionFactor.has_value());
    QCOMPARE(*result->params.attentionFactor, 1.0);
    QCOMPARE(result->params.seqLen, std::optional<std::int64_t>(5000));
    QVERIFY(result->warnings.isEmpty());

    // An unknown rope type is computable once a method is given; the warning names rope_type.
    const auto overridden = core::importConfigJson(
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"foo\", \"factor\": 2.0}}",
        core::ImportOptions { Method::Linear, std::nullopt });
    QVERIFY2(overridden.ok(), overridden.ok() ? "" : overridden.error().message.c_str());
    QCOMPARE(overridden->params.method, Method::Linear);
    QCOMPARE(overridden->params.factor, 2.0);
    QVERIFY(anyContains(overridden->warnings, QStringLiteral("rope_type")));

    // A bad seq_len is an error naming seq_len.
    const auto badSeq
        = core::importConfigJson("{\"head_dim\": 128, \"max_position_embeddings\": 2048, "
                                 "\"rope_scaling\": {\"rope_type\": \"dynamic\", \"factor\": 2.0}}",
                                 core::ImportOptions { std::nullopt, qint64(-5) });
    QVERIFY(!badSeq.ok());
    QVERIFY2(namesKey(badSeq.error(), QStringLiteral("seq_len")), badSeq.error().message.c_str());

    // A RoPE Lab state file is recognised by its "format" key.
    numerics::RopeParams params;
    params.method = Method::Llama3;
    params.headDim = 64;
    params.base = 500000.0;
    params.factor = 8.0;
    params.originalMaxPositions = 8192;
    params.maxPositions = 131072;
    const auto state = core::importConfigJson(core::saveState(params));
    QVERIFY2(state.ok(), state.ok() ? "" : state.error().message.c_str());
    QVERIFY(state->params == params);
    QCOMPARE(state->ropeType, QStringLiteral("llama3"));
}

void TestConfigImport::fileErrors()
{
    const auto missing = core::importConfigFile(QStringLiteral("/nonexistent/dir/config.json"));
    QVERIFY(!missing.ok());
    QVERIFY(
        QString::fromStdString(missing.error().message).contains(QStringLiteral("config.json")));

    const auto directory = core::importConfigFile(QStringLiteral(ROPELAB_TEST_DATA_DIR));
    QVERIFY(!directory.ok());

    const auto golden
        = core::importConfigFile(QStringLiteral(ROPELAB_TEST_DATA_DIR "/validation_cases.json"));
    QVERIFY(!golden.ok()); // a JSON object, but no dimensions
    QVERIFY2(namesKey(golden.error(), QStringLiteral("head_dim")), golden.error().message.c_str());
    QVERIFY(QString::fromStdString(golden.error().message)
                .startsWith(QStringLiteral("validation_cases.json: ")));
}

void TestConfigImport::messagesNameTheDictAsWritten_data()
{
    QTest::addColumn<QByteArray>("rope"); // the dict's body
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("expected"); // in the message, with %1 = the dict's key
    QTest::newRow("factor below 1")
        << QByteArray("\"rope_type\": \"linear\", \"factor\": 0.5") << false
        << "`%1`'s factor field must be a float or int >= 1, got 0.5";
    QTest::newRow("unknown key") << QByteArray(
        "\"rope_type\": \"linear\", \"factor\": 2.0, \"foo\": 1")
                                 << false
                                 << "Unrecognized keys in `%1` for 'rope_type'='linear': {'foo'}";
    QTest::newRow("missing key") << QByteArray("\"rope_type\": \"linear\"") << true
                                 << "Missing required keys in `%1` for 'rope_type'='linear': "
                                    "{'factor'}";
    QTest::newRow("yarn factor mismatch")
        << QByteArray("\"rope_type\": \"yarn\", \"factor\": 4.0, "
                      "\"original_max_position_embeddings\": 4096")
        << false << "(config.%1['factor'] = 4.0)";
    QTest::newRow("beta_fast <= beta_slow")
        << QByteArray("\"rope_type\": \"yarn\", \"factor\": 2.0, "
                      "\"original_max_position_embeddings\": 4096, \"beta_fast\": 1.0, "
                      "\"beta_slow\": 2.0")
        << false << "`%1`'s beta_fast field must be greater than beta_slow";
    QTest::newRow("llama3 low_freq_factor text")
        << QByteArray("\"rope_type\": \"llama3\", \"factor\": 8.0, \"low_freq_factor\": "
                      "\"x\", \"high_freq_factor\": 4.0, "
                      "\"original_max_position_embeddings\": 8192")
        << true << "`%1`'s low_freq_factor field must be a float or int, got x";
}

void TestConfigImport::messagesNameTheDictAsWritten()
{
    QFETCH(QByteArray, rope);
    QFETCH(bool, isError);
    QFETCH(QString, expected);
    for (const QString &key :
         { QStringLiteral("rope_scaling"), QStringLiteral("rope_parameters") }) {
        const QString other = key == QLatin1String("rope_scaling")
            ? QStringLiteral("rope_parameters")
            : QStringLiteral("rope_scaling");
        const QByteArray json = "{\"head_dim\": 128, \"rope_theta\": 10000.0, "
                                "\"max_position_embeddings\": 32768, \""
            + key.toUtf8() + "\": {" + rope + "}}";
        const auto result = core::importConfigJson(json);
        QCOMPARE(!result.ok(), isError);
        const QStringList messages = isError
            ? QStringList { QString::fromStdString(result.error().message) }
            : result->warnings;
        QVERIFY2(anyContains(messages, expected.arg(key)),
                 qPrintable(expected.arg(key) + QStringLiteral(" not in: ")
                            + messages.join(QLatin1Char('|'))));
        QVERIFY2(!anyContains(messages, other), qPrintable(messages.join(QLatin1Char('|'))));
    }
}

void TestConfigImport::factorHasOneRule_data()
{
    QTest::addColumn<QByteArray>("factor"); // as written in the file
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("shown");
    QTest::newRow("0.5: computed, with a warning") << QByteArray("0.5") << false << "0.5";
    QTest::newRow("string \"4\": computed, with a warning") << QByteArray("\"4\"") << false << "4";
    QTest::newRow("-1: error") << QByteArray("-1") << true << "-1";
    QTest::newRow("0: error") << QByteArray("0") << true << "0";
    QTest::newRow("abc: error") << QByteArray("\"abc\"") << true << "abc";
    QTest::newRow("2e6: error") << QByteArray("2e6") << true << "2000000.0";
    QTest::newRow("null: error") << QByteArray("null") << true << "None";
}

void TestConfigImport::factorHasOneRule()
{
    // One sentence, HF's, whatever the severity; the error adds what RoPE Lab can compute.
    QFETCH(QByteArray, factor);
    QFETCH(bool, isError);
    QFETCH(QString, shown);
    const QByteArray json = "{\"head_dim\": 128, \"rope_theta\": 10000.0, "
                            "\"rope_scaling\": {\"type\": \"linear\", \"factor\": "
        + factor + "}}";
    const auto result = core::importConfigJson(json);
    const QString sentence
        = QStringLiteral("`rope_scaling`'s factor field must be a float or int >= 1, got ") + shown;
    if (isError) {
        QVERIFY2(!result.ok(),
                 result.ok() ? qPrintable(result->warnings.join(QLatin1Char('|'))) : "");
        QCOMPARE(QString::fromStdString(result.error().field), QStringLiteral("factor"));
        QCOMPARE(QString::fromStdString(result.error().message),
                 sentence
                     + QStringLiteral(" (RoPE Lab computes factors from 1e-06 to 1000000.0, "
                                      "those below 1 with a warning)"));
    } else {
        QVERIFY2(result.ok(), result.ok() ? "" : result.error().message.c_str());
        QCOMPARE(result->warnings, QStringList { sentence });
    }
}

void TestConfigImport::missingRopeTheta_data()
{
    QTest::addColumn<QByteArray>("modelType"); // "" for none
    QTest::addColumn<double>("base");
    QTest::addColumn<QString>("warning"); // "" for none
    const QString generic = QStringLiteral("rope_theta is missing: assuming 10000.0 (the default "
                                           "of transformers' LlamaConfig and most other config "
                                           "classes)");
    QTest::newRow("no model_type") << QByteArray() << 10000.0 << generic;
    QTest::newRow("qwen2") << QByteArray("qwen2") << 10000.0 << generic;
    QTest::newRow("llama") << QByteArray("llama") << 10000.0
                           << "rope_theta is missing: assuming 10000.0 (the default of "
                              "transformers' LlamaConfig)";
    QTest::newRow("gpt_oss") << QByteArray("gpt_oss") << 150000.0
                             << "rope_theta is missing: assuming 150000.0 (the default of "
                                "transformers' GptOssConfig)";
    QTest::newRow("llama4_text") << QByteArray("llama4_text") << 500000.0
                                 << "rope_theta is missing: assuming 500000.0 (the default of "
                                    "transformers' Llama4TextConfig)";
}

void TestConfigImport::missingRopeTheta()
{
    QFETCH(QByteArray, modelType);
    QFETCH(double, base);
    QFETCH(QString, warning);
    const QByteArray type
        = modelType.isEmpty() ? QByteArray() : "\"model_type\": \"" + modelType + "\", ";
    const auto missing = core::importConfigJson("{" + type + "\"head_dim\": 128}");
    QVERIFY2(missing.ok(), missing.ok() ? "" : missing.error().message.c_str());
    QCOMPARE(missing->params.base, base);
    QCOMPARE(missing->warnings, QStringList { warning });
    // Given at the top level or in the dict: no warning, the value as written.
    const auto top = core::importConfigJson("{" + type + "\"head_dim\": 128, \"rope_theta\": 5e5}");
    QVERIFY(top.ok());
    QCOMPARE(top->params.base, 500000.0);
    QVERIFY2(top->warnings.isEmpty(), qPrintable(top->warnings.join(QLatin1Char('|'))));
    const auto inDict = core::importConfigJson(
        "{" + type
        + "\"head_dim\": 128, \"rope_parameters\": {\"rope_type\": \"default\", "
          "\"rope_theta\": 20000.0}}");
    QVERIFY(inDict.ok());
    QCOMPARE(inDict->params.base, 20000.0);
    QVERIFY2(inDict->warnings.isEmpty(), qPrintable(inDict->warnings.join(QLatin1Char('|'))));
}

QTEST_APPLESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
