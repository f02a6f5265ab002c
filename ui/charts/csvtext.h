#pragma once

// CSV helpers shared by the chart views: numbers with 17 significant digits (a double
// round-trips exactly), one header row, '\n' line ends.

#include <QString>
#include <QStringList>

namespace ropelab::ui::csv {

inline QString number(double value)
{
    return QString::number(value, 'g', 17);
}

inline QString row(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace ropelab::ui::csv
