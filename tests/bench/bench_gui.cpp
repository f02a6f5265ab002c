// bench_gui: the decay chart under load, offscreen, d = 128.
//  1. Correctness first: the plotted self score equals its definition at sampled distances.
//  2. Update latency: parameter change -> decay chart holding the new data, for 1M distances
//     (linear grid 0 .. 2^20) and a log grid to 2^24: end to end (including the 30 ms trailing
//     throttle, by design) and without the throttle (requestNow), median of 11.
//  3. Event-loop stalls: a 1 ms QTimer records the longest gap between its ticks while a
//     slider drag (a parameter change every 16 ms for 2 s) keeps the sweeps busy.
// Targets: update < 50 ms (throttle excluded), no stall > 16 ms. Prints PASS/MISS and the
// numbers; exit code 1 on a MISS or a wrong value.
//
// Build in Release:  cmake --build build-release -j2 --target bench_gui
// Run:               QT_QPA_PLATFORM=offscreen build-release/tests/bench/bench_gui

#include "charts/chartpanel.h"
#include "charts/decayview.h"
#include "controllers/decaycontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/rope.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace ropelab;

namespace {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 1);
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool checkSelfScore(ui::ParamsController &params, ui::DecayView &view)
{
    const Eigen::ArrayXd theta = params.frequencies()->invFreq;
    const QList<QPointF> points = view.chart()->lineData(view.lineIndex(QStringLiteral("scaled")));
    if (points.isEmpty())
        return false;
    double worst = 0.0;
    for (qsizetype k = 0; k < points.size(); k += std::max<qsizetype>(1, points.size() / 100)) {
        double sum = 0.0;
        for (Eigen::Index i = 0; i < theta.size(); ++i)
            sum += std::cos(points[k].x() * theta[i]);
        worst = std::max(worst, std::abs(points[k].y() - sum / double(theta.size())));
    }
    std::printf("  correctness: max |plotted - definition| = %.3g over %lld sampled points\n", worst,
                static_cast<long long>(points.size() / std::max<qsizetype>(1, points.size() / 100)));
    return worst < 1e-9;
}

struct Latency
{
    double endToEnd = 0.0;
    double unthrottled = 0.0;
    int points = 0;
};

Latency measure(ui::ParamsController &params, ui::DecayView &view)
{
    std::vector<double> endToEnd;
    std::vector<double> unthrottled;
    numerics::RopeParams p = params.params();
    for (int r = 0; r < 11; ++r) {
        for (bool direct : {false, true}) {
            p.factor = 2.0 + 0.5 * (2 * r + (direct ? 1 : 0));
            const quint64 before = view.drawnRevision();
            QElapsedTimer timer;
            timer.start();
            params.setParams(p);
            if (direct)
                view.controller()->requestNow();
            if (!waitUntil([&] { return view.drawnRevision() != before && !view.isPending(); }, 60000))
                return {};
            (direct ? unthrottled : endToEnd).push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    Latency latency;
    latency.endToEnd = median(endToEnd);
    latency.unthrottled = median(unthrottled);
    latency.points = int(view.chart()->lineData(view.lineIndex(QStringLiteral("scaled"))).size());
    return latency;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    bool ok = true;

    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Yarn;
    p.headDim = 128;
    p.base = 10000.0;
    p.factor = 4.0;
    p.originalMaxPositions = 4096;
    params.setParams(p);
    ui::DecayView view(&params);
    view.resize(1200, 800);
    view.show();

    std::printf("bench_gui: decay chart, d = 128, YaRN\n");
    struct Case
    {
        const char *name;
        bool logX;
        double maxDistance;
    };
    const Case cases[] = {{"linear grid, 1,048,577 distances", false, double(1 << 20)},
                          {"log grid to 2^24 (8192 points)", true, double(1 << 24)}};
    for (const Case &c : cases) {
        ui::DecayOptions options = view.controller()->options();
        options.logX = c.logX;
        options.maxDistance = c.maxDistance;
        view.controller()->setOptions(options);
        view.controller()->requestNow();
        if (!waitUntil([&] { return !view.isPending(); }, 60000)) {
            std::printf("  %s: no result within 60 s: MISS\n", c.name);
            return 1;
        }
        std::printf("%s\n", c.name);
        if (!checkSelfScore(params, view)) {
            std::printf("  correctness: WRONG VALUES\n");
            ok = false;
        }
        const Latency latency = measure(params, view);
        const bool pass = latency.unthrottled > 0.0 && latency.unthrottled < 50.0;
        ok = ok && pass;
        std::printf("  update, change -> chart (no throttle): %.1f ms median  [target < 50 ms] %s\n",
                    latency.unthrottled, pass ? "PASS" : "MISS");
        std::printf("  update, change -> chart (with the 30 ms trailing throttle): %.1f ms median\n",
                    latency.endToEnd);
        std::printf("  plotted points per curve after decimation: %d\n", latency.points);
    }

    // Stalls during a slider drag on the heavy linear grid.
    {
        ui::DecayOptions options = view.controller()->options();
        options.logX = false;
        options.maxDistance = double(1 << 20);
        view.controller()->setOptions(options);
        waitUntil([&] { return !view.isPending(); }, 60000);
        QElapsedTimer clock;
        clock.start();
        qint64 last = clock.nsecsElapsed();
        double worstGapMs = 0.0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, [&] {
            const qint64 now = clock.nsecsElapsed();
            worstGapMs = std::max(worstGapMs, double(now - last) / 1e6);
            last = now;
        });
        QTimer drag;
        drag.setInterval(16);
        int step = 0;
        QObject::connect(&drag, &QTimer::timeout, [&] {
            numerics::RopeParams next = params.params();
            next.factor = 2.0 + 0.05 * (++step % 200);
            params.setParams(next);
        });
        const quint64 firstRevision = view.drawnRevision();
        last = clock.nsecsElapsed();
        ticker.start();
        drag.start();
        waitUntil([&] { return clock.elapsed() > 2000; }, 10000);
        drag.stop();
        waitUntil([&] { return !view.isPending(); }, 60000);
        ticker.stop();
        const bool pass = worstGapMs <= 16.0;
        ok = ok && pass;
        std::printf("slider drag, 2 s, one change every 16 ms, 1M linear distances\n");
        std::printf("  longest event-loop stall: %.1f ms  [target <= 16 ms] %s\n", worstGapMs,
                    pass ? "PASS" : "MISS");
        std::printf("  charts redrawn during the drag: %llu (of %d changes)\n",
                    static_cast<unsigned long long>(view.drawnRevision() - firstRevision), step);
        if (!checkSelfScore(params, view)) {
            std::printf("  final chart: WRONG VALUES\n");
            ok = false;
        }
    }
    std::printf("bench_gui: %s\n", ok ? "PASS" : "MISS");
    return ok ? 0 : 1;
}
