#include "chartviews.h"

#include "bandsview.h"
#include "decayview.h"
#include "heatmapview.h"
#include "temperatureview.h"

namespace ropelab::ui {

namespace {

template <typename View, typename Controller>
ViewEntry makeEntry(Controller *controller, QWidget *parent)
{
    auto *view = new View(controller, parent);
    return ViewEntry{view, view, view->viewId(), view->viewTitle()};
}

} // namespace

QStringList chartViewIds()
{
    return {QStringLiteral("bands"), QStringLiteral("decay"), QStringLiteral("temperature"),
            QStringLiteral("heatmap")};
}

ViewEntry createChartView(const QString &id, ViewRegistry &registry, QWidget *parent)
{
    if (id == QLatin1String("bands"))
        return makeEntry<BandsView>(registry.bands(), parent);
    if (id == QLatin1String("decay"))
        return makeEntry<DecayView>(registry.decay(), parent);
    if (id == QLatin1String("temperature"))
        return makeEntry<TemperatureView>(registry.temperature(), parent);
    if (id == QLatin1String("heatmap"))
        return makeEntry<HeatmapView>(registry.heatmap(), parent);
    return {};
}

} // namespace ropelab::ui
