#pragma once

// The scaling methods as data: one table row per method with its id (as used on the command
// line, in state files and in presets), an English display name (the UI translates it), and
// the parameters it reads (so the UI enables exactly those controls). Add a method by adding
// a row here and a compute function in rope.cpp's dispatch table; no if-chains elsewhere.

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

struct MethodInfo
{
    Method method;
    std::string_view id;          // "default", "linear", "ntk-aware", "dynamic", "ntk-by-parts",
                                  // "yarn", "llama3", "longrope", "minimind", "minimind-legacy"
    std::string_view displayName; // English; the UI wraps it in tr()
    std::uint32_t reads;          // ParamFlag bits
};

std::span<const MethodInfo> methodTable();
const MethodInfo &methodInfo(Method method);
std::optional<Method> methodFromId(std::string_view id);

} // namespace ropelab::numerics
