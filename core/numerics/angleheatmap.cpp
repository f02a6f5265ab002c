#include "angleheatmap.h"

#include "parallelfor.h"
#include "sweepkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ropelab::numerics {

namespace {

constexpr double TwoPi = 6.283185307179586;

Eigen::ArrayXd toArray(const std::vector<std::int64_t> &xs)
{
    Eigen::ArrayXd out(Eigen::Index(xs.size()));
    for (std::size_t i = 0; i < xs.size(); ++i)
        out[Eigen::Index(i)] = double(xs[i]);
    return out;
}

} // namespace

PositionColumns angleHeatmapColumns(const DistanceGrid &grid, std::int64_t maxColumns)
{
    PositionColumns columns;
    maxColumns = std::max<std::int64_t>(2, maxColumns);
    if (grid.spacing == DistanceGrid::Spacing::Linear) {
        const std::int64_t positions = std::max<std::int64_t>(1, grid.count);
        const std::int64_t width = (positions + maxColumns - 1) / maxColumns;
        const std::int64_t count = (positions + width - 1) / width;
        columns.start.reserve(std::size_t(count));
        columns.end.reserve(std::size_t(count));
        for (std::int64_t c = 0; c < count; ++c) {
            columns.start.push_back(c * width);
            columns.end.push_back(std::min(c * width + width, positions) - 1);
        }
        return columns;
    }
    const auto last = std::int64_t(std::llround(grid.logMax));
    const double logMax = std::log(grid.logMax);
    columns.start.push_back(0);
    for (std::int64_t k = 1; k < maxColumns; ++k) {
        const double t = double(k) / double(maxColumns - 1);
        const auto v
            = k + 1 == maxColumns ? last : std::int64_t(std::llround(std::exp(t * logMax)));
        if (v > columns.start.back() && v <= last)
            columns.start.push_back(v);
    }
    for (std::size_t c = 0; c + 1 < columns.start.size(); ++c)
        columns.end.push_back(columns.start[c + 1] - 1);
    columns.end.push_back(last);
    return columns;
}

Result<SweepResult> angleHeatmapSweep(const SweepRequest &request, const SweepControl &control)
{
    Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    if (!freqs)
        return freqs.error();
    const Eigen::ArrayXd &theta = freqs->invFreq;
    const Eigen::Index pairs = theta.size();
    if (pairs == 0)
        return Error { "params", "the method has no rotating pairs" };
    const std::int64_t budget = std::max<std::int64_t>(2, MaxHeatmapCells / pairs);
    const PositionColumns columns
        = angleHeatmapColumns(request.grid, std::min<std::int64_t>(request.heatmapCols, budget));
    const auto cols = Eigen::Index(columns.start.size());

    Heatmap map;
    map.columnStart = toArray(columns.start);
    map.columnEnd = toArray(columns.end);
    map.columnValues = (map.columnStart + map.columnEnd) * 0.5;
    map.rowValues = Eigen::ArrayXd::LinSpaced(pairs, 0.0, double(pairs - 1));
    map.rowWavelength = freqs->wavelength; // 2 pi / theta_i
    map.values.resize(pairs, cols);
    map.wraps.resize(pairs, cols);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const bool ok = parallelChunks(pairs, 1, control, [&](std::int64_t begin, std::int64_t end) {
        for (Eigen::Index i = begin; i < end; ++i) {
            const double halfTheta = 0.5 * theta[i]; // exact: a power-of-two scaling
            const double wavelength = map.rowWavelength[i];
            for (Eigen::Index c = 0; c < cols; ++c) {
                const std::int64_t first = columns.start[std::size_t(c)];
                const std::int64_t last = columns.end[std::size_t(c)];
                // A quarter turn or more across the column (see the header).
                const bool wraps = double(last - first + 1) >= AngleHeatmapMaxTurns * wavelength;
                map.wraps(i, c) = wraps;
                // Circular mean = angle at the centre (first + last) / 2 = (first + last) *
                // theta/2.
                map.values(i, c) = wraps ? nan : angleModTwoPi(double(first + last), halfTheta);
            }
        }
    });
    if (!ok)
        return cancelledError();
    map.xMin = double(columns.start.front());
    map.xMax = double(columns.end.back());
    map.xLog = request.grid.spacing == DistanceGrid::Spacing::Log;
    map.yMin = 0.0;
    map.yMax = double(pairs - 1);
    map.valueMin = 0.0;
    map.valueMax = TwoPi;
    SweepResult result;
    result.kind = request.kind;
    result.xRange = { map.xMin, map.xMax > map.xMin ? map.xMax : map.xMin + 1.0 };
    result.yRange = { map.yMin, map.yMax > map.yMin ? map.yMax : map.yMin + 1.0 };
    // Long format as `ropelab sweep` writes it: column centre, pair, circular mean angle (NaN:
    // wraps).
    result.columnNames = { "position_centre_tokens", "pair_index", "mean_angle_rad" };
    result.heatmap = std::move(map);
    return result;
}

} // namespace ropelab::numerics
