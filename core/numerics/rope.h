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

enum class Band : std::uint8_t { High, Medium, Low };
std::string_view bandId(Band band); // "high", "medium", "low"

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
    Eigen::ArrayXd rotations;     // r_i = L_orig / unscaled wavelength (rotations over the original context)
    Eigen::ArrayXd ramp;          // interpolation weight: 0 = kept, 1 = fully divided by s (see rope.cpp)
    Eigen::ArrayXd ratio;         // invFreq / unscaledInvFreq
    std::vector<Band> band;       // per pair
    double attentionFactor = 1.0; // multiplies cos and sin; rotary logits scale by its square
    double softmaxScaleMultiplier = 1.0; // DeepSeek style get_mscale(s, mscale_all_dim)^2, else 1
    // YaRN-family correction range [low, high] in pair index (NaN when not applicable).
    double correctionLow = std::numeric_limits<double>::quiet_NaN();
    double correctionHigh = std::numeric_limits<double>::quiet_NaN();
    // Band thresholds as wavelengths: high band below highFreqWavelength, low band above
    // lowFreqWavelength. YaRN family: L/beta_fast, L/beta_slow; llama3: L/hff, L/lff.
    double highFreqWavelength = 0.0;
    double lowFreqWavelength = 0.0;
};

// Hard limits beyond which a result is meaningless or absurd (errors, not warnings).
inline constexpr int MaxRotaryDim = 65536;
inline constexpr std::int64_t MaxLength = std::int64_t(1) << 31;

// d = int(headDim * partialRotaryFactor) (HF semantics, truncation toward zero).
int rotaryDim(int headDim, double partialRotaryFactor);

// get_mscale(s, m) = 1 if s <= 1 else 0.1 * m * ln(s) + 1 (YaRN paper Eq. 22, HF/DeepSeek).
double yarnGetMscale(double scale, double mscale = 1.0);

// Checks the parameters the chosen method reads; an Error names the HF field and the value
// (zero or odd rotary dim, base <= 1, factor <= 0, NaN/inf, lengths <= 0 or > 2^31, ...).
std::optional<Error> checkParams(const RopeParams &params);

// The frequencies for params.method. O(d). Never throws.
Result<RopeFrequencies> computeFrequencies(const RopeParams &params);

} // namespace ropelab::numerics
