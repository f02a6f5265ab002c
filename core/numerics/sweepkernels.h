#pragma once

// The inner loops of the sweeps (ROPE_SPEC.md section 9): sums of cos/sin of Delta * theta_i
// over the pairs i, exact to ~1e-14 in float64. Compiled with its own flags (see
// core/CMakeLists.txt: -O3 -ffp-contract=fast -fno-math-errno, none of which loosens IEEE
// semantics) and with run-time dispatch (GCC target_clones: x86-64-v3 and a portable default).
//
// Accuracy model. Angles are formed exactly: Delta * theta = hi + lo with lo = fma(Delta, theta,
// -hi) (exact for integer Delta), then reduced modulo 2 pi with a two-constant Cody-Waite step
// (2 pi = C1 + C2 + O(1e-32)), so the reduced angle is within ~5e-16 rad of the true
// Delta * theta mod 2 pi for |Delta| <= 2^31. Consecutive distances use the angle-addition
// formula cos((D0 + j h) t) = cos(D0 t) cos(j h t) - sin(D0 t) sin(j h t) with both factors
// exact (per block anchor, per pair table): no error accumulates along j. Block anchors are
// advanced by one exact block rotation and re-anchored exactly every AnchorEvery blocks, so
// the anchor error stays below ~AnchorEvery * 3 ulp. Measured: max abs error of the normalised
// self-score against a long-double reference < 1e-14 up to Delta = 2^30.
//
// Pure C++ + Eigen, no Qt.

#include <Eigen/Core>

#include <cstdint>
#include <vector>

namespace ropelab::numerics {

// Delta * theta reduced modulo 2 pi into about [-pi, pi], formed and reduced exactly as above.
// Delta must be integer-valued with |Delta| <= 2^31; 0 < theta <= 2^20. O(1).
double reduceAngle(double delta, double theta) noexcept;

// Delta * theta modulo 2 pi in [0, 2 pi) (same accuracy as reduceAngle).
double angleModTwoPi(double delta, double theta) noexcept;

// Precomputed tables for distances Delta_j = start + j * step (j = 0, 1, ...) and a fixed set
// of inverse frequencies theta_i (i = 0 .. P-1). Build once per sweep and share between
// threads (read-only). Building costs 16 P sin/cos pairs.
class LinearPlan
{
public:
    static constexpr int Block = 64;       // distances per block (vectorized dimension)
    static constexpr int AnchorEvery = 16; // exact anchor every 16 blocks (1024 distances)
    static constexpr std::int64_t Chunk = std::int64_t(Block) * AnchorEvery;

    LinearPlan(const Eigen::Ref<const Eigen::ArrayXd> &theta, std::int64_t start,
               std::int64_t step);

    Eigen::Index pairs() const { return Eigen::Index(m_theta.size()); }
    double distance(std::int64_t j) const { return double(m_start + j * m_step); }

    // out[j - begin] = sum_i a_i cos(Delta_j theta_i) + b_i sin(Delta_j theta_i) for
    // j in [begin, end). a or b may be null (a = 1, b = 0). O((end - begin) * P).
    void weightedSum(const double *a, const double *b, std::int64_t begin, std::int64_t end,
                     double *out) const;
    // out[j - begin] = (1/P) sum_{j'=1..P} |sum_{k<j'} exp(i Delta_j theta_k)| (RoFormer bound).
    void roformerBound(std::int64_t begin, std::int64_t end, double *out) const;

private:
    void anchor(std::int64_t j, double *c, double *s) const;

    std::vector<double> m_theta;
    std::int64_t m_start;
    std::int64_t m_step;
    std::vector<double> m_tableCos; // [i * Block + jj] = cos(jj * step * theta_i)
    std::vector<double> m_tableSin;
    std::vector<double> m_blockCos; // cos(Block * step * theta_i)
    std::vector<double> m_blockSin;
};

// The same sums at arbitrary integer distances (log grids): exact reduction plus one sin/cos
// per pair and distance. O(count * P).
void weightedSumAt(const Eigen::Ref<const Eigen::ArrayXd> &theta, const double *a,
                   const double *b, const double *deltas, std::int64_t count, double *out);
void roformerBoundAt(const Eigen::Ref<const Eigen::ArrayXd> &theta, const double *deltas,
                     std::int64_t count, double *out);

// Attention entropy of prefixes: for every n in `ns` (ascending, 1 <= n <= logits.size()),
// H(n) = -sum_{j<n} p_j ln p_j with p = softmax(logits[0 .. n-1]), in nats (0 <= H <= ln n).
// One streaming pass with a running max (numerically stable). O(logits.size() + ns.size()).
Eigen::ArrayXd prefixSoftmaxEntropy(const Eigen::Ref<const Eigen::ArrayXd> &logits,
                                    const std::vector<std::int64_t> &ns);

} // namespace ropelab::numerics
