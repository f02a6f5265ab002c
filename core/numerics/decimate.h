#pragma once

// Display decimation for the charts (STYLE.md section 6): min/max per pixel bucket, so every
// peak and trough of the full-precision curve survives on screen, and "nice" axis ranges.
// Display only: exports always use the exact series. Pure C++ + Eigen, no Qt.

#include "sweeps.h"

#include <Eigen/Core>

namespace ropelab::numerics {

struct DecimatedSeries
{
    Eigen::ArrayXd x;
    Eigen::ArrayXd y;
};

// x ascending. Splits the x range into `width` equal buckets (equal in log x when logX; points
// with x <= 0 then fall into the first bucket) and keeps, per bucket, the points with the
// smallest and the largest y, in their original order: at most 2 points per bucket, so at most
// 2 * width points. NaN y values are skipped. width <= 0 or empty input gives an empty result.
// O(n).
DecimatedSeries decimateMinMax(const Eigen::Ref<const Eigen::ArrayXd> &x,
                               const Eigen::Ref<const Eigen::ArrayXd> &y, int width,
                               bool logX = false);

// Rolling maximum of |y| (an upper envelope of a dense oscillating curve), for ascending x:
//   out[i] = max { |y[j]| : x[i] - halfWidth <= x[j] <= x[i] + halfWidth }       (linear)
//   out[i] = max { |y[j]| : x[i] / e^halfWidth <= x[j] <= x[i] * e^halfWidth }  (logX, x[i] > 0)
// so out[i] >= |y[j]| for every point j in the window of x[i], with equality for at least one.
// With logX, points with x <= 0 (a prefix) form one window of their own. NaN y values are
// skipped; a window holding only NaN gives NaN. halfWidth < 0 counts as 0 (out = |y|).
// `out` is resized to n = min(x.size(), y.size()) (no allocation when it already has that
// size). O(n): a monotone deque of candidate maxima whose window ends only move right (the
// streaming max filter of D. Lemire, "Streaming maximum-minimum filter using no more than
// three comparisons per element", Nordic Journal of Computing 13(4), 2006); for consecutive
// integer x and a whole halfWidth (the sweeps' linear grids), fixed windows by van Herk /
// Gil-Werman blocks (1M points: ~5 ms of CPU instead of ~10 ms).
void rollingMaxAbs(const Eigen::Ref<const Eigen::ArrayXd> &x,
                   const Eigen::Ref<const Eigen::ArrayXd> &y, double halfWidth, bool logX,
                   Eigen::ArrayXd &out);

// The same polyline with fewer points: of every run of consecutive points with equal y, only
// the first and the last are kept (the dropped ones lie on the horizontal segment between
// them). For a rolling max, which is flat between steps, this removes most points. O(n).
DecimatedSeries dropFlatRuns(DecimatedSeries series);

// A range covering [min, max] whose ends are multiples of a 1/2/5 x 10^k step giving about
// `ticks` intervals. A degenerate range is widened around its value; non-finite input gives
// [0, 1]. O(1).
AxisRange niceRange(double min, double max, int ticks = 5);

} // namespace ropelab::numerics
