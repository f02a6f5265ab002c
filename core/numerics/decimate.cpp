#include "decimate.h"

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
        const long bucket = bucketOf(x[i]);
        Eigen::Index minIndex = -1, maxIndex = -1;
        for (; i < n && bucketOf(x[i]) == bucket; ++i) {
            const double v = y[i];
            if (std::isnan(v))
                continue;
            if (minIndex < 0 || v < y[minIndex])
                minIndex = i;
            if (maxIndex < 0 || v > y[maxIndex])
                maxIndex = i;
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

void rollingMaxAbs(const Eigen::Ref<const Eigen::ArrayXd> &x,
                   const Eigen::Ref<const Eigen::ArrayXd> &y, double halfWidth, bool logX,
                   Eigen::ArrayXd &out)
{
    const Eigen::Index n = std::min(x.size(), y.size());
    if (out.size() != n)
        out.resize(n);
    const double h = halfWidth > 0.0 ? halfWidth : 0.0;
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

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
