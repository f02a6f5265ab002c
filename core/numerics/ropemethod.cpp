#include "ropemethod.h"

#include <algorithm>
#include <array>

namespace ropelab::numerics {

namespace {

constexpr std::uint32_t YarnFamily = ReadsFactor | ReadsBetaFast | ReadsBetaSlow
        | ReadsOriginalContext;

// Band ids and legend text per rule (indexed by BandRule, then by Band). The labels only say
// what the rule establishes: "kept" and "interpolated" only where the rule is what decides it.
constexpr std::array<BandScheme, 3> Schemes{{
    {BandRule::CorrectionRange,
     "correction-range",
     "Kept / blended / interpolated",
     {{{"high", "kept (ramp 0)"},
       {"medium", "blended (0 < ramp < 1)"},
       {"low", "interpolated (ramp 1)"}}}},
    {BandRule::WavelengthThresholds,
     "wavelength-thresholds",
     "Kept / blended / interpolated",
     {{{"high", "kept (wavelength < L/high_freq_factor)"},
       {"medium", "blended"},
       {"low", "interpolated (wavelength > L/low_freq_factor)"}}}},
    {BandRule::TurnsWithinContext,
     "turns-within-context",
     "Turns in L: > 32 / 1-32 / < 1",
     {{{"many-turns", "over 32 turns in L (unscaled)"},
       {"few-turns", "1 to 32 turns in L (unscaled)"},
       {"under-one-turn", "under 1 turn in L (unscaled)"}}}},
}};

constexpr RampMeaning Weight{true, "ramp (0 = unscaled, 1 = divided by s)"};
constexpr RampMeaning Exponent{false, "exponent e: ratio = s^-e (0 = unscaled, 1 = divided by s)"};

constexpr BandRule Turns = BandRule::TurnsWithinContext;

constexpr std::array<MethodInfo, 10> Methods{{
    {Method::Default, "default", "Default RoPE", 0, Turns, Weight},
    {Method::Linear, "linear", "Linear (position interpolation)", ReadsFactor, Turns, Weight},
    {Method::NtkAware, "ntk-aware", "NTK-aware", ReadsFactor, Turns, Exponent},
    {Method::Dynamic, "dynamic", "Dynamic NTK", ReadsFactor | ReadsMaxPositions | ReadsSeqLen,
     Turns, Exponent},
    {Method::NtkByParts, "ntk-by-parts", "NTK-by-parts", YarnFamily | ReadsTruncate,
     BandRule::CorrectionRange, Weight},
    {Method::Yarn, "yarn", "YaRN",
     YarnFamily | ReadsTruncate | ReadsAttentionFactor | ReadsMscale | ReadsMscaleAllDim,
     BandRule::CorrectionRange, Weight},
    {Method::Llama3, "llama3", "Llama 3",
     ReadsFactor | ReadsOriginalContext | ReadsLowFreqFactor | ReadsHighFreqFactor,
     BandRule::WavelengthThresholds, Weight},
    {Method::LongRope, "longrope", "LongRoPE",
     ReadsFactor | ReadsOriginalContext | ReadsMaxPositions | ReadsAttentionFactor | ReadsSeqLen
             | ReadsShortFactor | ReadsLongFactor,
     Turns, Exponent},
    {Method::MiniMind, "minimind", "MiniMind",
     YarnFamily | ReadsMaxPositions | ReadsAttentionFactor, BandRule::CorrectionRange, Weight},
    {Method::MiniMindLegacy, "minimind-legacy", "MiniMind (legacy)",
     ReadsFactor | ReadsBetaFast | ReadsBetaSlow | ReadsOriginalContext, Turns, Exponent},
}};

constexpr bool tablesIndexedByEnum()
{
    for (std::size_t i = 0; i < Methods.size(); ++i) {
        if (static_cast<std::size_t>(Methods[i].method) != i)
            return false;
    }
    for (std::size_t i = 0; i < Schemes.size(); ++i) {
        if (static_cast<std::size_t>(Schemes[i].rule) != i)
            return false;
    }
    return true;
}
static_assert(tablesIndexedByEnum(), "Methods and Schemes rows must follow their enum order");

} // namespace

std::span<const MethodInfo> methodTable()
{
    return Methods;
}

const MethodInfo &methodInfo(Method method)
{
    return Methods[static_cast<std::size_t>(method)];
}

std::span<const BandScheme> bandSchemes()
{
    return Schemes;
}

const BandScheme &bandScheme(BandRule rule)
{
    return Schemes[static_cast<std::size_t>(rule)];
}

const BandScheme &bandScheme(Method method)
{
    return bandScheme(methodInfo(method).bandRule);
}

std::string_view bandId(Method method, Band band)
{
    return bandScheme(method).bands[static_cast<std::size_t>(band)].id;
}

std::optional<Band> bandFromId(Method method, std::string_view id)
{
    const auto &bands = bandScheme(method).bands;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        if (bands[i].id == id)
            return static_cast<Band>(i);
    }
    return std::nullopt;
}

std::optional<Method> methodFromId(std::string_view id)
{
    const auto it = std::find_if(Methods.begin(), Methods.end(),
                                 [id](const MethodInfo &info) { return info.id == id; });
    if (it == Methods.end())
        return std::nullopt;
    return it->method;
}

} // namespace ropelab::numerics
