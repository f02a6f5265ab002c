#include "sweeps.h"

#include "angleheatmap.h"
#include "decimate.h"
#include "parallelfor.h"
#include "sweepkernels.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>

namespace ropelab::numerics {

namespace {

constexpr double TwoPi = 6.283185307179586;
constexpr std::int64_t PointsChunk = 64; // log-grid points per chunk (~4e3 sin/cos)

std::string number(double value)
{
    std::ostringstream out;
    out.precision(17);
    out << value;
    return out.str();
}

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, identical on every platform.
class SplitMix64
{
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return (double(next() >> 11) + 0.5) * 0x1.0p-53; } // (0, 1)

private:
    std::uint64_t m_state;
};

// Box-Muller: n standard normal values.
Eigen::ArrayXd gaussians(std::uint64_t seed, Eigen::Index n)
{
    SplitMix64 rng(seed);
    Eigen::ArrayXd out(n);
    for (Eigen::Index i = 0; i < n; i += 2) {
        const double radius = std::sqrt(-2.0 * std::log(rng.uniform()));
        const double phase = TwoPi * rng.uniform();
        out[i] = radius * std::cos(phase);
        if (i + 1 < n)
            out[i + 1] = radius * std::sin(phase);
    }
    return out;
}

struct Curve
{
    std::string name;
    Eigen::ArrayXd theta;
    double attentionFactor = 1.0;
    double softmaxScaleMultiplier = 1.0; // DeepSeek style: the temperature sits in the softmax
};

// "rope" (unscaled, af = 1; when requested) and "scaled" (the method, with its af).
Result<std::vector<Curve>> curvesFor(const SweepRequest &request, int *rotaryDimOut)
{
    Result<RopeFrequencies> freqs = computeFrequencies(request.params);
    if (!freqs)
        return freqs.error();
    std::vector<Curve> curves;
    if (request.includeUnscaled)
        curves.push_back({"rope", freqs->unscaledInvFreq, 1.0});
    curves.push_back({"scaled", freqs->invFreq, freqs->attentionFactor,
                      freqs->softmaxScaleMultiplier});
    *rotaryDimOut = freqs->rotaryDim > 0 ? freqs->rotaryDim : int(2 * freqs->invFreq.size());
    return curves;
}

Eigen::ArrayXd toArray(const std::vector<std::int64_t> &xs)
{
    Eigen::ArrayXd out(Eigen::Index(xs.size()));
    for (std::size_t i = 0; i < xs.size(); ++i)
        out[Eigen::Index(i)] = double(xs[i]);
    return out;
}

// The grid as doubles (integer-valued), without an intermediate integer vector.
Eigen::ArrayXd gridArray(const DistanceGrid &grid)
{
    if (grid.spacing == DistanceGrid::Spacing::Linear)
        return Eigen::ArrayXd::LinSpaced(Eigen::Index(grid.count), 0.0, double(grid.count - 1));
    return toArray(gridDistances(grid));
}

// Consecutive integers x0, x0 + 1, ...: the table-driven kernel applies.
bool isContiguous(const Eigen::ArrayXd &x)
{
    return x.size() > 0 && x[x.size() - 1] - x[0] == double(x.size() - 1);
}

// out_j = sum_i a_i cos(x_j theta_i) + b_i sin(x_j theta_i), in parallel. False if cancelled.
bool weightedSums(const Eigen::ArrayXd &theta, const double *a, const double *b,
                  const Eigen::ArrayXd &x, Eigen::ArrayXd &out, const SweepControl &control)
{
    const auto n = std::int64_t(x.size());
    out.resize(x.size());
    if (isContiguous(x)) {
        const LinearPlan plan(theta, std::int64_t(x[0]), 1);
        return parallelChunks(n, LinearPlan::Chunk, control,
                              [&](std::int64_t begin, std::int64_t end) {
                                  plan.weightedSum(a, b, begin, end, out.data() + begin);
                              });
    }
    return parallelChunks(n, PointsChunk, control, [&](std::int64_t begin, std::int64_t end) {
        weightedSumAt(theta, a, b, x.data() + begin, end - begin, out.data() + begin);
    });
}

bool bounds(const Eigen::ArrayXd &theta, const Eigen::ArrayXd &x, Eigen::ArrayXd &out,
            const SweepControl &control)
{
    const auto n = std::int64_t(x.size());
    out.resize(x.size());
    if (isContiguous(x)) {
        const LinearPlan plan(theta, std::int64_t(x[0]), 1);
        return parallelChunks(n, LinearPlan::Chunk, control,
                              [&](std::int64_t begin, std::int64_t end) {
                                  plan.roformerBound(begin, end, out.data() + begin);
                              });
    }
    return parallelChunks(n, PointsChunk, control, [&](std::int64_t begin, std::int64_t end) {
        roformerBoundAt(theta, x.data() + begin, end - begin, out.data() + begin);
    });
}

// Working arrays of display-only sweeps, kept per thread (each runner has its own thread) so
// that the next sweep of the same size writes into pages that are already mapped.
class BufferPool
{
public:
    Eigen::ArrayXd take(Eigen::Index n)
    {
        for (auto it = m_free.begin(); it != m_free.end(); ++it) {
            if (it->size() == n) {
                Eigen::ArrayXd buffer = std::move(*it);
                m_free.erase(it);
                return buffer;
            }
        }
        return Eigen::ArrayXd(n);
    }
    void give(Eigen::ArrayXd &&buffer)
    {
        if (buffer.size() == 0)
            return;
        if (m_free.size() >= MaxBuffers)
            m_free.erase(m_free.begin()); // the oldest size goes first
        m_free.push_back(std::move(buffer));
    }

private:
    static constexpr std::size_t MaxBuffers = 4;
    std::vector<Eigen::ArrayXd> m_free;
};

BufferPool &threadBuffers()
{
    thread_local BufferPool pool;
    return pool;
}

Series makeSeries(std::string name, Eigen::ArrayXd y, bool secondary = false)
{
    Series series;
    series.name = std::move(name);
    series.y = std::move(y);
    series.secondary = secondary;
    return series;
}

// Gives every series the common x (the last one takes it over: one copy fewer of 8 N bytes).
void attachX(SweepResult &result, Eigen::ArrayXd x)
{
    for (std::size_t i = 0; i < result.series.size(); ++i) {
        if (i + 1 == result.series.size())
            result.series[i].x = std::move(x);
        else
            result.series[i].x = x;
    }
}

// Decimated display copies and nice axis ranges, so the GUI only calls replace() once.
// `sharedX` (display-only line sweeps) is the x of every series, which then has none of its own.
void finishSeries(SweepResult &result, int displayWidth, bool logX,
                  const Eigen::ArrayXd *sharedX = nullptr)
{
    double xMin = std::numeric_limits<double>::infinity(), xMax = -xMin;
    double yMin = xMin, yMax = -xMin;
    for (Series &series : result.series) {
        const Eigen::ArrayXd &xs = sharedX ? *sharedX : series.x;
        const bool haveEnvelope = series.envelope.size() == xs.size() && xs.size() > 0;
        if (displayWidth > 0) {
            DecimatedSeries shown = decimateMinMax(xs, series.y, displayWidth, logX);
            series.displayX = std::move(shown.x);
            series.displayY = std::move(shown.y);
            if (haveEnvelope) {
                DecimatedSeries envelope
                        = dropFlatRuns(decimateMinMax(xs, series.envelope, displayWidth, logX));
                series.envelopeDisplayX = std::move(envelope.x);
                series.envelopeDisplayY = std::move(envelope.y);
            }
        }
        if (series.secondary || xs.size() == 0)
            continue;
        for (Eigen::Index i = 0; i < xs.size(); ++i) {
            const double x = xs[i];
            if (!(logX && x <= 0.0)) {
                xMin = std::min(xMin, x);
                xMax = std::max(xMax, x);
            }
            if (std::isfinite(series.y[i])) {
                yMin = std::min(yMin, series.y[i]);
                yMax = std::max(yMax, series.y[i]);
            }
        }
        // The envelope's largest value is the largest |y| (every window max is at most that,
        // and the window around its argmax holds it): it may exceed max y.
        if (haveEnvelope && yMin <= yMax)
            yMax = std::max(yMax, std::abs(yMin));
    }
    if (xMin <= xMax)
        result.xRange = {xMin, xMax > xMin ? xMax : xMin + 1.0};
    result.yRange = niceRange(yMin, yMax);
}

std::vector<std::int64_t> heatmapColumns(const SweepRequest &request, std::int64_t *step)
{
    std::vector<std::int64_t> columns;
    const auto cols = std::int64_t(request.heatmapCols);
    if (request.grid.spacing == DistanceGrid::Spacing::Linear) {
        const std::int64_t count = std::min(cols, request.grid.count);
        *step = count > 1 ? std::max<std::int64_t>(1, (request.grid.count - 1 + count - 2) / (count - 1))
                          : 1;
        for (std::int64_t c = 0; c < count; ++c)
            columns.push_back(c * *step);
        return columns;
    }
    *step = 0;
    const double logMax = std::log(request.grid.logMax);
    for (std::int64_t c = 0; c < cols; ++c) {
        const double t = cols > 1 ? double(c) / double(cols - 1) : 1.0;
        const auto v = std::int64_t(std::llround(std::exp(t * logMax)));
        if (columns.empty() || v > columns.back())
            columns.push_back(v);
    }
    return columns;
}

Result<SweepResult> lineSweep(const SweepRequest &request, const SweepControl &control)
{
    int d = 0;
    Result<std::vector<Curve>> curves = curvesFor(request, &d);
    if (!curves)
        return curves.error();
    const bool displayOnly = !request.keepExact;
    Eigen::ArrayXd x;
    if (displayOnly && request.grid.spacing == DistanceGrid::Spacing::Linear) {
        x = threadBuffers().take(Eigen::Index(request.grid.count));
        for (Eigen::Index i = 0; i < x.size(); ++i)
            x[i] = double(i);
    } else {
        x = gridArray(request.grid);
    }
    const bool logX = request.grid.spacing == DistanceGrid::Spacing::Log;
    const int stages = int(curves->size());
    const double p = double(d / 2);

    SweepResult result;
    result.kind = request.kind;
    std::vector<Series> secondary;
    for (int c = 0; c < stages; ++c) {
        const Curve &curve = (*curves)[std::size_t(c)];
        const SweepControl stage = control.stage(c, stages);
        const double af2 = curve.attentionFactor * curve.attentionFactor;
        Eigen::ArrayXd y = displayOnly ? threadBuffers().take(x.size()) : Eigen::ArrayXd();
        switch (request.kind) {
        case SweepKind::SelfScore: {
            if (!weightedSums(curve.theta, nullptr, nullptr, x, y, stage))
                return cancelledError();
            if (!displayOnly)
                secondary.push_back(makeSeries(curve.name + "_raw",
                                               y * (2.0 * af2 / std::sqrt(double(d))), true));
            y /= p;
            break;
        }
        case SweepKind::Bound:
            if (!bounds(curve.theta, x, y, stage))
                return cancelledError();
            break;
        case SweepKind::RandomScore: {
            const QueryKey qk = randomQueryKey(d, request.seed, request.correlation);
            Eigen::ArrayXd a(d / 2), b(d / 2);
            for (int i = 0; i < d / 2; ++i) {
                a[i] = qk.q[2 * i] * qk.k[2 * i] + qk.q[2 * i + 1] * qk.k[2 * i + 1];
                b[i] = qk.q[2 * i] * qk.k[2 * i + 1] - qk.q[2 * i + 1] * qk.k[2 * i];
            }
            if (!weightedSums(curve.theta, a.data(), b.data(), x, y, stage))
                return cancelledError();
            y *= af2;
            break;
        }
        default:
            return Error{"kind", "not a line sweep"};
        }
        Series series = makeSeries(curve.name, std::move(y));
        if (request.envelopeHalfWidth > 0.0) {
            if (displayOnly)
                series.envelope = threadBuffers().take(x.size());
            rollingMaxAbs(x, series.y, request.envelopeHalfWidth, logX, series.envelope);
        }
        result.series.push_back(std::move(series));
    }
    for (Series &series : secondary)
        result.series.push_back(std::move(series));
    result.columnNames.push_back("delta");
    for (const Series &series : result.series)
        result.columnNames.push_back(series.name);
    if (displayOnly) {
        finishSeries(result, request.displayWidth, logX, &x);
        for (Series &series : result.series) {
            threadBuffers().give(std::move(series.y));
            threadBuffers().give(std::move(series.envelope));
        }
        threadBuffers().give(std::move(x));
        for (Series &series : result.series) {
            series.y = Eigen::ArrayXd();
            series.envelope = Eigen::ArrayXd();
        }
        return result;
    }
    attachX(result, std::move(x));
    finishSeries(result, request.displayWidth, logX);
    return result;
}

Result<SweepResult> entropySweep(const SweepRequest &request, const SweepControl &control)
{
    int d = 0;
    Result<std::vector<Curve>> curves = curvesFor(request, &d);
    if (!curves)
        return curves.error();
    std::vector<std::int64_t> ns = gridDistances(request.grid); // context lengths n >= 1
    if (request.grid.spacing == DistanceGrid::Spacing::Linear) {
        for (std::int64_t &n : ns)
            ++n;
    } else {
        ns.erase(ns.begin()); // the prepended 0
    }
    const std::int64_t nMax = ns.back();
    const Eigen::ArrayXd distances = Eigen::ArrayXd::LinSpaced(Eigen::Index(nMax), 0.0, double(nMax - 1));

    const QueryKey qk = randomQueryKey(d, request.seed, request.correlation);
    Eigen::ArrayXd weights(d / 2);
    for (int i = 0; i < d / 2; ++i)
        weights[i] = qk.q[2 * i] * qk.q[2 * i] + qk.q[2 * i + 1] * qk.q[2 * i + 1];
    const double qNorm = std::sqrt(weights.sum());
    const double rho = request.correlation;
    const Eigen::ArrayXd noise = gaussians(request.seed ^ 0x5DEECE66Dull, Eigen::Index(nMax))
            * (std::sqrt(std::max(0.0, 1.0 - rho * rho)) * qNorm);

    SweepResult result;
    result.kind = request.kind;
    Eigen::ArrayXd x = toArray(ns);
    const int stages = int(curves->size());
    for (int c = 0; c < stages; ++c) {
        const Curve &curve = (*curves)[std::size_t(c)];
        Eigen::ArrayXd score;
        if (!weightedSums(curve.theta, weights.data(), nullptr, distances, score,
                          control.stage(c, stages)))
            return cancelledError();
        // The whole logit temperature: af^2 on cos/sin (HF), times the DeepSeek-style
        // softmax-scale multiplier where the method puts the temperature there instead.
        const double scale = curve.attentionFactor * curve.attentionFactor
                * curve.softmaxScaleMultiplier / std::sqrt(double(d));
        const Eigen::ArrayXd logits = (rho * score + noise) * scale;
        result.series.push_back(makeSeries(curve.name, prefixSoftmaxEntropy(logits, ns)));
    }
    result.series.push_back(makeSeries("uniform", x.log(), true));
    attachX(result, std::move(x));
    result.columnNames.push_back("n");
    for (const Series &series : result.series)
        result.columnNames.push_back(series.name);
    finishSeries(result, request.displayWidth,
                 request.grid.spacing == DistanceGrid::Spacing::Log);
    return result;
}

Result<SweepResult> scoreHeatmap(const SweepRequest &request, const SweepControl &control)
{
    const bool byBase = request.kind == SweepKind::ScoreVsBase;
    std::int64_t step = 0;
    const std::vector<std::int64_t> columns = heatmapColumns(request, &step);
    const int rows = request.heatmapRows;
    const double logMin = std::log(request.heatmapMin);
    const double logMax = std::log(request.heatmapMax);
    std::vector<double> rowValues(static_cast<std::size_t>(rows));
    std::vector<Eigen::ArrayXd> thetas(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        const double t = rows > 1 ? double(r) / double(rows - 1) : 0.0;
        double v = std::exp(logMin + t * (logMax - logMin));
        if (r == 0)
            v = request.heatmapMin;
        else if (r == rows - 1)
            v = request.heatmapMax;
        RopeParams params = request.params;
        (byBase ? params.base : params.factor) = v;
        Result<RopeFrequencies> freqs = computeFrequencies(params);
        if (!freqs)
            return Error{freqs.error().field,
                         freqs.error().message + " (heatmap row " + (byBase ? "base " : "factor ")
                                 + number(v) + ")"};
        rowValues[std::size_t(r)] = v;
        thetas[std::size_t(r)] = freqs->invFreq;
    }
    if (control.cancelled())
        return cancelledError();

    Heatmap map;
    const auto cols = Eigen::Index(columns.size());
    map.values.resize(rows, cols);
    const Eigen::ArrayXd deltas = toArray(columns);
    const bool ok = parallelChunks(rows, 1, control, [&](std::int64_t begin, std::int64_t end) {
        Eigen::ArrayXd row(cols);
        for (std::int64_t r = begin; r < end; ++r) {
            const Eigen::ArrayXd &theta = thetas[std::size_t(r)];
            if (step > 0) {
                const LinearPlan plan(theta, 0, step);
                plan.weightedSum(nullptr, nullptr, 0, cols, row.data());
            } else {
                weightedSumAt(theta, nullptr, nullptr, deltas.data(), cols, row.data());
            }
            map.values.row(Eigen::Index(r)) = row.transpose() / double(theta.size());
        }
    });
    if (!ok)
        return cancelledError();
    map.xMin = double(columns.front());
    map.xMax = double(columns.back());
    map.xLog = step == 0;
    map.yMin = rowValues.front();
    map.yMax = rowValues.back();
    map.yLog = true;
    map.columnValues = deltas;
    map.rowValues = Eigen::Map<const Eigen::ArrayXd>(rowValues.data(), rows);
    map.valueMin = map.values.minCoeff();
    map.valueMax = map.values.maxCoeff();
    SweepResult result;
    result.kind = request.kind;
    result.xRange = {map.xMin, map.xMax > map.xMin ? map.xMax : map.xMin + 1.0};
    result.yRange = {map.yMin, map.yMax > map.yMin ? map.yMax : map.yMin * 10.0};
    result.columnNames = {"distance", byBase ? "base" : "factor", "score"};
    result.heatmap = std::move(map);
    return result;
}

} // namespace

std::vector<std::int64_t> gridDistances(const DistanceGrid &grid)
{
    std::vector<std::int64_t> xs;
    if (grid.spacing == DistanceGrid::Spacing::Linear) {
        xs.resize(std::size_t(std::max<std::int64_t>(0, grid.count)));
        for (std::size_t i = 0; i < xs.size(); ++i)
            xs[i] = std::int64_t(i);
        return xs;
    }
    xs.push_back(0);
    const double logMax = std::log(grid.logMax);
    for (std::int64_t k = 0; k < grid.count; ++k) {
        const double t = grid.count > 1 ? double(k) / double(grid.count - 1) : 1.0;
        const auto v = k + 1 == grid.count ? std::int64_t(std::llround(grid.logMax))
                                           : std::int64_t(std::llround(std::exp(t * logMax)));
        if (v > xs.back())
            xs.push_back(v);
    }
    return xs;
}

QueryKey randomQueryKey(int rotaryDim, std::uint64_t seed, double correlation)
{
    const Eigen::Index d = std::max(0, rotaryDim);
    const Eigen::ArrayXd draw = gaussians(seed, 2 * d);
    QueryKey qk;
    qk.q = draw.head(d);
    const double rho = std::clamp(correlation, -1.0, 1.0);
    qk.k = rho * qk.q + std::sqrt(1.0 - rho * rho) * draw.tail(d);
    return qk;
}

std::optional<Error> checkSweepRequest(const SweepRequest &request)
{
    if (std::optional<Error> error = checkParams(request.params))
        return error;
    switch (request.kind) {
    case SweepKind::SelfScore:
    case SweepKind::Bound:
    case SweepKind::RandomScore:
    case SweepKind::Entropy:
    case SweepKind::AngleHeatmap:
    case SweepKind::ScoreVsBase:
    case SweepKind::ScoreVsFactor:
        break;
    default:
        return Error{"kind", "unknown sweep kind " + std::to_string(int(request.kind))};
    }
    const DistanceGrid &grid = request.grid;
    const bool entropy = request.kind == SweepKind::Entropy;
    const bool heatmap = request.kind == SweepKind::AngleHeatmap
            || request.kind == SweepKind::ScoreVsBase || request.kind == SweepKind::ScoreVsFactor;
    if (grid.spacing == DistanceGrid::Spacing::Linear) {
        // The angle heatmap never holds its grid, only columns: positions up to 2^30.
        const std::int64_t limit = entropy                                ? MaxEntropyLength
                : request.kind == SweepKind::AngleHeatmap ? MaxAngleHeatmapPositions
                                                          : MaxLinearCount;
        if (grid.count < (heatmap ? 2 : 1) || grid.count > limit)
            return Error{"grid.count",
                         "grid.count " + std::to_string(grid.count) + " is outside [1, "
                                 + std::to_string(limit) + "] for a linear grid"};
    } else if (grid.spacing == DistanceGrid::Spacing::Log) {
        const double limit = entropy ? double(MaxEntropyLength) : MaxLogDistance;
        if (!std::isfinite(grid.logMax) || grid.logMax < 2.0 || grid.logMax > limit)
            return Error{"grid.logMax",
                         "grid.logMax " + number(grid.logMax) + " is outside [2, " + number(limit)
                                 + "]"};
        if (!heatmap && (grid.count < 2 || grid.count > MaxLogCount))
            return Error{"grid.count",
                         "grid.count " + std::to_string(grid.count) + " is outside [2, "
                                 + std::to_string(MaxLogCount) + "] for a log grid"};
    } else {
        return Error{"grid.spacing", "unknown grid spacing"};
    }
    if (request.kind == SweepKind::RandomScore || entropy) {
        if (!std::isfinite(request.correlation) || request.correlation < -1.0
            || request.correlation > 1.0)
            return Error{"correlation",
                         "correlation " + number(request.correlation) + " is outside [-1, 1]"};
    }
    if (heatmap) {
        if (request.heatmapCols < 2 || request.heatmapCols > MaxHeatmapSide)
            return Error{"heatmapCols", "heatmapCols " + std::to_string(request.heatmapCols)
                                 + " is outside [2, " + std::to_string(MaxHeatmapSide) + "]"};
    }
    if (request.kind == SweepKind::ScoreVsBase || request.kind == SweepKind::ScoreVsFactor) {
        if (request.heatmapRows < 1 || request.heatmapRows > MaxHeatmapSide)
            return Error{"heatmapRows", "heatmapRows " + std::to_string(request.heatmapRows)
                                 + " is outside [1, " + std::to_string(MaxHeatmapSide) + "]"};
        if (std::int64_t(request.heatmapRows) * request.heatmapCols > MaxHeatmapCells)
            return Error{"heatmapRows", "heatmapRows x heatmapCols = "
                                 + std::to_string(std::int64_t(request.heatmapRows)
                                                  * request.heatmapCols)
                                 + " exceeds " + std::to_string(MaxHeatmapCells) + " cells"};
        const double lowest = request.kind == SweepKind::ScoreVsBase ? 1.0 : 0.0;
        const char *what = request.kind == SweepKind::ScoreVsBase ? "base" : "factor";
        if (!std::isfinite(request.heatmapMin) || request.heatmapMin <= lowest)
            return Error{"heatmapMin", "heatmapMin (" + std::string(what) + ") "
                                 + number(request.heatmapMin) + " must be finite and > "
                                 + number(lowest)};
        if (!std::isfinite(request.heatmapMax) || request.heatmapMax < request.heatmapMin
            || request.heatmapMax > 1e300)
            return Error{"heatmapMax", "heatmapMax (" + std::string(what) + ") "
                                 + number(request.heatmapMax) + " must be finite and >= heatmapMin "
                                 + number(request.heatmapMin)};
    }
    if (!request.keepExact && request.displayWidth <= 0)
        return Error{"keepExact", "a display-only sweep (keepExact false) needs displayWidth > 0"};
    if (!std::isfinite(request.envelopeHalfWidth) || request.envelopeHalfWidth < 0.0)
        return Error{"envelopeHalfWidth", "envelopeHalfWidth " + number(request.envelopeHalfWidth)
                             + " must be finite and >= 0"};
    if (request.displayWidth < 0 || request.displayWidth > MaxDisplayWidth)
        return Error{"displayWidth", "displayWidth " + std::to_string(request.displayWidth)
                             + " is outside [0, " + std::to_string(MaxDisplayWidth) + "]"};
    return std::nullopt;
}

Result<SweepResult> runSweep(const SweepRequest &request, const SweepControl &control)
{
    if (std::optional<Error> error = checkSweepRequest(request))
        return *error;
    if (control.cancelled())
        return cancelledError();
    Result<SweepResult> result = Error{"kind", "unknown sweep kind"};
    switch (request.kind) {
    case SweepKind::SelfScore:
    case SweepKind::Bound:
    case SweepKind::RandomScore:
        result = lineSweep(request, control);
        break;
    case SweepKind::Entropy:
        result = entropySweep(request, control);
        break;
    case SweepKind::AngleHeatmap:
        result = angleHeatmapSweep(request, control);
        break;
    case SweepKind::ScoreVsBase:
    case SweepKind::ScoreVsFactor:
        result = scoreHeatmap(request, control);
        break;
    }
    if (result && control.cancelled())
        return cancelledError();
    if (result)
        control.progress(1.0);
    return result;
}

} // namespace ropelab::numerics
