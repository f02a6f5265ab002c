#include "heatmapplot.h"

#include "csvtext.h"
#include "numerics/angleheatmap.h"
#include "numerics/sweeps.h"
#include "theme.h"

#include <QColor>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <utility>
#include <vector>

namespace ropelab::ui {

namespace {

constexpr double TwoPi = 2.0 * std::numbers::pi;
constexpr double HatchSpacing = 6.0; // logical pixels between hatch lines
constexpr double BarWidth = 16.0;

// Width of the colour bar's labels (the widest is 3 pi/2).
double barLabelWidth(const QFontMetricsF &fm)
{
    return fm.horizontalAdvance(QStringLiteral("3\u03c0/2")) + 4.0;
}

using Runs = std::vector<std::pair<Eigen::Index, Eigen::Index>>; // [begin, end) column runs

// Nice tick values in [lo, hi], about `count` of them; *stepOut receives the step.
QList<double> niceTicks(double lo, double hi, int count, double *stepOut = nullptr)
{
    QList<double> values;
    if (!(hi > lo))
        return { lo };
    const double raw = (hi - lo) / std::max(count, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
        values.append(v);
    if (stepOut)
        *stepOut = step;
    return values;
}

QString positionText(double position)
{
    return QLocale().toString(qint64(position));
}

double columnWidth(const numerics::Heatmap &map, Eigen::Index c)
{
    return map.columnEnd[c] - map.columnStart[c] + 1.0;
}

// x of the left edge of position p's unit [p, p + 1) on the axis.
double edgeX(const numerics::Heatmap &map, const QRectF &plot, double p)
{
    return plot.left() + (p - map.xMin) / (map.xMax - map.xMin + 1.0) * plot.width();
}

// "/" hatch lines over `rect`, on a grid anchored at the origin so neighbours join up.
void hatch(QPainter *painter, const QRectF &rect)
{
    const double first = std::ceil((rect.left() + rect.top()) / HatchSpacing) * HatchSpacing;
    for (double k = first; k < rect.right() + rect.bottom(); k += HatchSpacing) {
        const double x1 = std::max(rect.left(), k - rect.bottom());
        const double x2 = std::min(rect.right(), k - rect.top());
        if (x2 > x1)
            painter->drawLine(QPointF(x1, k - x1), QPointF(x2, k - x2));
    }
}

Runs hatchedRuns(const numerics::Heatmap &map, Eigen::Index row, double columnsPerPixel)
{
    Runs runs;
    const Eigen::Index cols = map.values.cols();
    for (Eigen::Index c = 0; c < cols; ++c) {
        if (!HeatmapPlot::hatched(map, row, c, columnsPerPixel))
            continue;
        if (!runs.empty() && runs.back().second == c)
            runs.back().second = c + 1;
        else
            runs.emplace_back(c, c + 1);
    }
    return runs;
}

// Cells: runs of equal-width columns drawn as one image each, at their exact x extent. More
// columns than device pixels (columnsPerPixel > 1) are averaged (box filter), never dropped, and
// a pair that turns a quarter turn within one pixel is hatched like one that does within a
// column, so the picture keeps the data's promise at any size. Then the hatching.
void drawCells(QPainter *painter, const QRectF &plot, const numerics::Heatmap &map,
               const QImage &dataImage, double columnsPerPixel)
{
    const Eigen::Index cols = map.values.cols();
    const double deviceScale = std::max(1e-6, std::abs(painter->deviceTransform().m11()));
    const QImage image
        = columnsPerPixel > 1.0 ? HeatmapPlot::cellImage(map, columnsPerPixel) : dataImage;
    for (Eigen::Index c0 = 0; c0 < cols;) {
        Eigen::Index c1 = c0 + 1;
        while (c1 < cols && columnWidth(map, c1) == columnWidth(map, c0))
            ++c1;
        const QRectF rect(QPointF(edgeX(map, plot, map.columnStart[c0]), plot.top()),
                          QPointF(edgeX(map, plot, map.columnEnd[c1 - 1] + 1.0), plot.bottom()));
        QImage part = image.copy(int(c0), 0, int(c1 - c0), image.height());
        const int pixels = std::max(1, int(std::lround(rect.width() * deviceScale)));
        if (part.width() > pixels)
            part = part.scaled(pixels, part.height(), Qt::IgnoreAspectRatio,
                               Qt::SmoothTransformation);
        painter->drawImage(rect, part);
        c0 = c1;
    }
    // Pairs are discrete: a thin white line between rows (when rows are tall enough) keeps
    // neighbouring pairs from reading as one continuous band.
    const double pitch = plot.height() / double(map.values.rows());
    if (pitch >= 5.0) {
        painter->save();
        painter->setPen(QPen(Qt::white, 1.0));
        for (Eigen::Index r = 1; r < map.values.rows(); ++r) {
            const double y = plot.bottom() - double(r) * pitch;
            painter->drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        }
        painter->restore();
    }
    // Hatching: rows with the same wrapping runs are merged into one rectangle per run.
    const Eigen::Index rows = map.values.rows();
    const double rowHeight = plot.height() / double(rows);
    painter->save();
    painter->setClipRect(plot);
    painter->setPen(QPen(HeatmapPlot::hatchColor(), 1.0));
    Runs current;
    Eigen::Index startRow = 0;
    for (Eigen::Index r = 0; r <= rows; ++r) {
        const Runs runs = r < rows ? hatchedRuns(map, r, columnsPerPixel) : Runs();
        if (r < rows && runs == current)
            continue;
        for (const auto &[begin, end] : current) {
            hatch(painter,
                  QRectF(QPointF(edgeX(map, plot, map.columnStart[begin]),
                                 plot.bottom() - double(r) * rowHeight),
                         QPointF(edgeX(map, plot, map.columnEnd[end - 1] + 1.0),
                                 plot.bottom() - double(startRow) * rowHeight)));
        }
        current = runs;
        startRow = r;
    }
    painter->restore();
}

void drawAxes(QPainter *painter, const QRectF &plot, const QRectF &target,
              const numerics::Heatmap &map, const QFontMetricsF &fm)
{
    const double lineHeight = fm.height();
    // X: positions, the first and the last of the range always labelled.
    const double labelWidth
        = fm.horizontalAdvance(positionText(map.xMax)) + 2 * fm.averageCharWidth();
    const int maxTicks = std::max(2, int(plot.width() / (labelWidth + 12.0)));
    for (double v : HeatmapPlot::positionTicks(map.xMin, map.xMax, maxTicks)) {
        const double x = edgeX(map, plot, v + 0.5);
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const double left
            = std::clamp(x - labelWidth / 2, target.left(), target.right() - labelWidth);
        painter->drawText(QRectF(left, plot.bottom() + 5, labelWidth, lineHeight), Qt::AlignHCenter,
                          positionText(v));
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + lineHeight + 6, plot.width(), lineHeight),
                      Qt::AlignHCenter, HeatmapPlot::tr("position m (tokens)"));
    // Y: pair index (row r covers [r, r + 1) from the bottom).
    const double rows = double(map.values.rows());
    for (double v :
         niceTicks(0.0, rows - 1.0, std::clamp(int(plot.height() / (2 * lineHeight)), 2, 8))) {
        const double y = plot.bottom() - (v + 0.5) / rows * plot.height();
        painter->drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter->drawText(
            QRectF(target.left(), y - lineHeight / 2, plot.left() - 6 - target.left(), lineHeight),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 6));
    }
    painter->save();
    painter->translate(target.left() + lineHeight * 0.7, plot.center().y());
    painter->rotate(-90);
    painter->drawText(
        QRectF(-plot.height() / 2, -lineHeight / 2, plot.height(), lineHeight), Qt::AlignCenter,
        fm.elidedText(HeatmapPlot::tr("pair index i"), Qt::ElideRight, plot.height()));
    painter->restore();
}

// Colour bar 0 .. 2 pi right of the plot, its title under it.
void drawColourBar(QPainter *painter, const QRectF &plot, const QRectF &target,
                   const QFontMetricsF &fm)
{
    const double lineHeight = fm.height();
    const QRectF bar(plot.right() + 16, plot.top(), BarWidth, plot.height());
    for (int k = 0; k < int(bar.height()); ++k) {
        const double angle = TwoPi * (1.0 - (k + 0.5) / bar.height());
        painter->fillRect(QRectF(bar.left(), bar.top() + k, bar.width(), 1.0),
                          HeatmapPlot::cyclicColor(angle));
    }
    painter->drawRect(bar);
    const QStringList labels { QStringLiteral("0"), QStringLiteral("\u03c0/2"),
                               QStringLiteral("\u03c0"), QStringLiteral("3\u03c0/2"),
                               QStringLiteral("2\u03c0") };
    for (int k = 0; k < labels.size(); ++k) {
        const double y = bar.bottom() - k / 4.0 * bar.height();
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3, y));
        painter->drawText(
            QRectF(bar.right() + 5, y - lineHeight / 2, barLabelWidth(fm), lineHeight),
            Qt::AlignLeft | Qt::AlignVCenter, labels[k]);
    }
    painter->save();
    painter->translate(target.right() - lineHeight * 0.7, plot.center().y());
    painter->rotate(-90);
    // The full name when it fits the bar's height, else the short one (elided as a last resort).
    QString title = HeatmapPlot::tr("angle m\u00b7\u03b8\u1d62 mod 2\u03c0 (rad)");
    if (fm.horizontalAdvance(title) > plot.height())
        title = fm.elidedText(HeatmapPlot::tr("angle (rad)"), Qt::ElideRight, plot.height());
    painter->drawText(QRectF(-plot.height() / 2, -lineHeight / 2, plot.height(), lineHeight),
                      Qt::AlignCenter, title);
    painter->restore();
}

} // namespace

QColor HeatmapPlot::cyclicColor(double angle)
{
    // Light -> blue -> dark -> red -> light: a cyclic map with no seam at 0 = 2 pi.
    static const std::array<QColor, 5> anchors { QColor(226, 217, 226), QColor(94, 102, 181),
                                                 QColor(47, 20, 54), QColor(168, 75, 58),
                                                 QColor(226, 217, 226) };
    double t = std::fmod(angle, TwoPi) / TwoPi;
    if (t < 0.0)
        t += 1.0;
    if (!std::isfinite(t))
        return Qt::gray;
    const double scaled = t * 4.0;
    const int k = std::min(int(scaled), 3);
    const double f = scaled - k;
    const QColor &a = anchors[std::size_t(k)];
    const QColor &b = anchors[std::size_t(k + 1)];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

QColor HeatmapPlot::wrapsFill()
{
    return QColor(176, 176, 176); // neutral grey: no hue, so no angle
}

QColor HeatmapPlot::hatchColor()
{
    return QColor(96, 96, 96);
}

bool HeatmapPlot::hatched(const numerics::Heatmap &map, Eigen::Index row, Eigen::Index col,
                          double columnsPerPixel)
{
    if (!std::isfinite(map.values(row, col)))
        return true;
    if (map.wraps.rows() == map.values.rows() && map.wraps.cols() == map.values.cols()
        && map.wraps(row, col))
        return true;
    return columnsPerPixel > 1.0 && row < map.rowWavelength.size() && col < map.columnStart.size()
        && columnWidth(map, col) * columnsPerPixel
        >= numerics::AngleHeatmapMaxTurns * map.rowWavelength[row];
}

QImage HeatmapPlot::cellImage(const numerics::Heatmap &map, double columnsPerPixel)
{
    const int rows = int(map.values.rows());
    const int cols = int(map.values.cols());
    QImage image(cols, rows, QImage::Format_RGB32);
    const QRgb grey = wrapsFill().rgb();
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(rows - 1 - r)); // pair 0 at the bottom
        for (int c = 0; c < cols; ++c)
            line[c]
                = hatched(map, r, c, columnsPerPixel) ? grey : cyclicColor(map.values(r, c)).rgb();
    }
    return image;
}

QList<double> HeatmapPlot::positionTicks(double first, double last, int maxTicks)
{
    if (!(last > first))
        return { first };
    double step = 0.0;
    QList<double> values = niceTicks(first, last, std::max(1, maxTicks - 1), &step);
    values.removeIf([step](double v) { return std::abs(v - std::round(v)) > step * 1e-9; });
    if (values.isEmpty() || values.first() != first)
        values.prepend(first);
    while (values.size() > 1 && last - values.last() < 0.5 * step)
        values.removeLast();
    values.append(last);
    return values;
}

bool HeatmapPlot::hasUniformColumns(const numerics::Heatmap &map)
{
    const Eigen::Index cols = map.values.cols();
    for (Eigen::Index c = 1; c + 1 < cols; ++c) {
        if (columnWidth(map, c) != columnWidth(map, 0))
            return false;
    }
    return true;
}

QString HeatmapPlot::columnLegend(const numerics::Heatmap &map)
{
    const Eigen::Index cols = map.values.cols();
    if (cols == 0 || map.columnStart.size() != cols || map.columnEnd.size() != cols)
        return {};
    auto span = [&map](Eigen::Index c) {
        return map.columnStart[c] == map.columnEnd[c]
            ? positionText(map.columnStart[c])
            : tr("%1\u2013%2")
                  .arg(positionText(map.columnStart[c]), positionText(map.columnEnd[c]));
    };
    const double width = columnWidth(map, 0);
    const bool uniform = hasUniformColumns(map);
    if (uniform && width == 1.0 && columnWidth(map, cols - 1) == 1.0)
        return tr("Each column is one position m (%1 to %2); colour: the angle m\u00b7\u03b8\u1d62 "
                  "mod 2\u03c0 of pair i.")
            .arg(positionText(map.xMin), positionText(map.xMax));
    const QString columns = cols > 2
        ? tr("%1, %2, \u2026, %3").arg(span(0), span(1), span(cols - 1))
        : tr("%1, %2").arg(span(0), span(cols - 1));
    if (uniform && columnWidth(map, cols - 1) != width)
        return tr("Each column: %1 positions (%2; the last one holds the rest); colour: the "
                  "circular mean of the angle m\u00b7\u03b8\u1d62 mod 2\u03c0 of pair i over "
                  "them.")
            .arg(positionText(width), columns);
    if (uniform)
        return tr("Each column: %1 positions (%2); colour: the circular mean of the angle "
                  "m\u00b7\u03b8\u1d62 mod 2\u03c0 of pair i over them.")
            .arg(positionText(width), columns);
    return tr("Each column: a run of positions (%1); colour: the circular mean of the angle "
              "m\u00b7\u03b8\u1d62 mod 2\u03c0 of pair i over them.")
        .arg(columns);
}

bool HeatmapPlot::anyHatched(const numerics::Heatmap &map, double columnsPerPixel)
{
    for (Eigen::Index r = 0; r < map.values.rows(); ++r) {
        for (Eigen::Index c = 0; c < map.values.cols(); ++c) {
            if (hatched(map, r, c, columnsPerPixel))
                return true;
        }
    }
    return false;
}

QString HeatmapPlot::wrapsLegend(const numerics::Heatmap &map, double columnsPerPixel)
{
    const bool any = anyHatched(map, columnsPerPixel);
    if (any && !hasUniformColumns(map))
        return tr("Hatched: the pair turns \u00bc turn or more within the column (wavelength "
                  "\u2264 4 \u00d7 column width): it wraps too fast to draw at this range.");
    if (any && columnsPerPixel > 1.0)
        return tr("Hatched: the pair turns \u00bc turn or more within one pixel of this picture "
                  "(%1 data columns per pixel, wavelength 2\u03c0/\u03b8\u1d62 \u2264 %2 tokens): "
                  "it wraps too "
                  "fast to draw at this range and size; choose a shorter range or a wider view to "
                  "see it.")
            .arg(QLocale().toString(columnsPerPixel, 'g', 3),
                 QLocale().toString(columnWidth(map, 0) * columnsPerPixel
                                        / numerics::AngleHeatmapMaxTurns,
                                    'g', 4));
    if (any)
        return tr("Hatched: the pair turns \u00bc turn or more within one column (wavelength "
                  "2\u03c0/\u03b8\u1d62 \u2264 %1 tokens): it wraps too fast to draw at this "
                  "range; choose a shorter range to see it.")
            .arg(positionText(columnWidth(map, 0) / numerics::AngleHeatmapMaxTurns));
    if (map.rowWavelength.size() == 0)
        return {};
    return tr("No pair turns \u00bc turn within a column (shortest wavelength %1 tokens), so "
              "nothing is hatched.")
        .arg(QLocale().toString(map.rowWavelength.minCoeff(), 'g', 4));
}

QString HeatmapPlot::legendText(const numerics::Heatmap &map, double columnsPerPixel)
{
    return columnLegend(map) + QLatin1Char(' ') + wrapsLegend(map, columnsPerPixel);
}

void HeatmapPlot::paint(QPainter *painter, const QRectF &target, const QString &title,
                        const numerics::Heatmap *map, const QImage &image, const QString &message)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    QFont font = painter->font();
    if (font.pointSizeF() <= 0)
        font.setPixelSize(12);
    const QFontMetricsF fm(font);
    const double lineHeight = fm.height();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.2 : 14);
    painter->setFont(titleFont);
    painter->setPen(theme::textColor());
    const QRectF titleRect(target.left() + 4, target.top() + 4, target.width() - 8,
                           lineHeight * 1.6);
    painter->drawText(titleRect, Qt::AlignCenter | Qt::TextWordWrap, title);
    painter->setFont(font);

    const double left
        = target.left() + lineHeight * 1.6 + fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    const double right = std::max(
        left + 10, target.right() - 16 - BarWidth - 5 - barLabelWidth(fm) - lineHeight * 1.4);
    // Data columns per device pixel of the plot (> 1: the picture merges columns).
    const double devicePixels = (right - left) * std::abs(painter->deviceTransform().m11());
    const double columnsPerPixel = map && devicePixels > 0.0
        ? std::max(1.0, double(map->values.cols()) / devicePixels)
        : 1.0;
    // Legend under the axis title, wrapped to the width it has; its height is reserved. The
    // hatching paragraph has a hatched swatch on its left.
    const QString columns = map ? columnLegend(*map) : QString();
    const QString wraps = map ? wrapsLegend(*map, columnsPerPixel) : QString();
    const bool swatch = map && anyHatched(*map, columnsPerPixel);
    const double indent = swatch ? 2.0 * lineHeight : 0.0;
    const QRectF columnsBox(target.left() + 8, 0, target.width() - 16, target.height());
    const QRectF wrapsBox(columnsBox.left() + indent, 0, columnsBox.width() - indent,
                          target.height());
    const double columnsHeight = fm.boundingRect(columnsBox, Qt::TextWordWrap, columns).height();
    const double wrapsHeight = fm.boundingRect(wrapsBox, Qt::TextWordWrap, wraps).height();
    const double top = titleRect.bottom() + 6;
    const double bottom = target.bottom() - 2 * lineHeight - 14 - columnsHeight - wrapsHeight - 8;
    const QRectF plot(QPointF(left, top), QPointF(right, std::max(bottom, top + 10)));
    if (!map || image.isNull()) {
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, message);
        painter->restore();
        return;
    }
    drawCells(painter, plot, *map, image, columnsPerPixel);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(theme::textColor(), 1.0));
    painter->drawRect(plot);
    drawAxes(painter, plot, target, *map, fm);
    drawColourBar(painter, plot, target, fm);
    const double legendTop = plot.bottom() + 2 * lineHeight + 14;
    painter->drawText(QRectF(columnsBox.left(), legendTop, columnsBox.width(), columnsHeight),
                      Qt::TextWordWrap, columns);
    const QRectF wrapsRect(wrapsBox.left(), legendTop + columnsHeight, wrapsBox.width(),
                           wrapsHeight);
    painter->drawText(wrapsRect, Qt::TextWordWrap, wraps);
    if (swatch) {
        const QRectF box(columnsBox.left(), wrapsRect.top() + 2, indent - 6, lineHeight - 4);
        painter->fillRect(box, wrapsFill());
        painter->save();
        painter->setPen(QPen(hatchColor(), 1.0));
        hatch(painter, box);
        painter->restore();
        painter->drawRect(box);
    }
    painter->restore();
}

QStringList HeatmapPlot::csvHeader()
{
    return { QStringLiteral("pair_index"),
             QStringLiteral("wavelength_tokens"),
             QStringLiteral("position_start_tokens"),
             QStringLiteral("position_end_tokens"),
             QStringLiteral("mean_angle_rad"),
             QStringLiteral("rotation_across_column_turns"),
             QStringLiteral("wraps") };
}

QString HeatmapPlot::csv(const numerics::Heatmap *map)
{
    QString text = csv::row(csvHeader());
    if (!map)
        return text;
    const Eigen::Index rows = map->values.rows();
    const Eigen::Index cols = map->values.cols();
    if (map->columnStart.size() != cols || map->columnEnd.size() != cols
        || map->rowWavelength.size() != rows || map->wraps.rows() != rows
        || map->wraps.cols() != cols)
        return text;
    text.reserve(text.size() + qsizetype(rows * cols) * 80);
    const QChar comma(QLatin1Char(','));
    for (Eigen::Index r = 0; r < rows; ++r) {
        const QString pair
            = QString::number(r) + comma + csv::number(map->rowWavelength[r]) + comma;
        for (Eigen::Index c = 0; c < cols; ++c) {
            const bool wraps = map->wraps(r, c);
            text += pair;
            text += QString::number(qint64(map->columnStart[c])) + comma
                + QString::number(qint64(map->columnEnd[c])) + comma;
            if (!wraps)
                text += csv::number(map->values(r, c));
            text += comma + csv::number(columnWidth(*map, c) / map->rowWavelength[r]) + comma;
            text += wraps ? QLatin1Char('1') : QLatin1Char('0');
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace ropelab::ui
