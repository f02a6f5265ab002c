#pragma once

// A small Qt Charts wrapper that keeps each view short and keeps QtCharts out of every other
// header (STYLE.md section 6): one chart with titled x/y axes (linear or log, explicit ranges),
// a legend, NoAnimation, line series fed with ONE replace() per update, shaded rectangular
// regions (QAreaSeries) and marker lines spanning the plot. renderTo() paints the chart at any
// size (PNG at any scale and SVG stay crisp). A later move to Qt Graphs touches this pair only.

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QWidget>

class QAbstractAxis;
class QAreaSeries;
class QImage;
class QChart;
class QChartView;
class QTimer;
class QLineSeries;
class QPainter;
class QScatterSeries;
class QXYSeries;

namespace ropelab::ui {

class FlowLegend;

class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    void setTitle(const QString &title);
    QString title() const;
    // The legend below the plot (FlowLegend): one entry per visible, named series in drawing
    // order, in as many rows as the width needs; nothing elided.
    QStringList legendTexts() const;

    // Axis title (with units), log or linear, explicit range. Switching log/linear replaces
    // the axis; everything else only sets the range.
    void setXAxis(const QString &title, bool log, double min, double max);
    void setYAxis(const QString &title, bool log, double min, double max);
    QString xTitle() const { return m_x.title; }
    QString yTitle() const { return m_y.title; }
    double xMin() const { return m_x.min; }
    double xMax() const { return m_x.max; }
    double yMin() const { return m_y.min; }
    double yMax() const { return m_y.max; }
    bool xLog() const { return m_x.log; }
    bool yLog() const { return m_y.log; }

    // Line series; returns its index. setLineData is one QXYSeries::replace().
    int addLine(const QString &name, const QColor &color, double width = 2.0,
                Qt::PenStyle style = Qt::SolidLine);
    void setLineData(int index, const QList<QPointF> &points);
    void setLineName(int index, const QString &name);
    void setLineVisible(int index, bool visible);
    bool lineVisible(int index) const;
    QString lineName(int index) const;
    QList<QPointF> lineData(int index) const;
    int lineCount() const { return int(m_lines.size()); }
    // Restyles a line (e.g. faint raw values under a bold envelope).
    void setLineStyle(int index, const QColor &color, double width,
                      Qt::PenStyle style = Qt::SolidLine);
    QColor lineColor(int index) const;
    double lineWidth(int index) const;
    // Whether a visible line has a legend entry (default true; a hidden line never has one).
    void setLineInLegend(int index, bool inLegend);
    bool lineInLegend(int index) const;
    // Position of the line among all series in drawing order (0 = drawn first, at the bottom;
    // series drawn later cover it). Series are drawn, and listed in the legend, in the order
    // they were added: add the most important curve last to keep it on top. -1 if no line.
    int lineDrawOrder(int index) const;
    int markerDrawOrder(int index) const;
    int markerCount() const { return int(m_markers.size()); }
    int seriesCount() const;

    // A few marked points (QScatterSeries; keep it small: < ~1k points).
    int addPoints(const QString &name, const QColor &color, double size = 10.0);
    void setPointsData(int index, const QList<QPointF> &points);
    void setPointsName(int index, const QString &name);
    QList<QPointF> pointsData(int index) const;

    // A shaded rectangle [x0, x1] x [y0, y1] (clamped to the axis ranges; +-inf allowed).
    int addRegion(const QString &name, const QColor &color, bool inLegend = true);
    void setRegion(int index, double x0, double x1, double y0, double y1);
    void setRegionVisible(int index, bool visible);
    // The rectangle as set (unclamped, may hold infinities): x0, x1, y0, y1.
    QList<double> regionBounds(int index) const;
    bool regionVisible(int index) const;

    // A marker line across the plot: vertical (at x = value) or horizontal (at y = value).
    int addMarker(Qt::Orientation orientation, const QString &name, const QColor &color);
    void setMarker(int index, double value, const QString &name);
    void setMarkerVisible(int index, bool visible);
    double markerValue(int index) const;
    bool markerVisible(int index) const;

    // Paints the chart into `target` at its own size (re-laid out, then restored).
    void renderTo(QPainter *painter, const QRectF &target);
    // Every text the chart shows when laid out at `size` (title, axis titles and labels, legend
    // entries), as drawn: Qt Charts elides what does not fit with "...". Restores the layout.
    QStringList visibleTexts(const QSizeF &size);
    // The chart rendered at `size` (white background) and where the points of line `index`
    // land in that image (points outside the axis ranges included). Restores the layout.
    QImage renderLine(const QSize &size, int index, QList<QPointF> *positions);

    // Hover: over a line or a set of points, a tooltip names the series and gives the exact x
    // and y of its plotted point nearest the cursor (in pixels, among the points within the
    // axis ranges), full precision.
    // The text hovering line `index` at `position` (ChartPanel coordinates) shows; "" if the
    // line has no point within the axis ranges.
    QString lineToolTip(int index, const QPointF &position) const;
    // Where point `point` of line `index` is drawn now (ChartPanel coordinates).
    QPointF linePointPosition(int index, int point) const;
    // The hover tooltip shown now ("" when no series is hovered).
    QString hoverText() const { return m_hoverText; }

    // While `busy` (sweeps in flight, e.g. during a slider drag) the chart is drawn without
    // antialiasing: the antialiased software repaint of ~5k line points is what stalls the
    // event loop (bench_gui). Antialiasing returns SettleMs after the last busy period, with
    // one repaint. Exports (renderTo) always antialias.
    void setBusy(bool busy);
    bool isAntialiased() const;
    static constexpr int SettleMs = 200;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct AxisState
    {
        QAbstractAxis *axis = nullptr;
        QString title;
        bool log = false;
        double min = 0.0;
        double max = 1.0;
    };
    struct Region
    {
        QAreaSeries *area = nullptr;
        QLineSeries *upper = nullptr;
        QLineSeries *lower = nullptr;
        double x0 = 0, x1 = 0, y0 = 0, y1 = 0;
        bool visible = true;
        bool inLegend = true;
    };
    struct Marker
    {
        QLineSeries *series = nullptr;
        Qt::Orientation orientation = Qt::Vertical;
        double value = 0.0;
        bool visible = true;
    };

    void setAxis(AxisState &state, Qt::Alignment alignment, const QString &title, bool log,
                 double min, double max);
    void attach(QLineSeries *series);
    void attach(QAreaSeries *series);
    void attach(QScatterSeries *series);
    void updateGeometryItems(); // regions and markers follow the axis ranges
    // Rebuilds the legend's entries from the series (after any change of a name, style or
    // visibility) and makes room for it.
    void refreshLegend();
    // Lays the legend out for a chart `size` big: its rows, the bottom margin they need, and
    // its position under the axis labels.
    void placeLegend(const QSizeF &size);
    // Tick steps of linear axes for a chart `size` big (fewer ticks on a small plot).
    void updateTickIntervals(const QSizeF &size);
    void layOut(const QSizeF &size); // the chart at `size`, ready to paint or measure
    void connectHover(QXYSeries *series);
    void seriesHovered(QXYSeries *series, const QPointF &value, bool state);
    // Shows (or hides, for "") the tooltip of the hovered series at `chartPosition` (QChart
    // item coordinates).
    void showHover(const QPointF &chartPosition);
    // The tooltip text for `series` at `chartPosition`; `at` gets where its point is drawn.
    QString toolTipFor(QXYSeries *series, const QPointF &chartPosition, QPointF *at) const;

    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    FlowLegend *m_legend = nullptr; // a child item of m_chart
    QTimer *m_settle = nullptr; // restores antialiasing after a busy period
    AxisState m_x;
    AxisState m_y;
    QList<QLineSeries *> m_lines;
    QList<bool> m_linesInLegend;
    QList<QScatterSeries *> m_points;
    QList<Region> m_regions;
    QList<Marker> m_markers;
    QXYSeries *m_hovered = nullptr; // the line or points under the cursor
    QString m_hoverText;
};

} // namespace ropelab::ui
