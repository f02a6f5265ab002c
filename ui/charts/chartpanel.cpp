#include "chartpanel.h"

#include "flowlegend.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QPainter>
#include <QPen>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ropelab::ui {

namespace {

double clampTo(double value, double lo, double hi)
{
    if (std::isnan(value))
        return lo;
    return std::min(std::max(value, lo), hi);
}

// A 1, 2, 2.5 or 5 x 10^k step giving at most about `count` intervals over `span`.
double niceStep(double span, int count)
{
    if (!(span > 0.0) || !std::isfinite(span))
        return 1.0;
    const double raw = span / count;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    // QLegend elides what does not fit in its one row: the FlowLegend wraps instead.
    m_chart->legend()->setVisible(false);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_legend = new FlowLegend(m_chart);
    m_legend->setFont(m_chart->legend()->font());
    m_legend->setZValue(10.0);
    connect(m_chart, &QGraphicsWidget::geometryChanged, this,
            [this] { placeLegend(m_chart->size()); });
    QFont titleFont = m_chart->titleFont();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_chart->setTitleFont(titleFont);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(SettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_view->setRenderHint(QPainter::Antialiasing, true);
        m_view->viewport()->update();
    });
    m_view->setMinimumSize(320, 220);
    m_view->viewport()->installEventFilter(this); // hover tooltips follow the cursor
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    setAxis(m_x, Qt::AlignBottom, QString(), false, 0.0, 1.0);
    setAxis(m_y, Qt::AlignLeft, QString(), false, 0.0, 1.0);
}

ChartPanel::~ChartPanel()
{
    // The series outlive this object's ChartPanel part (the view deletes them later): no hover
    // signal may reach it any more.
    m_view->viewport()->removeEventFilter(this);
    for (QLineSeries *line : std::as_const(m_lines))
        disconnect(line, nullptr, this, nullptr);
    for (QScatterSeries *points : std::as_const(m_points))
        disconnect(points, nullptr, this, nullptr);
}

void ChartPanel::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

QString ChartPanel::title() const
{
    return m_chart->title();
}

QStringList ChartPanel::legendTexts() const
{
    return m_legend->texts();
}

void ChartPanel::refreshLegend()
{
    QList<FlowLegend::Entry> entries;
    const QList<QAbstractSeries *> series = m_chart->series();
    for (QAbstractSeries *s : series) {
        if (!s->isVisible() || s->name().isEmpty())
            continue;
        FlowLegend::Entry entry;
        entry.text = s->name();
        if (auto *scatter = qobject_cast<QScatterSeries *>(s)) {
            if (scatter->count() == 0)
                continue;
            entry.kind = FlowLegend::Entry::Kind::Points;
            entry.pen = QPen(scatter->borderColor());
            entry.brush = scatter->brush();
        } else if (auto *area = qobject_cast<QAreaSeries *>(s)) {
            const auto region = std::find_if(m_regions.cbegin(), m_regions.cend(),
                                             [area](const Region &r) { return r.area == area; });
            if (region != m_regions.cend() && !region->inLegend)
                continue;
            entry.kind = FlowLegend::Entry::Kind::Area;
            entry.pen = area->pen();
            entry.brush = area->brush();
        } else if (auto *line = qobject_cast<QLineSeries *>(s)) {
            const qsizetype index = m_lines.indexOf(line);
            if (index >= 0 && !m_linesInLegend[index])
                continue;
            entry.kind = FlowLegend::Entry::Kind::Line;
            entry.pen = line->pen();
        }
        entries.append(entry);
    }
    if (m_legend->setEntries(entries))
        placeLegend(m_chart->size());
}

void ChartPanel::updateTickIntervals(const QSizeF &size)
{
    // About one tick label per 32 px of plot height and 80 px of width, at most 8 intervals:
    // a short plot with 8 intervals draws its labels over each other and Qt Charts elides them
    // all to "...".
    const QMargins margins = m_chart->margins();
    const double plotHeight = size.height() - margins.top() - margins.bottom() - 70.0;
    const double plotWidth = size.width() - margins.left() - margins.right() - 60.0;
    const auto apply = [](const AxisState &state, double room, double perTick) {
        if (auto *axis = qobject_cast<QValueAxis *>(state.axis)) {
            const int count = std::clamp(int(room / perTick), 2, 8);
            const double step = niceStep(state.max - state.min, count);
            if (axis->tickInterval() != step)
                axis->setTickInterval(step);
            // Ticks are multiples of the step (anchor 0): whole steps give whole ticks, written
            // in full; %g would write 1000000 as "1e+06".
            const bool whole = step >= 1.0 && step == std::floor(step)
                && std::max(std::abs(state.min), std::abs(state.max)) < 1e15;
            const QString format = whole ? QStringLiteral("%.0f") : QStringLiteral("%g");
            if (axis->labelFormat() != format)
                axis->setLabelFormat(format);
        } else if (auto *axis = qobject_cast<QLogValueAxis *>(state.axis)) {
            // A label per decade while they fit, else per 2 or 3 decades.
            const double decades = std::log10(state.max / state.min);
            const double perDecade = room / std::max(decades, 1.0);
            const double base = perDecade >= perTick ? 10.0
                : 2.0 * perDecade >= perTick         ? 100.0
                                                     : 1000.0;
            if (axis->base() != base)
                axis->setBase(base);
        }
    };
    apply(m_y, plotHeight, 32.0);
    apply(m_x, plotWidth, 80.0);
}

void ChartPanel::placeLegend(const QSizeF &size)
{
    const QMargins margins = m_chart->margins();
    m_legend->setWidth(std::max(0.0, size.width() - margins.left() - margins.right()));
    const int bottom = 6 + int(std::ceil(m_legend->height()));
    if (margins.bottom() != bottom)
        m_chart->setMargins(QMargins(margins.left(), margins.top(), margins.right(), bottom));
    m_legend->setPos(margins.left(), size.height() - bottom);
    updateTickIntervals(size);
}

void ChartPanel::setXAxis(const QString &title, bool log, double min, double max)
{
    const AxisState before = m_x;
    setAxis(m_x, Qt::AlignBottom, title, log, min, max);
    if (m_x.min != before.min || m_x.max != before.max || m_x.log != before.log)
        updateGeometryItems();
}

void ChartPanel::setYAxis(const QString &title, bool log, double min, double max)
{
    const AxisState before = m_y;
    setAxis(m_y, Qt::AlignLeft, title, log, min, max);
    if (m_y.min != before.min || m_y.max != before.max || m_y.log != before.log)
        updateGeometryItems();
}

void ChartPanel::setAxis(AxisState &state, Qt::Alignment alignment, const QString &title, bool log,
                         double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max) || !(max > min)) {
        // Degenerate data (a flat curve): keep a visible, finite range around it.
        const double centre = std::isfinite(min) ? min : (std::isfinite(max) ? max : 0.0);
        const double half = log ? 0.0 : std::max(std::abs(centre) * 0.05, 0.5);
        min = log ? std::max(centre, 1e-12) / 2.0 : centre - half;
        max = log ? std::max(centre, 1e-12) * 2.0 : centre + half;
    }
    if (log && min <= 0.0)
        min = std::max(max * 1e-6, 1e-12);

    if (state.axis && state.log == log && state.title == title && state.min == min
        && state.max == max)
        return; // unchanged: no relayout
    if (!state.axis || state.log != log) {
        QAbstractAxis *old = state.axis;
        QAbstractAxis *axis = nullptr;
        if (log) {
            auto *logAxis = new QLogValueAxis;
            logAxis->setBase(10.0);
            logAxis->setLabelFormat(QStringLiteral("%g")); // set with the range below
            logAxis->setMinorTickCount(8);
            logAxis->setMinorGridLineVisible(false);
            axis = logAxis;
        } else {
            auto *valueAxis = new QValueAxis;
            valueAxis->setLabelFormat(QStringLiteral("%.4g"));
            valueAxis->setTickType(QValueAxis::TicksDynamic);
            valueAxis->setTickAnchor(0.0);
            axis = valueAxis;
        }
        m_chart->addAxis(axis, alignment);
        if (log) {
            // A log axis cannot take points at or below zero: drop them before attaching (the
            // caller sets the new data right after; this only avoids plotting stale zeros).
            const bool isX = alignment == Qt::AlignBottom;
            for (QLineSeries *line : std::as_const(m_lines)) {
                QList<QPointF> points = line->points();
                const auto removed = points.removeIf(
                    [isX](const QPointF &p) { return (isX ? p.x() : p.y()) <= 0.0; });
                if (removed > 0)
                    line->replace(points);
            }
            for (QScatterSeries *scatter : std::as_const(m_points)) {
                QList<QPointF> points = scatter->points();
                if (points.removeIf(
                        [isX](const QPointF &p) { return (isX ? p.x() : p.y()) <= 0.0; })
                    > 0)
                    scatter->replace(points);
            }
        }
        const QList<QAbstractSeries *> series = m_chart->series();
        for (QAbstractSeries *s : series) {
            if (old)
                s->detachAxis(old);
            s->attachAxis(axis);
        }
        if (old) {
            // Hidden first: Qt Charts deletes the axis' graphics items later (deleteLater), and
            // an export rendered before the event loop runs again drew them, squeezed into the
            // plot's corner with "..." labels.
            old->setVisible(false);
            m_chart->removeAxis(old);
            delete old;
        }
        state.axis = axis;
        state.log = log;
    }
    state.title = title;
    state.min = min;
    state.max = max;
    state.axis->setTitleText(title);
    state.axis->setRange(min, max);
    // A log axis from 1 up has whole ticks: in full ("1000000", never "1e+06" next to
    // "100000"). Linear axes get theirs with the tick step (updateTickIntervals).
    if (auto *logAxis = qobject_cast<QLogValueAxis *>(state.axis))
        logAxis->setLabelFormat(min >= 1.0 && max < 1e15 ? QStringLiteral("%.0f")
                                                         : QStringLiteral("%g"));
    updateTickIntervals(m_chart->size());
}

void ChartPanel::attach(QLineSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x.axis);
    series->attachAxis(m_y.axis);
}

void ChartPanel::attach(QAreaSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x.axis);
    series->attachAxis(m_y.axis);
}

int ChartPanel::addLine(const QString &name, const QColor &color, double width, Qt::PenStyle style)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    // Not cosmetic: the width is in logical pixels, so a PNG at scale k (and a 2x screen)
    // draws the curve k times as wide, like the axes and text, and an SVG keeps it relative
    // to the figure when scaled (a cosmetic pen stayed `width` device pixels: thin curves).
    series->setPen(pen);
    attach(series);
    connectHover(series);
    m_lines.append(series);
    m_linesInLegend.append(true);
    refreshLegend();
    return int(m_lines.size()) - 1;
}

void ChartPanel::setLineData(int index, const QList<QPointF> &points)
{
    if (index < 0 || index >= m_lines.size())
        return;
    m_lines[index]->replace(points);
}

void ChartPanel::setLineName(int index, const QString &name)
{
    if (index >= 0 && index < m_lines.size() && m_lines[index]->name() != name) {
        m_lines[index]->setName(name);
        refreshLegend();
    }
}

void ChartPanel::setLineVisible(int index, bool visible)
{
    if (index < 0 || index >= m_lines.size())
        return;
    if (m_lines[index]->isVisible() == visible)
        return;
    m_lines[index]->setVisible(visible);
    refreshLegend();
}

void ChartPanel::setLineInLegend(int index, bool inLegend)
{
    if (index < 0 || index >= m_lines.size() || m_linesInLegend[index] == inLegend)
        return;
    m_linesInLegend[index] = inLegend;
    refreshLegend();
}

bool ChartPanel::lineInLegend(int index) const
{
    return index >= 0 && index < m_lines.size() && m_linesInLegend[index];
}

void ChartPanel::setLineStyle(int index, const QColor &color, double width, Qt::PenStyle style)
{
    if (index < 0 || index >= m_lines.size())
        return;
    QPen pen = m_lines[index]->pen(); // keeps the other pen properties (cap, cosmetic, ...)
    if (pen.color() == color && pen.widthF() == width && pen.style() == style)
        return;
    pen.setColor(color);
    pen.setWidthF(width);
    pen.setStyle(style);
    m_lines[index]->setPen(pen);
    refreshLegend();
}

QColor ChartPanel::lineColor(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines[index]->pen().color() : QColor();
}

double ChartPanel::lineWidth(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines[index]->pen().widthF() : 0.0;
}

int ChartPanel::lineDrawOrder(int index) const
{
    if (index < 0 || index >= m_lines.size())
        return -1;
    return int(m_chart->series().indexOf(m_lines[index]));
}

int ChartPanel::markerDrawOrder(int index) const
{
    if (index < 0 || index >= m_markers.size())
        return -1;
    return int(m_chart->series().indexOf(m_markers[index].series));
}

int ChartPanel::seriesCount() const
{
    return int(m_chart->series().size());
}

bool ChartPanel::lineVisible(int index) const
{
    return index >= 0 && index < m_lines.size() && m_lines[index]->isVisible();
}

QString ChartPanel::lineName(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines[index]->name() : QString();
}

QList<QPointF> ChartPanel::lineData(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines[index]->points() : QList<QPointF>();
}

void ChartPanel::attach(QScatterSeries *series)
{
    m_chart->addSeries(series);
    series->attachAxis(m_x.axis);
    series->attachAxis(m_y.axis);
}

int ChartPanel::addPoints(const QString &name, const QColor &color, double size)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setColor(color);
    series->setBorderColor(Qt::black);
    series->setMarkerSize(size);
    attach(series);
    connectHover(series);
    m_points.append(series);
    refreshLegend();
    return int(m_points.size()) - 1;
}

void ChartPanel::setPointsData(int index, const QList<QPointF> &points)
{
    if (index < 0 || index >= m_points.size())
        return;
    m_points[index]->replace(points);
    refreshLegend(); // a set of points without points has no legend entry
}

void ChartPanel::setPointsName(int index, const QString &name)
{
    if (index >= 0 && index < m_points.size() && m_points[index]->name() != name) {
        m_points[index]->setName(name);
        refreshLegend();
    }
}

QList<QPointF> ChartPanel::pointsData(int index) const
{
    return index >= 0 && index < m_points.size() ? m_points[index]->points() : QList<QPointF>();
}

int ChartPanel::addRegion(const QString &name, const QColor &color, bool inLegend)
{
    Region region;
    region.inLegend = inLegend;
    region.upper = new QLineSeries(this);
    region.lower = new QLineSeries(this);
    region.area = new QAreaSeries(region.upper, region.lower);
    region.area->setName(name);
    QColor fill = color;
    region.area->setBrush(fill);
    region.area->setPen(Qt::NoPen);
    attach(region.area);
    m_regions.append(region);
    refreshLegend();
    return int(m_regions.size()) - 1;
}

void ChartPanel::setRegion(int index, double x0, double x1, double y0, double y1)
{
    if (index < 0 || index >= m_regions.size())
        return;
    Region &region = m_regions[index];
    region.x0 = x0;
    region.x1 = x1;
    region.y0 = y0;
    region.y1 = y1;
    updateGeometryItems();
}

void ChartPanel::setRegionVisible(int index, bool visible)
{
    if (index < 0 || index >= m_regions.size())
        return;
    m_regions[index].visible = visible;
    m_regions[index].area->setVisible(visible);
    refreshLegend();
}

QList<double> ChartPanel::regionBounds(int index) const
{
    if (index < 0 || index >= m_regions.size())
        return {};
    const Region &r = m_regions[index];
    return { r.x0, r.x1, r.y0, r.y1 };
}

bool ChartPanel::regionVisible(int index) const
{
    return index >= 0 && index < m_regions.size() && m_regions[index].visible;
}

int ChartPanel::addMarker(Qt::Orientation orientation, const QString &name, const QColor &color)
{
    Marker marker;
    marker.series = new QLineSeries;
    marker.series->setName(name);
    marker.orientation = orientation;
    QPen pen(color);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine); // not cosmetic: scales with exports (addLine)
    marker.series->setPen(pen);
    attach(marker.series);
    m_markers.append(marker);
    refreshLegend();
    return int(m_markers.size()) - 1;
}

void ChartPanel::setMarker(int index, double value, const QString &name)
{
    if (index < 0 || index >= m_markers.size())
        return;
    if (m_markers[index].value == value && m_markers[index].series->name() == name)
        return;
    m_markers[index].value = value;
    m_markers[index].series->setName(name);
    updateGeometryItems();
}

void ChartPanel::setMarkerVisible(int index, bool visible)
{
    if (index < 0 || index >= m_markers.size() || m_markers[index].visible == visible)
        return;
    m_markers[index].visible = visible;
    updateGeometryItems();
}

double ChartPanel::markerValue(int index) const
{
    return index >= 0 && index < m_markers.size() ? m_markers[index].value : 0.0;
}

bool ChartPanel::markerVisible(int index) const
{
    return index >= 0 && index < m_markers.size() && m_markers[index].series->isVisible();
}

void ChartPanel::updateGeometryItems()
{
    for (Region &region : m_regions) {
        const double x0 = clampTo(region.x0, m_x.min, m_x.max);
        const double x1 = clampTo(region.x1, m_x.min, m_x.max);
        const double y0 = clampTo(region.y0, m_y.min, m_y.max);
        const double y1 = clampTo(region.y1, m_y.min, m_y.max);
        const bool empty = !(x1 > x0) || !(y1 > y0);
        region.upper->replace(QList<QPointF> { { x0, y1 }, { x1, y1 } });
        region.lower->replace(QList<QPointF> { { x0, y0 }, { x1, y0 } });
        region.area->setVisible(region.visible && !empty);
    }
    for (Marker &marker : m_markers) {
        const bool vertical = marker.orientation == Qt::Vertical;
        const AxisState &along = vertical ? m_x : m_y;
        const bool inside
            = std::isfinite(marker.value) && marker.value >= along.min && marker.value <= along.max;
        QList<QPointF> points;
        if (vertical)
            points = { { marker.value, m_y.min }, { marker.value, m_y.max } };
        else
            points = { { m_x.min, marker.value }, { m_x.max, marker.value } };
        marker.series->replace(inside ? points : QList<QPointF>());
        const bool shown = marker.visible && inside;
        marker.series->setVisible(shown);
    }
    refreshLegend();
}

void ChartPanel::setBusy(bool busy)
{
    if (busy) {
        m_settle->stop();
        m_view->setRenderHint(QPainter::Antialiasing, false);
    } else if (!isAntialiased()) {
        m_settle->start();
    }
}

bool ChartPanel::isAntialiased() const
{
    return m_view->renderHints().testFlag(QPainter::Antialiasing);
}

void ChartPanel::layOut(const QSizeF &size)
{
    m_chart->resize(size);
    if (m_chart->layout())
        m_chart->layout()->activate();
}

QStringList ChartPanel::visibleTexts(const QSizeF &size)
{
    const QRectF saved = m_chart->geometry();
    layOut(size);
    QStringList texts;
    if (QGraphicsScene *scene = m_chart->scene()) {
        const QList<QGraphicsItem *> items = scene->items();
        for (const QGraphicsItem *item : items) {
            if (!item->isVisible())
                continue;
            if (const auto *text = qgraphicsitem_cast<const QGraphicsTextItem *>(item))
                texts.append(text->toPlainText());
            else if (const auto *simple = qgraphicsitem_cast<const QGraphicsSimpleTextItem *>(item))
                texts.append(simple->text());
        }
    }
    texts.append(m_legend->texts());
    m_chart->setGeometry(saved);
    if (m_chart->layout())
        m_chart->layout()->activate();
    return texts;
}

QImage ChartPanel::renderLine(const QSize &size, int index, QList<QPointF> *positions)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    const QRectF saved = m_chart->geometry();
    layOut(QSizeF(size));
    if (positions) {
        positions->clear();
        if (index >= 0 && index < m_lines.size()) {
            const QList<QPointF> points = m_lines[index]->points();
            for (const QPointF &point : points)
                positions->append(m_chart->mapToScene(m_chart->mapToPosition(point, m_lines[index]))
                                  - m_chart->pos()); // image coordinates
        }
    }
    if (QGraphicsScene *scene = m_chart->scene()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                      QRectF(m_chart->pos(), QSizeF(size)), Qt::IgnoreAspectRatio);
    }
    m_chart->setGeometry(saved);
    if (m_chart->layout())
        m_chart->layout()->activate();
    return image;
}

void ChartPanel::connectHover(QXYSeries *series)
{
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &value, bool state) {
        seriesHovered(series, value, state);
    });
}

void ChartPanel::seriesHovered(QXYSeries *series, const QPointF &value, bool state)
{
    if (state) {
        m_hovered = series;
        showHover(m_chart->mapToPosition(value, series));
    } else if (m_hovered == series) {
        m_hovered = nullptr;
        showHover(QPointF());
    }
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && m_hovered) {
        // The view's position -> scene -> chart item coordinates.
        const auto toChart = [this](const QPointF &viewport) {
            return m_chart->mapFromScene(m_view->viewportTransform().inverted().map(viewport));
        };
        switch (event->type()) {
        case QEvent::MouseMove:
            showHover(toChart(static_cast<QMouseEvent *>(event)->position()));
            break;
        case QEvent::ToolTip:
            // Keep the point's tooltip: the panel's own tooltip would replace it.
            if (!m_hoverText.isEmpty()) {
                showHover(toChart(static_cast<QHelpEvent *>(event)->pos()));
                event->accept();
                return true;
            }
            break;
        case QEvent::Leave:
            m_hovered = nullptr;
            showHover(QPointF());
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::showHover(const QPointF &chartPosition)
{
    QPointF at;
    const QString text = m_hovered ? toolTipFor(m_hovered, chartPosition, &at) : QString();
    if (text == m_hoverText && (text.isEmpty() || QToolTip::isVisible()))
        return;
    m_hoverText = text;
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QWidget *viewport = m_view->viewport();
    const QPointF local = m_view->viewportTransform().map(m_chart->mapToScene(at));
    QToolTip::showText(viewport->mapToGlobal(local.toPoint()), text, viewport);
}

QString ChartPanel::toolTipFor(QXYSeries *series, const QPointF &chartPosition, QPointF *at) const
{
    // Nearest in pixels: x and y have unrelated units (and may be logarithmic).
    double best = std::numeric_limits<double>::infinity();
    QPointF nearest;
    const QList<QPointF> points = series->points();
    for (const QPointF &point : points) {
        if (!(point.x() >= m_x.min && point.x() <= m_x.max && point.y() >= m_y.min
              && point.y() <= m_y.max))
            continue; // not plotted
        const QPointF position = m_chart->mapToPosition(point, series);
        const QPointF offset = position - chartPosition;
        const double distance = QPointF::dotProduct(offset, offset);
        if (distance < best) {
            best = distance;
            nearest = point;
            if (at)
                *at = position;
        }
    }
    if (!std::isfinite(best))
        return {};
    const auto number = [](double value) {
        return QString::number(value, 'g', QLocale::FloatingPointShortest); // round-trips
    };
    const QString xTitle = m_x.title.isEmpty() ? QStringLiteral("x") : m_x.title;
    const QString yTitle = m_y.title.isEmpty() ? QStringLiteral("y") : m_y.title;
    QStringList lines;
    if (!series->name().isEmpty())
        lines.append(QStringLiteral("<b>%1</b>").arg(series->name().toHtmlEscaped()));
    lines.append(tr("%1: %2").arg(xTitle, number(nearest.x())).toHtmlEscaped());
    lines.append(tr("%1: %2").arg(yTitle, number(nearest.y())).toHtmlEscaped());
    return QStringLiteral("<p style=\"white-space:pre\">%1</p>")
        .arg(lines.join(QStringLiteral("<br>")));
}

QString ChartPanel::lineToolTip(int index, const QPointF &position) const
{
    if (index < 0 || index >= m_lines.size())
        return {};
    const QPointF viewport = m_view->viewport()->mapFrom(this, position);
    const QPointF chart
        = m_chart->mapFromScene(m_view->viewportTransform().inverted().map(viewport));
    return toolTipFor(m_lines[index], chart, nullptr);
}

QPointF ChartPanel::linePointPosition(int index, int point) const
{
    if (index < 0 || index >= m_lines.size() || point < 0 || point >= m_lines[index]->count())
        return {};
    const QPointF chart = m_chart->mapToPosition(m_lines[index]->at(point), m_lines[index]);
    const QPointF viewport = m_view->viewportTransform().map(m_chart->mapToScene(chart));
    return m_view->viewport()->mapTo(this, viewport);
}

void ChartPanel::renderTo(QPainter *painter, const QRectF &target)
{
    // Lay the chart out at the target size so text and lines keep their logical sizes at any
    // export size; then put it back where the view shows it.
    const QRectF saved = m_chart->geometry();
    m_chart->resize(target.size());
    if (m_chart->layout())
        m_chart->layout()->activate();
    QGraphicsScene *scene = m_chart->scene();
    const QRectF source(m_chart->pos(), target.size());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, Qt::white);
    if (scene)
        scene->render(painter, target, source, Qt::IgnoreAspectRatio);
    painter->restore();
    m_chart->setGeometry(saved);
    if (m_chart->layout())
        m_chart->layout()->activate();
}

} // namespace ropelab::ui
