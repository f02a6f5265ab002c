#include "paramcheck.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include <QCoreApplication>

namespace ropelab::core {

namespace {

using numerics::Method;

QString integer(std::int64_t value)
{
    return QString::number(value);
}

// The spelling of the RoPE dict does not change what a warning says (mergeWarnings).
QString spellingFree(QString warning)
{
    return warning.replace(QLatin1String("rope_scaling"), QLatin1String("rope_parameters"));
}

} // namespace

QString ropeDictPrefix(const QString &ropeKey)
{
    return QLatin1Char('`') + (ropeKey.isEmpty() ? QStringLiteral("rope_parameters") : ropeKey)
        + QStringLiteral("`'s ");
}

QStringList mergeWarnings(QStringList first, const QStringList &more)
{
    QStringList seen;
    for (const QString &warning : std::as_const(first))
        seen << spellingFree(warning);
    for (const QString &warning : more) {
        const QString key = spellingFree(warning);
        if (!seen.contains(key)) {
            seen << key;
            first << warning;
        }
    }
    return first;
}

QString factorRule(const QString &field, const QString &shown)
{
    // HF's sentence, verbatim, so it reads like transformers' own log line.
    return QStringLiteral("%1 must be a float or int >= 1, got %2").arg(field, shown);
}

FactorCheck checkFactor(const QString &field, std::optional<double> value, const QString &shown)
{
    // The same sentence for both severities; an error says why RoPE Lab stops where HF would
    // go on.
    const QString rule = factorRule(field, shown);
    if (value && std::isfinite(*value) && *value >= 1.0 && *value <= numerics::MaxFactor)
        return {};
    if (value && std::isfinite(*value) && *value >= 1.0 / numerics::MaxFactor && *value < 1.0)
        return { Severity::Warning, rule };
    return { Severity::Error,
             rule
                 + QCoreApplication::translate(
                       "ropelab::core",
                       " (RoPE Lab computes factors from %1 to %2, those below 1 with a warning)")
                       .arg(pythonFloat(1.0 / numerics::MaxFactor),
                            pythonFloat(numerics::MaxFactor)) };
}

QString pythonFloat(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");

    // Shortest round-trip digits, then Python's layout: fixed for 1e-4 <= |x| < 1e16,
    // otherwise d.ddde+XX (at least two exponent digits).
    char buffer[64];
    const auto [end, ec]
        = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    if (ec != std::errc())
        return QString::number(value, 'g', 17);
    const std::string text(buffer, end);
    const bool negative = text.front() == '-';
    const std::size_t ePos = text.find('e');
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < ePos; ++i) {
        if (text[i] != '.')
            digits += text[i];
    }
    const int exponent = std::atoi(text.c_str() + ePos + 1);

    std::string out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent >= 0) {
            const std::size_t intDigits = std::size_t(exponent) + 1;
            if (digits.size() <= intDigits) {
                out += digits + std::string(intDigits - digits.size(), '0') + ".0";
            } else {
                out += digits.substr(0, intDigits) + "." + digits.substr(intDigits);
            }
        } else {
            out += "0.";
            out.append(std::size_t(-exponent - 1), '0');
            out += digits;
        }
    } else {
        out += digits.substr(0, 1);
        if (digits.size() > 1) {
            out += '.';
            out.append(digits, 1, std::string::npos);
        }
        out += exponent < 0 ? "e-" : "e+";
        const int magnitude = std::abs(exponent);
        if (magnitude < 10)
            out += '0';
        out += std::to_string(magnitude);
    }
    return QString::fromStdString(out);
}

QStringList parameterWarnings(const numerics::RopeParams &params, const QString &ropeKey)
{
    using namespace numerics;
    QStringList warnings;
    const std::uint32_t reads = methodInfo(params.method).reads;
    const QString hfPrefix = ropeDictPrefix(ropeKey);

    // HF _validate_*: factor must be >= 1 (checkFactor; what cannot be computed is an error,
    // reported by the importer, the command line or numerics::checkParams).
    if (reads & ReadsFactor) {
        const FactorCheck factor = checkFactor(hfPrefix + QStringLiteral("factor field"),
                                               params.factor, pythonFloat(params.factor));
        if (factor.severity == Severity::Warning)
            warnings << factor.message;
    }

    // HF _validate_yarn_rope_parameters: (beta_fast or 32) < (beta_slow or 1); equal betas give
    // an empty ramp too, so we warn on <=.
    if ((reads & ReadsBetaFast) && (reads & ReadsBetaSlow)) {
        const double betaFast = params.betaFast != 0.0 ? params.betaFast : DefaultBetaFast;
        const double betaSlow = params.betaSlow != 0.0 ? params.betaSlow : DefaultBetaSlow;
        if (std::isfinite(betaFast) && std::isfinite(betaSlow) && betaFast <= betaSlow) {
            warnings << hfPrefix
                    + QStringLiteral("beta_fast field must be greater than beta_slow, got "
                                     "beta_fast=%1 (defaults to 32 if None) and "
                                     "beta_slow=%2 (defaults to 1 if None)")
                          .arg(params.betaFast != 0.0 ? pythonFloat(params.betaFast)
                                                      : QStringLiteral("None"),
                               params.betaSlow != 0.0 ? pythonFloat(params.betaSlow)
                                                      : QStringLiteral("None"));
        }
    }

    if ((reads & ReadsAttentionFactor) && params.attentionFactor && *params.attentionFactor < 0.0) {
        warnings << hfPrefix
                + QStringLiteral("attention_factor field must be a float greater than 0, "
                                 "got %1")
                      .arg(pythonFloat(*params.attentionFactor));
    }

    if (params.method == Method::Llama3) {
        if (params.highFreqFactor <= params.lowFreqFactor) {
            warnings << hfPrefix
                    + QStringLiteral("high_freq_factor field must be greater than "
                                     "low_freq_factor, got high_freq_factor=%1 and "
                                     "low_freq_factor=%2")
                          .arg(pythonFloat(params.highFreqFactor),
                               pythonFloat(params.lowFreqFactor));
        }
        if (params.originalMaxPositions >= params.maxPositions) {
            warnings << hfPrefix
                    + QStringLiteral("original_max_position_embeddings field must be "
                                     "less than max_position_embeddings, got %1 and "
                                     "max_position_embeddings=%2")
                          .arg(integer(params.originalMaxPositions), integer(params.maxPositions));
        }
    }

    if (params.method == Method::Yarn && params.mscale != 0.0 && params.mscaleAllDim == 0.0) {
        warnings << QStringLiteral("mscale=%1 is ignored without mscale_all_dim: HF uses the "
                                   "attention factor get_mscale(factor) = 0.1 ln(factor) + 1")
                        .arg(pythonFloat(params.mscale));
    }

    if (params.method == Method::MiniMind && params.maxPositions <= params.originalMaxPositions) {
        warnings << QStringLiteral("max_position_embeddings=%1 is not above "
                                   "original_max_position_embeddings=%2: MiniMind applies no "
                                   "YaRN scaling")
                        .arg(integer(params.maxPositions), integer(params.originalMaxPositions));
    }

    return warnings;
}

} // namespace ropelab::core
