#pragma once

// Writing views to PNG (any size and scale), SVG (Qt Svg) and CSV, atomically (QSaveFile):
// an unwritable path gives a message naming the path and the reason and leaves nothing behind.

#include <QList>
#include <QSize>
#include <QString>

namespace ropelab::ui {

class ExportableView;

struct ExportOptions
{
    QSize size = QSize(1200, 800); // logical size of the rendered view
    double scale = 2.0;            // PNG device pixel ratio (2 = sharp on slides)
};

// Format from the suffix (.png, .svg, .csv). Returns an empty string on success, else a
// translated one-line error naming the path.
QString exportView(ExportableView &view, const QString &path, const ExportOptions &options = {});
// Writes <folder>/<viewId>.{png,svg,csv} for every view. Returns the errors (empty on success).
QStringList exportAllViews(const QList<ExportableView *> &views, const QString &folder,
                           const ExportOptions &options = {});
// Puts a PNG of the view on the clipboard.
void copyViewToClipboard(ExportableView &view, const ExportOptions &options = {});

} // namespace ropelab::ui
