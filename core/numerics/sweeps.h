#pragma once

// Sweeps over relative distance, base, factor, position and context length (ROPE_SPEC.md
// section 9). Exact in float64 (angles formed and reduced in double); vectorized kernels.
// Pure C++ + Eigen, no Qt. Heavy loops poll SweepControl once per chunk (~1e4 operations).

#include "result.h"
#include "rope.h"

#include <Eigen/Core>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace ropelab::numerics {

// Cancellation and progress hooks for one sweep. Cheap to copy; the atomic is owned by the
// caller (the runner) and outlives the sweep.
class SweepControl
{
public:
    SweepControl() = default;
    SweepControl(const std::atomic<bool> *cancelFlag, std::function<void(double)> progress = {})
        : m_cancel(cancelFlag), m_progress(std::move(progress))
    {
    }
    bool cancelled() const noexcept
    {
        return m_cancel && m_cancel->load(std::memory_order_relaxed);
    }
    void progress(double fraction) const
    {
        if (m_progress)
            m_progress(fraction);
    }

    // Added: the same cancel flag, with progress of stage `index` of `count` mapped into
    // [index/count, (index+1)/count] of this control's progress.
    SweepControl stage(int index, int count) const
    {
        if (!m_progress || count <= 0)
            return SweepControl(m_cancel);
        return SweepControl(m_cancel, [progress = m_progress, index, count](double fraction) {
            progress((double(index) + fraction) / double(count));
        });
    }

private:
    const std::atomic<bool> *m_cancel = nullptr;
    std::function<void(double)> m_progress;
};

enum class SweepKind : std::uint8_t {
    SelfScore,     // all-ones q = k: normalised (1/(d/2)) sum cos, and raw
    Bound,         // RoFormer upper bound (1/(d/2)) sum_j |S_j|
    RandomScore,   // one Gaussian q, k draw (fixed seed), k = q*rho + noise*sqrt(1-rho^2)
    Entropy,       // attention entropy vs context length, unscaled and scaled
    AngleHeatmap,  // angle mod 2 pi over position x pair
    ScoreVsBase,   // heatmap: normalised self-score over relative distance x base
    ScoreVsFactor, // heatmap: normalised self-score over relative distance x factor
};

// Relative distances (or positions / context lengths) to evaluate.
struct DistanceGrid
{
    enum class Spacing : std::uint8_t { Linear, Log };
    Spacing spacing = Spacing::Linear;
    std::int64_t count = 4096; // Linear: 0 .. count-1. Log: number of log-spaced points
    double logMax = 1 << 20;   // Log: points from 1 to logMax (geometric), 0 prepended

    bool operator==(const DistanceGrid &) const = default;
};

struct SweepRequest
{
    SweepKind kind = SweepKind::SelfScore;
    RopeParams params;               // the method under study
    bool includeUnscaled = true;     // also compute the same sweep for plain RoPE (same base, d)
    DistanceGrid grid;
    std::uint64_t seed = 20240101;   // RandomScore, Entropy
    double correlation = 0.9;        // RandomScore: k = rho q + sqrt(1 - rho^2) noise
    int heatmapRows = 256;           // AngleHeatmap: pairs (ignored, d/2); ScoreVs*: bases/factors
    int heatmapCols = 1024;          // distances / positions (AngleHeatmap: at most; angleheatmap.h)
    double heatmapMin = 100.0;       // ScoreVsBase: base range (log); ScoreVsFactor: factor range
    double heatmapMax = 1e8;
    int displayWidth = 0;            // > 0: also produce min/max-decimated series for display
    // false (line sweeps, with displayWidth > 0): return only the decimated display series
    // (x, y and the secondary series left empty). The big working arrays are then reused from
    // one call to the next on the same thread instead of being allocated and page-faulted in
    // again: for 1M distances that costs more than the sweep itself. Export keeps true.
    bool keepExact = true;
    // > 0 (line sweeps): also compute each curve's upper envelope, the rolling maximum of |y|
    // over x +- envelopeHalfWidth tokens (Log grid: x / e^w .. x * e^w, w = envelopeHalfWidth;
    // decimate.h rollingMaxAbs), decimated for display like y when displayWidth > 0.
    double envelopeHalfWidth = 0.0;

    bool operator==(const SweepRequest &) const = default;
};

// One curve. `exact` is full precision for export; `display` is decimated (min/max per pixel
// bucket, at most 2 points per pixel) when displayWidth > 0, else empty.
struct Series
{
    std::string name;        // "rope", "scaled", "bound", "random", ...
    Eigen::ArrayXd x;
    Eigen::ArrayXd y;
    Eigen::ArrayXd displayX;
    Eigen::ArrayXd displayY;
    // Added: true for a curve in other units that the chart may hide (e.g. the raw self-score
    // next to the normalised one); always exported. xRange/yRange ignore secondary series.
    bool secondary = false;
    // Added (SweepRequest::envelopeHalfWidth > 0, primary line series): the rolling max |y|
    // at every x (empty when keepExact is false) and its display copy: min/max-decimated, then
    // the interior points of flat runs dropped (decimate.h dropFlatRuns).
    Eigen::ArrayXd envelope;
    Eigen::ArrayXd envelopeDisplayX;
    Eigen::ArrayXd envelopeDisplayY;
};

struct AxisRange
{
    double min = 0.0;
    double max = 1.0;
};

struct Heatmap
{
    Eigen::ArrayXXd values;  // rows x cols, row-major meaning: values(row, col)
    double xMin = 0.0, xMax = 1.0; // columns (distance / position)
    double yMin = 0.0, yMax = 1.0; // rows (pair / base / factor)
    bool xLog = false, yLog = false;
    double valueMin = 0.0, valueMax = 1.0;
    // Added: the exact coordinate of every column (distance / position; log columns are
    // deduplicated integers, not evenly spaced) and row (pair index / base / factor).
    Eigen::ArrayXd columnValues;
    Eigen::ArrayXd rowValues;
    // Added (AngleHeatmap, see angleheatmap.h): column c stands for the consecutive positions
    // columnStart[c] .. columnEnd[c] (inclusive, tiling xMin .. xMax exactly; columnValues are
    // the centres); rowWavelength[r] = 2 pi / theta_r (positions per turn); wraps(r, c): pair r
    // turns a quarter turn or more across column c, too fast for one colour (values NaN).
    // Empty for the other kinds.
    Eigen::ArrayXd columnStart;
    Eigen::ArrayXd columnEnd;
    Eigen::ArrayXd rowWavelength;
    Eigen::Array<bool, Eigen::Dynamic, Eigen::Dynamic> wraps;
};

struct SweepResult
{
    SweepKind kind = SweepKind::SelfScore;
    std::vector<Series> series;
    std::optional<Heatmap> heatmap;
    AxisRange xRange;   // "nice" axis ranges for display
    AxisRange yRange;
    std::vector<std::string> columnNames; // CSV header for the exact data
};

// Runs one sweep. Returns cancelledError() (code ErrorCode::Cancelled) when control.cancelled()
// became true.
//
// What each kind returns (x is the first CSV column, then one column per series):
//  SelfScore  x = Delta. "rope", "scaled": normalised (1/(d/2)) sum_i cos(Delta theta_i)
//             (no attention factor: 1 at Delta = 0 by definition); "rope_raw", "scaled_raw"
//             (secondary): sum_i 2 cos(Delta theta_i) af^2 / sqrt(d) = normalised * sqrt(d) af^2.
//  Bound      x = Delta. "rope", "scaled": B(Delta) = (1/(d/2)) sum_{j=1..d/2} |S_j| (no af).
//  RandomScore x = Delta. "rope", "scaled": (R_m q).(R_n k) for Delta = m - n, one draw from
//             randomQueryKey(d, seed, correlation); "scaled" is multiplied by af^2 (HF scales
//             cos and sin by af).
//  Entropy    x = n (context length, keys at distances 0 .. n-1 from the query). "rope",
//             "scaled": entropy in nats of softmax(score * af^2 * m / sqrt(d)) (m = the
//             DeepSeek-style softmaxScaleMultiplier, 1 for other methods) with
//             k_Delta = rho q + sqrt(1 - rho^2) z_Delta, z_Delta independent N(0, I): then
//             score = rho sum_i |q_i|^2 cos(Delta theta_i) + sqrt(1 - rho^2) |q| g_Delta with
//             g_Delta ~ N(0, 1) exactly in distribution; the same g for both series.
//             "uniform" (secondary): ln n, the maximum.
//  AngleHeatmap values(pair, c) = circular mean of position theta_pair mod 2 pi in [0, 2 pi)
//             over the positions of column c (scaled method); NaN where the pair turns a
//             quarter turn or more across the column (wraps). Columns tile the whole grid: Linear
//             0 .. count-1, Log 0 .. round(logMax); see angleheatmap.h.
//  ScoreVsBase / ScoreVsFactor values(r, c) = normalised self-score at distance_c for the
//             method with base (factor) = row value r, log-spaced in [heatmapMin, heatmapMax].
// Grids: Linear = 0 .. count-1 (Entropy: n = 1 .. count); Log = 0 followed by the distinct
// integers round(logMax^(t)), t in [0, 1] (so possibly fewer than count points). ScoreVs*
// columns: Linear = c * step, c < min(heatmapCols, count), step = ceil((count-1)/(cols-1));
// Log = 0 and log-spaced integers up to logMax. Every value is exact float64 (<= 1e-12 abs
// against a long-double reference); displayX/displayY are the only approximated data.
Result<SweepResult> runSweep(const SweepRequest &request, const SweepControl &control = {});

// Request limits (errors name the field): grid.count, grid.logMax, heatmapRows/Cols, displayWidth.
inline constexpr std::int64_t MaxLinearCount = std::int64_t(1) << 24;
inline constexpr double MaxLogDistance = double(std::int64_t(1) << 30);
inline constexpr std::int64_t MaxLogCount = std::int64_t(1) << 20;
inline constexpr std::int64_t MaxEntropyLength = std::int64_t(1) << 20;
inline constexpr std::int64_t MaxAngleHeatmapPositions = (std::int64_t(1) << 30) + 1; // 0 .. 2^30
inline constexpr int MaxHeatmapSide = 8192;
inline constexpr std::int64_t MaxHeatmapCells = std::int64_t(1) << 22;
inline constexpr int MaxDisplayWidth = 16384;

// Checks a request without running it (runSweep calls it first).
std::optional<Error> checkSweepRequest(const SweepRequest &request);

// The distances (or context lengths for Entropy) a grid evaluates, as described above.
std::vector<std::int64_t> gridDistances(const DistanceGrid &grid);

// The Gaussian q and k of RandomScore (and q of Entropy): d values each from a SplitMix64
// stream seeded with `seed` and Box-Muller (platform independent), k = rho q + sqrt(1-rho^2) z.
// Pair i is (x[2i], x[2i+1]) (interleaved; the score only depends on the pair products).
struct QueryKey
{
    Eigen::ArrayXd q;
    Eigen::ArrayXd k;
};
QueryKey randomQueryKey(int rotaryDim, std::uint64_t seed, double correlation);

} // namespace ropelab::numerics
