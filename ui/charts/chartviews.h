#pragma once

// The chart views (frequency bands, score vs distance, temperature, angle heatmap), each with
// its own controller fed by the ParamsController. This header does not include QtCharts.

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace ropelab::ui {

class ExportableView;
class ParamsController;

struct ViewEntry
{
    QWidget *widget = nullptr;             // owned by the parent given to createChartViews
    ExportableView *exportable = nullptr;  // the same object seen as exportable
    QString id;                            // "bands", "decay", "temperature", "heatmap"
    QString title;                         // translated tab title
};

// Creates the chart views in display order. The views track `params` from now on.
QList<ViewEntry> createChartViews(ParamsController *params, QWidget *parent);
// Creates one chart view by id ("bands", "decay", "temperature", "heatmap"); an entry with
// widget == nullptr for an unknown id. Used by `ropelab export`, which needs only one view.
ViewEntry createChartView(const QString &id, ParamsController *params, QWidget *parent);
// The ids createChartView knows, in display order.
QStringList chartViewIds();

} // namespace ropelab::ui
