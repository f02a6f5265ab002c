#pragma once

// Writing views to PNG (any size and scale), SVG (Qt Svg) and CSV, atomically (QSaveFile):
// an unwritable path gives a message naming the path and the reason and leaves nothing behind.
// PNG and SVG carry a heading "<model> - <view title>" above the view, so a figure says which
// model it shows; PNG at scale k looks like the window on a screen at k x.

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

namespace ropelab::ui {

class ExportableView;

// Limits of the rendered size (logical pixels per side) and of the PNG's pixel count.
inline constexpr int MinExportSide = 16;
inline constexpr int MaxExportSide = 20000;
inline constexpr double MinExportScale = 0.25;
inline constexpr double MaxExportScale = 8.0;
inline constexpr double MaxExportPixels = 2.5e8;

struct ExportOptions
{
    QSize size = QSize(1200, 800); // logical size of the rendered view
    double scale = 2.0; // PNG device pixel ratio (2 = sharp on slides)
    // The model the parameters came from (ParamsController::sourceName()), for the heading and
    // export-all file names. Empty: the exporter asks the window the view sits in.
    QString sourceName;
};

// What to do when export-all would write over existing files.
enum class ExistingFiles {
    Replace, // write over them
    KeepBoth, // write every file of the set under "<name>-2", "-3", ...: the first free number
};

// Format from the suffix (.png, .svg, .csv). Returns an empty string on success, else a
// translated one-line error naming the path.
QString exportView(ExportableView &view, const QString &path, const ExportOptions &options = {});
// Writes <folder>/<source>_<viewId>.{png,svg,csv} for every view (exportAllPaths). Returns the
// errors (empty on success).
QStringList exportAllViews(const QList<ExportableView *> &views, const QString &folder,
                           const ExportOptions &options = {},
                           ExistingFiles existing = ExistingFiles::Replace);
// The files exportAllViews writes, in order: for each view .png, .svg, .csv.
QStringList exportAllPaths(const QList<ExportableView *> &views, const QString &folder,
                           const QString &sourceName,
                           ExistingFiles existing = ExistingFiles::Replace);
// Puts a PNG of the view on the clipboard.
void copyViewToClipboard(ExportableView &view, const ExportOptions &options = {});

// "" if `path` names a file RoPE Lab can export to (by its name: .png, .svg or .csv, not a
// folder), else a translated line that says what is wrong (and, for a folder, suggests
// "<folder>/<viewId>.png").
QString exportPathProblem(const QString &path, const QString &viewId = {});
// "" if the size and scale are within the limits above, else a translated line naming them.
QString exportOptionsProblem(const ExportOptions &options);
// The heading of an exported figure: "<source> - <view title>", or the view title alone.
QString exportTitle(const ExportableView &view, const QString &sourceName);
// A file-name stem from a model name: letters and digits of any script, '.', '-' and '_' are
// kept, every other run of characters becomes one '-'; a ".json" suffix is dropped; at most 64
// characters. "DeepSeek-V3" -> "DeepSeek-V3", "Llama 3.1 8B" -> "Llama-3.1-8B",
// "config.json" -> "config", "a/b:c" -> "a-b-c".
QString fileNameStem(const QString &sourceName);

} // namespace ropelab::ui
