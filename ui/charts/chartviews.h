#pragma once

// The chart views (frequency bands, score vs distance, temperature, angle heatmap), each with
// its own controller fed by the ParamsController. This header does not include QtCharts.

#include <QList>
#include <QString>

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

} // namespace ropelab::ui
