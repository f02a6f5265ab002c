#include "sweepkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

// Run-time dispatch: an AVX2+FMA clone and the portable x86-64 default, picked by the loader
// (ifunc). Other architectures get the plain function. ThreadSanitizer's runtime is not yet
// initialised when the ifunc resolvers run, so sanitizer builds use the plain function too.
#if defined(__GNUC__) && !defined(__clang__) && (defined(__x86_64__) || defined(__i386__)) \
        && !defined(__SANITIZE_THREAD__) && !defined(__SANITIZE_ADDRESS__)
#define ROPELAB_KERNEL __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define ROPELAB_KERNEL
#endif

namespace ropelab::numerics {

namespace {

constexpr double TwoPiHi = 6.283185307179586;        // double nearest 2 pi
constexpr double TwoPiLo = 2.4492935982947064e-16;   // 2 pi - TwoPiHi (next term ~1e-32)
constexpr double InvTwoPi = 0.15915494309189535;
constexpr int Block = LinearPlan::Block;

// acc[jj] = sum_i alpha_i tc[i][jj] + beta_i ts[i][jj]
ROPELAB_KERNEL void accumulateBlock(const double *alpha, const double *beta, const double *tc,
                                    const double *ts, Eigen::Index pairs, double *acc)
{
    for (int jj = 0; jj < Block; ++jj)
        acc[jj] = 0.0;
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const double al = alpha[i];
        const double be = beta[i];
        const double *c = tc + i * Block;
        const double *s = ts + i * Block;
        for (int jj = 0; jj < Block; ++jj)
            acc[jj] += al * c[jj] + be * s[jj];
    }
}

// acc[jj] = sum_j |S_j| with S_j the running sum of exp(i (anchor_k + jj step theta_k)), k < j.
ROPELAB_KERNEL void boundBlock(const double *anchorCos, const double *anchorSin, const double *tc,
                               const double *ts, Eigen::Index pairs, double *acc)
{
    alignas(64) double sumCos[Block] = {};
    alignas(64) double sumSin[Block] = {};
    for (int jj = 0; jj < Block; ++jj)
        acc[jj] = 0.0;
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const double ac = anchorCos[i];
        const double as = anchorSin[i];
        const double *c = tc + i * Block;
        const double *s = ts + i * Block;
        for (int jj = 0; jj < Block; ++jj) {
            sumCos[jj] += ac * c[jj] - as * s[jj];
            sumSin[jj] += as * c[jj] + ac * s[jj];
            acc[jj] += std::sqrt(sumCos[jj] * sumCos[jj] + sumSin[jj] * sumSin[jj]);
        }
    }
}

} // namespace

double reduceAngle(double delta, double theta) noexcept
{
    const double hi = delta * theta;
    const double lo = std::fma(delta, theta, -hi); // exact: hi + lo == delta * theta
    const double k = std::nearbyint(hi * InvTwoPi);
    const double r = std::fma(-k, TwoPiHi, hi);    // one rounding, |r| <= ~pi
    return r + (lo - k * TwoPiLo);
}

double angleModTwoPi(double delta, double theta) noexcept
{
    double r = reduceAngle(delta, theta);
    if (r < 0.0)
        r += TwoPiHi;
    if (r >= TwoPiHi || r < 0.0) // rounding at the edges
        r = 0.0;
    return r;
}

LinearPlan::LinearPlan(const Eigen::Ref<const Eigen::ArrayXd> &theta, std::int64_t start,
                       std::int64_t step)
    : m_theta(theta.data(), theta.data() + theta.size()), m_start(start), m_step(step)
{
    const Eigen::Index p = pairs();
    m_tableCos.resize(std::size_t(p * Block));
    m_tableSin.resize(std::size_t(p * Block));
    m_blockCos.resize(std::size_t(p));
    m_blockSin.resize(std::size_t(p));
    constexpr int Sub = 8; // exact for jj < 8 and multiples of 8, one product for the rest
    for (Eigen::Index i = 0; i < p; ++i) {
        double *c = m_tableCos.data() + i * Block;
        double *s = m_tableSin.data() + i * Block;
        for (int jj = 0; jj < Block; ++jj) {
            if (jj < Sub || jj % Sub == 0) {
                const double r = reduceAngle(double(jj * step), m_theta[std::size_t(i)]);
                c[jj] = std::cos(r);
                s[jj] = std::sin(r);
            }
        }
        for (int jj = Sub; jj < Block; ++jj) {
            const int m = jj - jj % Sub;
            const int r = jj % Sub;
            if (r == 0)
                continue;
            c[jj] = c[m] * c[r] - s[m] * s[r];
            s[jj] = s[m] * c[r] + c[m] * s[r];
        }
        const double r = reduceAngle(double(std::int64_t(Block) * step), m_theta[std::size_t(i)]);
        m_blockCos[std::size_t(i)] = std::cos(r);
        m_blockSin[std::size_t(i)] = std::sin(r);
    }
}

void LinearPlan::anchor(std::int64_t j, double *c, double *s) const
{
    const double delta = distance(j);
    for (std::size_t i = 0; i < m_theta.size(); ++i) {
        const double r = reduceAngle(delta, m_theta[i]);
        c[i] = std::cos(r);
        s[i] = std::sin(r);
    }
}

void LinearPlan::weightedSum(const double *a, const double *b, std::int64_t begin,
                             std::int64_t end, double *out) const
{
    const std::size_t p = m_theta.size();
    std::vector<double> work(4 * p);
    double *ac = work.data();
    double *as = ac + p;
    double *alpha = as + p;
    double *beta = alpha + p;
    alignas(64) double acc[Block];
    int block = 0;
    for (std::int64_t j = begin; j < end; j += Block, ++block) {
        if (block % AnchorEvery == 0) {
            anchor(j, ac, as);
        } else {
            for (std::size_t i = 0; i < p; ++i) {
                const double c = ac[i] * m_blockCos[i] - as[i] * m_blockSin[i];
                as[i] = as[i] * m_blockCos[i] + ac[i] * m_blockSin[i];
                ac[i] = c;
            }
        }
        // a cos(A + x) + b sin(A + x) = (a cosA + b sinA) cos x + (b cosA - a sinA) sin x
        for (std::size_t i = 0; i < p; ++i) {
            const double ai = a ? a[i] : 1.0;
            const double bi = b ? b[i] : 0.0;
            alpha[i] = ai * ac[i] + bi * as[i];
            beta[i] = bi * ac[i] - ai * as[i];
        }
        accumulateBlock(alpha, beta, m_tableCos.data(), m_tableSin.data(), pairs(), acc);
        const std::int64_t n = std::min<std::int64_t>(Block, end - j);
        std::copy(acc, acc + n, out + (j - begin));
    }
}

void LinearPlan::roformerBound(std::int64_t begin, std::int64_t end, double *out) const
{
    const std::size_t p = m_theta.size();
    std::vector<double> work(2 * p);
    double *ac = work.data();
    double *as = ac + p;
    alignas(64) double acc[Block];
    const double scale = p > 0 ? 1.0 / double(p) : 0.0;
    int block = 0;
    for (std::int64_t j = begin; j < end; j += Block, ++block) {
        if (block % AnchorEvery == 0) {
            anchor(j, ac, as);
        } else {
            for (std::size_t i = 0; i < p; ++i) {
                const double c = ac[i] * m_blockCos[i] - as[i] * m_blockSin[i];
                as[i] = as[i] * m_blockCos[i] + ac[i] * m_blockSin[i];
                ac[i] = c;
            }
        }
        boundBlock(ac, as, m_tableCos.data(), m_tableSin.data(), pairs(), acc);
        const std::int64_t n = std::min<std::int64_t>(Block, end - j);
        for (std::int64_t k = 0; k < n; ++k)
            out[j - begin + k] = acc[k] * scale;
    }
}

void weightedSumAt(const Eigen::Ref<const Eigen::ArrayXd> &theta, const double *a,
                   const double *b, const double *deltas, std::int64_t count, double *out)
{
    for (std::int64_t j = 0; j < count; ++j) {
        double sum = 0.0;
        for (Eigen::Index i = 0; i < theta.size(); ++i) {
            const double r = reduceAngle(deltas[j], theta[i]);
            const double ai = a ? a[i] : 1.0;
            const double bi = b ? b[i] : 0.0;
            sum += ai * std::cos(r) + bi * std::sin(r);
        }
        out[j] = sum;
    }
}

void roformerBoundAt(const Eigen::Ref<const Eigen::ArrayXd> &theta, const double *deltas,
                     std::int64_t count, double *out)
{
    const double scale = theta.size() > 0 ? 1.0 / double(theta.size()) : 0.0;
    for (std::int64_t j = 0; j < count; ++j) {
        double sumCos = 0.0, sumSin = 0.0, acc = 0.0;
        for (Eigen::Index i = 0; i < theta.size(); ++i) {
            const double r = reduceAngle(deltas[j], theta[i]);
            sumCos += std::cos(r);
            sumSin += std::sin(r);
            acc += std::hypot(sumCos, sumSin);
        }
        out[j] = acc * scale;
    }
}

Eigen::ArrayXd prefixSoftmaxEntropy(const Eigen::Ref<const Eigen::ArrayXd> &logits,
                                    const std::vector<std::int64_t> &ns)
{
    Eigen::ArrayXd entropy(Eigen::Index(ns.size()));
    double runningMax = -std::numeric_limits<double>::infinity();
    double sumExp = 0.0;    // sum exp(l - max)
    double sumExpLog = 0.0; // sum exp(l - max) (l - max)
    std::size_t next = 0;
    for (Eigen::Index j = 0; j < logits.size() && next < ns.size(); ++j) {
        const double l = logits[j];
        if (l > runningMax) {
            if (sumExp > 0.0) {
                const double shift = runningMax - l;
                const double f = std::exp(shift);
                sumExpLog = (sumExpLog + shift * sumExp) * f;
                sumExp *= f;
            }
            runningMax = l;
        }
        const double e = std::exp(l - runningMax);
        sumExp += e;
        sumExpLog += e * (l - runningMax);
        while (next < ns.size() && ns[next] == j + 1) {
            entropy[Eigen::Index(next)] = std::max(0.0, std::log(sumExp) - sumExpLog / sumExp);
            ++next;
        }
    }
    for (; next < ns.size(); ++next)
        entropy[Eigen::Index(next)] = std::numeric_limits<double>::quiet_NaN();
    return entropy;
}

} // namespace ropelab::numerics
