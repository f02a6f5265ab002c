#pragma once

// The shared palette: band colours and series colours used by every view (rotation dials,
// charts, legends, exports), so "high / medium / low" and "unscaled / scaled" look the same
// everywhere. Colour-blind safe (Okabe-Ito palette).

#include "numerics/rope.h"

#include <QColor>
#include <QString>

namespace ropelab::ui::theme {

// Solid colour of a frequency band (dial hands, curve markers, legend swatches).
QColor bandColor(numerics::Band band);
// The same colour, translucent, for shading band regions behind curves.
QColor bandFillColor(numerics::Band band);
// Where the method applies its attention temperature 1/t, translated (read-out and inspect).
QString temperaturePlacementText(numerics::TemperaturePlacement placement);
// The method's display name, translated (context "ropelab::numerics::Method").
QString methodName(numerics::Method method);

QColor unscaledColor();   // plain RoPE curves and the ghost hand in the rotation view
QColor scaledColor();     // the chosen method's curves
QColor contextMarkerColor();       // vertical/horizontal line at L (original context)
QColor scaledContextMarkerColor(); // line at s * L
QColor currentPointColor();        // the current operating point (temperature chart, ...)
QColor gridColor();                // faint dial circles and grid lines
QColor textColor();                // labels drawn by hand (QPainter views)

} // namespace ropelab::ui::theme
