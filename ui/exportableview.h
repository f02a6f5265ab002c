#pragma once

// What every view offers to File > Export, "Export all views", the clipboard and
// `ropelab export`: a stable id, a title, vector painting at any size, and its plotted data.

#include <QRectF>
#include <QString>

class QPainter;

namespace ropelab::ui {

class ExportableView
{
public:
    virtual ~ExportableView() = default;
    // "rotation", "bands", "decay", "temperature", "heatmap" (command line --view names).
    virtual QString viewId() const = 0;
    virtual QString viewTitle() const = 0;
    // Paints the view into `target` (logical units). Used for PNG (any scale) and SVG.
    virtual void renderTo(QPainter *painter, const QRectF &target) = 0;
    // The plotted data as CSV text with a header row (full precision where the view has it).
    virtual QString csv() const = 0;
    // True while the view waits for a sweep result (export waits for it to turn false).
    virtual bool isPending() const { return false; }
};

} // namespace ropelab::ui
