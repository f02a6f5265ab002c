#pragma once

// What the angle heatmap draws and exports, from one numerics::Heatmap (SweepKind::AngleHeatmap):
// the cell image, axes with units, the colour bar, the legend that says what a column stands for,
// hatching over cells where the pair turns too fast for one colour, and the CSV table.
// HeatmapView paints, exports and copies through it.
//
// Geometry: column c stands for positions columnStart[c] .. columnEnd[c]; position m occupies
// [m, m + 1) on the axis, so the columns fill the plot exactly from the first position of the
// range to the last, and a tick at m sits at m + 1/2.

#include <Eigen/Core>

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

class QColor;
class QPainter;

namespace ropelab::numerics {
struct Heatmap;
}

namespace ropelab::ui {

class HeatmapPlot
{
    Q_DECLARE_TR_FUNCTIONS(ropelab::ui::HeatmapPlot)
public:
    // Cyclic colour map: angle in [0, 2 pi) -> colour; 0 and 2 pi give the same colour.
    static QColor cyclicColor(double angle);
    // Fill of a cell with no angle (wraps: the pair turns a quarter turn or more in the column);
    // hatched when painted. Not on the cyclic map.
    static QColor wrapsFill();
    static QColor hatchColor();

    // Whether cell (row, col) is drawn grey and hatched: it wraps (the pair turns a quarter turn
    // or more across the column) or has no angle, or, when the picture merges columnsPerPixel > 1
    // columns into one pixel, the pair turns a quarter turn or more within that pixel.
    static bool hatched(const numerics::Heatmap &map, Eigen::Index row, Eigen::Index col,
                        double columnsPerPixel = 1.0);
    static bool anyHatched(const numerics::Heatmap &map, double columnsPerPixel = 1.0);
    // One pixel per cell, pair 0 in the bottom row: cyclicColor(value), wrapsFill() where hatched.
    static QImage cellImage(const numerics::Heatmap &map, double columnsPerPixel = 1.0);

    // Tick positions for an axis over positions first .. last: 0 and nice round values, always
    // ending with `last` itself (a nice value closer than half a step to it is dropped), at most
    // about maxTicks of them.
    static QList<double> positionTicks(double first, double last, int maxTicks);

    // The legend under the plot: what one column stands for (columnLegend), then what hatching
    // means or that nothing is hatched (wrapsLegend); legendText is both, one space apart.
    static QString columnLegend(const numerics::Heatmap &map);
    static QString wrapsLegend(const numerics::Heatmap &map, double columnsPerPixel = 1.0);
    static QString legendText(const numerics::Heatmap &map, double columnsPerPixel = 1.0);
    // Every column but possibly the last has as many positions as the first.
    static bool hasUniformColumns(const numerics::Heatmap &map);

    // Paints title, cells, axes, colour bar and legend into `target`. With map == nullptr only
    // the title and `message` (computing / error) are drawn.
    static void paint(QPainter *painter, const QRectF &target, const QString &title,
                      const numerics::Heatmap *map, const QImage &image, const QString &message);

    // One tidy table, one row per (pair, column): csvHeader() then the values; empty angle
    // where the cell wraps. Header only without a map.
    static QStringList csvHeader();
    static QString csv(const numerics::Heatmap *map);
};

} // namespace ropelab::ui
