// ropelab_bench: times every sweep (runSweep, both cores) against a naive scalar double
// std::cos loop compiled into the same binary, checks the result against a long-double
// reference first, and reports peak RSS. `--json` prints one machine-readable object.
//
// Build in Release:  cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release
//                    cmake --build build-release -j2 --target ropelab_bench
// Run:               build-release/tests/bench/ropelab_bench [--json]

#include "numerics/rope.h"
#include "numerics/sweepkernels.h"
#include "numerics/sweeps.h"

#include <malloc.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>
#include <thread>
#include <vector>

using namespace ropelab::numerics;

namespace {

volatile double g_sink = 0.0; // keeps the scalar loops from being optimised away

double elapsedMs(const std::function<void()> &work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
}

double medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int r = 0; r < repeats; ++r)
        times.push_back(elapsedMs(work));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux: kilobytes
}

void splitDouble(double value, int bits, double *hi, double *lo)
{
    int exponent = 0;
    const double mantissa = std::frexp(value, &exponent);
    *hi = std::ldexp(std::trunc(std::ldexp(mantissa, bits)), exponent - bits);
    *lo = value - *hi;
}

// delta * theta mod 2 pi in long double with exact products (see tests/core/tst_sweeps.cpp).
long double referenceAngle(double delta, double theta)
{
    double thetaHi = 0.0, thetaLo = 0.0, piHi = 0.0, piLo = 0.0;
    splitDouble(theta, 26, &thetaHi, &thetaLo);
    splitDouble(6.283185307179586, 32, &piHi, &piLo);
    const long double twoPiTail = 2.4492935982947064e-16L - 5.989539619436679e-33L;
    const long double a = (long double)delta * thetaHi;
    const long double b = (long double)delta * thetaLo;
    const long double k = std::nearbyint((a + b) / 6.283185307179586476925286766559L);
    long double r = a - k * piHi;
    r -= k * piLo;
    r += b;
    r -= k * twoPiTail;
    return r;
}

long double referenceSum(const Eigen::ArrayXd &theta, const double *a, const double *b,
                         double delta)
{
    long double sum = 0.0L;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        const long double r = referenceAngle(delta, theta[i]);
        sum += (a ? a[i] : 1.0) * std::cos(r) + (b ? b[i] : 0.0) * std::sin(r);
    }
    return sum;
}

struct Entry
{
    std::string name;
    int d = 128;
    std::int64_t n = 0;
    double oursMs = 0.0;
    double oursColdMs = 0.0; // the first call: includes faulting in fresh output pages
    double scalarMs = 0.0;
    double maxAbsError = 0.0;
    double peakRssMb = 0.0;
    double ratio() const { return oursMs > 0.0 ? scalarMs / oursMs : 0.0; }
};

RopeParams defaultParams()
{
    RopeParams params;
    params.method = Method::Default;
    params.headDim = 128;
    params.base = 10000.0;
    return params;
}

const Series &seriesNamed(const SweepResult &result, const std::string &name)
{
    for (const Series &series : result.series) {
        if (series.name == name)
            return series;
    }
    std::fprintf(stderr, "ropelab_bench: missing series %s\n", name.c_str());
    std::exit(1);
}

SweepResult mustRun(const SweepRequest &request)
{
    Result<SweepResult> result = runSweep(request);
    if (!result) {
        std::fprintf(stderr, "ropelab_bench: %s: %s\n", result.error().field.c_str(),
                     result.error().message.c_str());
        std::exit(1);
    }
    return std::move(result).value();
}

Eigen::ArrayXd theta128()
{
    return computeFrequencies(defaultParams()).value().invFreq;
}

constexpr std::int64_t N = std::int64_t(1) << 20;

Entry benchSelfScore()
{
    Entry entry{"self_score", 128, N};
    SweepRequest request;
    request.params = defaultParams();
    request.includeUnscaled = false;
    request.grid.count = N;
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(request); });
    const Eigen::ArrayXd theta = theta128();
    const Series &y = seriesNamed(result, "scaled");
    for (std::int64_t j = 0; j < N; j += (j < N - 4096 ? 7 : 1))
        entry.maxAbsError = std::max(entry.maxAbsError,
                                     double(std::abs(y.y[j] - referenceSum(theta, nullptr, nullptr,
                                                                           double(j)) / 64.0L)));
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(7, [&] { g_sink = runSweep(request)->series[0].y[1]; });
    entry.scalarMs = medianMs(3, [&] {
        std::vector<double> out(static_cast<std::size_t>(N));
        for (std::int64_t j = 0; j < N; ++j) {
            double sum = 0.0;
            for (Eigen::Index i = 0; i < theta.size(); ++i)
                sum += std::cos(double(j) * theta[i]);
            out[std::size_t(j)] = sum / double(theta.size());
        }
        g_sink = out[12345];
    });
    return entry;
}

Entry benchBound()
{
    Entry entry{"bound", 128, N};
    SweepRequest request;
    request.kind = SweepKind::Bound;
    request.params = defaultParams();
    request.includeUnscaled = false;
    request.grid.count = N;
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(request); });
    const Eigen::ArrayXd theta = theta128();
    const Series &y = seriesNamed(result, "scaled");
    for (std::int64_t j = 0; j < N; j += 101) {
        long double sc = 0, ss = 0, acc = 0;
        for (Eigen::Index i = 0; i < theta.size(); ++i) {
            const long double r = referenceAngle(double(j), theta[i]);
            sc += std::cos(r);
            ss += std::sin(r);
            acc += std::sqrt(sc * sc + ss * ss);
        }
        entry.maxAbsError = std::max(entry.maxAbsError, double(std::abs(y.y[j] - acc / 64.0L)));
    }
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(5, [&] { g_sink = runSweep(request)->series[0].y[1]; });
    entry.scalarMs = medianMs(3, [&] {
        std::vector<double> out(static_cast<std::size_t>(N));
        for (std::int64_t j = 0; j < N; ++j) {
            double sc = 0.0, ss = 0.0, acc = 0.0;
            for (Eigen::Index i = 0; i < theta.size(); ++i) {
                sc += std::cos(double(j) * theta[i]);
                ss += std::sin(double(j) * theta[i]);
                acc += std::sqrt(sc * sc + ss * ss);
            }
            out[std::size_t(j)] = acc / double(theta.size());
        }
        g_sink = out[12345];
    });
    return entry;
}

Entry benchRandom()
{
    Entry entry{"random", 128, N};
    SweepRequest request;
    request.kind = SweepKind::RandomScore;
    request.params = defaultParams();
    request.includeUnscaled = false;
    request.grid.count = N;
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(request); });
    const Eigen::ArrayXd theta = theta128();
    const QueryKey qk = randomQueryKey(128, request.seed, request.correlation);
    Eigen::ArrayXd a(64), b(64);
    for (int i = 0; i < 64; ++i) {
        a[i] = qk.q[2 * i] * qk.k[2 * i] + qk.q[2 * i + 1] * qk.k[2 * i + 1];
        b[i] = qk.q[2 * i] * qk.k[2 * i + 1] - qk.q[2 * i + 1] * qk.k[2 * i];
    }
    const Series &y = seriesNamed(result, "scaled");
    for (std::int64_t j = 0; j < N; j += 31)
        entry.maxAbsError = std::max(
                entry.maxAbsError,
                double(std::abs(y.y[j] - referenceSum(theta, a.data(), b.data(), double(j)))));
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(7, [&] { g_sink = runSweep(request)->series[0].y[1]; });
    entry.scalarMs = medianMs(3, [&] {
        std::vector<double> out(static_cast<std::size_t>(N));
        for (std::int64_t j = 0; j < N; ++j) {
            double sum = 0.0;
            for (Eigen::Index i = 0; i < theta.size(); ++i)
                sum += a[i] * std::cos(double(j) * theta[i]) + b[i] * std::sin(double(j) * theta[i]);
            out[std::size_t(j)] = sum;
        }
        g_sink = out[12345];
    });
    return entry;
}

Entry benchEntropy()
{
    SweepRequest request;
    request.kind = SweepKind::Entropy;
    request.params = defaultParams();
    request.includeUnscaled = false;
    request.grid.spacing = DistanceGrid::Spacing::Log;
    request.grid.count = 64;
    request.grid.logMax = double(1 << 17);
    const std::vector<std::int64_t> grid = gridDistances(request.grid);
    const std::vector<std::int64_t> ns(grid.begin() + 1, grid.end());
    const std::int64_t nMax = ns.back();
    Entry entry{"entropy", 128, nMax};
    const Eigen::ArrayXd theta = theta128();

    // Accuracy with rho = 1 (no noise term): logits are known exactly.
    SweepRequest exact = request;
    exact.correlation = 1.0;
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(exact); });
    const Series &y = seriesNamed(result, "scaled");
    const QueryKey qk = randomQueryKey(128, request.seed, 1.0);
    Eigen::ArrayXd w(64);
    for (int i = 0; i < 64; ++i)
        w[i] = qk.q[2 * i] * qk.q[2 * i] + qk.q[2 * i + 1] * qk.q[2 * i + 1];
    std::vector<long double> logits(static_cast<std::size_t>(nMax));
    for (std::int64_t j = 0; j < nMax; ++j)
        logits[std::size_t(j)] = referenceSum(theta, w.data(), nullptr, double(j)) / std::sqrt(128.0L);
    for (std::size_t k = 0; k < ns.size(); ++k) {
        long double m = logits[0];
        for (std::int64_t j = 0; j < ns[k]; ++j)
            m = std::max(m, logits[std::size_t(j)]);
        long double z = 0, s = 0;
        for (std::int64_t j = 0; j < ns[k]; ++j) {
            const long double e = std::exp(logits[std::size_t(j)] - m);
            z += e;
            s += e * (logits[std::size_t(j)] - m);
        }
        entry.maxAbsError = std::max(entry.maxAbsError,
                                     double(std::abs(y.y[Eigen::Index(k)] - (std::log(z) - s / z))));
    }
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(7, [&] { g_sink = runSweep(request)->series[0].y[1]; });
    entry.scalarMs = medianMs(3, [&] {
        std::vector<double> score(static_cast<std::size_t>(nMax));
        for (std::int64_t j = 0; j < nMax; ++j) {
            double sum = 0.0;
            for (Eigen::Index i = 0; i < theta.size(); ++i)
                sum += w[i] * std::cos(double(j) * theta[i]);
            score[std::size_t(j)] = sum / std::sqrt(128.0);
        }
        double total = 0.0;
        for (std::int64_t n : ns) { // naive: one softmax per context length
            const double m = *std::max_element(score.begin(), score.begin() + n);
            double z = 0.0, s = 0.0;
            for (std::int64_t j = 0; j < n; ++j) {
                const double e = std::exp(score[std::size_t(j)] - m);
                z += e;
                s += e * (score[std::size_t(j)] - m);
            }
            total += std::log(z) - s / z;
        }
        g_sink = total;
    });
    return entry;
}

Entry benchHeatmapBase()
{
    SweepRequest request;
    request.kind = SweepKind::ScoreVsBase;
    request.params = defaultParams();
    request.grid.count = 8192;
    request.heatmapRows = 256;
    request.heatmapCols = 1024;
    Entry entry{"heatmap_base", 128, 256 * 1024};
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(request); });
    const Heatmap &map = *result.heatmap;
    for (Eigen::Index r = 0; r < map.values.rows(); r += 17) {
        RopeParams params = request.params;
        params.base = map.rowValues[r];
        const Eigen::ArrayXd theta = computeFrequencies(params).value().invFreq;
        for (Eigen::Index c = 0; c < map.values.cols(); c += 13)
            entry.maxAbsError = std::max(
                    entry.maxAbsError,
                    double(std::abs(map.values(r, c)
                                    - referenceSum(theta, nullptr, nullptr, map.columnValues[c]) / 64.0L)));
    }
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(7, [&] { g_sink = runSweep(request)->heatmap->values(3, 3); });
    const Eigen::ArrayXd rows = map.rowValues;
    const Eigen::ArrayXd cols = map.columnValues;
    entry.scalarMs = medianMs(3, [&] {
        Eigen::ArrayXXd out(rows.size(), cols.size());
        for (Eigen::Index r = 0; r < rows.size(); ++r) {
            Eigen::ArrayXd theta(64);
            for (int i = 0; i < 64; ++i)
                theta[i] = 1.0 / std::pow(rows[r], 2.0 * i / 128.0);
            for (Eigen::Index c = 0; c < cols.size(); ++c) {
                double sum = 0.0;
                for (int i = 0; i < 64; ++i)
                    sum += std::cos(cols[c] * theta[i]);
                out(r, c) = sum / 64.0;
            }
        }
        g_sink = out(3, 3);
    });
    return entry;
}

Entry benchAngles()
{
    SweepRequest request;
    request.kind = SweepKind::AngleHeatmap;
    request.params = defaultParams();
    request.grid.count = N;
    request.heatmapCols = 1024;
    Entry entry{"angles", 128, 64 * 1024};
    SweepResult result;
    entry.oursColdMs = elapsedMs([&] { result = mustRun(request); });
    const Heatmap &map = *result.heatmap;
    const Eigen::ArrayXd theta = theta128();
    for (Eigen::Index i = 0; i < map.values.rows(); ++i) {
        for (Eigen::Index c = 0; c < map.values.cols(); ++c) {
            long double expected = std::fmod(referenceAngle(map.columnValues[c], theta[i]),
                                             6.283185307179586476925286766559L);
            if (expected < 0)
                expected += 6.283185307179586476925286766559L;
            double diff = std::abs(map.values(i, c) - double(expected));
            diff = std::min(diff, 6.283185307179586 - diff);
            entry.maxAbsError = std::max(entry.maxAbsError, diff);
        }
    }
    entry.peakRssMb = peakRssMb();
    entry.oursMs = medianMs(7, [&] { g_sink = runSweep(request)->heatmap->values(3, 3); });
    const Eigen::ArrayXd cols = map.columnValues;
    entry.scalarMs = medianMs(3, [&] {
        Eigen::ArrayXXd out(theta.size(), cols.size());
        for (Eigen::Index i = 0; i < theta.size(); ++i)
            for (Eigen::Index c = 0; c < cols.size(); ++c)
                out(i, c) = std::fmod(cols[c] * theta[i], 6.283185307179586);
        g_sink = out(3, 3);
    });
    return entry;
}

const char *passMiss(bool ok)
{
    return ok ? "PASS" : "MISS";
}

} // namespace

int main(int argc, char **argv)
{
    const bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
    if (argc > 1 && !json) {
        std::fprintf(stderr, "usage: ropelab_bench [--json]\n");
        return 2;
    }
    // Keep freed output buffers in the heap between repeats (glibc otherwise returns every
    // 8 MB array to the kernel and faults it in again, which costs more than the sweep itself
    // on a loaded VM). The first call of each sweep (ours_cold_ms) shows the cost without it.
    mallopt(M_MMAP_THRESHOLD, 256 << 20);
    mallopt(M_TRIM_THRESHOLD, 512 << 20);
    std::vector<Entry> entries;
    entries.push_back(benchSelfScore()); // first, so its peak RSS is its own
    entries.push_back(benchBound());
    entries.push_back(benchRandom());
    entries.push_back(benchEntropy());
    entries.push_back(benchHeatmapBase());
    entries.push_back(benchAngles());

    if (json) {
        std::printf("{\"sweeps\": [");
        for (std::size_t k = 0; k < entries.size(); ++k) {
            const Entry &e = entries[k];
            std::printf("%s{\"name\": \"%s\", \"d\": %d, \"n\": %lld, \"ours_ms\": %.4f, "
                        "\"ours_cold_ms\": %.4f, \"scalar_ms\": %.4f, \"ratio\": %.2f, "
                        "\"max_abs_error\": %.3e, \"peak_rss_mb\": %.1f}",
                        k ? ", " : "", e.name.c_str(), e.d, static_cast<long long>(e.n), e.oursMs,
                        e.oursColdMs, e.scalarMs, e.ratio(), e.maxAbsError, e.peakRssMb);
        }
        std::printf("]}\n");
        return 0;
    }
    std::printf("RoPE Lab sweep benchmark (d = 128, base 10000; ours = runSweep on %u threads, "
                "scalar = naive double std::cos loop, 1 thread; median of repeats)\n",
                std::max(1u, std::thread::hardware_concurrency()));
    std::printf("%-13s %10s %11s %11s %12s %9s %13s %13s\n", "sweep", "n", "ours ms",
                "(1st call)", "scalar ms", "ratio", "max abs err", "peak RSS MB");
    for (const Entry &e : entries)
        std::printf("%-13s %10lld %11.3f %11.3f %12.1f %8.1fx %13.2e %13.1f\n", e.name.c_str(),
                    static_cast<long long>(e.n), e.oursMs, e.oursColdMs, e.scalarMs, e.ratio(),
                    e.maxAbsError, e.peakRssMb);
    const Entry &self = entries.front();
    std::printf("\nTargets (self_score, N = 2^20):\n");
    std::printf("  >= 40x the scalar loop      %8.1fx   %s\n", self.ratio(), passMiss(self.ratio() >= 40.0));
    std::printf("  max abs error <= 1e-12      %8.2e   %s\n", self.maxAbsError,
                passMiss(self.maxAbsError <= 1e-12));
    std::printf("  peak RSS < 100 MB           %8.1f   %s\n", self.peakRssMb,
                passMiss(self.peakRssMb < 100.0));
    std::printf("  >= 5x careful numpy         run tests/bench/bench_numpy.py\n");
    bool allExact = true;
    for (const Entry &e : entries)
        allExact = allExact && e.maxAbsError <= 1e-12;
    std::printf("  every sweep error <= 1e-12  %s\n", passMiss(allExact));
    return allExact ? 0 : 1; // correctness first: a wrong result fails the bench
}
