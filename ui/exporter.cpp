#include "exporter.h"

#include "exportableview.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

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

bool validOptions(const ExportOptions &options, QString *error)
{
    constexpr int MaxSide = 20000;
    if (options.size.width() < 16 || options.size.height() < 16 || options.size.width() > MaxSide
        || options.size.height() > MaxSide) {
        *error = Exporter::tr("Invalid export size %1x%2: each side must be between 16 and %3.")
                         .arg(options.size.width())
                         .arg(options.size.height())
                         .arg(MaxSide);
        return false;
    }
    if (!std::isfinite(options.scale) || options.scale < 0.25 || options.scale > 8.0) {
        *error = Exporter::tr("Invalid export scale %1: it must be between 0.25 and 8.").arg(options.scale);
        return false;
    }
    const double pixels = options.size.width() * options.scale * options.size.height() * options.scale;
    if (pixels > 2.5e8) {
        *error = Exporter::tr("Export too large: %1x%2 at scale %3.")
                         .arg(options.size.width())
                         .arg(options.size.height())
                         .arg(options.scale);
        return false;
    }
    return true;
}

QImage renderImage(ExportableView &view, const ExportOptions &options)
{
    const QSize pixels(qRound(options.size.width() * options.scale),
                       qRound(options.size.height() * options.scale));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(options.scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    view.renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
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

} // namespace

QString exportView(ExportableView &view, const QString &path, const ExportOptions &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")
        && suffix != QLatin1String("csv"))
        return Exporter::tr("Cannot export to %1: unknown file type '%2' (use .png, .svg or .csv).")
                .arg(QDir::toNativeSeparators(path), suffix);
    QString error;
    if (suffix != QLatin1String("csv") && !validOptions(options, &error))
        return error;

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
    if (suffix == QLatin1String("png")) {
        const QImage image = renderImage(view, options);
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            const QString reason = writer.errorString();
            file.cancelWriting();
            return writeError(path, reason);
        }
        return commit(file, path);
    }
    // SVG: vector output at the logical size.
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(options.size);
    generator.setViewBox(QRect(QPoint(0, 0), options.size));
    generator.setTitle(view.viewTitle());
    generator.setDescription(Exporter::tr("RoPE Lab: %1").arg(view.viewTitle()));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return writeError(path, Exporter::tr("the SVG painter could not start"));
        }
        view.renderTo(&painter, QRectF(QPointF(0, 0), QSizeF(options.size)));
        painter.end();
    }
    if (file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return writeError(path, reason);
    }
    return commit(file, path);
}

QStringList exportAllViews(const QList<ExportableView *> &views, const QString &folder,
                           const ExportOptions &options)
{
    QStringList errors;
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder)) {
        errors.append(writeError(folder, Exporter::tr("the folder cannot be created")));
        return errors;
    }
    for (ExportableView *view : views) {
        if (!view)
            continue;
        for (const char *suffix : {"png", "svg", "csv"}) {
            const QString path = dir.filePath(view->viewId() + QLatin1Char('.') + QLatin1String(suffix));
            const QString error = exportView(*view, path, options);
            if (!error.isEmpty())
                errors.append(error);
        }
    }
    return errors;
}

void copyViewToClipboard(ExportableView &view, const ExportOptions &options)
{
    QString error;
    if (!validOptions(options, &error))
        return;
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setImage(renderImage(view, options));
}

} // namespace ropelab::ui
