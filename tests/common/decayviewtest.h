#pragma once

// Helpers shared by the score-vs-distance view tests (tst_decayview, tst_decaylegend): a
// preset loaded like File > Open, options applied and waited for, texts as the chart draws them.

#include "charts/chartpanel.h"
#include "charts/decayview.h"
#include "controllers/decaycontroller.h"
#include "controllers/paramscontroller.h"
#include "presets.h"

#include <QSizeF>
#include <QStringList>
#include <QTest>

namespace ropelab::tests {

inline constexpr int DecaySweepTimeoutMs = 60000;
// An exported 960x600 PNG gives the chart the height below the heading (~30 px): test a
// little less.
inline const QSizeF ExportChartSize(960, 560);

inline bool loadPreset(const QString &name, ui::ParamsController &params)
{
    const auto preset = core::loadPreset(name);
    if (!preset)
        return false;
    params.loadParams(preset->params, preset->warnings, preset->sourceName);
    return params.error().isEmpty();
}

// Sets the options and waits until every requested curve (`curves` of them) is drawn.
inline bool settle(ui::DecayView &view, const ui::DecayOptions &options, int curves)
{
    view.controller()->setOptions(options);
    if (!QTest::qWaitFor([&] { return !view.isPending(); }, DecaySweepTimeoutMs))
        return false;
    return QTest::qWaitFor([&] { return view.controller()->data().curves.size() == curves; },
                           DecaySweepTimeoutMs);
}

// The texts as drawn at ExportChartSize, one line each (legend labels may break after the
// model's name).
inline QStringList drawnTexts(ui::ChartPanel *chart)
{
    QStringList texts = chart->visibleTexts(ExportChartSize);
    for (QString &text : texts) {
        text.replace(QChar::LineSeparator, QLatin1Char(' '));
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    }
    return texts;
}

} // namespace ropelab::tests
