#include "chartviews.h"

#include "bandsview.h"
#include "decayview.h"
#include "heatmapview.h"
#include "temperatureview.h"

namespace ropelab::ui {

namespace {

template <typename View>
ViewEntry makeEntry(ParamsController *params, QWidget *parent)
{
    auto *view = new View(params, parent);
    return ViewEntry{view, view, view->viewId(), view->viewTitle()};
}

} // namespace

QStringList chartViewIds()
{
    return {QStringLiteral("bands"), QStringLiteral("decay"), QStringLiteral("temperature"),
            QStringLiteral("heatmap")};
}

ViewEntry createChartView(const QString &id, ParamsController *params, QWidget *parent)
{
    if (id == QLatin1String("bands"))
        return makeEntry<BandsView>(params, parent);
    if (id == QLatin1String("decay"))
        return makeEntry<DecayView>(params, parent);
    if (id == QLatin1String("temperature"))
        return makeEntry<TemperatureView>(params, parent);
    if (id == QLatin1String("heatmap"))
        return makeEntry<HeatmapView>(params, parent);
    return {};
}

QList<ViewEntry> createChartViews(ParamsController *params, QWidget *parent)
{
    QList<ViewEntry> entries;
    const QStringList ids = chartViewIds();
    for (const QString &id : ids)
        entries.append(createChartView(id, params, parent));
    return entries;
}

} // namespace ropelab::ui
