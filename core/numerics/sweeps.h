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
    int heatmapCols = 1024;          // distances / positions
    double heatmapMin = 100.0;       // ScoreVsBase: base range (log); ScoreVsFactor: factor range
    double heatmapMax = 1e8;
    int displayWidth = 0;            // > 0: also produce min/max-decimated series for display

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

// Runs one sweep. Returns Error{"cancelled", ...} when control.cancelled() became true.
Result<SweepResult> runSweep(const SweepRequest &request, const SweepControl &control = {});

} // namespace ropelab::numerics
