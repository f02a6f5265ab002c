#pragma once

// CSV helpers shared by the views: numbers with 17 significant digits (a double round-trips
// exactly), one header row, '\n' line ends. Every CSV a view writes is ONE table: a fixed header
// whose column names carry their units (distance_tokens, angle_rad, entropy_nats; no suffix for
// dimensionless quantities) and rows with exactly as many cells as the header, so pandas'
// read_csv and spreadsheets read it as it is. Views that plot several quantities write long
// format: a `series` column, and each row fills the columns its series has and leaves the
// others empty.

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <utility>

namespace ropelab::ui::csv {

inline QString number(double value)
{
    return QString::number(value, 'g', 17);
}

inline QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

// A long-format table: the header, then rows that name their series and fill some columns.
class Table
{
public:
    explicit Table(const QStringList &header) : m_header(header), m_text(row(header)) { }

    // One row: `series` in the first column, each (column name, value) in its column, empty
    // cells elsewhere. A column name not in the header is a programming error.
    void add(const QString &series, std::initializer_list<std::pair<const char *, double>> values)
    {
        QStringList cells(m_header.size());
        cells[0] = series;
        for (const auto &[column, value] : values) {
            const qsizetype index = m_header.indexOf(QLatin1String(column));
            Q_ASSERT_X(index > 0, "csv::Table::add", column);
            if (index > 0)
                cells[index] = number(value);
        }
        m_text += row(cells);
    }

    const QString &text() const { return m_text; }

private:
    QStringList m_header;
    QString m_text;
};

} // namespace ropelab::ui::csv
