#include "flowlegend.h"

#include "theme.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ropelab::ui {

namespace {

constexpr double SwatchWidth = 18.0;
constexpr double SwatchGap = 5.0; // swatch to label
constexpr double EntryGap = 16.0; // between entries in a row
constexpr double RowPadding = 3.0; // above and below each row
constexpr double TopPadding = 4.0; // between the plot's axis labels and the first row

} // namespace

FlowLegend::FlowLegend(QGraphicsItem *parent) : QGraphicsItem(parent) { }

bool FlowLegend::setEntries(const QList<Entry> &entries)
{
    if (entries == m_entries)
        return false;
    prepareGeometryChange();
    m_entries = entries;
    layOut();
    update();
    return true;
}

void FlowLegend::setFont(const QFont &font)
{
    prepareGeometryChange();
    m_font = font;
    layOut();
    update();
}

void FlowLegend::setWidth(double width)
{
    if (width == m_width)
        return;
    prepareGeometryChange();
    m_width = width;
    layOut();
    update();
}

QStringList FlowLegend::texts() const
{
    QStringList texts;
    for (const Placed &placed : m_placed)
        texts.append(placed.text);
    return texts;
}

void FlowLegend::layOut()
{
    m_placed.clear();
    m_height = 0.0;
    if (m_entries.isEmpty() || !(m_width > 0.0))
        return;
    const QFontMetricsF metrics(m_font);
    const double rowHeight = std::max(metrics.height(), 11.0) + 2.0 * RowPadding;
    const double textRoom = std::max(0.0, m_width - SwatchWidth - SwatchGap);

    // Rows of entries (indices and their widths), greedily filled.
    QList<QList<std::pair<qsizetype, double>>> rows(1);
    double used = 0.0;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const double textWidth = std::min(metrics.horizontalAdvance(m_entries[i].text), textRoom);
        const double width = SwatchWidth + SwatchGap + std::ceil(textWidth);
        const double needed = rows.back().isEmpty() ? width : used + EntryGap + width;
        if (!rows.back().isEmpty() && needed > m_width) {
            rows.append(QList<std::pair<qsizetype, double>>());
            used = width;
        } else {
            used = needed;
        }
        rows.back().append(std::pair<qsizetype, double>(i, width));
    }

    m_placed.resize(m_entries.size());
    for (qsizetype r = 0; r < rows.size(); ++r) {
        double rowWidth = -EntryGap;
        for (const auto &[index, width] : rows[r])
            rowWidth += EntryGap + width;
        double x = std::max(0.0, (m_width - rowWidth) / 2.0); // centred, like QLegend
        const double y = TopPadding + r * rowHeight + rowHeight / 2.0;
        for (const auto &[index, width] : rows[r]) {
            const QString &text = m_entries[index].text;
            m_placed[index].origin = QPointF(x, y);
            m_placed[index].text = metrics.horizontalAdvance(text) > textRoom
                ? metrics.elidedText(text, Qt::ElideRight, textRoom)
                : text;
            x += width + EntryGap;
        }
    }
    m_height = TopPadding + rows.size() * rowHeight;
}

QRectF FlowLegend::boundingRect() const
{
    return QRectF(0.0, 0.0, m_width, m_height);
}

void FlowLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QFontMetricsF metrics(m_font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setFont(m_font);
    for (qsizetype i = 0; i < m_placed.size(); ++i) {
        const Entry &entry = m_entries[i];
        const QPointF origin = m_placed[i].origin;
        switch (entry.kind) {
        case Entry::Kind::Line: {
            QPen pen = entry.pen;
            pen.setWidthF(std::clamp(pen.widthF(), 1.0, 3.0));
            pen.setCapStyle(Qt::FlatCap);
            painter->setPen(pen);
            painter->drawLine(QPointF(origin.x(), origin.y()),
                              QPointF(origin.x() + SwatchWidth, origin.y()));
            break;
        }
        case Entry::Kind::Points:
            painter->setPen(entry.pen);
            painter->setBrush(entry.brush);
            painter->drawEllipse(QPointF(origin.x() + SwatchWidth / 2.0, origin.y()), 4.5, 4.5);
            break;
        case Entry::Kind::Area: {
            painter->setPen(entry.pen);
            painter->setBrush(entry.brush);
            painter->drawRect(QRectF(origin.x(), origin.y() - 5.5, SwatchWidth, 11.0));
            break;
        }
        }
        painter->setPen(theme::textColor());
        painter->drawText(QPointF(origin.x() + SwatchWidth + SwatchGap,
                                  origin.y() + (metrics.ascent() - metrics.descent()) / 2.0),
                          m_placed[i].text);
    }
    painter->restore();
}

} // namespace ropelab::ui
