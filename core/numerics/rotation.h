#pragma once

// Applying RoPE to a vector: pair i of a d-dim vector rotates by angle position * invFreq[i].

#include <Eigen/Core>

namespace ropelab::numerics {

enum class PairLayout {
    Neox, // half split: pair i = (x[i], x[i + d/2]) (HF, vLLM default, rotate_half)
    Gptj  // interleaved: pair i = (x[2i], x[2i+1]) (DeepSeek official, GPT-J)
};

// Rotates x to `position`: pair i (see PairLayout) turns by theta_i = position * invFreq[i]
// radians, (x1, x2) -> (x1 cos - x2 sin, x1 sin + x2 cos) (HF apply_rotary_pos_emb for Neox,
// DeepSeek apply_rotary_emb for Gptj). x must have size 2 * invFreq.size(); otherwise the
// result is empty. position in token positions (any real). Preserves the norm. O(d).
Eigen::ArrayXd rotate(const Eigen::Ref<const Eigen::ArrayXd> &x,
                      const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double position,
                      PairLayout layout);

// (R_m q) . (R_n k), evaluated as sum_i a_i cos((m-n) theta_i) + b_i sin((m-n) theta_i) with
// a_i = q1 k1 + q2 k2, b_i = q1 k2 - q2 k1 per pair (ROPE_SPEC 9), so it depends only on m - n
// (exactly, when m - n is exact) and stays accurate at large absolute positions. q and k must
// have size 2 * invFreq.size(); otherwise the result is NaN. O(d).
double rotatedDot(const Eigen::Ref<const Eigen::ArrayXd> &q,
                  const Eigen::Ref<const Eigen::ArrayXd> &k,
                  const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double m, double n,
                  PairLayout layout);

} // namespace ropelab::numerics
