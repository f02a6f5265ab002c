#include "exporter.h"

#include "controllers/paramscontroller.h"
#include "exportableview.h"
#include "theme.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ropelab::ui {

namespace {

struct Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ropelab::ui::Exporter)
};

QString writeError(const QString &path, const QString &reason)
{
    return Exporter::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

// The model name for the heading and file names: the caller's, else the ParamsController of
// the window the view sits in (MainWindow owns exactly one), so that every export from the
// window names the model without each caller passing it.
QString sourceNameOf(const ExportableView &view, const ExportOptions &options)
{
    if (!options.sourceName.isEmpty())
        return options.sourceName;
    const auto *widget = dynamic_cast<const QWidget *>(&view);
    if (!widget)
        return {};
    const ParamsController *params = widget->window()->findChild<ParamsController *>();
    return params ? params->modelLabel() : QString();
}

// The heading's font: bold, a little larger than the charts' titles (pixel-sized, so PNG at
// any scale and SVG get the same layout).
QFont headingFont()
{
    QFont font = QGuiApplication::font();
    font.setBold(true);
    font.setPixelSize(std::max(12, int(std::lround(QFontInfo(font).pixelSize() * 1.35))));
    return font;
}

// Paints the heading (when there is a title) and the view below it, in logical units.
void renderFigure(QPainter *painter, ExportableView &view, const QSizeF &size, const QString &title)
{
    const QRectF all(QPointF(0, 0), size);
    painter->fillRect(all, Qt::white);
    if (title.isEmpty()) {
        view.renderTo(painter, all);
        return;
    }
    const QFont font = headingFont();
    const QFontMetricsF metrics(font);
    const double height = std::ceil(metrics.height() * 1.9);
    const QRectF band(8.0, 0.0, std::max(0.0, size.width() - 16.0), height);
    painter->save();
    painter->setFont(font);
    painter->setPen(theme::textColor());
    painter->drawText(band, Qt::AlignCenter,
                      metrics.elidedText(title, Qt::ElideRight, band.width()));
    painter->restore();
    view.renderTo(painter,
                  QRectF(0.0, height, size.width(), std::max(1.0, size.height() - height)));
}

QImage renderImage(ExportableView &view, const ExportOptions &options, const QString &title)
{
    const QSize pixels(qRound(options.size.width() * options.scale),
                       qRound(options.size.height() * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderFigure(&painter, view, QSizeF(options.size), title);
    painter.end();
    return image;
}

// Writes `data` (or a producer's output) through QSaveFile: nothing is left on failure.
QString commit(QSaveFile &file, const QString &path)
{
    if (!file.commit())
        return writeError(path, file.errorString());
    return QString();
}

QString writeSvg(QSaveFile &file, const QString &path, ExportableView &view,
                 const ExportOptions &options, const QString &title)
{
    // Vector output at the logical size.
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(title);
    generator.setDescription(Exporter::tr("RoPE Lab: %1").arg(title));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return writeError(path, Exporter::tr("the SVG painter could not start"));
        }
        renderFigure(&painter, view, QSizeF(options.size), title);
        painter.end();
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    return commit(file, path);
}

// "<stem>_<viewId><number>.<suffix>" (no "<stem>_" without a source).
QString exportFileName(const QString &stem, const QString &viewId, int number, const char *suffix)
{
    QString name = stem.isEmpty() ? viewId : stem + QLatin1Char('_') + viewId;
    if (number > 1)
        name += QLatin1Char('-') + QString::number(number);
    return name + QLatin1Char('.') + QLatin1String(suffix);
}

} // namespace

QString fileNameStem(const QString &sourceName)
{
    QString name = sourceName.trimmed();
    if (name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        name.chop(5);
    QString stem;
    for (const QChar c : std::as_const(name)) {
        const bool keep = c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-')
            || c == QLatin1Char('_');
        if (keep)
            stem += c;
        else if (!stem.endsWith(QLatin1Char('-')))
            stem += QLatin1Char('-');
    }
    // No leading or trailing separators or dots (hidden files, "name." on Windows).
    while (!stem.isEmpty() && QStringLiteral("-._").contains(stem.front()))
        stem.remove(0, 1);
    stem.truncate(64);
    while (!stem.isEmpty() && QStringLiteral("-._").contains(stem.back()))
        stem.chop(1);
    return stem;
}

QString exportTitle(const ExportableView &view, const QString &sourceName)
{
    if (sourceName.isEmpty())
        return view.viewTitle();
    return Exporter::tr("%1 \u2014 %2").arg(sourceName, view.viewTitle());
}

QString exportPathProblem(const QString &path, const QString &viewId)
{
    const QString example
        = (viewId.isEmpty() ? QStringLiteral("chart") : viewId) + QStringLiteral(".png");
    if (path.isEmpty())
        return Exporter::tr(
                   "No output file given: name one ending in .png, .svg or .csv (e.g. %1).")
            .arg(example);
    const QFileInfo info(path);
    if (info.isDir() || path.endsWith(QLatin1Char('/')) || path.endsWith(QDir::separator()))
        return Exporter::tr("Cannot export to %1: it is a folder. Give a file name in it, e.g. %2.")
            .arg(QDir::toNativeSeparators(path),
                 QDir::toNativeSeparators(QDir(path).filePath(example)));
    const QString suffix = info.suffix().toLower();
    if (suffix.isEmpty())
        return Exporter::tr("Cannot export to %1: the file name has no type; end it in .png, .svg "
                            "or .csv.")
            .arg(QDir::toNativeSeparators(path));
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("csv"))
        return Exporter::tr("Cannot export to %1: unknown file type '%2' (use .png, .svg or .csv).")
            .arg(QDir::toNativeSeparators(path), suffix);
    return {};
}

QString exportOptionsProblem(const ExportOptions &options)
{
    const int width = options.size.width();
    const int height = options.size.height();
    if (width > MaxExportSide || height > MaxExportSide)
        return Exporter::tr("Export size %1x%2 is too large: each side can be at most %3.")
            .arg(width)
            .arg(height)
            .arg(MaxExportSide);
    if (width < MinExportSide || height < MinExportSide)
        return Exporter::tr("Export size %1x%2 is too small: each side must be at least %3.")
            .arg(width)
            .arg(height)
            .arg(MinExportSide);
    if (!std::isfinite(options.scale) || options.scale < MinExportScale
        || options.scale > MaxExportScale)
        return Exporter::tr("Invalid export scale %1: it must be between %2 and %3.")
            .arg(options.scale)
            .arg(MinExportScale)
            .arg(MaxExportScale);
    const double pixels = width * options.scale * height * options.scale;
    if (pixels > MaxExportPixels)
        return Exporter::tr("Export too large: %1x%2 at scale %3 is %4 million pixels; the limit "
                            "is %5 million.")
            .arg(width)
            .arg(height)
            .arg(options.scale)
            .arg(std::ceil(pixels / 1e6), 0, 'f', 0)
            .arg(MaxExportPixels / 1e6, 0, 'f', 0);
    return {};
}

QString exportView(ExportableView &view, const QString &path, const ExportOptions &options)
{
    if (const QString problem = exportPathProblem(path, view.viewId()); !problem.isEmpty())
        return problem;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv")) {
        if (const QString problem = exportOptionsProblem(options); !problem.isEmpty())
            return problem;
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());

    if (suffix == QLatin1String("csv")) {
        const QByteArray bytes = view.csv().toUtf8();
        if (file.write(bytes) != bytes.size()) {
            const QString reason = file.errorString();
            file.cancelWriting();
            return writeError(path, reason);
        }
        return commit(file, path);
    }
    const QString title = exportTitle(view, sourceNameOf(view, options));
    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(view, options, title);
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            const QString reason = writer.errorString();
            file.cancelWriting();
            return writeError(path, reason);
        }
        return commit(file, path);
    }
    return writeSvg(file, path, view, options, title);
}

QStringList exportAllPaths(const QList<ExportableView *> &views, const QString &folder,
                           const QString &sourceName, ExistingFiles existing)
{
    const QDir dir(folder);
    const QString stem = fileNameStem(sourceName);
    const auto paths = [&](int number) {
        QStringList list;
        for (const ExportableView *view : views) {
            if (!view)
                continue;
            for (const char *suffix : { "png", "svg", "csv" })
                list << dir.filePath(exportFileName(stem, view->viewId(), number, suffix));
        }
        return list;
    };
    if (existing == ExistingFiles::Replace)
        return paths(1);
    // Keep both: the first number under which the whole set is new.
    for (int number = 1;; ++number) {
        const QStringList list = paths(number);
        const bool free = std::none_of(list.begin(), list.end(),
                                       [](const QString &path) { return QFileInfo::exists(path); });
        if (free || number >= 100000)
            return list;
    }
}

QStringList exportAllViews(const QList<ExportableView *> &views, const QString &folder,
                           const ExportOptions &options, ExistingFiles existing)
{
    QStringList errors;
    if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
        errors.append(writeError(folder, Exporter::tr("the folder cannot be created")));
        return errors;
    }
    QList<ExportableView *> present;
    for (ExportableView *view : views) {
        if (view)
            present.append(view);
    }
    if (present.isEmpty())
        return errors;
    ExportOptions named = options;
    named.sourceName = sourceNameOf(*present.front(), options);
    const QStringList paths = exportAllPaths(present, folder, named.sourceName, existing);
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString error = exportView(*present[i / 3], paths[i], named);
        if (!error.isEmpty())
            errors.append(error);
    }
    return errors;
}

void copyViewToClipboard(ExportableView &view, const ExportOptions &options)
{
    if (!exportOptionsProblem(options).isEmpty())
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(
            renderImage(view, options, exportTitle(view, sourceNameOf(view, options))));
}

} // namespace ropelab::ui
