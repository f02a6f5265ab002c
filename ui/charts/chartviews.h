#pragma once

// The chart views (frequency bands, score vs distance, temperature, angle heatmap), each
// mirroring the controller that a ViewRegistry owns. This header does not include QtCharts.

#include "viewregistry.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace ropelab::ui {

// Creates one chart view by id ("bands", "decay", "temperature", "heatmap") on the registry's
// controller for it; an entry with widget == nullptr for an unknown id.
ViewEntry createChartView(const QString &id, ViewRegistry &registry, QWidget *parent);
// The ids createChartView knows, in display order.
QStringList chartViewIds();

} // namespace ropelab::ui
