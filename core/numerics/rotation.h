#pragma once

// Applying RoPE to a vector: pair i of a d-dim vector rotates by angle position * invFreq[i].

#include <Eigen/Core>

namespace ropelab::numerics {

enum class PairLayout {
    Neox, // half split: pair i = (x[i], x[i + d/2]) (HF, vLLM default, rotate_half)
    Gptj  // interleaved: pair i = (x[2i], x[2i+1]) (DeepSeek official, GPT-J)
};

// x has size 2 * invFreq.size(). Returns x rotated to `position`. O(d).
Eigen::ArrayXd rotate(const Eigen::Ref<const Eigen::ArrayXd> &x,
                      const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double position,
                      PairLayout layout);

// (R_m q) . (R_n k): depends only on m - n. O(d).
double rotatedDot(const Eigen::Ref<const Eigen::ArrayXd> &q,
                  const Eigen::Ref<const Eigen::ArrayXd> &k,
                  const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double m, double n,
                  PairLayout layout);

} // namespace ropelab::numerics
