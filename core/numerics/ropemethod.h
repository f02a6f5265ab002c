#pragma once

// The scaling methods as data: one table row per method with its id (as used on the command
// line, in state files and in presets), an English display name (the UI translates it), the
// parameters it reads (so the UI enables exactly those controls), the rule that puts its pairs
// into bands with the bands' ids and legend text, and what its per-pair ramp means. Add a method
// by adding a row here and a compute function in rope.cpp's dispatch table; no if-chains
// elsewhere.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace ropelab::numerics {

enum class Method : std::uint8_t {
    Default,
    Linear,        // position interpolation (PI)
    NtkAware,      // static NTK-aware: base * s^(d/(d-2))
    Dynamic,       // HF dynamic NTK (needs the current sequence length)
    NtkByParts,    // YaRN frequency blend with attention factor 1
    Yarn,          // HF _compute_yarn_parameters
    Llama3,        // HF _compute_llama3_parameters
    LongRope,      // HF _compute_longrope_parameters (Phi-3)
    MiniMind,      // MiniMind current YaRN (d/2-1 clamp, attention factor default 1)
    MiniMindLegacy // MiniMind's earlier per-dimension beta interpolation
};

// Bit flags: which RopeParams fields a method reads (besides head_dim, partial_rotary_factor
// and base, which every method reads).
enum ParamFlag : std::uint32_t {
    ReadsFactor = 1u << 0,
    ReadsBetaFast = 1u << 1,
    ReadsBetaSlow = 1u << 2,
    ReadsOriginalContext = 1u << 3, // original_max_position_embeddings (L_orig)
    ReadsMaxPositions = 1u << 4,    // max_position_embeddings
    ReadsAttentionFactor = 1u << 5,
    ReadsMscale = 1u << 6,
    ReadsMscaleAllDim = 1u << 7,
    ReadsTruncate = 1u << 8,
    ReadsLowFreqFactor = 1u << 9,
    ReadsHighFreqFactor = 1u << 10,
    ReadsSeqLen = 1u << 11,
    ReadsShortFactor = 1u << 12,
    ReadsLongFactor = 1u << 13,
};

// The three bands of a method, in this order: High is the side the method leaves as it is
// (or, without such a side, the pairs that turn fastest), Low the side it divides by s (or the
// slowest pairs). What a band means, its id and its legend text come from the method's
// BandScheme, never from the enum value alone.
enum class Band : std::uint8_t { High, Medium, Low };

// How a method puts pair i into a band (computeFrequencies applies it; ROPE_SPEC 9).
enum class BandRule : std::uint8_t {
    // yarn, ntk-by-parts, minimind: the ramp over the correction range [low, high] decides:
    // ramp 0 (i <= low: kept) -> High, ramp 1 (i >= high: divided by s) -> Low, else Medium.
    // With beta_fast < beta_slow the range is inverted and so are the bands: still by the ramp.
    CorrectionRange,
    // llama3: the unscaled wavelength against HF's thresholds: lambda < L/high_freq_factor ->
    // High (kept), lambda > L/low_freq_factor -> Low (divided by s), else Medium (blended).
    WavelengthThresholds,
    // every other method: only where the unscaled wavelength lies against the original context
    // L (r_i = L / lambda_i turns within L): r > ManyTurnsWithinContext -> High, r < 1 -> Low,
    // else Medium. Says nothing about what the method did to the pair (see the ratio).
    TurnsWithinContext,
};

// The turns-within-L boundaries of BandRule::TurnsWithinContext (32 = HF's default beta_fast,
// so that the neutral bands of a pair match YaRN's default ones when nothing else differs).
inline constexpr double ManyTurnsWithinContext = 32.0;
inline constexpr double OneTurnWithinContext = 1.0;

struct BandInfo
{
    std::string_view id;    // in CSV, JSON and `inspect` tables
    std::string_view label; // English legend text; the UI translates it (context
                            // "ropelab::numerics::Band")
};

struct BandScheme
{
    BandRule rule;
    std::string_view ruleId;        // "correction-range", "wavelength-thresholds",
                                    // "turns-within-context"
    std::string_view countsHeading; // English, for "how many pairs per band" read-outs
    std::array<BandInfo, 3> bands;  // indexed by Band
};

// What MethodInfo::rampLabel describes: the ramp of RopeFrequencies.
struct RampMeaning
{
    // true: the method's own interpolation weight (yarn family, llama3, linear, default);
    // false: derived from the ratio, ln(ratio) / ln(1/s) (may leave [0, 1], e.g. dynamic NTK).
    bool isInterpolationWeight;
    std::string_view label; // English legend text; the UI translates it (context
                            // "ropelab::numerics::Band")
};

struct MethodInfo
{
    Method method;
    std::string_view id;          // "default", "linear", "ntk-aware", "dynamic", "ntk-by-parts",
                                  // "yarn", "llama3", "longrope", "minimind", "minimind-legacy"
    std::string_view displayName; // English; the UI wraps it in tr()
    std::uint32_t reads;          // ParamFlag bits
    BandRule bandRule;            // how its pairs fall into bands (bandScheme(bandRule))
    RampMeaning ramp;             // what its per-pair ramp is
};

std::span<const MethodInfo> methodTable();
const MethodInfo &methodInfo(Method method);
std::optional<Method> methodFromId(std::string_view id);

// The band schemes, one per BandRule (indexed by it).
std::span<const BandScheme> bandSchemes();
const BandScheme &bandScheme(BandRule rule);
const BandScheme &bandScheme(Method method); // bandScheme(methodInfo(method).bandRule)
// The id of `band` under `method`'s scheme: "high" / "medium" / "low" (kept / blended /
// interpolated: correction range and wavelength thresholds) or "many-turns" / "few-turns" /
// "under-one-turn" (turns within L).
std::string_view bandId(Method method, Band band);
// The band with this id under `method`'s scheme.
std::optional<Band> bandFromId(Method method, std::string_view id);

} // namespace ropelab::numerics
