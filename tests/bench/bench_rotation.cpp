// bench_rotation: one animation frame of the rotating-pairs view at d = 256 (128 dials),
// 1200x800, against a full uncached repaint (renderTo) measured in the same run. Checks the
// view's numbers first. Fails (exit 1) if a frame is not far below the 16 ms frame budget.
//
// Build in Release:  cmake --build build-release -j2 --target bench_rotation
// Run:               QT_QPA_PLATFORM=offscreen build-release/tests/bench/bench_rotation

#include "controllers/paramscontroller.h"
#include "numerics/rope.h"
#include "widgets/rotationview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ropelab;

namespace {

double medianMs(int repeats, const std::function<void(int)> &work)
{
    std::vector<double> times;
    times.reserve(std::size_t(repeats));
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer timer;
        timer.start();
        work(r);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Yarn;
    p.headDim = 256;
    p.factor = 16.0;
    p.originalMaxPositions = 4096;
    params.setParams(p);
    if (!params.frequencies()) {
        std::fprintf(stderr, "bench_rotation: no frequencies: %s\n", qPrintable(params.error()));
        return 1;
    }
    ui::RotationView view(&params);
    view.resize(1200, 800);

    // Correctness first: the view's angle for pair 0 and pair 127 is m * inv_freq.
    params.setPosition(12345.0);
    const QStringList lines = view.csv().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() != 129) {
        std::fprintf(stderr, "bench_rotation: expected 128 pairs, got %lld\n", qlonglong(lines.size() - 1));
        return 1;
    }
    const int angleColumn = int(lines.first().split(QLatin1Char(',')).indexOf(QStringLiteral("angle")));
    for (int pair : {0, 127}) {
        const double angle = lines.at(pair + 1).split(QLatin1Char(',')).at(angleColumn).toDouble();
        const double expected = 12345.0 * params.frequencies()->invFreq[pair];
        if (std::abs(angle - expected) > 1e-12 * std::abs(expected)) {
            std::fprintf(stderr, "bench_rotation: pair %d angle %.17g != %.17g\n", pair, angle, expected);
            return 1;
        }
    }

    QImage frame(view.size(), QImage::Format_ARGB32_Premultiplied);
    view.render(&frame); // builds the cached background once
    const double cached = medianMs(400, [&](int r) {
        params.setPosition(12345.0 + r * 0.37);
        view.render(&frame);
    });
    const double full = medianMs(60, [&](int r) {
        params.setPosition(12345.0 + r * 0.37);
        QPainter painter(&frame);
        view.renderTo(&painter, QRectF(0, 0, 1200, 800));
    });

    std::printf("rotation view, d = 256 (128 dials), 1200x800:\n");
    std::printf("  animation frame (cached faces + hands): %.3f ms (median of 400)\n", cached);
    std::printf("  full repaint (renderTo, baseline):      %.3f ms (median of 60)\n", full);
    std::printf("  speed-up of the cached frame:           %.1fx; frame budget used: %.1f%% of 16 ms\n",
                full / cached, 100.0 * cached / 16.0);
    return cached < 8.0 ? 0 : 1;
}
