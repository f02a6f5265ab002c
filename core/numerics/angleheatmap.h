#pragma once

// The angle heatmap (SweepKind::AngleHeatmap): the rotation angle m theta_i mod 2 pi of every
// pair i over a range of positions m, one column per run of consecutive positions.
//
// A column that stands for w > 1 positions cannot show one sampled angle honestly. Sampled every
// w positions, a pair that turns half a turn or more per column aliases (w theta_i >= pi, the
// Nyquist limit; Shannon 1949), and one that turns between a quarter and a half turn per column
// beats against the column grid: the colours then show slow stripes and arches with periods
// that no pair has. So:
//  - each cell holds the circular mean of the angles of its w positions, which for
//    w theta_i < 2 pi is exactly the angle at the column centre (a + b) / 2, since
//      (1/w) sum_{k<w} exp(i (a + k) theta)
//          = exp(i (a + (w-1)/2) theta) sin(w theta / 2) / (w sin(theta / 2))
//    (Mardia & Jupp, Directional Statistics, 2000, sec. 2.2);
//  - a cell whose pair turns AngleHeatmapMaxTurns (a quarter turn) or more across the column,
//    i.e. whose wavelength 2 pi / theta_i is at most 4 w positions, is flagged `wraps` and
//    carries no angle (NaN): every angle that is drawn takes at least four columns per turn, so
//    its direction and speed read off the colours. With one position per column only a pair
//    with theta_i >= pi / 2 could be flagged (plain RoPE has theta_i <= 1).
//
// Pure C++ + Eigen, no Qt.

#include "sweeps.h"

#include <cstdint>
#include <vector>

namespace ropelab::numerics {

// Turns across one column from which a pair's cell is flagged `wraps` (see above).
inline constexpr double AngleHeatmapMaxTurns = 0.25;

// The columns of an angle heatmap: column c stands for the consecutive positions
// start[c] .. end[c] (inclusive). Columns tile 0 .. the last position without gaps or overlap:
// start[0] = 0, start[c + 1] = end[c] + 1, end[last] = the range end.
struct PositionColumns
{
    std::vector<std::int64_t> start;
    std::vector<std::int64_t> end;
};

// Linear grid (positions 0 .. count-1): width w = ceil(count / maxColumns) positions per
// column, ceil(count / w) columns; every column has w positions except possibly the last
// (count - (columns - 1) w). Log grid: column starts 0 and the distinct integers
// round(logMax^t), t = k / (maxColumns - 1), k = 1 .. maxColumns - 1 (the last is
// round(logMax), a one-position column); column c ends where column c + 1 starts.
// maxColumns >= 2; O(columns).
PositionColumns angleHeatmapColumns(const DistanceGrid &grid, std::int64_t maxColumns);

// The columns are at most min(heatmapCols, MaxHeatmapCells / pairs) (the cell budget), so the
// map never holds more than MaxHeatmapCells cells. Result (Heatmap fields): values(i, c) = the
// circular mean angle in [0, 2 pi) of pair i over column c, NaN where wraps(i, c);
// columnStart/columnEnd as above; columnValues = the column centres (start + end) / 2;
// rowValues = i; rowWavelength = 2 pi / theta_i (scaled method, positions per turn);
// wraps(i, c) = (end - start + 1) >= AngleHeatmapMaxTurns * rowWavelength[i]; xMin = 0,
// xMax = the range end.
// O(pairs * columns) exact angle reductions (sweepkernels.h accuracy).
Result<SweepResult> angleHeatmapSweep(const SweepRequest &request, const SweepControl &control);

} // namespace ropelab::numerics
