#pragma once

// Whether a method changes anything at the given parameters, and the nearest parameters at
// which it does. A learner who switches Llama 2 (factor 1) to dynamic NTK sees nothing move:
// dynamic NTK scales only when the factor is above 1 and the sequence is longer than
// max_position_embeddings (HF _compute_dynamic_ntk_parameters). The window then starts the
// method from these values and says which it changed.

#include "rope.h"

#include <optional>
#include <string_view>
#include <vector>

namespace ropelab::numerics {

// True when `f` differs from plain RoPE at the same base: some inverse frequency differs from
// base^(-2i/d), or the logits are multiplied by something other than 1 (relative 1e-12).
bool changesAnything(const RopeFrequencies &f);

struct EffectDemo
{
    RopeParams params;
    // What changed, as {HF field name, new value}: "factor", "seq_len".
    std::vector<std::pair<std::string_view, double>> changed;
};

// `params` with the fewest changes that make its method change something: factor 4 where the
// method reads the factor and it is at most 1; for dynamic NTK also seq_len = factor x
// max_position_embeddings where seq_len is not above max_position_embeddings. nullopt when the
// method already changes something, is plain RoPE, or no such change helps (e.g. LongRoPE,
// whose factor lists decide). Never throws.
std::optional<EffectDemo> paramsShowingEffect(const RopeParams &params);

} // namespace ropelab::numerics
