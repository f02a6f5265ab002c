#include "statefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QVariant>

#include <cmath>
#include <string>

namespace ropelab::core {

namespace {

using numerics::Error;
using numerics::Result;
using numerics::RopeParams;

constexpr int StateVersion = 1;

Error fieldError(const char *field, const QString &message)
{
    return Error { field,
                   QStringLiteral("%1: %2").arg(QLatin1String(field), message).toStdString() };
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble(), 'g', 17);
    case QJsonValue::String:
        return QLatin1Char('"') + value.toString().left(40) + QLatin1Char('"');
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

// Each reader leaves `out` alone when the key is absent (the RopeParams default stays).
std::optional<Error> readDouble(const QJsonObject &object, const char *key, double &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble())
        return fieldError(key, QStringLiteral("must be a number, got %1").arg(describe(value)));
    out = value.toDouble();
    return std::nullopt;
}

std::optional<Error> readInt64(const QJsonObject &object, const char *key, std::int64_t &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (value.isDouble() && value.toVariant().typeId() == QMetaType::LongLong) {
        out = value.toInteger(); // stored exactly as an integer
        return std::nullopt;
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number
        || std::abs(number) >= 9.2233720368547758e18) {
        return fieldError(key, QStringLiteral("must be an integer, got %1").arg(describe(value)));
    }
    out = std::int64_t(number);
    return std::nullopt;
}

std::optional<Error> readDoubleArray(const QJsonObject &object, const char *key,
                                     std::vector<double> &out)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isArray())
        return fieldError(key,
                          QStringLiteral("must be a list of numbers, got %1").arg(describe(value)));
    const QJsonArray array = value.toArray();
    std::vector<double> numbers;
    numbers.reserve(std::size_t(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isDouble()) {
            return fieldError(key,
                              QStringLiteral("entry %1 must be a number, got %2")
                                  .arg(i)
                                  .arg(describe(array.at(i))));
        }
        numbers.push_back(array.at(i).toDouble());
    }
    out = std::move(numbers);
    return std::nullopt;
}

QJsonArray toArray(const std::vector<double> &values)
{
    QJsonArray array;
    for (double value : values)
        array.append(value);
    return array;
}

} // namespace

QJsonObject paramsToJson(const RopeParams &params)
{
    QJsonObject object;
    object.insert(QStringLiteral("method"),
                  QString::fromLatin1(numerics::methodInfo(params.method).id.data(),
                                      qsizetype(numerics::methodInfo(params.method).id.size())));
    object.insert(QStringLiteral("head_dim"), params.headDim);
    object.insert(QStringLiteral("partial_rotary_factor"), params.partialRotaryFactor);
    object.insert(QStringLiteral("rope_theta"), params.base);
    object.insert(QStringLiteral("factor"), params.factor);
    object.insert(QStringLiteral("beta_fast"), params.betaFast);
    object.insert(QStringLiteral("beta_slow"), params.betaSlow);
    object.insert(QStringLiteral("original_max_position_embeddings"),
                  qint64(params.originalMaxPositions));
    object.insert(QStringLiteral("max_position_embeddings"), qint64(params.maxPositions));
    if (params.attentionFactor)
        object.insert(QStringLiteral("attention_factor"), *params.attentionFactor);
    object.insert(QStringLiteral("mscale"), params.mscale);
    object.insert(QStringLiteral("mscale_all_dim"), params.mscaleAllDim);
    object.insert(QStringLiteral("truncate"), params.truncate);
    object.insert(QStringLiteral("low_freq_factor"), params.lowFreqFactor);
    object.insert(QStringLiteral("high_freq_factor"), params.highFreqFactor);
    if (params.seqLen)
        object.insert(QStringLiteral("seq_len"), qint64(*params.seqLen));
    object.insert(QStringLiteral("short_factor"), toArray(params.shortFactor));
    object.insert(QStringLiteral("long_factor"), toArray(params.longFactor));
    return object;
}

Result<RopeParams> paramsFromJson(const QJsonObject &object)
{
    RopeParams params;

    const QJsonValue method = object.value(QStringLiteral("method"));
    if (!method.isUndefined()) {
        const auto parsed = method.isString()
            ? numerics::methodFromId(method.toString().toStdString())
            : std::nullopt;
        if (!parsed)
            return fieldError("method", QStringLiteral("unknown method %1").arg(describe(method)));
        params.method = *parsed;
    }

    std::int64_t headDim = params.headDim;
    if (auto error = readInt64(object, "head_dim", headDim))
        return *error;
    if (headDim < 0 || headDim > numerics::MaxLength - 1)
        return fieldError("head_dim", QStringLiteral("%1 is out of range").arg(headDim));
    params.headDim = int(headDim);

    const std::pair<const char *, double *> doubles[] = {
        { "partial_rotary_factor", &params.partialRotaryFactor },
        { "rope_theta", &params.base },
        { "factor", &params.factor },
        { "beta_fast", &params.betaFast },
        { "beta_slow", &params.betaSlow },
        { "mscale", &params.mscale },
        { "mscale_all_dim", &params.mscaleAllDim },
        { "low_freq_factor", &params.lowFreqFactor },
        { "high_freq_factor", &params.highFreqFactor },
    };
    for (const auto &[key, target] : doubles) {
        if (auto error = readDouble(object, key, *target))
            return *error;
    }
    if (auto error
        = readInt64(object, "original_max_position_embeddings", params.originalMaxPositions))
        return *error;
    if (auto error = readInt64(object, "max_position_embeddings", params.maxPositions))
        return *error;

    const QJsonValue attention = object.value(QStringLiteral("attention_factor"));
    if (!attention.isUndefined() && !attention.isNull()) {
        double value = 0.0;
        if (auto error = readDouble(object, "attention_factor", value))
            return *error;
        params.attentionFactor = value;
    }
    const QJsonValue seqLen = object.value(QStringLiteral("seq_len"));
    if (!seqLen.isUndefined() && !seqLen.isNull()) {
        std::int64_t value = 0;
        if (auto error = readInt64(object, "seq_len", value))
            return *error;
        params.seqLen = value;
    }

    const QJsonValue truncate = object.value(QStringLiteral("truncate"));
    if (!truncate.isUndefined()) {
        if (!truncate.isBool())
            return fieldError(
                "truncate",
                QStringLiteral("must be true or false, got %1").arg(describe(truncate)));
        params.truncate = truncate.toBool();
    }

    if (auto error = readDoubleArray(object, "short_factor", params.shortFactor))
        return *error;
    if (auto error = readDoubleArray(object, "long_factor", params.longFactor))
        return *error;
    return params;
}

QByteArray saveState(const RopeParams &params, const QJsonObject &ui)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(StateFormatName));
    root.insert(QStringLiteral("version"), StateVersion);
    root.insert(QStringLiteral("method"), paramsToJson(params).value(QStringLiteral("method")));
    root.insert(QStringLiteral("params"), paramsToJson(params));
    root.insert(QStringLiteral("ui"), ui);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<RopeParams> loadState(const QByteArray &json, QJsonObject *ui)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { "(json)",
                       QStringLiteral("(json): not valid JSON: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                           .toStdString() };
    }
    if (!document.isObject())
        return Error { "(json)", "(json): a state file must be a JSON object" };
    const QJsonObject root = document.object();

    const QJsonValue format = root.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(StateFormatName)) {
        return fieldError("format",
                          QStringLiteral("expected \"%1\", got %2")
                              .arg(QLatin1String(StateFormatName), describe(format)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != std::floor(version.toDouble())
        || version.toDouble() < 1) {
        return fieldError(
            "version", QStringLiteral("must be a positive integer, got %1").arg(describe(version)));
    }
    if (version.toDouble() > StateVersion) {
        return fieldError("version",
                          QStringLiteral("%1 is newer than this RoPE Lab reads (%2)")
                              .arg(describe(version))
                              .arg(StateVersion));
    }
    const QJsonValue paramsValue = root.value(QStringLiteral("params"));
    if (!paramsValue.isObject())
        return fieldError("params",
                          QStringLiteral("must be an object, got %1").arg(describe(paramsValue)));

    QJsonObject paramsObject = paramsValue.toObject();
    const QJsonValue method = root.value(QStringLiteral("method"));
    if (!method.isUndefined())
        paramsObject.insert(QStringLiteral("method"), method); // the top-level method wins
    auto params = paramsFromJson(paramsObject);
    if (!params)
        return params;

    const QJsonValue uiValue = root.value(QStringLiteral("ui"));
    if (!uiValue.isUndefined() && !uiValue.isNull() && !uiValue.isObject())
        return fieldError("ui", QStringLiteral("must be an object, got %1").arg(describe(uiValue)));
    if (ui)
        *ui = uiValue.toObject();
    return params;
}

QString writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (file.write(data) != data.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace ropelab::core
