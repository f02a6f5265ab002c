// ui::exportView / exportAllViews / copyViewToClipboard: PNG of the requested pixel size,
// SVG that parses, CSV whose numbers are the plotted data, atomic writes (a bad path reports
// an error naming it and leaves no file), unknown suffixes and bad sizes rejected.

#include "charts/bandsview.h"
#include "charts/chartpanel.h"
#include "charts/decayview.h"
#include "charts/heatmapview.h"
#include "charts/temperatureview.h"
#include "controllers/paramscontroller.h"
#include "exporter.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace ropelab;

class TestExporter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pngHasRequestedPixelSize_data();
    void pngHasRequestedPixelSize();
    void pngIsNotBlank();
    void svgParses_data();
    void svgParses();
    void csvEqualsPlottedData();
    void badPathLeavesNoFile_data();
    void badPathLeavesNoFile();
    void overwriteFailureKeepsOldFile();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void exportAllViewsWritesEveryFile();
    void clipboardGetsImage();
};

void TestExporter::pngHasRequestedPixelSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::newRow("1200x800 at 2x (default)") << QSize(1200, 800) << 2.0;
    QTest::newRow("800x600 at 1x") << QSize(800, 600) << 1.0;
    QTest::newRow("640x480 at 1.5x") << QSize(640, 480) << 1.5;
    QTest::newRow("tall 300x900 at 3x") << QSize(300, 900) << 3.0;
}

void TestExporter::pngHasRequestedPixelSize()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    ui::ParamsController params;
    ui::BandsView view(&params);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bands.png"));
    ui::ExportOptions options;
    options.size = size;
    options.scale = scale;
    const QString error = ui::exportView(view, path, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
}

void TestExporter::pngIsNotBlank()
{
    // The chart is really painted: many distinct colours, including the scaled curve's.
    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Yarn;
    p.factor = 8.0;
    params.setParams(p);
    ui::BandsView view(&params);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.png"));
    QVERIFY(ui::exportView(view, path).isEmpty());
    const QImage image(path);
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
}

void TestExporter::svgParses_data()
{
    QTest::addColumn<QString>("viewId");
    QTest::addColumn<QString>("expectedText");
    QTest::newRow("bands") << "bands" << "wavelength (tokens)";
    QTest::newRow("decay") << "decay" << "relative distance m \u2212 n (tokens)";
    QTest::newRow("temperature") << "temperature" << "entropy (nats)";
    QTest::newRow("heatmap") << "heatmap" << "position m (tokens)";
}

void TestExporter::svgParses()
{
    QFETCH(QString, viewId);
    QFETCH(QString, expectedText);
    ui::ParamsController params;
    std::unique_ptr<QWidget> widget;
    ui::ExportableView *view = nullptr;
    if (viewId == QLatin1String("bands")) {
        auto *v = new ui::BandsView(&params);
        widget.reset(v);
        view = v;
    } else if (viewId == QLatin1String("decay")) {
        auto *v = new ui::DecayView(&params);
        widget.reset(v);
        view = v;
    } else if (viewId == QLatin1String("temperature")) {
        auto *v = new ui::TemperatureView(&params);
        widget.reset(v);
        view = v;
    } else {
        auto *v = new ui::HeatmapView(&params);
        widget.reset(v);
        view = v;
    }
    QTRY_VERIFY_WITH_TIMEOUT(!view->isPending(), 30000);
    QTemporaryDir dir;
    const QString path = dir.filePath(viewId + QStringLiteral(".svg"));
    ui::ExportOptions options;
    options.size = QSize(900, 600);
    const QString error = ui::exportView(*view, path, options);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    bool sawSvg = false;
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg")) {
            sawSvg = true;
            QCOMPARE(xml.attributes().value(QLatin1String("viewBox")).toString(),
                     QStringLiteral("0 0 900 600"));
        }
        if (xml.isCharacters())
            text += xml.text();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvg);
    QVERIFY2(text.contains(expectedText), qPrintable(expectedText));
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
}

void TestExporter::csvEqualsPlottedData()
{
    ui::ParamsController params;
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Llama3;
    p.base = 500000.0;
    p.factor = 8.0;
    p.originalMaxPositions = 8192;
    params.setParams(p);
    ui::BandsView view(&params);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.csv"));
    QVERIFY(ui::exportView(view, path).isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), QStringLiteral("pair_index,unscaled_wavelength_tokens,"
                                           "scaled_wavelength_tokens,frequency_ratio,ramp,band"));
    const QList<QPointF> unscaled = view.wavelengthChart()->lineData(0);
    const QList<QPointF> scaled = view.wavelengthChart()->lineData(1);
    const QList<QPointF> ratio = view.ratioChart()->lineData(0);
    const QList<QPointF> ramp = view.ratioChart()->lineData(1);
    QCOMPARE(lines.size() - 1, scaled.size());
    QCOMPARE(scaled.size(), 64);
    for (qsizetype i = 0; i < scaled.size(); ++i) {
        const QStringList cells = lines[i + 1].split(QLatin1Char(','));
        QCOMPARE(cells.size(), 6);
        // 17 significant digits: the doubles round-trip exactly.
        QCOMPARE(cells[0].toDouble(), scaled[i].x());
        QCOMPARE(cells[1].toDouble(), unscaled[i].y());
        QCOMPARE(cells[2].toDouble(), scaled[i].y());
        QCOMPARE(cells[3].toDouble(), ratio[i].y());
        QCOMPARE(cells[4].toDouble(), ramp[i].y());
        QVERIFY(cells[5] == "high" || cells[5] == "medium" || cells[5] == "low");
    }
}

void TestExporter::badPathLeavesNoFile_data()
{
    QTest::addColumn<QString>("relative"); // under a regular file: no directory can exist there
    QTest::addColumn<QString>("suffix");
    QTest::newRow("png under a file") << "blocker/out.png" << "png";
    QTest::newRow("svg under a file") << "blocker/out.svg" << "svg";
    QTest::newRow("csv under a file") << "blocker/out.csv" << "csv";
    QTest::newRow("png in a missing folder") << "missing/deeper/out.png" << "png";
}

void TestExporter::badPathLeavesNoFile()
{
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.write("x");
    blocker.close();
    ui::ParamsController params;
    ui::BandsView view(&params);
    const QString path = dir.filePath(relative);
    const QString error = ui::exportView(view, path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    // Nothing else appeared either (no temporary left behind).
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("blocker")});
}

void TestExporter::overwriteFailureKeepsOldFile()
{
    // A failing export (bad size) does not touch an existing file at the path.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.png"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("previous");
    old.close();
    ui::ParamsController params;
    ui::BandsView view(&params);
    ui::ExportOptions options;
    options.size = QSize(0, 10);
    QVERIFY(!ui::exportView(view, path, options).isEmpty());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("previous"));
}

void TestExporter::rejectsBadOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown suffix") << "out.jpg" << QSize(800, 600) << 1.0 << "jpg";
    QTest::newRow("no suffix") << "out" << QSize(800, 600) << 1.0 << "out";
    QTest::newRow("zero width") << "out.png" << QSize(0, 600) << 1.0 << "0x600";
    QTest::newRow("huge") << "out.png" << QSize(20000, 20000) << 8.0 << "20000";
    QTest::newRow("negative scale") << "out.png" << QSize(800, 600) << -1.0 << "-1";
    QTest::newRow("NaN scale") << "out.svg" << QSize(800, 600) << std::nan("") << "nan";
}

void TestExporter::rejectsBadOptions()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    ui::ParamsController params;
    ui::BandsView view(&params);
    ui::ExportOptions options;
    options.size = size;
    options.scale = scale;
    const QString error = ui::exportView(view, dir.filePath(file), options);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(mentions, Qt::CaseInsensitive), qPrintable(error));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestExporter::exportAllViewsWritesEveryFile()
{
    ui::ParamsController params;
    ui::BandsView bands(&params);
    ui::TemperatureView temperature(&params);
    QTRY_VERIFY_WITH_TIMEOUT(!temperature.isPending(), 30000);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("figures"));
    ui::ExportOptions options;
    options.size = QSize(400, 300);
    options.scale = 1.0;
    const QStringList errors = ui::exportAllViews({&bands, &temperature}, folder, options);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QStringList expected{"bands.csv", "bands.png", "bands.svg", "temperature.csv",
                         "temperature.png", "temperature.svg"};
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), expected);
    QCOMPARE(QImageReader(QDir(folder).filePath("temperature.png")).size(), QSize(400, 300));

    // A folder that cannot be created: one error naming it.
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QStringList failed = ui::exportAllViews({&bands}, dir.filePath("blocker/sub"), options);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first().contains(QStringLiteral("sub")));
}

void TestExporter::clipboardGetsImage()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    QVERIFY(clipboard);
    clipboard->clear();
    ui::ParamsController params;
    ui::BandsView view(&params);
    ui::ExportOptions options;
    options.size = QSize(320, 200);
    options.scale = 2.0;
    ui::copyViewToClipboard(view, options);
    const QImage image = clipboard->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(640, 400));
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
