// What exported files look like from the outside: their names (model + view, sanitised;
// export-all never writes over files it was not told to), the heading that names the model
// (SVG title and text, also when the exporter finds the model through the window), curve
// widths that scale with the export (SVG stroke widths are not non-scaling; a PNG at scale 2
// has curves twice as thick as at scale 1), and the messages for a folder or a bad size.

#include "charts/bandsview.h"
#include "controllers/paramscontroller.h"
#include "exporter.h"
#include "theme.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace ropelab;

namespace {

// Llama 3 x 8 with a model name: the bands view has a scaled curve and a ratio curve.
void loadLlama3(ui::ParamsController &params, const QString &sourceName)
{
    numerics::RopeParams p = params.params();
    p.method = numerics::Method::Llama3;
    p.base = 500000.0;
    p.factor = 8.0;
    p.originalMaxPositions = 8192;
    p.maxPositions = 131072;
    params.loadParams(p, {}, sourceName);
}

struct SvgFacts
{
    QString title; // <title>
    QString text; // all character data
    QStringList scaledStrokeWidths; // stroke-width of groups drawn in the scaled colour
    QStringList scaledVectorEffects; // vector-effect of the shapes in those groups
};

SvgFacts readSvg(const QString &path)
{
    SvgFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    QXmlStreamReader xml(&file);
    const QString scaled = ui::theme::scaledColor().name();
    QList<bool> inScaled { false };
    bool inTitle = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            bool scaledGroup = inScaled.back();
            if (xml.name() == QLatin1String("g")) {
                if (attributes.value(QLatin1String("stroke")) == scaled) {
                    scaledGroup = true;
                    facts.scaledStrokeWidths
                        << attributes.value(QLatin1String("stroke-width")).toString();
                } else if (attributes.hasAttribute(QLatin1String("stroke"))) {
                    scaledGroup = false;
                }
            } else if (scaledGroup
                       && (xml.name() == QLatin1String("polyline")
                           || xml.name() == QLatin1String("path"))) {
                facts.scaledVectorEffects
                    << attributes.value(QLatin1String("vector-effect")).toString();
            }
            inScaled.append(scaledGroup);
            inTitle = xml.name() == QLatin1String("title");
        } else if (xml.isEndElement()) {
            inScaled.removeLast();
            inTitle = false;
        } else if (xml.isCharacters()) {
            if (inTitle)
                facts.title += xml.text();
            facts.text += xml.text();
        }
    }
    return facts;
}

// Pixels within a small distance of `color`: the solid cores of the curves drawn in it.
int pixelsOf(const QImage &image, const QColor &color)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            const int distance = std::abs(qRed(line[x]) - color.red())
                + std::abs(qGreen(line[x]) - color.green())
                + std::abs(qBlue(line[x]) - color.blue());
            count += distance < 40 ? 1 : 0;
        }
    }
    return count;
}

} // namespace

class TestExportFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileNameStem_data();
    void fileNameStem();
    void exportAllNamesTheModel();
    void exportAllKeepsExistingFiles();
    void svgHeadingNamesTheModel();
    void headingFindsTheWindowsModel();
    void curvesScaleWithTheExport();
    void pathProblems_data();
    void pathProblems();
    void sizeProblems_data();
    void sizeProblems();
};

void TestExportFiles::fileNameStem_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("stem");
    QTest::newRow("preset title") << "DeepSeek-V3"
                                  << "DeepSeek-V3";
    QTest::newRow("spaces") << "Llama 3.1 8B"
                            << "Llama-3.1-8B";
    QTest::newRow("config file") << "config.json"
                                 << "config";
    QTest::newRow("slashes and colons") << "a/b:c*d?"
                                        << "a-b-c-d";
    QTest::newRow("leading dots") << "../secret"
                                  << "secret";
    QTest::newRow("Chinese kept") << "\u901a\u4e49\u5343\u95ee 7B"
                                  << "\u901a\u4e49\u5343\u95ee-7B";
    QTest::newRow("nothing usable") << "///"
                                    << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("long") << QString(100, QLatin1Char('x')) << QString(64, QLatin1Char('x'));
}

void TestExportFiles::fileNameStem()
{
    QFETCH(QString, source);
    QFETCH(QString, stem);
    QCOMPARE(ui::fileNameStem(source), stem);
}

void TestExportFiles::exportAllNamesTheModel()
{
    ui::ParamsController params;
    loadLlama3(params, QStringLiteral("Llama 3.1 8B"));
    ui::BandsView bands(&params);
    QTemporaryDir dir;
    ui::ExportOptions options;
    options.size = QSize(320, 240);
    options.scale = 1.0;
    options.sourceName = params.sourceName();
    const QStringList expected { "Llama-3.1-8B_bands.csv", "Llama-3.1-8B_bands.png",
                                 "Llama-3.1-8B_bands.svg" };
    QCOMPARE(ui::exportAllPaths({ &bands }, dir.path(), options.sourceName),
             QStringList({ dir.filePath("Llama-3.1-8B_bands.png"),
                           dir.filePath("Llama-3.1-8B_bands.svg"),
                           dir.filePath("Llama-3.1-8B_bands.csv") }));
    const QStringList errors = ui::exportAllViews({ &bands }, dir.path(), options);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name), expected);
}

void TestExportFiles::exportAllKeepsExistingFiles()
{
    ui::ParamsController params;
    loadLlama3(params, QStringLiteral("DeepSeek-V3"));
    ui::BandsView bands(&params);
    QTemporaryDir dir;
    ui::ExportOptions options;
    options.size = QSize(320, 240);
    options.scale = 1.0;
    options.sourceName = params.sourceName();
    // An older figure of the same name (only the CSV): "keep both" numbers the whole new set.
    QFile old(dir.filePath(QStringLiteral("DeepSeek-V3_bands.csv")));
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    QCOMPARE(
        ui::exportAllPaths({ &bands }, dir.path(), options.sourceName, ui::ExistingFiles::KeepBoth),
        QStringList({ dir.filePath("DeepSeek-V3_bands-2.png"),
                      dir.filePath("DeepSeek-V3_bands-2.svg"),
                      dir.filePath("DeepSeek-V3_bands-2.csv") }));
    QVERIFY(
        ui::exportAllViews({ &bands }, dir.path(), options, ui::ExistingFiles::KeepBoth).isEmpty());
    QVERIFY(
        ui::exportAllViews({ &bands }, dir.path(), options, ui::ExistingFiles::KeepBoth).isEmpty());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files, QDir::Name),
             QStringList({ "DeepSeek-V3_bands-2.csv", "DeepSeek-V3_bands-2.png",
                           "DeepSeek-V3_bands-2.svg", "DeepSeek-V3_bands-3.csv",
                           "DeepSeek-V3_bands-3.png", "DeepSeek-V3_bands-3.svg",
                           "DeepSeek-V3_bands.csv" }));
    QFile kept(dir.filePath(QStringLiteral("DeepSeek-V3_bands.csv")));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("old"));
    kept.close();
    // Replace: the plain names, the old CSV overwritten.
    QVERIFY(
        ui::exportAllViews({ &bands }, dir.path(), options, ui::ExistingFiles::Replace).isEmpty());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QVERIFY(kept.readAll().startsWith("pair_index,"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 9);
}

void TestExportFiles::svgHeadingNamesTheModel()
{
    ui::ParamsController params;
    loadLlama3(params, QStringLiteral("Llama 3.1 8B"));
    ui::BandsView bands(&params);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.svg"));
    ui::ExportOptions options;
    options.size = QSize(900, 600);
    options.sourceName = params.sourceName();
    QVERIFY(ui::exportView(bands, path, options).isEmpty());
    const SvgFacts facts = readSvg(path);
    QCOMPARE(facts.title, QStringLiteral("Llama 3.1 8B \u2014 Frequency bands"));
    QVERIFY2(facts.text.contains(QStringLiteral("Llama 3.1 8B \u2014 Frequency bands")),
             qPrintable(facts.text.left(300)));
    // Without a model: the view's title alone, no heading.
    ui::ParamsController unnamed;
    ui::BandsView plain(&unnamed);
    ui::ExportOptions plainOptions;
    plainOptions.size = options.size;
    QVERIFY(ui::exportView(plain, path, plainOptions).isEmpty());
    const SvgFacts plainFacts = readSvg(path);
    QCOMPARE(plainFacts.title, QStringLiteral("Frequency bands"));
    QVERIFY(!plainFacts.text.contains(QStringLiteral("\u2014")));
}

void TestExportFiles::headingFindsTheWindowsModel()
{
    // Exports from the window (export current view, clipboard) do not pass the model: the
    // exporter asks the ParamsController of the window the view sits in.
    QWidget window;
    auto *params = new ui::ParamsController(&window);
    loadLlama3(*params, QStringLiteral("Qwen2.5 7B (YaRN)"));
    auto *bands = new ui::BandsView(params, &window);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bands.svg"));
    QVERIFY(ui::exportView(*bands, path).isEmpty());
    QCOMPARE(readSvg(path).title, QStringLiteral("Qwen2.5 7B (YaRN) \u2014 Frequency bands"));
    const QStringList errors = ui::exportAllViews({ bands }, dir.filePath(QStringLiteral("all")));
    QVERIFY(errors.isEmpty());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("all/Qwen2.5-7B-YaRN_bands.png"))));
}

void TestExportFiles::curvesScaleWithTheExport()
{
    ui::ParamsController params;
    loadLlama3(params, QString());
    ui::BandsView bands(&params);
    QTemporaryDir dir;
    // SVG: the scaled curves keep the width they have on screen (2.5) and scale with the
    // figure (no non-scaling stroke).
    const QString svg = dir.filePath(QStringLiteral("bands.svg"));
    QVERIFY(ui::exportView(bands, svg).isEmpty());
    const SvgFacts facts = readSvg(svg);
    QVERIFY(!facts.scaledStrokeWidths.isEmpty());
    for (const QString &width : facts.scaledStrokeWidths)
        QCOMPARE(width, QStringLiteral("2.5"));
    QVERIFY(!facts.scaledVectorEffects.isEmpty());
    QVERIFY2(!facts.scaledVectorEffects.contains(QStringLiteral("non-scaling-stroke")),
             qPrintable(facts.scaledVectorEffects.join(QLatin1Char(','))));
    // PNG at scale 2 is the scale-1 picture at twice the resolution: curves twice as long AND
    // twice as wide: about 4x the pixels of solid curve colour (more, as antialiasing eats a
    // larger share of a thin line); a width fixed in device pixels gave about 2.5x.
    int counts[2] = { 0, 0 };
    for (int k = 1; k <= 2; ++k) {
        ui::ExportOptions options;
        options.size = QSize(800, 500);
        options.scale = k;
        const QString png = dir.filePath(QStringLiteral("bands%1.png").arg(k));
        QVERIFY(ui::exportView(bands, png, options).isEmpty());
        counts[k - 1] = pixelsOf(QImage(png), ui::theme::scaledColor());
    }
    QVERIFY(counts[0] > 1000);
    const double ratio = double(counts[1]) / counts[0];
    QVERIFY2(ratio > 3.2 && ratio < 6.0,
             qPrintable(QStringLiteral("%1 / %2 = %3").arg(counts[1]).arg(counts[0]).arg(ratio)));
}

void TestExportFiles::pathProblems_data()
{
    QTest::addColumn<QString>("relative"); // "" = the temporary folder itself
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("a folder") << "" << QStringList { "it is a folder", "bands.png" };
    QTest::newRow("a folder with a slash") << "sub/" << QStringList { "it is a folder" };
    QTest::newRow("no suffix") << "figure" << QStringList { "no type", ".png, .svg or .csv" };
    QTest::newRow("unknown suffix") << "figure.jpg" << QStringList { "unknown file type 'jpg'" };
}

void TestExportFiles::pathProblems()
{
    QFETCH(QString, relative);
    QFETCH(QStringList, mentions);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString path = relative.isEmpty() ? dir.path() : dir.filePath(relative);
    ui::ParamsController params;
    ui::BandsView bands(&params);
    const QString problem = ui::exportPathProblem(path, bands.viewId());
    QCOMPARE(ui::exportView(bands, path), problem);
    for (const QString &text : mentions)
        QVERIFY2(problem.contains(text), qPrintable(problem));
    QVERIFY(problem.contains(QDir::toNativeSeparators(path)));
    QVERIFY(ui::exportPathProblem(dir.filePath(QStringLiteral("x.SVG"))).isEmpty());
}

void TestExportFiles::sizeProblems_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("problem");
    QTest::newRow("fits") << QSize(1200, 800) << 2.0 << "";
    QTest::newRow("side too large") << QSize(100000, 100000) << 1.0
                                    << "Export size 100000x100000 is too large: each side can be "
                                       "at most 20000.";
    QTest::newRow("side too small") << QSize(8, 600) << 1.0
                                    << "Export size 8x600 is too small: each side must be at "
                                       "least 16.";
    QTest::newRow("too many pixels") << QSize(20000, 20000) << 2.0
                                     << "Export too large: 20000x20000 at scale 2 is 1600 "
                                        "million pixels; the limit is 250 million.";
    QTest::newRow("scale") << QSize(1200, 800) << 9.0
                           << "Invalid export scale 9: it must be between 0.25 and 8.";
}

void TestExportFiles::sizeProblems()
{
    QFETCH(QSize, size);
    QFETCH(double, scale);
    QFETCH(QString, problem);
    ui::ExportOptions options;
    options.size = size;
    options.scale = scale;
    QCOMPARE(ui::exportOptionsProblem(options), problem);
}

QTEST_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
