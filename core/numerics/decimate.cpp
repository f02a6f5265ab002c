#include "decimate.h"

#include "parallelfor.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <vector>

namespace ropelab::numerics {

DecimatedSeries decimateMinMax(const Eigen::Ref<const Eigen::ArrayXd> &x,
                               const Eigen::Ref<const Eigen::ArrayXd> &y, int width, bool logX)
{
    DecimatedSeries out;
    const Eigen::Index n = std::min(x.size(), y.size());
    if (width <= 0 || n == 0)
        return out;

    double lo = x[0];
    const double hi = x[n - 1];
    if (logX) {
        lo = hi;
        for (Eigen::Index i = 0; i < n; ++i) {
            if (x[i] > 0.0) {
                lo = x[i];
                break;
            }
        }
    }
    const bool useLog = logX && lo > 0.0 && hi > lo;
    const double origin = useLog ? std::log(lo) : lo;
    const double span = useLog ? std::log(hi) - origin : hi - lo;
    const double perUnit = span > 0.0 ? double(width) / span : 0.0;
    auto bucketOf = [&](double v) -> long {
        if (useLog && v <= 0.0)
            return 0;
        const double t = ((useLog ? std::log(v) : v) - origin) * perUnit;
        if (!(t > 0.0))
            return 0;
        return std::min<long>(width - 1, long(t));
    };

    std::vector<Eigen::Index> keep;
    keep.reserve(std::size_t(std::min<Eigen::Index>(n, 2 * Eigen::Index(width))));
    Eigen::Index i = 0;
    while (i < n) {
        // x ascending, so bucketOf(x[i]) is too: find where this bucket ends by galloping and
        // bisection (~20 bucketOf calls per bucket instead of one per point), then scan it.
        const long bucket = bucketOf(x[i]);
        Eigen::Index inside = i, beyond = i + 1, step = 1;
        while (beyond < n && bucketOf(x[beyond]) == bucket) {
            inside = beyond;
            step *= 2;
            beyond = std::min(n, inside + step);
        }
        while (beyond - inside > 1) {
            const Eigen::Index mid = inside + (beyond - inside) / 2;
            (bucketOf(x[mid]) == bucket ? inside : beyond) = mid;
        }
        Eigen::Index minIndex = -1, maxIndex = -1;
        double minValue = 0.0, maxValue = 0.0;
        for (; i < beyond; ++i) {
            const double v = y[i];
            if (std::isnan(v))
                continue;
            if (minIndex < 0 || v < minValue) {
                minIndex = i;
                minValue = v;
            }
            if (maxIndex < 0 || v > maxValue) {
                maxIndex = i;
                maxValue = v;
            }
        }
        if (minIndex < 0)
            continue;
        keep.push_back(std::min(minIndex, maxIndex));
        if (minIndex != maxIndex)
            keep.push_back(std::max(minIndex, maxIndex));
    }
    out.x.resize(Eigen::Index(keep.size()));
    out.y.resize(Eigen::Index(keep.size()));
    for (std::size_t k = 0; k < keep.size(); ++k) {
        out.x[Eigen::Index(k)] = x[keep[k]];
        out.y[Eigen::Index(k)] = y[keep[k]];
    }
    return out;
}

namespace {

// True if x[0..n) are consecutive integers x[0], x[0] + 1, ... (every sum below exact).
bool consecutiveIntegers(const Eigen::Ref<const Eigen::ArrayXd> &x, Eigen::Index n)
{
    if (n == 0 || !(std::abs(x[0]) < 0x1p52) || x[0] != std::floor(x[0]))
        return false;
    for (Eigen::Index i = 1; i < n; ++i) {
        if (x[i] != x[0] + double(i))
            return false;
    }
    return true;
}

// rollingMaxAbs for consecutive integer x and an integer half width k, 2k + 1 < n: every
// window is the k points either side (clipped at the ends). Van Herk / Gil-Werman: with
// blocks of w = 2k + 1 points, a full window [i - k, i + k] spans at most two blocks, so its
// max is max(suffix max of its first block from i - k, prefix max of its last block up to
// i + k). Computes out[i] for i in [begin, end) from any start (O(w) to set up), so chunks can
// run in parallel; a w-point buffer, ~4 operations per point, no deque. (M. van Herk, Pattern
// Recognition Letters 13(7), 1992; J. Gil, M. Werman, IEEE PAMI 15(5), 1993.)
void rollingMaxAbsBlocks(const Eigen::Ref<const Eigen::ArrayXd> &y, Eigen::Index n,
                         Eigen::Index k, Eigen::Index begin, Eigen::Index end, double *out)
{
    constexpr double None = -std::numeric_limits<double>::infinity(); // NaN counts as none
    const auto value = [&](Eigen::Index j) { return std::isnan(y[j]) ? None : std::abs(y[j]); };
    const auto rangeMax = [&](Eigen::Index from, Eigen::Index to) { // [from, to]
        double m = None;
        for (Eigen::Index j = from; j <= to; ++j)
            m = std::max(m, value(j));
        return m;
    };
    const Eigen::Index w = 2 * k + 1;
    // Left end: windows [0, i + k].
    const Eigen::Index leftEnd = std::min(end, k);
    if (begin < leftEnd) {
        double running = rangeMax(0, begin + k - 1);
        for (Eigen::Index i = begin; i < leftEnd; ++i) {
            running = std::max(running, value(i + k));
            out[i] = running;
        }
    }
    // Full windows, i in [k, n - 1 - k]: l = i - k, r = i + k. Block offsets are counted, not
    // divided (an integer division per point cost more than the rest together).
    const Eigen::Index first = std::max(begin, k), last = std::min(end, n - k);
    if (first < last) {
        std::vector<double> suffix(std::size_t(w), None); // of l's block, from each offset on
        const auto fillSuffix = [&](Eigen::Index start) {
            double m = None;
            for (Eigen::Index j = std::min(start + w, n) - 1; j >= start; --j) {
                m = std::max(m, value(j));
                suffix[std::size_t(j - start)] = m;
            }
        };
        Eigen::Index lOffset = (first - k) % w; // l - (start of l's block)
        Eigen::Index rOffset = (first + k) % w; // r - (start of r's block)
        double prefix = rangeMax(first + k - rOffset, first + k); // of r's block, up to r
        fillSuffix(first - k - lOffset);
        for (Eigen::Index i = first; i < last; ++i) {
            const Eigen::Index l = i - k, r = i + k;
            if (i > first) {
                rOffset = rOffset + 1 == w ? 0 : rOffset + 1;
                prefix = rOffset == 0 ? value(r) : std::max(prefix, value(r));
                lOffset = lOffset + 1 == w ? 0 : lOffset + 1;
                if (lOffset == 0) // l starts a block: its suffix maxima
                    fillSuffix(l);
            }
            // A window starting on a block boundary is that whole block: its suffix max alone.
            const double fromLeft = suffix[std::size_t(lOffset)];
            out[i] = lOffset == 0 ? fromLeft : std::max(fromLeft, prefix);
        }
    }
    // Right end: windows [i - k, n - 1].
    const Eigen::Index rightBegin = std::max(begin, n - k);
    if (rightBegin < end) {
        double running = rangeMax(end - k, n - 1);
        for (Eigen::Index i = end - 1; i >= rightBegin; --i) {
            running = std::max(running, value(i - k));
            out[i] = running;
        }
    }
    for (Eigen::Index i = begin; i < end; ++i) {
        if (out[i] == None)
            out[i] = std::numeric_limits<double>::quiet_NaN();
    }
}

} // namespace

void rollingMaxAbs(const Eigen::Ref<const Eigen::ArrayXd> &x,
                   const Eigen::Ref<const Eigen::ArrayXd> &y, double halfWidth, bool logX,
                   Eigen::ArrayXd &out)
{
    const Eigen::Index n = std::min(x.size(), y.size());
    if (out.size() != n)
        out.resize(n);
    const double h = halfWidth > 0.0 ? halfWidth : 0.0;
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    // The sweeps' linear grids (0 .. count - 1) with a whole-token window: fixed windows.
    if (!logX && h == std::floor(h) && h < double(n) && 2 * Eigen::Index(h) + 1 < n
        && consecutiveIntegers(x, n)) {
        const auto k = Eigen::Index(h);
        // Chunks of at least 8 blocks (their O(block) set-up stays small), on every core.
        parallelChunks(n, std::max<std::int64_t>(65536, 8 * (2 * k + 1)), SweepControl(),
                       [&](std::int64_t begin, std::int64_t end) {
                           rollingMaxAbsBlocks(y, n, k, begin, end, out.data());
                       });
        return;
    }

    // With logX the non-positive prefix is one window; the rest compares x by ratio.
    Eigen::Index first = 0;
    if (logX) {
        while (first < n && !(x[first] > 0.0))
            ++first;
        double prefixMax = NaN;
        for (Eigen::Index i = 0; i < first; ++i) {
            if (!std::isnan(y[i]))
                prefixMax
                    = std::isnan(prefixMax) ? std::abs(y[i]) : std::max(prefixMax, std::abs(y[i]));
        }
        for (Eigen::Index i = 0; i < first; ++i)
            out[i] = prefixMax;
    }
    const double ratio = std::exp(h);
    const auto upper = [&](double v) { return logX ? v * ratio : v + h; };
    const auto lower = [&](double v) { return logX ? v / ratio : v - h; };

    // Indices whose |y| strictly decreases from front to back: the front is the window's max.
    std::deque<Eigen::Index> candidates;
    Eigen::Index next = first; // the first index not yet inside any window
    for (Eigen::Index i = first; i < n; ++i) {
        const double top = upper(x[i]);
        for (; next < n && x[next] <= top; ++next) {
            if (std::isnan(y[next]))
                continue;
            const double v = std::abs(y[next]);
            while (!candidates.empty() && std::abs(y[candidates.back()]) <= v)
                candidates.pop_back();
            candidates.push_back(next);
        }
        const double bottom = lower(x[i]);
        while (!candidates.empty() && x[candidates.front()] < bottom)
            candidates.pop_front();
        out[i] = candidates.empty() ? NaN : std::abs(y[candidates.front()]);
    }
}

DecimatedSeries dropFlatRuns(DecimatedSeries series)
{
    const Eigen::Index n = std::min(series.x.size(), series.y.size());
    Eigen::Index kept = 0;
    for (Eigen::Index i = 0; i < n; ++i) {
        const bool interior = i > 0 && i + 1 < n && series.y[i] == series.y[i - 1]
                && series.y[i] == series.y[i + 1];
        if (interior)
            continue;
        series.x[kept] = series.x[i];
        series.y[kept] = series.y[i];
        ++kept;
    }
    series.x.conservativeResize(kept);
    series.y.conservativeResize(kept);
    return series;
}

AxisRange niceRange(double min, double max, int ticks)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return {};
    if (min > max)
        std::swap(min, max);
    if (max - min <= 1e-12 * std::max(1.0, std::abs(max))) {
        const double pad = min != 0.0 ? std::abs(min) * 0.1 : 0.5;
        min -= pad;
        max += pad;
    }
    const double raw = (max - min) / double(std::max(1, ticks));
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double step = (fraction <= 1.0 ? 1.0 : fraction <= 2.0 ? 2.0 : fraction <= 5.0 ? 5.0 : 10.0)
            * magnitude;
    return {std::floor(min / step) * step, std::ceil(max / step) * step};
}

} // namespace ropelab::numerics
