#include "rope.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstddef>
#include <numbers>
#include <sstream>
#include <string>

// Every formula here follows ../shared ROPE_SPEC.md sections 1, 3, 5, 6 and 9, which quote the
// reference code (HF transformers modeling_rope_utils.py @ decba1d, DeepSeek-V3 model.py,
// jquesnelle/yarn, MiniMind model_minimind.py). Operations are written in the same order as the
// references so that floor/ceil decisions and float64 rounding agree with the reference re-run
// in float64 (tests/data/*.json `inv_freq_float64`).

namespace ropelab::numerics {

namespace {

constexpr double TwoPi = 2.0 * std::numbers::pi;

std::string formatNumber(double value)
{
    std::ostringstream out;
    out.precision(15);
    out << value;
    return out.str();
}

Error makeError(std::string field, const std::string &requirement, const std::string &got)
{
    std::string message = field + " " + requirement + ", got " + got;
    return Error { std::move(field), std::move(message) };
}

Error numberError(std::string field, const std::string &requirement, double value)
{
    return makeError(std::move(field), requirement, formatNumber(value));
}

// 1 / base^(2i/d) for i = 0 .. d/2-1 (HF: 1.0 / (base ** (arange(0, d, 2) / d))).
Eigen::ArrayXd defaultInvFreq(double base, int d)
{
    const Eigen::Index n = d / 2;
    Eigen::ArrayXd inv(n);
    for (Eigen::Index i = 0; i < n; ++i)
        inv[i] = 1.0 / std::pow(base, static_cast<double>(2 * i) / static_cast<double>(d));
    return inv;
}

// ln(ratio) / ln(1/s): the exponent e with ratio = s^-e (0 when s == 1).
Eigen::ArrayXd logRamp(const Eigen::ArrayXd &ratio, double factor)
{
    if (factor == 1.0)
        return Eigen::ArrayXd::Zero(ratio.size());
    const double denominator = std::log(1.0 / factor);
    Eigen::ArrayXd ramp(ratio.size());
    for (Eigen::Index i = 0; i < ratio.size(); ++i)
        ramp[i] = std::log(ratio[i]) / denominator;
    return ramp;
}

// HF _compute_yarn_parameters' blend (also NTK-by-parts, DeepSeek official, YaRN repo):
//   pos = base^(2i/d); extrap = 1/pos; interp = 1/(s*pos)
//   ramp = clamp((i - low) / (high - low), 0, 1) with high += 0.001 when low == high
//   inv = interp * (1 - (1 - ramp)) + extrap * (1 - ramp)
void yarnBlend(const RopeParams &p, RopeFrequencies &f)
{
    const int d = f.rotaryDim;
    const Eigen::Index n = d / 2;
    const CorrectionRange range = yarnCorrectionRange(p.betaFast, p.betaSlow, d, p.base,
                                                      p.originalMaxPositions, p.truncate, d - 1);
    f.correctionLow = range.low;
    f.correctionHigh = range.high;
    const double low = range.low;
    const double high = range.low == range.high ? range.high + 0.001 : range.high;

    f.invFreq.resize(n);
    f.ramp.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double pos = std::pow(p.base, static_cast<double>(2 * i) / static_cast<double>(d));
        const double extrapolation = 1.0 / pos;
        const double interpolation = 1.0 / (p.factor * pos);
        const double ramp = std::clamp((static_cast<double>(i) - low) / (high - low), 0.0, 1.0);
        const double extrapolationFactor = 1.0 - ramp;
        f.ramp[i] = ramp;
        f.invFreq[i]
            = interpolation * (1.0 - extrapolationFactor) + extrapolation * extrapolationFactor;
    }
}

// ---- one compute function per method (the dispatch table below is indexed by Method) ----

void computeDefault(const RopeParams &, RopeFrequencies &f)
{
    f.invFreq = f.unscaledInvFreq;
    f.ramp = Eigen::ArrayXd::Zero(f.invFreq.size());
}

void computeLinear(const RopeParams &p, RopeFrequencies &f)
{
    f.invFreq = f.unscaledInvFreq / p.factor;
    f.ramp = Eigen::ArrayXd::Ones(f.invFreq.size());
}

void computeNtkAware(const RopeParams &p, RopeFrequencies &f)
{
    f.effectiveBase = ntkAwareBase(p.base, p.factor, f.rotaryDim);
    f.invFreq = defaultInvFreq(f.effectiveBase, f.rotaryDim);
    f.ramp = logRamp(f.invFreq / f.unscaledInvFreq, p.factor);
}

void computeDynamic(const RopeParams &p, RopeFrequencies &f)
{
    f.effectiveBase = dynamicNtkBase(p.base, p.factor, f.rotaryDim, p.maxPositions, p.seqLen);
    f.invFreq = defaultInvFreq(f.effectiveBase, f.rotaryDim);
    f.ramp = logRamp(f.invFreq / f.unscaledInvFreq, p.factor);
}

void computeNtkByParts(const RopeParams &p, RopeFrequencies &f)
{
    yarnBlend(p, f);
    f.attentionFactor = 1.0;
}

void computeYarn(const RopeParams &p, RopeFrequencies &f)
{
    yarnBlend(p, f);
    const bool mscaleSet = p.mscale != 0.0;
    const bool mscaleAllDimSet = p.mscaleAllDim != 0.0;
    if (p.attentionFactor)
        f.attentionFactor = *p.attentionFactor;
    else if (mscaleSet && mscaleAllDimSet)
        f.attentionFactor
            = yarnGetMscale(p.factor, p.mscale) / yarnGetMscale(p.factor, p.mscaleAllDim);
    else
        f.attentionFactor = yarnGetMscale(p.factor);
    if (mscaleAllDimSet) {
        const double m = yarnGetMscale(p.factor, p.mscaleAllDim);
        f.softmaxScaleMultiplier = m * m;
    }
}

// HF _compute_llama3_parameters' branches: wavelen < high_freq_wavelen -> kept, wavelen >
// low_freq_wavelen -> divided by s, otherwise (inclusive bounds) the smooth blend. The band
// rule WavelengthThresholds is this function, so the band and the scaling cannot disagree.
Band llama3Band(double wavelength, double highFreqWavelength, double lowFreqWavelength)
{
    if (wavelength < highFreqWavelength)
        return Band::High;
    if (wavelength > lowFreqWavelength)
        return Band::Low;
    return Band::Medium;
}

void computeLlama3(const RopeParams &p, RopeFrequencies &f)
{
    const Eigen::Index n = f.unscaledInvFreq.size();
    const double oldContext = static_cast<double>(p.originalMaxPositions);
    const double lowFreqWavelength = oldContext / p.lowFreqFactor;
    const double highFreqWavelength = oldContext / p.highFreqFactor;
    f.lowFreqWavelength = lowFreqWavelength;
    f.highFreqWavelength = highFreqWavelength;
    f.invFreq.resize(n);
    f.ramp.resize(n);
    f.band.resize(static_cast<std::size_t>(n));
    for (Eigen::Index i = 0; i < n; ++i) {
        const double inv = f.unscaledInvFreq[i];
        const double wavelength = TwoPi / inv;
        const Band band = llama3Band(wavelength, highFreqWavelength, lowFreqWavelength);
        f.band[static_cast<std::size_t>(i)] = band;
        if (band == Band::High) {
            f.invFreq[i] = inv;
            f.ramp[i] = 0.0;
        } else if (band == Band::Low) {
            f.invFreq[i] = inv / p.factor;
            f.ramp[i] = 1.0;
        } else {
            // Medium band, inclusive bounds. hff == lff leaves only wavelength == threshold
            // here; vLLM then uses smooth = 0 (HF would divide by zero).
            const double smooth = p.highFreqFactor == p.lowFreqFactor
                ? 0.0
                : (oldContext / wavelength - p.lowFreqFactor)
                    / (p.highFreqFactor - p.lowFreqFactor);
            f.invFreq[i] = (1.0 - smooth) * inv / p.factor + smooth * inv;
            f.ramp[i] = 1.0 - smooth;
        }
    }
}

void computeLongRope(const RopeParams &p, RopeFrequencies &f)
{
    const int d = f.rotaryDim;
    const Eigen::Index n = d / 2;
    const bool useLong = p.seqLen && *p.seqLen > p.originalMaxPositions;
    const std::vector<double> &ext = useLong ? p.longFactor : p.shortFactor;
    f.longRopeFactors = useLong ? LongRopeFactors::Long : LongRopeFactors::Short;
    f.invFreq.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double shape = static_cast<double>(2 * i) / static_cast<double>(d);
        f.invFreq[i] = 1.0 / (ext[static_cast<std::size_t>(i)] * std::pow(p.base, shape));
    }
    f.ramp = logRamp(f.invFreq / f.unscaledInvFreq, p.factor);
    if (p.attentionFactor)
        f.attentionFactor = *p.attentionFactor;
    else if (p.factor <= 1.0)
        f.attentionFactor = 1.0;
    else
        f.attentionFactor = std::sqrt(
            1.0 + std::log(p.factor) / std::log(static_cast<double>(p.originalMaxPositions)));
}

void computeMiniMind(const RopeParams &p, RopeFrequencies &f)
{
    const int d = f.rotaryDim;
    const Eigen::Index n = d / 2;
    f.attentionFactor = p.attentionFactor.value_or(1.0);
    f.invFreq = f.unscaledInvFreq;
    f.ramp = Eigen::ArrayXd::Zero(n);
    const double end = static_cast<double>(p.maxPositions);
    const double origMax = static_cast<double>(p.originalMaxPositions);
    if (!(end / origMax > 1.0))
        return; // MiniMind's YaRN branch only runs when end / orig_max > 1
    const CorrectionRange range = yarnCorrectionRange(p.betaFast, p.betaSlow, d, p.base,
                                                      p.originalMaxPositions, true, d / 2 - 1);
    f.correctionLow = range.low;
    f.correctionHigh = range.high;
    const double span = std::max(range.high - range.low, 0.001);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double ramp = std::clamp((static_cast<double>(i) - range.low) / span, 0.0, 1.0);
        f.ramp[i] = ramp;
        f.invFreq[i] = f.unscaledInvFreq[i] * (1.0 - ramp + ramp / p.factor);
    }
}

void computeMiniMindLegacy(const RopeParams &p, RopeFrequencies &f)
{
    const Eigen::Index n = f.rotaryDim / 2;
    const double origMax = static_cast<double>(p.originalMaxPositions);
    Eigen::Index corrDim = n;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (TwoPi / f.unscaledInvFreq[i] > origMax) {
            corrDim = i;
            break;
        }
    }
    const double betaFast = effectiveBetaFast(p.betaFast);
    const double betaSlow = effectiveBetaSlow(p.betaSlow);
    const double powerDenominator = static_cast<double>(std::max<Eigen::Index>(n - 1, 1));
    f.invFreq.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        const double power = static_cast<double>(i) / powerDenominator;
        // A convex combination of the betas; the clamp only undoes rounding at extreme betas.
        const double beta
            = std::max(betaSlow + (betaFast - betaSlow) * power, std::min(betaFast, betaSlow));
        const double scale
            = i < corrDim ? (beta * p.factor - beta + 1.0) / (beta * p.factor) : 1.0 / p.factor;
        f.invFreq[i] = f.unscaledInvFreq[i] * scale;
    }
    f.ramp = logRamp(f.invFreq / f.unscaledInvFreq, p.factor);
}

// ---- reference float32 pipelines (torch float32 tensors, Python double scalars) ----

// torch.arange(0, d, 2).float() / d
Eigen::ArrayXf f32Shape(int d)
{
    const Eigen::Index n = d / 2;
    Eigen::ArrayXf shape(n);
    for (Eigen::Index i = 0; i < n; ++i)
        shape[i] = static_cast<float>(2 * i) / static_cast<float>(d);
    return shape;
}

// base ** shape (Python float base, float32 tensor)
Eigen::ArrayXf f32Pow(double base, int d)
{
    const Eigen::ArrayXf shape = f32Shape(d);
    Eigen::ArrayXf pos(shape.size());
    for (Eigen::Index i = 0; i < shape.size(); ++i)
        pos[i] = std::pow(static_cast<float>(base), shape[i]);
    return pos;
}

// scalar / tensor is reciprocal(tensor) * scalar in torch.
Eigen::ArrayXf f32Divide(double numerator, const Eigen::ArrayXf &t)
{
    const float scalar = static_cast<float>(numerator);
    Eigen::ArrayXf out(t.size());
    for (Eigen::Index i = 0; i < t.size(); ++i)
        out[i] = (1.0f / t[i]) * scalar;
    return out;
}

Eigen::ArrayXf f32Default(const RopeParams &p, int d)
{
    return f32Divide(1.0, f32Pow(p.base, d));
}

Eigen::ArrayXf f32Linear(const RopeParams &p, int d)
{
    Eigen::ArrayXf inv = f32Default(p, d);
    const float factor = static_cast<float>(p.factor);
    for (Eigen::Index i = 0; i < inv.size(); ++i)
        inv[i] = inv[i] / factor;
    return inv;
}

Eigen::ArrayXf f32NtkAware(const RopeParams &p, int d)
{
    return f32Divide(1.0, f32Pow(ntkAwareBase(p.base, p.factor, d), d));
}

Eigen::ArrayXf f32Dynamic(const RopeParams &p, int d)
{
    return f32Divide(1.0, f32Pow(dynamicNtkBase(p.base, p.factor, d, p.maxPositions, p.seqLen), d));
}

// HF _compute_yarn_parameters in float32.
Eigen::ArrayXf f32Yarn(const RopeParams &p, int d)
{
    const Eigen::ArrayXf pos = f32Pow(p.base, d);
    const CorrectionRange range = yarnCorrectionRange(p.betaFast, p.betaSlow, d, p.base,
                                                      p.originalMaxPositions, p.truncate, d - 1);
    const double high = range.low == range.high ? range.high + 0.001 : range.high;
    const float low = static_cast<float>(range.low);
    const float span = static_cast<float>(high - range.low);
    const float factor = static_cast<float>(p.factor);
    Eigen::ArrayXf inv(pos.size());
    for (Eigen::Index i = 0; i < pos.size(); ++i) {
        const float extrapolation = 1.0f / pos[i];
        const float interpolation = 1.0f / (factor * pos[i]);
        const float ramp = std::clamp((static_cast<float>(i) - low) / span, 0.0f, 1.0f);
        const float extrapolationFactor = 1.0f - ramp;
        inv[i] = interpolation * (1.0f - extrapolationFactor) + extrapolation * extrapolationFactor;
    }
    return inv;
}

Eigen::ArrayXf f32Llama3(const RopeParams &p, int d)
{
    const Eigen::ArrayXf inv = f32Default(p, d);
    const double oldContext = static_cast<double>(p.originalMaxPositions);
    const float lowFreqWavelength = static_cast<float>(oldContext / p.lowFreqFactor);
    const float highFreqWavelength = static_cast<float>(oldContext / p.highFreqFactor);
    const Eigen::ArrayXf wavelength = f32Divide(TwoPi, inv);
    const float factor = static_cast<float>(p.factor);
    const float lff = static_cast<float>(p.lowFreqFactor);
    const float span = static_cast<float>(p.highFreqFactor - p.lowFreqFactor);
    const Eigen::ArrayXf contextOverWavelength = f32Divide(oldContext, wavelength);
    Eigen::ArrayXf out(inv.size());
    for (Eigen::Index i = 0; i < inv.size(); ++i) {
        const float llama = wavelength[i] > lowFreqWavelength ? inv[i] / factor : inv[i];
        const bool medium
            = !(wavelength[i] < highFreqWavelength) && !(wavelength[i] > lowFreqWavelength);
        if (!medium) {
            out[i] = llama;
            continue;
        }
        const float smooth = span == 0.0f ? 0.0f : (contextOverWavelength[i] - lff) / span;
        out[i] = (1.0f - smooth) * llama / factor + smooth * llama;
    }
    return out;
}

Eigen::ArrayXf f32LongRope(const RopeParams &p, int d)
{
    const Eigen::ArrayXf pos = f32Pow(p.base, d);
    const bool useLong = p.seqLen && *p.seqLen > p.originalMaxPositions;
    const std::vector<double> &ext = useLong ? p.longFactor : p.shortFactor;
    Eigen::ArrayXf scaled(pos.size());
    for (Eigen::Index i = 0; i < pos.size(); ++i)
        scaled[i] = static_cast<float>(ext[static_cast<std::size_t>(i)]) * pos[i];
    return f32Divide(1.0, scaled);
}

Eigen::ArrayXf f32MiniMind(const RopeParams &p, int d)
{
    Eigen::ArrayXf freqs = f32Default(p, d);
    if (!(static_cast<double>(p.maxPositions) / static_cast<double>(p.originalMaxPositions) > 1.0))
        return freqs;
    const CorrectionRange range = yarnCorrectionRange(p.betaFast, p.betaSlow, d, p.base,
                                                      p.originalMaxPositions, true, d / 2 - 1);
    const float low = static_cast<float>(range.low);
    const float span = static_cast<float>(std::max(range.high - range.low, 0.001));
    const float factor = static_cast<float>(p.factor);
    for (Eigen::Index i = 0; i < freqs.size(); ++i) {
        const float ramp = std::clamp((static_cast<float>(i) - low) / span, 0.0f, 1.0f);
        freqs[i] = freqs[i] * (1.0f - ramp + ramp / factor);
    }
    return freqs;
}

Eigen::ArrayXf f32MiniMindLegacy(const RopeParams &p, int d)
{
    Eigen::ArrayXf freqs = f32Default(p, d);
    const Eigen::Index n = freqs.size();
    const Eigen::ArrayXf wavelength = f32Divide(TwoPi, freqs);
    Eigen::Index corrDim = n;
    for (Eigen::Index i = 0; i < n; ++i) {
        if (static_cast<double>(wavelength[i]) > static_cast<double>(p.originalMaxPositions)) {
            corrDim = i;
            break;
        }
    }
    const double betaFast = effectiveBetaFast(p.betaFast);
    const double betaSlow = effectiveBetaSlow(p.betaSlow);
    const float slope = static_cast<float>(betaFast - betaSlow);
    const float powerDenominator = static_cast<float>(std::max<Eigen::Index>(n - 1, 1));
    const float factor = static_cast<float>(p.factor);
    for (Eigen::Index i = 0; i < n; ++i) {
        const float power = static_cast<float>(i) / powerDenominator;
        const float beta = std::max(static_cast<float>(betaSlow) + slope * power,
                                    static_cast<float>(std::min(betaFast, betaSlow)));
        const float scale = i < corrDim ? (beta * factor - beta + 1.0f) / (beta * factor)
                                        : static_cast<float>(1.0 / p.factor);
        freqs[i] = freqs[i] * scale;
    }
    return freqs;
}

using ComputeFunction = void (*)(const RopeParams &, RopeFrequencies &);
using Float32Function = Eigen::ArrayXf (*)(const RopeParams &, int);

struct MethodCompute
{
    Method method;
    ComputeFunction compute;
    Float32Function referenceFloat32;
};

constexpr std::array<MethodCompute, 10> Dispatch { {
    { Method::Default, computeDefault, f32Default },
    { Method::Linear, computeLinear, f32Linear },
    { Method::NtkAware, computeNtkAware, f32NtkAware },
    { Method::Dynamic, computeDynamic, f32Dynamic },
    { Method::NtkByParts, computeNtkByParts, f32Yarn },
    { Method::Yarn, computeYarn, f32Yarn },
    { Method::Llama3, computeLlama3, f32Llama3 },
    { Method::LongRope, computeLongRope, f32LongRope },
    { Method::MiniMind, computeMiniMind, f32MiniMind },
    { Method::MiniMindLegacy, computeMiniMindLegacy, f32MiniMindLegacy },
} };

constexpr bool dispatchIndexedByMethod()
{
    for (std::size_t i = 0; i < Dispatch.size(); ++i) {
        if (static_cast<std::size_t>(Dispatch[i].method) != i)
            return false;
    }
    return true;
}
static_assert(dispatchIndexedByMethod(), "Dispatch rows must follow the Method enum order");
static_assert(Dispatch.size() == static_cast<std::size_t>(Method::MiniMindLegacy) + 1,
              "every Method needs a compute function");

bool isKnownMethod(Method method)
{
    return static_cast<std::size_t>(method) < Dispatch.size();
}

std::optional<Error> checkLength(const char *field, std::int64_t value)
{
    if (value <= 0 || value > MaxLength)
        return makeError(field, "must be > 0 and <= " + std::to_string(MaxLength),
                         std::to_string(value));
    return std::nullopt;
}

std::optional<Error> checkFactorValue(const char *field, double value)
{
    if (!std::isfinite(value) || value < 1.0 / MaxFactor || value > MaxFactor)
        return numberError(field,
                           "must be a finite number in [" + formatNumber(1.0 / MaxFactor) + ", "
                               + formatNumber(MaxFactor) + "]",
                           value);
    return std::nullopt;
}

std::optional<Error> checkBeta(const char *field, double value, const char *zeroMeaning)
{
    if (!std::isfinite(value) || value < 0.0
        || (value != 0.0 && (value < 1.0 / MaxBeta || value > MaxBeta)))
        return numberError(field,
                           "must be 0 (" + std::string(zeroMeaning) + ") or a number in ["
                               + formatNumber(1.0 / MaxBeta) + ", " + formatNumber(MaxBeta) + "]",
                           value);
    return std::nullopt;
}

std::optional<Error> checkMscale(const char *field, double value)
{
    if (!std::isfinite(value) || value < 0.0 || value > MaxFactor)
        return numberError(field,
                           "must be a finite number in [0, " + formatNumber(MaxFactor)
                               + "] (0 means unset)",
                           value);
    return std::nullopt;
}

std::optional<Error> checkFactorList(const char *field, const std::vector<double> &values,
                                     int rotaryDimension)
{
    const std::size_t expected = static_cast<std::size_t>(rotaryDimension / 2);
    if (values.size() != expected)
        return makeError(field, "must have length rotary_dim/2 = " + std::to_string(expected),
                         "length " + std::to_string(values.size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v) || v < 1.0 / MaxFactor || v > MaxFactor)
            return makeError(field,
                             "entries must be finite numbers in [" + formatNumber(1.0 / MaxFactor)
                                 + ", " + formatNumber(MaxFactor) + "]",
                             formatNumber(v) + " at index " + std::to_string(i));
    }
    return std::nullopt;
}

} // namespace

std::int64_t originalContext(const RopeParams &params)
{
    return params.method == Method::Dynamic ? params.maxPositions : params.originalMaxPositions;
}

double effectiveFactor(const RopeParams &params)
{
    return (methodInfo(params.method).reads & ReadsFactor) ? params.factor : 1.0;
}

double scaledContext(const RopeParams &params)
{
    return effectiveFactor(params) * double(originalContext(params));
}

std::string_view longRopeFactorsId(LongRopeFactors factors)
{
    switch (factors) {
    case LongRopeFactors::NotUsed:
        return "";
    case LongRopeFactors::Short:
        return "short";
    case LongRopeFactors::Long:
        return "long";
    }
    return "";
}

std::string_view temperaturePlacementId(TemperaturePlacement placement)
{
    switch (placement) {
    case TemperaturePlacement::None:
        return "none";
    case TemperaturePlacement::CosSin:
        return "cos-sin";
    case TemperaturePlacement::SoftmaxScale:
        return "softmax-scale";
    case TemperaturePlacement::CosSinAndSoftmaxScale:
        return "cos-sin-and-softmax-scale";
    }
    return "none";
}

int rotaryDim(int headDim, double partialRotaryFactor)
{
    const double d = static_cast<double>(headDim) * partialRotaryFactor;
    if (!std::isfinite(d) || d >= static_cast<double>(INT_MAX) || d <= static_cast<double>(INT_MIN))
        return 0; // not representable: reported as an invalid rotary dim by checkParams
    return static_cast<int>(d); // Python int(): truncation toward zero
}

double yarnGetMscale(double scale, double mscale)
{
    if (scale <= 1.0)
        return 1.0;
    return 0.1 * mscale * std::log(scale) + 1.0;
}

double effectiveBetaFast(double betaFast)
{
    return (std::isfinite(betaFast) && betaFast > 0.0) ? betaFast : DefaultBetaFast;
}

double effectiveBetaSlow(double betaSlow)
{
    return (std::isfinite(betaSlow) && betaSlow > 0.0) ? betaSlow : DefaultBetaSlow;
}

double yarnCorrectionDim(double rotations, int rotaryDimension, double base,
                         std::int64_t originalLength)
{
    const double d = static_cast<double>(rotaryDimension);
    const double length = static_cast<double>(originalLength);
    // Same operation order as HF find_correction_dim:
    // (dim * math.log(max_pos / (num_rotations * 2 * math.pi))) / (2 * math.log(base))
    const double quotient = length / (rotations * 2.0 * std::numbers::pi);
    if (std::isfinite(quotient) && quotient > 0.0)
        return (d * std::log(quotient)) / (2.0 * std::log(base));
    return (d * (std::log(length) - std::log(rotations) - std::log(TwoPi)))
        / (2.0 * std::log(base));
}

CorrectionRange yarnCorrectionRange(double betaFast, double betaSlow, int rotaryDimension,
                                    double base, std::int64_t originalLength, bool truncate,
                                    int clampHigh)
{
    double low
        = yarnCorrectionDim(effectiveBetaFast(betaFast), rotaryDimension, base, originalLength);
    double high
        = yarnCorrectionDim(effectiveBetaSlow(betaSlow), rotaryDimension, base, originalLength);
    if (truncate) {
        low = std::floor(low);
        high = std::ceil(high);
    }
    return CorrectionRange { std::max(low, 0.0), std::min(high, static_cast<double>(clampHigh)) };
}

double ntkAwareBase(double base, double factor, int rotaryDimension)
{
    const double d = static_cast<double>(rotaryDimension);
    return base * std::pow(factor, d / (d - 2.0));
}

double dynamicNtkBase(double base, double factor, int rotaryDimension, std::int64_t maxPositions,
                      std::optional<std::int64_t> seqLen)
{
    const double d = static_cast<double>(rotaryDimension);
    const double maxPos = static_cast<double>(maxPositions);
    const double length
        = static_cast<double>(seqLen ? std::max(*seqLen, maxPositions) : maxPositions);
    return base * std::pow((factor * length / maxPos) - (factor - 1.0), d / (d - 2.0));
}

std::optional<Error> checkParams(const RopeParams &params)
{
    if (!isKnownMethod(params.method))
        return makeError("rope_type", "must be one of the known methods",
                         std::to_string(static_cast<int>(params.method)));
    const std::uint32_t reads = methodInfo(params.method).reads;
    const std::string methodId(methodInfo(params.method).id);

    const double prf = params.partialRotaryFactor;
    if (!(prf > 0.0 && prf <= 1.0))
        return numberError("partial_rotary_factor", "must be in (0, 1]", prf);

    const int d = rotaryDim(params.headDim, prf);
    const std::string dimText = "int(" + std::to_string(params.headDim) + " * " + formatNumber(prf)
        + ") = " + std::to_string(d);
    if (d <= 0)
        return makeError("head_dim",
                         "must give a positive rotary dim int(head_dim * partial_rotary_factor)",
                         dimText);
    if (d % 2 != 0)
        return makeError("head_dim",
                         "must give an even rotary dim int(head_dim * partial_rotary_factor)",
                         dimText);
    if (d > MaxRotaryDim)
        return makeError("head_dim",
                         "must give a rotary dim int(head_dim * partial_rotary_factor) <= "
                             + std::to_string(MaxRotaryDim),
                         dimText);
    if ((params.method == Method::NtkAware || params.method == Method::Dynamic) && d <= 2)
        return makeError("head_dim",
                         "must give a rotary dim > 2 for " + methodId + " (base exponent d/(d-2))",
                         dimText);

    if (!std::isfinite(params.base) || params.base <= 1.0 || params.base > MaxBase)
        return numberError("rope_theta",
                           "must be a finite number > 1 and <= " + formatNumber(MaxBase),
                           params.base);

    if (reads & ReadsFactor) {
        if (auto error = checkFactorValue("factor", params.factor))
            return error;
    }
    if (reads & ReadsOriginalContext) {
        if (auto error
            = checkLength("original_max_position_embeddings", params.originalMaxPositions))
            return error;
    }
    if (reads & ReadsMaxPositions) {
        if (auto error = checkLength("max_position_embeddings", params.maxPositions))
            return error;
    }
    if ((reads & ReadsSeqLen) && params.seqLen) {
        if (auto error = checkLength("seq_len", *params.seqLen))
            return error;
    }
    if (params.method == Method::MiniMindLegacy && params.factor < 1.0)
        return numberError("factor",
                           "must be >= 1 for minimind-legacy (its scale (beta*factor - beta + 1) / "
                           "(beta*factor) turns negative below 1)",
                           params.factor);
    if (reads & ReadsBetaFast) {
        if (auto error = checkBeta("beta_fast", params.betaFast, "the default 32"))
            return error;
    }
    if (reads & ReadsBetaSlow) {
        if (auto error = checkBeta("beta_slow", params.betaSlow, "the default 1"))
            return error;
    }
    if (reads & ReadsMscale) {
        if (auto error = checkMscale("mscale", params.mscale))
            return error;
    }
    if (reads & ReadsMscaleAllDim) {
        if (auto error = checkMscale("mscale_all_dim", params.mscaleAllDim))
            return error;
    }
    if ((reads & ReadsAttentionFactor) && params.attentionFactor
        && !(std::abs(*params.attentionFactor) <= MaxFactor))
        return numberError("attention_factor",
                           "must be a finite number with |value| <= " + formatNumber(MaxFactor),
                           *params.attentionFactor);
    if (reads & ReadsLowFreqFactor) {
        if (!std::isfinite(params.lowFreqFactor) || params.lowFreqFactor <= 0.0)
            return numberError("low_freq_factor", "must be a finite number > 0",
                               params.lowFreqFactor);
    }
    if (reads & ReadsHighFreqFactor) {
        if (!std::isfinite(params.highFreqFactor) || params.highFreqFactor <= 0.0)
            return numberError("high_freq_factor", "must be a finite number > 0",
                               params.highFreqFactor);
    }
    if (reads & ReadsShortFactor) {
        if (auto error = checkFactorList("short_factor", params.shortFactor, d))
            return error;
    }
    if (reads & ReadsLongFactor) {
        if (auto error = checkFactorList("long_factor", params.longFactor, d))
            return error;
    }
    if (params.method == Method::LongRope && !params.attentionFactor && params.factor > 1.0
        && params.originalMaxPositions == 1)
        return makeError("original_max_position_embeddings",
                         "must be > 1 for longrope's attention factor sqrt(1 + ln(factor) / "
                         "ln(original_max_position_embeddings))",
                         "1");
    return std::nullopt;
}

Result<RopeFrequencies> computeFrequencies(const RopeParams &params)
{
    if (auto error = checkParams(params))
        return *error;

    RopeFrequencies f;
    f.method = params.method;
    f.rotaryDim = rotaryDim(params.headDim, params.partialRotaryFactor);
    f.base = params.base;
    f.effectiveBase = params.base;
    f.unscaledInvFreq = defaultInvFreq(params.base, f.rotaryDim);

    // r_i counts rotations over the pre-training context (originalContext: L_orig, or
    // max_position_embeddings for dynamic NTK).
    const double context = static_cast<double>(originalContext(params));
    f.originalContext = context;
    const BandRule rule = methodInfo(params.method).bandRule;
    if (rule == BandRule::CorrectionRange) {
        f.highFreqWavelength = context / effectiveBetaFast(params.betaFast);
        f.lowFreqWavelength = context / effectiveBetaSlow(params.betaSlow);
    } else {
        // TurnsWithinContext; llama3 (WavelengthThresholds) overwrites them with its own.
        f.highFreqWavelength = context / ManyTurnsWithinContext;
        f.lowFreqWavelength = context / OneTurnWithinContext;
    }

    Dispatch[static_cast<std::size_t>(params.method)].compute(params, f);

    f.wavelength = TwoPi / f.invFreq;
    f.ratio = f.invFreq / f.unscaledInvFreq;
    f.rotations = context / (TwoPi / f.unscaledInvFreq);
    const auto pairs = static_cast<std::size_t>(f.rotations.size());
    switch (rule) {
    case BandRule::CorrectionRange:
        // The ramp over the correction range is what the blend used.
        f.band.resize(pairs);
        for (std::size_t i = 0; i < pairs; ++i) {
            const double ramp = f.ramp[static_cast<Eigen::Index>(i)];
            f.band[i] = ramp == 0.0 ? Band::High : ramp == 1.0 ? Band::Low : Band::Medium;
        }
        break;
    case BandRule::WavelengthThresholds:
        break; // computeLlama3 set them with the branches it scaled by
    case BandRule::TurnsWithinContext:
        f.band.resize(pairs);
        for (std::size_t i = 0; i < pairs; ++i) {
            const double r = f.rotations[static_cast<Eigen::Index>(i)];
            f.band[i] = r > ManyTurnsWithinContext ? Band::High
                : r < OneTurnWithinContext         ? Band::Low
                                                   : Band::Medium;
        }
        break;
    }
    f.bandsFollowWavelength = f.highFreqWavelength <= f.lowFreqWavelength;
    for (std::size_t i = 0; i < pairs && f.bandsFollowWavelength; ++i) {
        const double unscaled = TwoPi / f.unscaledInvFreq[static_cast<Eigen::Index>(i)];
        const Band strip = unscaled < f.highFreqWavelength ? Band::High
            : unscaled > f.lowFreqWavelength               ? Band::Low
                                                           : Band::Medium;
        f.bandsFollowWavelength = strip == f.band[i];
    }

    f.logitMultiplier = f.attentionFactor * f.attentionFactor * f.softmaxScaleMultiplier;
    const bool onCosSin = f.attentionFactor != 1.0;
    const bool inSoftmax = f.softmaxScaleMultiplier != 1.0;
    f.temperaturePlacement = onCosSin && inSoftmax ? TemperaturePlacement::CosSinAndSoftmaxScale
        : onCosSin                                ? TemperaturePlacement::CosSin
        : inSoftmax                               ? TemperaturePlacement::SoftmaxScale
                                                  : TemperaturePlacement::None;

    // Defensive: within checkParams' limits this cannot trigger.
    const bool finite = f.invFreq.allFinite() && (f.invFreq > 0.0).all() && f.wavelength.allFinite()
        && f.ramp.allFinite() && f.rotations.allFinite() && f.ratio.allFinite()
        && std::isfinite(f.attentionFactor) && std::isfinite(f.softmaxScaleMultiplier)
        && std::isfinite(f.logitMultiplier) && std::isfinite(f.effectiveBase);
    if (!finite)
        return Error { "rope_theta",
                       "rope_theta " + formatNumber(params.base) + " with factor "
                           + formatNumber(params.factor)
                           + " gives non-finite or zero frequencies" };
    return f;
}

Result<Eigen::ArrayXd> referenceFloat32InvFreq(const RopeParams &params)
{
    if (auto error = checkParams(params))
        return *error;
    const int d = rotaryDim(params.headDim, params.partialRotaryFactor);
    const Eigen::ArrayXf inv
        = Dispatch[static_cast<std::size_t>(params.method)].referenceFloat32(params, d);
    return Eigen::ArrayXd(inv.cast<double>());
}

} // namespace ropelab::numerics
