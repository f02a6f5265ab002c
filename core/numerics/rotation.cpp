#include "rotation.h"

#include <cmath>
#include <limits>

// Pair i of a d-dim vector, (x1, x2), rotates by theta = position * invFreq[i]:
//   x1' = x1 cos(theta) - x2 sin(theta),  x2' = x1 sin(theta) + x2 cos(theta)
// which is HF's `x * cos + rotate_half(x) * sin` for the Neox layout and DeepSeek's complex
// multiplication by exp(i theta) for the Gptj (interleaved) layout (ROPE_SPEC 1).

namespace ropelab::numerics {

namespace {

// Index of the first and second component of pair i.
struct PairIndex
{
    Eigen::Index first;
    Eigen::Index second;
};

PairIndex pairIndex(Eigen::Index i, Eigen::Index pairs, PairLayout layout)
{
    if (layout == PairLayout::Neox)
        return { i, i + pairs };
    return { 2 * i, 2 * i + 1 };
}

} // namespace

Eigen::ArrayXd rotate(const Eigen::Ref<const Eigen::ArrayXd> &x,
                      const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double position,
                      PairLayout layout)
{
    const Eigen::Index pairs = invFreq.size();
    if (x.size() != 2 * pairs)
        return Eigen::ArrayXd(); // size mismatch: empty result, never out-of-bounds access
    Eigen::ArrayXd out(x.size());
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const PairIndex p = pairIndex(i, pairs, layout);
        const double theta = position * invFreq[i];
        const double c = std::cos(theta);
        const double s = std::sin(theta);
        out[p.first] = x[p.first] * c - x[p.second] * s;
        out[p.second] = x[p.first] * s + x[p.second] * c;
    }
    return out;
}

double rotatedDot(const Eigen::Ref<const Eigen::ArrayXd> &q,
                  const Eigen::Ref<const Eigen::ArrayXd> &k,
                  const Eigen::Ref<const Eigen::ArrayXd> &invFreq, double m, double n,
                  PairLayout layout)
{
    const Eigen::Index pairs = invFreq.size();
    if (q.size() != 2 * pairs || k.size() != 2 * pairs)
        return std::numeric_limits<double>::quiet_NaN();
    // (R_m q) . (R_n k) = q . R_(n-m) k = sum_i a_i cos(D theta_i) + b_i sin(D theta_i),
    // D = m - n, a_i = q1 k1 + q2 k2, b_i = q1 k2 - q2 k1 (ROPE_SPEC 9). Forming D first keeps
    // the angle error independent of the absolute positions.
    const double delta = m - n;
    double sum = 0.0;
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const PairIndex p = pairIndex(i, pairs, layout);
        const double a = q[p.first] * k[p.first] + q[p.second] * k[p.second];
        const double b = q[p.first] * k[p.second] - q[p.second] * k[p.first];
        const double theta = delta * invFreq[i];
        sum += a * std::cos(theta) + b * std::sin(theta);
    }
    return sum;
}

} // namespace ropelab::numerics
