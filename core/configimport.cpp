#include "configimport.h"

#include "paramcheck.h"
#include "statefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <tuple>

namespace ropelab::core {

namespace {

using numerics::Error;
using numerics::Method;
using numerics::Result;
using numerics::RopeParams;

constexpr qint64 MaxConfigBytes = 16 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Raw number tokens. QJsonDocument stores 8192.0 as the integer 8192, but HF's validation tells
// `8192` (int) from `8192.0` (float) (llama3 original_max_position_embeddings must be an int,
// yarn attention_factor a float). This scanner walks the already validated JSON text and
// records the literal text of every number that sits in an object chain of depth <= 3
// ("rope_scaling/attention_factor", "original_max_position_embeddings", ...).

class NumberTokens
{
public:
    explicit NumberTokens(const QByteArray &json) : m_text(json) { scan(); }

    // The literal ("8192.0", "1", "4e3"), or empty if the value is not a number there.
    QByteArray token(const QString &path) const { return m_tokens.value(path); }
    bool isFloatLiteral(const QString &path) const
    {
        const QByteArray literal = token(path);
        return literal.contains('.') || literal.contains('e') || literal.contains('E');
    }

private:
    struct Frame
    {
        bool object = false;
        bool expectKey = true;
        QString key;
    };

    void skipString(qsizetype &i, QString *out) const
    {
        ++i; // opening quote
        const qsizetype start = i;
        while (i < m_text.size() && m_text[i] != '"') {
            if (m_text[i] == '\\')
                ++i;
            ++i;
        }
        if (out)
            *out = QString::fromUtf8(m_text.mid(start, i - start));
        ++i; // closing quote
    }

    QString currentPath() const
    {
        QStringList keys;
        for (const Frame &frame : m_stack) {
            if (!frame.object)
                return {};
            keys << frame.key;
        }
        return keys.join(QLatin1Char('/'));
    }

    void scan()
    {
        qsizetype i = 0;
        const qsizetype n = m_text.size();
        while (i < n) {
            const char c = m_text[i];
            if (c == '{' || c == '[') {
                m_stack.push_back(Frame { c == '{', true, {} });
                ++i;
            } else if (c == '}' || c == ']') {
                if (!m_stack.isEmpty())
                    m_stack.pop_back();
                ++i;
            } else if (c == ',') {
                if (!m_stack.isEmpty() && m_stack.back().object)
                    m_stack.back().expectKey = true;
                ++i;
            } else if (c == ':') {
                if (!m_stack.isEmpty())
                    m_stack.back().expectKey = false;
                ++i;
            } else if (c == '"') {
                if (!m_stack.isEmpty() && m_stack.back().object && m_stack.back().expectKey)
                    skipString(i, &m_stack.back().key);
                else
                    skipString(i, nullptr);
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                const qsizetype start = i;
                while (i < n
                       && (std::isdigit(static_cast<unsigned char>(m_text[i])) || m_text[i] == '-'
                           || m_text[i] == '+' || m_text[i] == '.' || m_text[i] == 'e'
                           || m_text[i] == 'E'))
                    ++i;
                if (m_stack.size() <= 3) {
                    const QString path = currentPath();
                    if (!path.isEmpty())
                        m_tokens.insert(path, m_text.mid(start, i - start));
                }
            } else {
                ++i;
            }
        }
    }

    const QByteArray &m_text;
    QList<Frame> m_stack;
    QHash<QString, QByteArray> m_tokens;
};

// ---------------------------------------------------------------------------------------------
// Python-style display of JSON values, so messages read like HF's.

QString pythonValue(const QJsonValue &value, const QByteArray &literal = {})
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        if (!literal.isEmpty() && !literal.contains('.') && !literal.contains('e')
            && !literal.contains('E'))
            return QString::fromLatin1(literal);
        return pythonFloat(value.toDouble());
    case QJsonValue::String:
        return value.toString().left(80);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QStringList items;
        for (qsizetype i = 0; i < array.size() && i < 8; ++i) {
            const QJsonValue item = array.at(i);
            items << (item.isString()
                          ? QLatin1Char('\'') + item.toString().left(20) + QLatin1Char('\'')
                          : pythonValue(item));
        }
        if (array.size() > 8)
            items << QStringLiteral("...");
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object:
        return QStringLiteral("{...}");
    }
    return QStringLiteral("None");
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// "a string 'yarn'", "an array [1, 2]", "a number 4": the type and the value, for messages.
QString typedValue(const QJsonValue &value)
{
    const bool quoted = value.isString() || value.isBool();
    return typeName(value) + QLatin1Char(' ')
        + (quoted ? QLatin1Char('\'') + pythonValue(value) + QLatin1Char('\'')
                  : pythonValue(value));
}

Error makeError(const QString &field, const QString &message)
{
    return Error { field.toStdString(), message.toStdString() };
}

QString pythonSet(QStringList keys)
{
    keys.sort();
    for (QString &key : keys)
        key = QLatin1Char('\'') + key + QLatin1Char('\'');
    return QLatin1Char('{') + keys.join(QStringLiteral(", ")) + QLatin1Char('}');
}

// ---------------------------------------------------------------------------------------------
// One import: the config root, the chosen rope dict, and the warnings collected so far.

struct Source
{
    QJsonObject root;
    QJsonObject rope; // rope_scaling / rope_parameters (possibly one layer type of it)
    QString ropePath; // token path prefix of `rope` ("rope_scaling", "rope_parameters/full")
    // The dict as the file spells it, for messages (HF v5's name when the file has neither).
    QString ropeKey = QStringLiteral("rope_parameters");
    const NumberTokens *tokens = nullptr;
    QStringList warnings;

    QByteArray topToken(const QString &key) const { return tokens->token(key); }
    // HF's message prefix, naming the dict as the file does: "`rope_scaling`'s ".
    QString hfPrefix() const { return ropeDictPrefix(ropeKey); }
    QByteArray ropeToken(const QString &key) const
    {
        return ropePath.isEmpty() ? QByteArray() : tokens->token(ropePath + QLatin1Char('/') + key);
    }
};

enum class Place { Top, Rope };

struct Number
{
    bool present = false; // key present and not null
    bool null = false; // key present with null
    double value = 0.0;
    bool fromString = false;
    bool floatLiteral = false;
    QString shown; // Python display of the value as written
};

// Reads a number; numeric strings ("4") are accepted with a warning (HF warns and goes on),
// anything else that is not a number is an error naming the key.
Result<Number> readNumber(Source &source, Place place, const QString &key)
{
    const QJsonObject &object = place == Place::Top ? source.root : source.rope;
    const QJsonValue value = object.value(key);
    Number number;
    if (value.isUndefined())
        return number;
    if (value.isNull()) {
        number.null = true;
        number.shown = QStringLiteral("None");
        return number;
    }
    const QByteArray literal = place == Place::Top ? source.topToken(key) : source.ropeToken(key);
    number.shown = pythonValue(value, literal);
    if (value.isDouble()) {
        number.present = true;
        number.value = value.toDouble();
        number.floatLiteral
            = literal.contains('.') || literal.contains('e') || literal.contains('E');
        return number;
    }
    if (value.isString()) {
        bool ok = false;
        const double parsed = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(parsed)) {
            number.present = true;
            number.fromString = true;
            number.value = parsed;
            number.floatLiteral = value.toString().contains(QLatin1Char('.'));
            return number;
        }
    }
    return makeError(key,
                     QStringLiteral("%1 must be a number, got %2").arg(key, typedValue(value)));
}

// A number that must be a whole number in [minimum, maximum] (checked before any cast).
Result<Number> readInteger(Source &source, Place place, const QString &key, double minimum,
                           double maximum)
{
    auto number = readNumber(source, place, key);
    if (!number || !number->present)
        return number;
    const double value = number->value;
    if (std::floor(value) != value)
        return makeError(key,
                         QStringLiteral("%1 must be an integer, got %2").arg(key, number->shown));
    if (value < minimum || value > maximum) {
        return makeError(key,
                         QStringLiteral("%1 must be between %2 and %3, got %4")
                             .arg(key)
                             .arg(qint64(minimum))
                             .arg(qint64(maximum))
                             .arg(number->shown));
    }
    return number;
}

void warnString(Source &source, const QString &key, const Number &number)
{
    if (number.fromString) {
        source.warnings << QStringLiteral("%1 should be a number, got the string '%2'; using %3")
                               .arg(key, number.shown, pythonFloat(number.value));
    }
}

// HF's rope types and the keys their validation accepts (ROPE_SPEC 7).
struct HfType
{
    const char *name;
    Method method;
    QStringList required;
    QStringList optional;
};

const QList<HfType> &hfTypes()
{
    static const QList<HfType> types {
        { "default",
          Method::Default,
          { QStringLiteral("rope_type") },
          { QStringLiteral("rope_theta") } },
        { "linear",
          Method::Linear,
          { QStringLiteral("rope_type"), QStringLiteral("factor") },
          { QStringLiteral("rope_theta") } },
        { "dynamic",
          Method::Dynamic,
          { QStringLiteral("rope_type"), QStringLiteral("factor") },
          { QStringLiteral("rope_theta") } },
        { "yarn",
          Method::Yarn,
          { QStringLiteral("rope_type"), QStringLiteral("factor"),
            QStringLiteral("original_max_position_embeddings") },
          { QStringLiteral("rope_theta"), QStringLiteral("attention_factor"),
            QStringLiteral("beta_fast"), QStringLiteral("beta_slow"), QStringLiteral("mscale"),
            QStringLiteral("mscale_all_dim"), QStringLiteral("truncate") } },
        { "longrope",
          Method::LongRope,
          { QStringLiteral("rope_type"), QStringLiteral("short_factor"),
            QStringLiteral("long_factor"), QStringLiteral("original_max_position_embeddings") },
          { QStringLiteral("rope_theta"), QStringLiteral("attention_factor"),
            QStringLiteral("factor") } },
        { "llama3",
          Method::Llama3,
          { QStringLiteral("rope_type"), QStringLiteral("factor"),
            QStringLiteral("original_max_position_embeddings"), QStringLiteral("low_freq_factor"),
            QStringLiteral("high_freq_factor"), QStringLiteral("rope_theta") },
          {} },
    };
    return types;
}

const HfType *findHfType(const QString &name)
{
    for (const HfType &type : hfTypes()) {
        if (name == QLatin1String(type.name))
            return &type;
    }
    return nullptr;
}

QString methodId(Method method)
{
    const auto id = numerics::methodInfo(method).id;
    return QString::fromLatin1(id.data(), qsizetype(id.size()));
}

// Picks the rope dict: HF `rope_scaling or rope_parameters or {}`; a per-layer-type dict
// ({"full_attention": {...}, "sliding_attention": {...}}) gives its full-attention entry.
std::optional<Error> chooseRopeDict(Source &source)
{
    QString chosenKey;
    for (const QString &key :
         { QStringLiteral("rope_scaling"), QStringLiteral("rope_parameters") }) {
        const QJsonValue value = source.root.value(key);
        if (value.isUndefined() || value.isNull())
            continue;
        if (!value.isObject()) {
            return makeError(key,
                             QStringLiteral("%1 must be an object of RoPE parameters, got %2")
                                 .arg(key, typedValue(value)));
        }
        if (chosenKey.isEmpty() && !value.toObject().isEmpty())
            chosenKey = key;
    }
    if (chosenKey.isEmpty())
        return std::nullopt;

    source.rope = source.root.value(chosenKey).toObject();
    source.ropePath = chosenKey;
    source.ropeKey = chosenKey;

    const bool hasType = source.rope.contains(QStringLiteral("rope_type"))
        || source.rope.contains(QStringLiteral("type"));
    const bool allObjects = std::all_of(source.rope.begin(), source.rope.end(),
                                        [](const QJsonValue &v) { return v.isObject(); });
    if (!hasType && allObjects) {
        QString layer = source.rope.contains(QStringLiteral("full_attention"))
            ? QStringLiteral("full_attention")
            : source.rope.keys().constFirst();
        source.warnings << QStringLiteral("%1 holds parameters per layer type (%2); showing '%3'")
                               .arg(chosenKey, source.rope.keys().join(QStringLiteral(", ")),
                                    layer);
        source.rope = source.rope.value(layer).toObject();
        source.ropePath = chosenKey + QLatin1Char('/') + layer;
    }
    return std::nullopt;
}

// What transformers uses when a config has no rope_theta: RotaryEmbeddingConfigMixin.default_theta
// (modeling_rope_utils.py; convert_rope_params_to_dict does
// rope_parameters.setdefault("rope_theta", kwargs.pop("rope_theta", self.default_theta))).
// The mixin's 10000.0 is kept by LlamaConfig and most config classes; a few override it:
// GptOssConfig 150000.0, Llama4TextConfig 500000.0.
struct ThetaDefault
{
    double theta = 10000.0;
    QString origin; // translated: where the value comes from
};

ThetaDefault hfDefaultTheta(const QJsonValue &modelType)
{
    const QString type = modelType.toString();
    if (type == QLatin1String("gpt_oss"))
        return { 150000.0,
                 QCoreApplication::translate("ropelab::core",
                                             "the default of transformers' GptOssConfig") };
    if (type == QLatin1String("llama4") || type == QLatin1String("llama4_text"))
        return { 500000.0,
                 QCoreApplication::translate("ropelab::core",
                                             "the default of transformers' Llama4TextConfig") };
    if (type == QLatin1String("llama"))
        return { 10000.0,
                 QCoreApplication::translate("ropelab::core",
                                             "the default of transformers' LlamaConfig") };
    return { 10000.0,
             QCoreApplication::translate("ropelab::core",
                                         "the default of transformers' LlamaConfig and most other "
                                         "config classes") };
}

// The scale factor by checkFactor's one rule (HF _validate_*_parameters: "factor field must
// be a float or int >= 1"): what RoPE Lab cannot compute (not a number, <= 0, > 1e6) is an
// error; a number below 1 is a warning, given by parameterWarnings in finish(); a numeric
// string is a warning, as in HF (which checks the type).
Result<Number> readFactor(Source &source)
{
    const QString key = QStringLiteral("factor");
    const QString field = source.hfPrefix() + QStringLiteral("factor field");
    auto factor = readNumber(source, Place::Rope, key);
    if (!factor) {
        return makeError(
            key, checkFactor(field, std::nullopt, pythonValue(source.rope.value(key))).message);
    }
    if (!factor->present)
        return factor;
    const FactorCheck check = checkFactor(field, factor->value, factor->shown);
    if (check.severity == Severity::Error)
        return makeError(key, check.message);
    if (factor->fromString)
        source.warnings << factorRule(field, factor->shown);
    return factor;
}

Result<ImportedConfig> importHfConfig(const QJsonObject &root, const NumberTokens &tokens,
                                      const ImportOptions &options)
{
    Source source;
    source.root = root;
    source.tokens = &tokens;
    if (auto error = chooseRopeDict(source))
        return *error;

    ImportedConfig config;
    RopeParams &params = config.params;
    const double intLimit = double(numerics::MaxLength - 1);
    const double lengthLimit = double(numerics::MaxLength);

    // --- dimensions ---
    auto qkRope = readInteger(source, Place::Top, QStringLiteral("qk_rope_head_dim"), 0, intLimit);
    if (!qkRope)
        return qkRope.error();
    if (qkRope->present) {
        auto qkNope
            = readInteger(source, Place::Top, QStringLiteral("qk_nope_head_dim"), 0, intLimit);
        if (!qkNope)
            return qkNope.error();
        params.headDim = int(qkRope->value);
        config.qkHeadDim = int(std::min(qkRope->value + qkNope->value, intLimit));
    } else {
        auto headDim = readInteger(source, Place::Top, QStringLiteral("head_dim"), 0, intLimit);
        if (!headDim)
            return headDim.error();
        if (headDim->present) {
            warnString(source, QStringLiteral("head_dim"), *headDim);
            params.headDim = int(headDim->value);
        } else {
            auto hidden
                = readInteger(source, Place::Top, QStringLiteral("hidden_size"), 0, intLimit);
            if (!hidden)
                return hidden.error();
            auto heads = readInteger(source, Place::Top, QStringLiteral("num_attention_heads"), 0,
                                     intLimit);
            if (!heads)
                return heads.error();
            if (!hidden->present || !heads->present) {
                return makeError(QStringLiteral("head_dim"),
                                 QStringLiteral("head_dim is missing and cannot be derived: the "
                                                "config has no head_dim, qk_rope_head_dim or "
                                                "hidden_size / num_attention_heads"));
            }
            if (heads->value == 0) {
                return makeError(QStringLiteral("num_attention_heads"),
                                 QStringLiteral("num_attention_heads must be at least 1, got 0"));
            }
            const qint64 hiddenSize = qint64(hidden->value);
            const qint64 headCount = qint64(heads->value);
            if (hiddenSize % headCount != 0) {
                source.warnings << QStringLiteral(
                                       "hidden_size=%1 is not a multiple of "
                                       "num_attention_heads=%2; head_dim = %1 // %2 = %3")
                                       .arg(hiddenSize)
                                       .arg(headCount)
                                       .arg(hiddenSize / headCount);
            }
            params.headDim = int(hiddenSize / headCount);
        }
    }

    // partial_rotary_factor: in the rope dict (v5) or at the top level.
    {
        auto prf = readNumber(source, Place::Rope, QStringLiteral("partial_rotary_factor"));
        if (!prf)
            return prf.error();
        if (!prf->present) {
            prf = readNumber(source, Place::Top, QStringLiteral("partial_rotary_factor"));
            if (!prf)
                return prf.error();
        }
        if (prf->present) {
            warnString(source, QStringLiteral("partial_rotary_factor"), *prf);
            params.partialRotaryFactor = prf->value;
        }
    }

    // max_position_embeddings (top level).
    auto maxPos = readInteger(source, Place::Top, QStringLiteral("max_position_embeddings"), 1,
                              lengthLimit);
    if (!maxPos)
        return maxPos.error();
    warnString(source, QStringLiteral("max_position_embeddings"), *maxPos);

    // rope_theta: the dict's, else the top level's, else 10000 (HF setdefault).
    {
        auto theta = readNumber(source, Place::Rope, QStringLiteral("rope_theta"));
        if (!theta)
            return theta.error();
        if (!theta->present && !theta->null) {
            theta = readNumber(source, Place::Top, QStringLiteral("rope_theta"));
            if (!theta)
                return theta.error();
        }
        if (theta->null)
            return makeError(QStringLiteral("rope_theta"),
                             QStringLiteral("rope_theta must be a number, got None"));
        if (theta->present) {
            warnString(source, QStringLiteral("rope_theta"), *theta);
            params.base = theta->value;
        } else {
            // transformers fills it in silently; a different base changes every frequency,
            // so we say so (a warning, not an error: HF loads such a config).
            const ThetaDefault fallback = hfDefaultTheta(root.value(QStringLiteral("model_type")));
            params.base = fallback.theta;
            source.warnings << QCoreApplication::translate(
                                   "ropelab::core", "rope_theta is missing: assuming %1 (%2)")
                                   .arg(pythonFloat(fallback.theta), fallback.origin);
        }
    }

    // --- rope type ---
    QString ropeType = QStringLiteral("default");
    for (const QString &key : { QStringLiteral("rope_type"), QStringLiteral("type") }) {
        const QJsonValue value = source.rope.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isString()) {
            return makeError(
                key, QStringLiteral("%1 must be a string, got %2").arg(key, typedValue(value)));
        }
        ropeType = value.toString();
        break;
    }
    if (ropeType == QLatin1String("su")) { // Phi-3's first name for longrope
        source.warnings << QStringLiteral("rope_type 'su' is the old name of 'longrope'");
        ropeType = QStringLiteral("longrope");
    }
    config.ropeType = ropeType;

    const HfType *hfType = findHfType(ropeType);
    std::optional<Method> method = options.methodOverride;
    if (!method) {
        if (hfType)
            method = hfType->method;
        else
            method = numerics::methodFromId(ropeType.toStdString());
    }
    if (!method) {
        return makeError(QStringLiteral("rope_type"),
                         QStringLiteral("rope_type '%1' is not a RoPE type RoPE Lab can compute "
                                        "(known: default, linear, dynamic, yarn, llama3, longrope)")
                             .arg(ropeType.left(80)));
    }
    if (!hfType && !numerics::methodFromId(ropeType.toStdString())) {
        source.warnings << QStringLiteral("rope_type '%1' is unknown to Hugging Face; computing it "
                                          "as '%2'")
                               .arg(ropeType.left(80), methodId(*method));
    }
    params.method = *method;
    const std::uint32_t reads = numerics::methodInfo(params.method).reads;

    // --- original_max_position_embeddings (standardize_rope_params) ---
    const bool standardizesOriginal = hfType
        && (hfType->method == Method::Llama3 || hfType->method == Method::Yarn
            || hfType->method == Method::LongRope);
    auto originalTop = readInteger(
        source, Place::Top, QStringLiteral("original_max_position_embeddings"), 1, lengthLimit);
    if (!originalTop)
        return originalTop.error();
    auto originalDict = readInteger(
        source, Place::Rope, QStringLiteral("original_max_position_embeddings"), 1, lengthLimit);
    if (!originalDict)
        return originalDict.error();
    bool originalPresent = false;
    bool originalFloatLiteral = false;
    QString originalShown;
    bool originalFilled = false; // set by standardize (not written in the dict)
    if (standardizesOriginal && originalTop->present) {
        params.originalMaxPositions = std::int64_t(originalTop->value);
        originalPresent = true;
        originalFilled = !originalDict->present && !originalDict->null;
        originalFloatLiteral = originalTop->floatLiteral;
        originalShown = originalTop->shown;
    } else if (originalDict->present) {
        params.originalMaxPositions = std::int64_t(originalDict->value);
        originalPresent = true;
        originalFloatLiteral = originalDict->floatLiteral;
        originalShown = originalDict->shown;
        warnString(source, QStringLiteral("original_max_position_embeddings"), *originalDict);
    } else if (!standardizesOriginal && originalTop->present) {
        params.originalMaxPositions = std::int64_t(originalTop->value);
        originalPresent = true;
    } else if (maxPos->present && !originalDict->null) {
        params.originalMaxPositions = std::int64_t(maxPos->value);
        originalPresent = true;
        originalFilled = true;
    } else if (originalDict->null) {
        if (reads & numerics::ReadsOriginalContext)
            return makeError(
                QStringLiteral("original_max_position_embeddings"),
                QStringLiteral("original_max_position_embeddings must be an integer, got None"));
    }

    // --- HF key validation (_check_received_keys) ---
    if (hfType) {
        QSet<QString> received;
        for (auto it = source.rope.begin(); it != source.rope.end(); ++it)
            received.insert(it.key());
        received.insert(QStringLiteral("rope_theta"));
        received.insert(QStringLiteral("rope_type"));
        if (originalFilled && standardizesOriginal)
            received.insert(QStringLiteral("original_max_position_embeddings"));
        received.remove(QStringLiteral("type"));
        received.remove(QStringLiteral("partial_rotary_factor"));

        QStringList missing;
        for (const QString &key : hfType->required) {
            if (!received.contains(key))
                missing << key;
        }
        if (!missing.isEmpty()) {
            missing.sort();
            return makeError(missing.constFirst(),
                             QStringLiteral("Missing required keys in `%1` for "
                                            "'rope_type'='%2': %3")
                                 .arg(source.ropeKey, ropeType, pythonSet(missing)));
        }
        QStringList unused;
        for (const QString &key : std::as_const(received)) {
            if (!hfType->required.contains(key) && !hfType->optional.contains(key))
                unused << key;
        }
        if (!unused.isEmpty()) {
            source.warnings << QStringLiteral("Unrecognized keys in `%1` for "
                                              "'rope_type'='%2': %3")
                                   .arg(source.ropeKey, ropeType, pythonSet(unused));
        }
    }

    // --- factor ---
    bool factorGiven = false;
    QString factorShown;
    if (reads & numerics::ReadsFactor) {
        auto factor = readFactor(source);
        if (!factor)
            return factor.error();
        if (factor->present) {
            params.factor = factor->value;
            factorGiven = true;
            factorShown = factor->shown;
        } else {
            const bool derives = params.method == Method::Yarn || params.method == Method::LongRope
                || params.method == Method::NtkByParts || params.method == Method::MiniMind
                || params.method == Method::MiniMindLegacy;
            if (derives && maxPos->present && originalPresent) {
                // HF yarn/longrope: factor None -> max_position_embeddings / original.
                params.factor = maxPos->value / double(params.originalMaxPositions);
                if (hfType && hfType->method == Method::LongRope) {
                    source.warnings
                        << QStringLiteral(
                               "This model config has set a "
                               "`%1['original_max_position_embeddings']` "
                               "field, to be used together with `max_position_embeddings` to "
                               "determine a "
                               "scaling factor. Please set the `factor` field of `%1`with "
                               "this "
                               "ratio instead -- we recommend the use of this field over "
                               "`original_max_position_embeddings`, as it is compatible with most "
                               "model "
                               "architectures.")
                               .arg(source.ropeKey);
                } else {
                    source.warnings
                        << QStringLiteral("factor is not set; using max_position_embeddings"
                                          " / original_max_position_embeddings = %1")
                               .arg(pythonFloat(params.factor));
                }
            } else if (factor->null && hfType) {
                return makeError(QStringLiteral("factor"),
                                 checkFactor(source.hfPrefix() + QStringLiteral("factor field"),
                                             std::nullopt, QStringLiteral("None"))
                                     .message);
            } else {
                source.warnings << QStringLiteral("factor is not set; using %1 for method '%2'")
                                       .arg(pythonFloat(params.factor), methodId(params.method));
            }
        }
    }

    // --- max_position_embeddings resolution ---
    if (maxPos->present) {
        params.maxPositions = std::int64_t(maxPos->value);
    } else if (reads & numerics::ReadsMaxPositions) {
        return makeError(QStringLiteral("max_position_embeddings"),
                         QStringLiteral("max_position_embeddings is missing; method '%1' needs it")
                             .arg(methodId(params.method)));
    } else if (reads & numerics::ReadsOriginalContext) {
        const double assumed = std::clamp(
            double(params.originalMaxPositions) * std::max(params.factor, 1.0), 1.0, lengthLimit);
        params.maxPositions = std::int64_t(std::llround(assumed));
        if (params.method == Method::Llama3) {
            source.warnings << QStringLiteral("max_position_embeddings is missing; assuming "
                                              "original_max_position_embeddings * factor = %1")
                                   .arg(params.maxPositions);
        }
    }

    if ((reads & numerics::ReadsOriginalContext) && !originalPresent) {
        return makeError(QStringLiteral("original_max_position_embeddings"),
                         QStringLiteral("original_max_position_embeddings is missing (and there is "
                                        "no max_position_embeddings to default it to); method '%1' "
                                        "needs it")
                             .arg(methodId(params.method)));
    }

    // --- betas ---
    const bool hfYarn = hfType && hfType->method == Method::Yarn;
    for (const auto &[key, target] :
         { std::pair { QStringLiteral("beta_fast"), &params.betaFast },
           std::pair { QStringLiteral("beta_slow"), &params.betaSlow } }) {
        const bool wanted = key == QLatin1String("beta_fast") ? (reads & numerics::ReadsBetaFast)
                                                              : (reads & numerics::ReadsBetaSlow);
        if (!wanted && !hfYarn)
            continue;
        auto beta = readNumber(source, Place::Rope, key);
        if (!beta || beta->fromString) {
            // HF warns, then raises TypeError comparing a string with a number.
            return makeError(key,
                             source.hfPrefix()
                                 + QStringLiteral("%1 field must be a float or int, got %2")
                                       .arg(key, pythonValue(source.rope.value(key))));
        }
        if (!wanted)
            continue;
        if (beta->present)
            *target = beta->value;
        else if (beta->null)
            *target = 0.0; // falsy: HF uses the default
    }

    // --- attention_factor, mscale, mscale_all_dim, truncate ---
    if (reads & numerics::ReadsAttentionFactor) {
        auto attention = readNumber(source, Place::Rope, QStringLiteral("attention_factor"));
        if (!attention)
            return attention.error();
        if (attention->present) {
            params.attentionFactor = attention->value;
            if (hfYarn && (!attention->floatLiteral || attention->fromString)) {
                source.warnings << source.hfPrefix()
                        + QStringLiteral(
                              "attention_factor field must be a float greater than 0, got %1")
                              .arg(attention->shown);
            } else {
                warnString(source, QStringLiteral("attention_factor"), *attention);
            }
        }
    }
    for (const auto &[key, target, flag] :
         { std::tuple { QStringLiteral("mscale"), &params.mscale,
                        std::uint32_t(numerics::ReadsMscale) },
           std::tuple { QStringLiteral("mscale_all_dim"), &params.mscaleAllDim,
                        std::uint32_t(numerics::ReadsMscaleAllDim) } }) {
        if (!(reads & flag))
            continue;
        auto value = readNumber(source, Place::Rope, key);
        if (!value)
            return value.error();
        warnString(source, key, *value);
        *target = value->present ? value->value : 0.0;
    }
    if (reads & numerics::ReadsTruncate) {
        const QJsonValue truncate = source.rope.value(QStringLiteral("truncate"));
        if (truncate.isBool()) {
            params.truncate = truncate.toBool();
        } else if (truncate.isNull()) {
            params.truncate = false; // Python: `if None` is falsy
        } else if (truncate.isDouble()) {
            params.truncate = truncate.toDouble() != 0.0;
            source.warnings << QStringLiteral("truncate should be true or false, got %1; using %2")
                                   .arg(pythonValue(truncate),
                                        params.truncate ? QStringLiteral("True")
                                                        : QStringLiteral("False"));
        } else if (!truncate.isUndefined()) {
            return makeError(
                QStringLiteral("truncate"),
                QStringLiteral("truncate must be true or false, got %1").arg(typedValue(truncate)));
        }
    }

    // --- llama3 ---
    if (params.method == Method::Llama3 || (hfType && hfType->method == Method::Llama3)) {
        for (const auto &[key, target] :
             { std::pair { QStringLiteral("low_freq_factor"), &params.lowFreqFactor },
               std::pair { QStringLiteral("high_freq_factor"), &params.highFreqFactor } }) {
            auto value = readNumber(source, Place::Rope, key);
            if (!value || value->null) {
                return makeError(key,
                                 source.hfPrefix()
                                     + QStringLiteral("%1 field must be a float or int, got %2")
                                           .arg(key, pythonValue(source.rope.value(key))));
            }
            if (value->fromString) {
                source.warnings << source.hfPrefix()
                        + QStringLiteral("%1 field must be a float or int, got %2")
                              .arg(key, value->shown);
            }
            if (value->present)
                *target = value->value;
            else if (params.method == Method::Llama3)
                source.warnings
                    << QStringLiteral("%1 is not set; using %2").arg(key, pythonFloat(*target));
        }
        if (hfType && hfType->method == Method::Llama3 && originalPresent && originalFloatLiteral) {
            source.warnings << source.hfPrefix()
                    + QStringLiteral(
                          "original_max_position_embeddings field must be an integer, got %1")
                          .arg(originalShown);
        }
    }

    // --- longrope factor lists ---
    if (reads & (numerics::ReadsShortFactor | numerics::ReadsLongFactor)) {
        // rotaryDim() casts head_dim * prf to int: only call it for prf in (0, 1]; outside,
        // numerics::checkParams reports partial_rotary_factor.
        const bool prfUsable
            = params.partialRotaryFactor > 0.0 && params.partialRotaryFactor <= 1.0;
        const int halfDim
            = prfUsable ? numerics::rotaryDim(params.headDim, params.partialRotaryFactor) / 2 : -1;
        for (const auto &[key, target] :
             { std::pair { QStringLiteral("short_factor"), &params.shortFactor },
               std::pair { QStringLiteral("long_factor"), &params.longFactor } }) {
            const QJsonValue value = source.rope.value(key);
            if (value.isUndefined())
                return makeError(
                    key,
                    QStringLiteral("%1 is missing; method 'longrope' needs a list of %2 numbers")
                        .arg(key)
                        .arg(halfDim));
            const QJsonArray array = value.toArray();
            const bool numbers = value.isArray()
                && std::all_of(array.begin(), array.end(),
                               [](const QJsonValue &v) { return v.isDouble(); });
            if (!numbers) {
                return makeError(key,
                                 source.hfPrefix()
                                     + QStringLiteral("%1 field must be a list of numbers, got %2")
                                           .arg(key, pythonValue(value)));
            }
            if (prfUsable && array.size() != halfDim) {
                return makeError(key,
                                 source.hfPrefix()
                                     + QStringLiteral("%1 field must have length %2, got %3")
                                           .arg(key)
                                           .arg(halfDim)
                                           .arg(array.size()));
            }
            target->clear();
            target->reserve(std::size_t(array.size()));
            for (const QJsonValue &item : array)
                target->push_back(item.toDouble());
        }
    }

    // --- HF yarn: explicit factor vs max_position_embeddings / original ---
    if (hfYarn && factorGiven && maxPos->present && originalPresent) {
        const double implicit = maxPos->value / double(params.originalMaxPositions);
        if (implicit != params.factor && implicit != 1.0) {
            source.warnings
                << QStringLiteral(
                       "The explicitly set RoPE scaling factor (config.%3['factor'] = "
                       "%1) does "
                       "not match the ratio implicitly set by other parameters (implicit factor = "
                       "post-yarn context length / pre-yarn context length = "
                       "config.max_position_embeddings / "
                       "config.%3['original_max_position_embeddings'] = %2). Using "
                       "the "
                       "explicit factor (%1) in YaRN. This may cause unexpected behaviour in model "
                       "usage, please correct the 'original_max_position_embeddings' fields in the "
                       "model config.")
                       .arg(factorShown, pythonFloat(implicit), source.ropeKey);
        }
    }

    if (options.seqLen)
        params.seqLen = std::int64_t(*options.seqLen);

    config.warnings = source.warnings;
    config.ropeKey = source.ropeKey;
    return config;
}

// The common tail: value warnings, then numerics::checkParams for meaningless values.
Result<ImportedConfig> finish(ImportedConfig config)
{
    config.warnings
        = mergeWarnings(config.warnings, parameterWarnings(config.params, config.ropeKey));
    config.warnings.removeDuplicates();
    if (auto error = numerics::checkParams(config.params))
        return *error;
    return config;
}

} // namespace

Result<ImportedConfig> importConfigJson(const QByteArray &json, const ImportOptions &options)
{
    if (json.size() > MaxConfigBytes) {
        return makeError(QStringLiteral("(json)"),
                         QStringLiteral("the config is too large (%1 bytes; the limit is 16 MiB)")
                             .arg(json.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        QString hint;
        const QByteArray rest = json.mid(parseError.offset > 0 ? parseError.offset - 1 : 0, 16);
        for (const char *special : { "NaN", "Infinity", "-Infinity", "nan", "inf" }) {
            if (rest.contains(special))
                hint = QStringLiteral(" (NaN and Infinity are not valid JSON numbers)");
        }
        return makeError(QStringLiteral("(json)"),
                         QStringLiteral("not valid JSON: %1 at offset %2%3")
                             .arg(parseError.errorString())
                             .arg(parseError.offset)
                             .arg(hint));
    }
    if (!document.isObject()) {
        return makeError(QStringLiteral("(json)"),
                         QStringLiteral("a config must be a JSON object, got %1")
                             .arg(document.isArray() ? QStringLiteral("an array")
                                                     : QStringLiteral("a single value")));
    }
    const QJsonObject root = document.object();

    if (root.value(QStringLiteral("format")).toString() == QLatin1String(StateFormatName)) {
        auto params = loadState(json);
        if (!params)
            return params.error();
        ImportedConfig config;
        config.params = *params;
        if (options.methodOverride)
            config.params.method = *options.methodOverride;
        if (options.seqLen)
            config.params.seqLen = std::int64_t(*options.seqLen);
        config.ropeType = methodId(config.params.method);
        return finish(std::move(config));
    }

    const NumberTokens tokens(json);
    auto config = importHfConfig(root, tokens, options);
    if (!config)
        return config;
    return finish(std::move(config).value());
}

Result<ImportedConfig> importConfigFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(QStringLiteral("(file)"), QStringLiteral("%1: no such file").arg(path));
    if (info.isDir())
        return makeError(QStringLiteral("(file)"),
                         QStringLiteral("%1 is a directory, not a config file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("(file)"),
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > MaxConfigBytes) {
        return makeError(QStringLiteral("(file)"),
                         QStringLiteral("%1 is too large (%2 bytes; the limit is 16 MiB)")
                             .arg(path)
                             .arg(file.size()));
    }
    const QByteArray data = file.read(MaxConfigBytes + 1);
    auto config = importConfigJson(data, options);
    if (!config) {
        // Say which file the problem is in.
        const Error &error = config.error();
        return Error { error.field,
                       QStringLiteral("%1: %2")
                           .arg(info.fileName(), QString::fromStdString(error.message))
                           .toStdString() };
    }
    config.value().sourceName = info.fileName();
    return config;
}

} // namespace ropelab::core
