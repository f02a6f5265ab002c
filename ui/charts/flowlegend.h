#pragma once

// The legend of a ChartPanel: one swatch and label per series, flowing into as many centred rows
// as the chart's width needs. QLegend lays its entries out in one row (or one column) and elides
// labels that do not fit with "..."; a learner then reads "YaRN: 1.3689 (in the softmax sc...".
// Lives in the chart's scene (a child item of the QChart), so the window, PNG and SVG exports
// draw it alike. A label wider than a whole row is the only one ever elided ("…").

#include <QBrush>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPen>
#include <QString>

namespace ropelab::ui {

class FlowLegend : public QGraphicsItem
{
public:
    struct Entry
    {
        enum class Kind { Line, Points, Area };
        Kind kind = Kind::Line;
        QString text;
        QPen pen; // Line: the series' pen; Points, Area: the outline
        QBrush brush; // Points, Area: the fill
        bool operator==(const Entry &) const = default;
    };

    explicit FlowLegend(QGraphicsItem *parent = nullptr);

    // Returns true when the entries changed.
    bool setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    void setFont(const QFont &font);
    // Lays the entries out in rows `width` wide; height() is then the legend's height (0 with no
    // entries).
    void setWidth(double width);
    double height() const { return m_height; }
    // The labels as drawn at the current width.
    QStringList texts() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    struct Placed
    {
        QPointF origin; // the swatch's left edge, at the row's vertical centre
        QString text; // elided only when wider than a row
    };
    void layOut();

    QList<Entry> m_entries;
    QList<Placed> m_placed;
    QFont m_font;
    double m_width = 0.0;
    double m_height = 0.0;
};

} // namespace ropelab::ui
