// `ropelab lesson`: the guided lessons outside the window.
//   lesson --list                         number, id and title of every step
//   lesson N --out step.png|.svg|.pdf     step N as a page: title, its view, its text
//   lesson --all --out handout.pdf        one PDF page per step (QPdfWriter, vectors)
// --size WxH (default 1920x1080, the size of a slide), --scale k (PNG), --lang en|zh_CN (the
// text and the charts' language; default: the locale's).

#include "commands.h"
#include "commandsupport.h"
#include "controllers/paramscontroller.h"
#include "exportableview.h"
#include "exporter.h"
#include "lessonpage.h"
#include "lessons.h"
#include "controllers/lessoncontroller.h"
#include "viewregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextStream>
#include <QWidget>

#include <memory>

namespace ropelab::app {

namespace {

constexpr int SweepTimeoutMs = 120000;

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

int fail(const QString &message)
{
    return reportBadInput(QStringLiteral("lesson"), message);
}

// A step's view with the step's settings, its sweeps finished; nullptr (and `error`) if not.
struct StepView
{
    std::unique_ptr<ui::ParamsController> params;
    std::unique_ptr<ui::ViewRegistry> registry;
    std::unique_ptr<QWidget> widget;
    ui::ExportableView *view = nullptr;
};

StepView prepare(const core::LessonStep &step, const QSize &size, QString *error)
{
    StepView s;
    s.params = std::make_unique<ui::ParamsController>();
    s.registry = std::make_unique<ui::ViewRegistry>(s.params.get());
    ui::applyLessonStep(step, s.params.get(), s.registry.get()); // as the Lessons dock does
    const ui::ViewEntry entry = s.registry->createView(step.view, nullptr);
    s.widget.reset(entry.widget);
    s.view = entry.exportable;
    if (!s.view) {
        *error = tr("step %1: view '%2' could not be created").arg(step.id, step.view);
        return s;
    }
    s.widget->resize(size);
    if (!waitForView(*s.view, SweepTimeoutMs)) {
        *error = tr("step %1: the %2 view's computation did not finish").arg(step.id, step.view);
        s.view = nullptr;
    }
    return s;
}

} // namespace

int runLesson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The guided lessons: --list prints each step's number, id and title; N --out FILE "
           "renders step N (.png, .svg or .pdf) with its view and text; --all --out FILE.pdf "
           "writes a handout, one page per step."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the steps."));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("Every step (a PDF handout)."));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Output file (.png, .svg, .pdf)."),
                                       QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), tr("Page size WxH (default 1920x1080)."), QStringLiteral("WxH"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         tr("PNG pixel ratio (default 1)."), QStringLiteral("k"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        tr("Language of the page: en or zh_CN (default: the "
                                           "locale's)."),
                                        QStringLiteral("lang"));
    parser.addOptions({ listOption, allOption, outOption, sizeOption, scaleOption, langOption });
    parser.addPositionalArgument(QStringLiteral("N"), tr("The step to render (1 is the first)."),
                                 QStringLiteral("[N]"));
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("lesson")))
        return *done;

    if (parser.isSet(langOption)) {
        const QString language = parser.value(langOption);
        if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
            return fail(tr("--lang '%1' must be en or zh_CN").arg(language.left(40)));
        installTranslators(*QCoreApplication::instance(),
                           QLocale(language == QLatin1String("zh_CN") ? QStringLiteral("zh_CN")
                                                                      : QStringLiteral("en_US")));
    }
    const auto lessons = core::builtInLessons(ui::ViewRegistry::viewIds());
    if (!lessons)
        return fail(QString::fromStdString(lessons.error().message));
    const QString language = core::lessonLanguage(QLocale(), lessons->languages);

    if (parser.isSet(listOption)) {
        QTextStream out(stdout);
        for (qsizetype i = 0; i < lessons->steps.size(); ++i) {
            const core::LessonStep &step = lessons->steps[i];
            out << (i + 1) << '\t' << step.id << '\t' << step.title.value(language) << '\n';
        }
        return ExitOk;
    }

    // Which steps, and where to.
    QList<int> steps;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(allOption) == !positional.isEmpty())
        return fail(tr("give --list, a step number N or --all (with --out FILE)"));
    if (parser.isSet(allOption)) {
        for (int i = 0; i < lessons->steps.size(); ++i)
            steps.append(i);
    } else {
        bool ok = false;
        const int n = positional.constFirst().toInt(&ok);
        if (!ok || n < 1 || n > lessons->steps.size() || positional.size() > 1)
            return fail(tr("step '%1' must be a number from 1 to %2")
                            .arg(positional.join(QLatin1Char(' ')).left(40))
                            .arg(lessons->steps.size()));
        steps.append(n - 1);
    }
    const QString out = parser.value(outOption);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || !QStringList({ "png", "svg", "pdf" }).contains(suffix))
        return fail(tr("--out FILE.png|.svg|.pdf is required"));
    if (steps.size() > 1 && suffix != QLatin1String("pdf"))
        return fail(tr("--all writes one PDF: give --out FILE.pdf"));

    QSize size(1920, 1080);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(sizeOption));
        size = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                                : QSize();
        if (size.width() < 320 || size.height() < 240 || size.width() > 8000
            || size.height() > 8000)
            return fail(tr("--size '%1' must be WxH from 320x240 to 8000x8000")
                            .arg(parser.value(sizeOption).left(40)));
    }
    double scale = 1.0;
    if (parser.isSet(scaleOption)) {
        bool ok = false;
        scale = parser.value(scaleOption).toDouble(&ok);
        if (!ok || !(scale >= 0.25 && scale <= 4.0))
            return fail(tr("--scale '%1' must be a number from 0.25 to 4")
                            .arg(parser.value(scaleOption).left(40)));
    }

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(out, file.errorString()));
    std::unique_ptr<QPaintDevice> device;
    QImage image;
    if (suffix == QLatin1String("png")) {
        image = QImage(size * scale, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(scale);
        image.fill(Qt::white);
    } else if (suffix == QLatin1String("svg")) {
        auto svg = std::make_unique<QSvgGenerator>();
        svg->setOutputDevice(&file);
        svg->setSize(size);
        svg->setViewBox(QRect(QPoint(0, 0), size));
        svg->setTitle(lessons->steps[steps.first()].title.value(language));
        device = std::move(svg);
    } else {
        auto pdf = std::make_unique<QPdfWriter>(&file);
        pdf->setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf->setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf->setResolution(72); // one logical unit per point: the page is `size` units
        pdf->setTitle(tr("RoPE Lab lessons"));
        pdf->setCreator(QStringLiteral("RoPE Lab"));
        device = std::move(pdf);
    }
    QPainter painter;
    if (!painter.begin(image.isNull() ? device.get() : static_cast<QPaintDevice *>(&image)))
        return fail(tr("cannot write %1: the painter could not start").arg(out));
    for (qsizetype k = 0; k < steps.size(); ++k) {
        const core::LessonStep &step = lessons->steps[steps[k]];
        QString error;
        StepView prepared = prepare(step, size, &error);
        if (!prepared.view) {
            painter.end();
            file.cancelWriting();
            return fail(error);
        }
        if (k > 0)
            static_cast<QPdfWriter *>(device.get())->newPage();
        ui::paintLessonPage(&painter, QRectF(QPointF(0, 0), QSizeF(size)),
                            step.title.value(language),
                            core::fillLessonText(step.text.value(language), step.params, QLocale()),
                            *prepared.view);
    }
    painter.end();
    if (!image.isNull() && !image.save(&file, "PNG"))
        return fail(tr("cannot write %1: %2").arg(out, file.errorString()));
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(out, file.errorString()));
    return ExitOk;
}

} // namespace ropelab::app
