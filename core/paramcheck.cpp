#include "paramcheck.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

namespace ropelab::core {

namespace {

using numerics::Method;

const QString HfPrefix = QStringLiteral("`rope_parameters`'s ");

QString integer(std::int64_t value)
{
    return QString::number(value);
}

} // namespace

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

QStringList parameterWarnings(const numerics::RopeParams &params)
{
    using namespace numerics;
    QStringList warnings;
    const std::uint32_t reads = methodInfo(params.method).reads;

    // HF _check_received_keys / _validate_*: factor must be >= 1 (factor <= 0 is an error,
    // reported by numerics::checkParams).
    if ((reads & ReadsFactor) && std::isfinite(params.factor) && params.factor > 0.0
        && params.factor < 1.0) {
        warnings << HfPrefix
                + QStringLiteral("factor field must be a float or int >= 1, got %1")
                      .arg(pythonFloat(params.factor));
    }

    // HF _validate_yarn_rope_parameters: (beta_fast or 32) < (beta_slow or 1); equal betas give
    // an empty ramp too, so we warn on <=.
    if ((reads & ReadsBetaFast) && (reads & ReadsBetaSlow)) {
        const double betaFast = params.betaFast != 0.0 ? params.betaFast : DefaultBetaFast;
        const double betaSlow = params.betaSlow != 0.0 ? params.betaSlow : DefaultBetaSlow;
        if (std::isfinite(betaFast) && std::isfinite(betaSlow) && betaFast <= betaSlow) {
            warnings << HfPrefix
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
        warnings << HfPrefix
                + QStringLiteral("attention_factor field must be a float greater than 0, "
                                 "got %1")
                      .arg(pythonFloat(*params.attentionFactor));
    }

    if (params.method == Method::Llama3) {
        if (params.highFreqFactor <= params.lowFreqFactor) {
            warnings << HfPrefix
                    + QStringLiteral("high_freq_factor field must be greater than "
                                     "low_freq_factor, got high_freq_factor=%1 and "
                                     "low_freq_factor=%2")
                          .arg(pythonFloat(params.highFreqFactor),
                               pythonFloat(params.lowFreqFactor));
        }
        if (params.originalMaxPositions >= params.maxPositions) {
            warnings << HfPrefix
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
