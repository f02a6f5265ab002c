#pragma once

// Frequencies of every RoPE scaling method, in float64, exactly as ../shared ROPE_SPEC.md
// (sections 1, 3 and 9) gives them. Pure C++ + Eigen, no Qt.

#include "result.h"
#include "ropemethod.h"

#include <Eigen/Core>

#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace ropelab::numerics {

// Every parameter any method reads, fully resolved (the config importer resolves HF's
// defaults such as factor = max_pos/orig when absent). Field names follow HF's keys.
struct RopeParams
{
    Method method = Method::Default;
    int headDim = 128;                 // head_dim
    double partialRotaryFactor = 1.0;  // partial_rotary_factor; rotary dim d = int(headDim * prf)
    double base = 10000.0;             // rope_theta
    double factor = 1.0;               // s: factor (linear, dynamic, yarn, llama3, longrope, ...)
    double betaFast = 32.0;            // beta_fast; 0 means "falsy": HF uses 32
    double betaSlow = 1.0;             // beta_slow; 0 means "falsy": HF uses 1
    std::int64_t originalMaxPositions = 4096; // original_max_position_embeddings (L_orig)
    std::int64_t maxPositions = 4096;  // max_position_embeddings (dynamic NTK's L, longrope)
    std::optional<double> attentionFactor;    // attention_factor, if given explicitly
    double mscale = 0.0;               // mscale; 0 = unset/falsy
    double mscaleAllDim = 0.0;         // mscale_all_dim; 0 = unset/falsy
    bool truncate = true;              // truncate (YaRN floor/ceil of the correction range)
    double lowFreqFactor = 1.0;        // low_freq_factor (llama3)
    double highFreqFactor = 4.0;       // high_freq_factor (llama3)
    std::optional<std::int64_t> seqLen; // current sequence length (dynamic, longrope); none = not given
    std::vector<double> shortFactor;   // longrope short_factor (length d/2)
    std::vector<double> longFactor;    // longrope long_factor (length d/2)

    bool operator==(const RopeParams &) const = default;
};

// The trained context L that a method's rotations r_i and its bands refer to: HF's
// original_max_position_embeddings, except dynamic NTK, whose trained length is
// max_position_embeddings (HF ignores L_orig there). Tokens. O(1).
std::int64_t originalContext(const RopeParams &params);
// The scale factor s a method applies: params.factor where the method reads it, else 1 (plain
// RoPE keeps whatever factor a config had, and uses none of it).
double effectiveFactor(const RopeParams &params);
// s * L: the context the method is scaled for (effectiveFactor * originalContext). Tokens.
double scaledContext(const RopeParams &params);

// Which LongRoPE factor list computeFrequencies used: HF takes long_factor iff seq_len is given
// and seq_len > original_max_position_embeddings, else short_factor.
enum class LongRopeFactors : std::uint8_t { NotUsed, Short, Long };
std::string_view longRopeFactorsId(LongRopeFactors factors); // "", "short", "long"

// Where a method puts its attention temperature 1/t = logitMultiplier (ROPE_SPEC 3.6): into cos
// and sin (attention_factor != 1, e.g. HF YaRN, LongRoPE), into the softmax scale (DeepSeek's
// get_mscale(s, mscale_all_dim)^2 != 1), both, or nowhere (both 1).
enum class TemperaturePlacement : std::uint8_t {
    None,
    CosSin,
    SoftmaxScale,
    CosSinAndSoftmaxScale,
};
std::string_view temperaturePlacementId(TemperaturePlacement placement);
// "none", "cos-sin", "softmax-scale", "cos-sin-and-softmax-scale"

// Everything the app shows per pair i = 0 .. d/2-1.
struct RopeFrequencies
{
    Method method = Method::Default;
    int rotaryDim = 0;            // d
    double base = 0.0;            // rope_theta as given
    double effectiveBase = 0.0;   // the base actually used (NTK-aware / dynamic: the new base)
    Eigen::ArrayXd invFreq;       // scaled inverse frequencies (rad per position)
    Eigen::ArrayXd unscaledInvFreq; // base^(-2i/d)
    Eigen::ArrayXd wavelength;    // 2 pi / invFreq (positions)
    Eigen::ArrayXd rotations;     // r_i = L / unscaled wavelength, L = originalContext(params)
                                  // (rotations over the original context)
    double originalContext = 0.0; // L = originalContext(params), tokens
    // Interpolation weight per pair: 0 = pair kept (extrapolated), 1 = pair fully divided by s.
    //   yarn, ntk-by-parts, minimind: the exact per-pair ramp of the reference,
    //       clamp((i - low) / (high - low), 0, 1) (MiniMind: / max(high - low, 0.001));
    //       0 everywhere when MiniMind's YaRN branch does not run (max_pos / L_orig <= 1);
    //   llama3: 0 (high band), 1 - smooth (medium band), 1 (low band);
    //   linear: 1; default: 0;
    //   ntk-aware, dynamic, longrope, minimind-legacy: ln(ratio_i) / ln(1/s), the exponent that
    //       turns s into the pair's actual scaling (0 when s == 1).
    Eigen::ArrayXd ramp;
    Eigen::ArrayXd ratio;         // invFreq / unscaledInvFreq: what the method did to each pair
    // Per pair, by the method's BandRule (methodInfo(method).bandRule, ropemethod.h); its id
    // and legend text come from bandScheme(method):
    //   CorrectionRange (yarn, ntk-by-parts, minimind): ramp 0 -> High, ramp 1 -> Low, else
    //       Medium (so High is never next to ramp 1, even with beta_fast < beta_slow);
    //   WavelengthThresholds (llama3): unscaled lambda < L/hff -> High, > L/lff -> Low, else
    //       Medium, exactly HF's branches;
    //   TurnsWithinContext (every other method): r_i > ManyTurnsWithinContext -> High,
    //       r_i < OneTurnWithinContext -> Low, else Medium.
    std::vector<Band> band;
    double attentionFactor = 1.0; // multiplies cos and sin; rotary logits scale by its square
    double softmaxScaleMultiplier = 1.0; // DeepSeek style get_mscale(s, mscale_all_dim)^2, else 1
    // The rotary logits' total multiplier 1/t = attentionFactor^2 * softmaxScaleMultiplier.
    double logitMultiplier = 1.0;
    TemperaturePlacement temperaturePlacement = TemperaturePlacement::None;
    LongRopeFactors longRopeFactors = LongRopeFactors::NotUsed; // longrope: which list was used
    // YaRN-family correction range [low, high] in pair index after floor/ceil and clamping,
    // before HF's low == high -> high + 0.001 guard (NaN for other methods and when MiniMind's
    // YaRN branch does not run).
    double correctionLow = std::numeric_limits<double>::quiet_NaN();
    double correctionHigh = std::numeric_limits<double>::quiet_NaN();
    // Band thresholds as unscaled wavelengths (tokens), high band below highFreqWavelength, low
    // band above lowFreqWavelength: YaRN family L/beta_fast, L/beta_slow (the continuous form of
    // the correction range); llama3 L/hff, L/lff; every other method L/ManyTurnsWithinContext,
    // L/OneTurnWithinContext (L = originalContext).
    double highFreqWavelength = 0.0;
    double lowFreqWavelength = 0.0;
    // True when those thresholds give exactly `band` for every pair (band High iff unscaled
    // lambda < highFreqWavelength, Low iff > lowFreqWavelength) and highFreqWavelength <=
    // lowFreqWavelength, so a chart may shade the bands as wavelength strips. False e.g. for YaRN
    // with beta_fast < beta_slow, with a correction range clamped at pair 0, or for MiniMind
    // when its YaRN branch does not run: then only the per-pair bands are meaningful.
    bool bandsFollowWavelength = false;
};

// Hard limits beyond which a result is meaningless or absurd (errors, not warnings).
inline constexpr int MaxRotaryDim = 65536;
inline constexpr std::int64_t MaxLength = std::int64_t(1) << 31;
// rope_theta must lie in (1, MaxBase]; factor and LongRoPE factors in [1/MaxFactor, MaxFactor].
// Within these limits every inverse frequency and wavelength stays finite and non-zero.
inline constexpr double MaxBase = 1e100;
inline constexpr double MaxFactor = 1e6;
// Non-zero betas must lie in [1/MaxBeta, MaxBeta] (rotations); mscale, mscale_all_dim and
// |attention_factor| must not exceed MaxFactor (their squares scale the logits).
inline constexpr double MaxBeta = 1e12;
// Beta defaults when a beta is "falsy" (0): HF `beta_fast or 32`, `beta_slow or 1`.
inline constexpr double DefaultBetaFast = 32.0;
inline constexpr double DefaultBetaSlow = 1.0;

// d = int(headDim * partialRotaryFactor) (HF semantics, truncation toward zero).
int rotaryDim(int headDim, double partialRotaryFactor);

// get_mscale(s, m) = 1 if s <= 1 else 0.1 * m * ln(s) + 1 (YaRN paper Eq. 22, HF/DeepSeek).
double yarnGetMscale(double scale, double mscale = 1.0);

// The beta actually used: `beta or default` (HF falsy-or); a non-finite or negative value
// (rejected by checkParams for methods that read betas) also gives the default. O(1).
double effectiveBetaFast(double betaFast);
double effectiveBetaSlow(double betaSlow);

// YaRN correction dimension (HF/YaRN find_correction_dim): the fractional pair index at which
// a pair makes `rotations` full turns over `originalLength` positions,
//     corr_dim(r) = d * ln(L_orig / (r * 2 pi)) / (2 ln base).
// Units: pair index (may be negative or > d/2). Valid for rotations > 0, base > 1, L_orig > 0;
// when L_orig / (r 2 pi) over- or underflows, the algebraically equal
// d * (ln L_orig - ln r - ln 2 pi) / (2 ln base) is used so the result stays finite. O(1).
double yarnCorrectionDim(double rotations, int rotaryDim, double base, std::int64_t originalLength);

// HF find_correction_range: low = corr_dim(beta_fast), high = corr_dim(beta_slow) with falsy
// beta defaults; floor/ceil when `truncate`; then low = max(low, 0), high = min(high, clampHigh).
// clampHigh is d - 1 for HF/vLLM/DeepSeek/YaRN repo and d/2 - 1 for MiniMind. The low == high
// guard is the caller's (it differs between HF and MiniMind). O(1).
struct CorrectionRange
{
    double low = 0.0;
    double high = 0.0;
};
CorrectionRange yarnCorrectionRange(double betaFast, double betaSlow, int rotaryDim, double base,
                                    std::int64_t originalLength, bool truncate, int clampHigh);

// Static NTK-aware base (YaRN repo LlamaNTKScaledRotaryEmbedding, "alpha"):
// base' = base * s^(d / (d - 2)). Needs d > 2. O(1).
double ntkAwareBase(double base, double factor, int rotaryDim);

// HF dynamic NTK base (_compute_dynamic_ntk_parameters): L = max(seq_len, max_pos) (seq_len
// absent -> max_pos), base' = base * ((s * L / max_pos) - (s - 1))^(d / (d - 2)). Equals base
// when L <= max_pos. Needs d > 2. O(1).
double dynamicNtkBase(double base, double factor, int rotaryDim, std::int64_t maxPositions,
                      std::optional<std::int64_t> seqLen);

// Checks the parameters the chosen method reads (methodInfo(method).reads); an Error names the
// HF field and the value. Errors (the result would be meaningless, NaN or infinite):
//   head_dim / partial_rotary_factor: prf outside (0, 1] or NaN; rotary dim
//       int(head_dim * prf) <= 0, odd or > MaxRotaryDim; d <= 2 for ntk-aware and dynamic
//       (exponent d/(d-2));
//   rope_theta: not finite, <= 1 or > MaxBase;
//   factor: not finite or outside [1/MaxFactor, MaxFactor];
//   original_max_position_embeddings, max_position_embeddings, seq_len: <= 0 or > MaxLength;
//       longrope with L_orig == 1 and a derived attention factor (ln L_orig = 0);
//   beta_fast, beta_slow: not finite, negative, or non-zero outside [1/MaxBeta, MaxBeta]
//       (0 = falsy: the default 32 / 1);
//   mscale, mscale_all_dim: not finite, negative or > MaxFactor (0 = unset/falsy);
//   attention_factor: not finite or |value| > MaxFactor;
//   factor < 1 for minimind-legacy (its scale (b s - b + 1)/(b s) turns negative);
//   low_freq_factor, high_freq_factor (llama3): not finite or <= 0;
//   short_factor, long_factor (longrope): length != d/2, entries not finite or outside
//       [1/MaxFactor, MaxFactor].
// Unusual but computable values (factor < 1, beta_fast <= beta_slow, hff <= lff) pass; they
// are warnings (core/paramcheck.h). O(d).
std::optional<Error> checkParams(const RopeParams &params);

// The frequencies for params.method, in float64. Calls checkParams first and returns its
// Error; for accepted input every field is finite (correctionLow/High are NaN outside the
// YaRN family). Per method (s = factor, d = rotary dim, inv_i = base^(-2i/d)):
//   default          inv_i                                   (HF compute_default_rope_parameters)
//   linear           inv_i / s                               (HF _compute_linear_scaling_rope_parameters)
//   ntk-aware        base' = base s^(d/(d-2)), inv'_i = base'^(-2i/d) (YaRN repo NTK, alpha = s)
//   dynamic          base' from dynamicNtkBase()             (HF _compute_dynamic_ntk_parameters)
//   ntk-by-parts     the YaRN blend, attention factor 1      (YaRN paper Sec. 3.2)
//   yarn             inv_i ((1 - ramp_i) + ramp_i / s); attention factor: attention_factor, else
//                    get_mscale(s, mscale) / get_mscale(s, mscale_all_dim) when both truthy, else
//                    get_mscale(s); softmax multiplier get_mscale(s, mscale_all_dim)^2 when
//                    mscale_all_dim truthy                  (HF _compute_yarn_parameters,
//                                                            modeling_deepseek_v3.yarn_apply_mscale)
//   llama3           wavelength bands L/hff and L/lff, smooth blend (HF _compute_llama3_parameters)
//   longrope         inv_i / ext_i, ext = long_factor iff seq_len > L_orig else short_factor;
//                    attention factor given or sqrt(1 + ln s / ln L_orig) (1 if s <= 1)
//                                                           (HF _compute_longrope_parameters)
//   minimind         YaRN ramp with d/2-1 clamp, always floor/ceil, max(high - low, 0.001),
//                    only when max_pos / L_orig > 1; attention factor given or 1
//                                                           (MiniMind precompute_freqs_cis @ d65ef2c)
//   minimind-legacy  inv_i * scale_i, scale_i = (b_i s - b_i + 1) / (b_i s) for i < corr_dim else
//                    1/s, b_i = beta_slow + (beta_fast - beta_slow) i / max(d/2 - 1, 1)
//                                                           (MiniMind precompute_freqs_cis @ 4e35fb9)
// Bands (ROPE_SPEC 9): by the method's BandRule, see RopeFrequencies::band.
// Complexity O(d) time and memory. Never throws.
Result<RopeFrequencies> computeFrequencies(const RopeParams &params);

// The same inverse frequencies as the reference code computes them in float32 ("reference
// float32" mode, ROPE_SPEC 5.1): torch float32 tensors, Python float64 scalars (new base,
// correction range, factor) rounded to float32 where torch does, `x / t` on a tensor as
// reciprocal(t) * x, std::pow(float, float) for torch's float pow. Each value is a float32
// widened to double. Use it to reproduce the references' bits (to about 1 ulp of torch's
// vectorised pow); use computeFrequencies for the exact numbers. Follows HF's functions (YaRN
// family: HF's blend; MiniMind: precompute_freqs_cis). Same checks as computeFrequencies; like
// the references, values beyond float32's range saturate (e.g. rope_theta > 3.4e38). O(d).
Result<Eigen::ArrayXd> referenceFloat32InvFreq(const RopeParams &params);

} // namespace ropelab::numerics
