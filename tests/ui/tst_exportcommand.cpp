// `ropelab export` end to end through QProcess (the built binary from ROPELAB_BINARY): PNG of
// W*scale x H*scale pixels, SVG and CSV files, and exit code 2 with one line on stderr naming
// the problem for bad input (view name, unwritable path, size, preset, numbers).

#include <QDir>
#include <cmath>
#include <numbers>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QProcess>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run runExport(const QStringList &arguments)
{
    Run run;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("ROPELAB_BINARY"), QStringList{QStringLiteral("export")} + arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    // Qt's own environment notes (XDG_RUNTIME_DIR) are not ours: keep only our lines.
    const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("ropelab")))
            run.err += line + QLatin1Char('\n');
    }
    return run;
}

} // namespace

class TestExportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesPng_data();
    void writesPng();
    void writesSvgAndCsv_data();
    void writesSvgAndCsv();
    void overridesReachTheView();
    void factorBelowOneIsComputed();
    void headingNamesTheModel();
    void badInput_data();
    void badInput();
};

void TestExportCommand::initTestCase()
{
    const QString binary = qEnvironmentVariable("ROPELAB_BINARY");
    QVERIFY2(QFileInfo(binary).isExecutable(), qPrintable(binary));
}

void TestExportCommand::writesPng_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("size");
    QTest::addColumn<QString>("scale");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("bands 640x400 x2") << "llama3.1-8b" << "bands" << "640x400" << "2" << QSize(1280, 800);
    QTest::newRow("decay 800x500 x1") << "qwen2.5-7b-yarn" << "decay" << "800x500" << "1" << QSize(800, 500);
    QTest::newRow("temperature 600x400 x1.5") << "deepseek-v3" << "temperature" << "600x400" << "1.5" << QSize(900, 600);
    QTest::newRow("heatmap 500x300 x2") << "llama3.1-8b" << "heatmap" << "500x300" << "2" << QSize(1000, 600);
    QTest::newRow("rotation 700x500 x1") << "qwen2.5-7b-yarn" << "rotation" << "700x500" << "1" << QSize(700, 500);
}

void TestExportCommand::writesPng()
{
    QFETCH(QString, preset);
    QFETCH(QString, view);
    QFETCH(QString, size);
    QFETCH(QString, scale);
    QFETCH(QSize, pixels);
    QTemporaryDir dir;
    const QString out = dir.filePath(view + QStringLiteral(".png"));
    const Run run = runExport({"--preset", preset, "--view", view, "--out", out, "--size", size,
                               "--scale", scale});
    QCOMPARE(run.status, QProcess::NormalExit);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.err.isEmpty());
    QImageReader reader(out);
    QCOMPARE(reader.format(), QByteArray("png"));
    QCOMPARE(reader.size(), pixels);
}

void TestExportCommand::writesSvgAndCsv_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("csvHeader");
    QTest::newRow("bands svg") << "bands" << "svg" << "";
    QTest::newRow("decay svg") << "decay" << "svg" << "";
    QTest::newRow("bands csv") << "bands" << "csv"
                               << "pair_index,unscaled_wavelength_tokens,scaled_wavelength_tokens,"
                                  "frequency_ratio,ramp,band";
    QTest::newRow("decay csv") << "decay" << "csv"
                               << "series,score_kind,distance_tokens,normalised_score,envelope_max_abs_score";
}

void TestExportCommand::writesSvgAndCsv()
{
    QFETCH(QString, view);
    QFETCH(QString, suffix);
    QFETCH(QString, csvHeader);
    QTemporaryDir dir;
    const QString out = dir.filePath(view + QLatin1Char('.') + suffix);
    const Run run = runExport({"--preset", "qwen2.5-7b-yarn", "--view", view, "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (suffix == QLatin1String("svg")) {
        QSvgRenderer renderer(out);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 1200, 800)); // the default size
        return;
    }
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), csvHeader);
    QVERIFY(lines.size() > 60);
}

void TestExportCommand::overridesReachTheView()
{
    // --method linear --factor 4 --base 10000 --head-dim 64: 32 pairs, every frequency / 4.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bands.csv"));
    const Run run = runExport({"--preset", "llama2-7b", "--method", "linear", "--factor", "4",
                               "--base", "10000", "--head-dim", "64", "--view", "bands", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 33);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        const double expected = 2.0 * std::numbers::pi * std::pow(10000.0, 2.0 * double(i - 1) / 64.0);
        QVERIFY(std::abs(cells[1].toDouble() / expected - 1.0) < 1e-12);
        QVERIFY(std::abs(cells[3].toDouble() - 0.25) < 1e-12);
    }
}

void TestExportCommand::factorBelowOneIsComputed()
{
    // HF warns about a factor below 1 and computes on; so does --factor (every frequency x 2).
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("bands.csv"));
    const Run run = runExport({"--preset", "llama2-7b", "--method", "linear", "--factor", "0.5",
                               "--view", "bands", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 65);
    for (qsizetype i = 1; i < lines.size(); ++i)
        QCOMPARE(lines[i].split(QLatin1Char(','))[3].toDouble(), 2.0);
}

void TestExportCommand::headingNamesTheModel()
{
    // The figure's heading (and the SVG's <title>) names the preset's model.
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("decay.svg"));
    const Run run = runExport({"--preset", "deepseek-v3", "--view", "decay", "--out", out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("<title>DeepSeek-V3 \u2014 Score vs distance</title>")));
    QVERIFY(svg.contains(QStringLiteral(">DeepSeek-V3 \u2014 Score vs distance</text>")));
}

void TestExportCommand::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("outName"); // must not exist afterwards
    QTest::newRow("unknown view") << QStringList{"--preset", "llama3.1-8b", "--view", "bogus", "--out", "OUT"}
                                  << "bogus" << "bogus.png";
    QTest::newRow("unwritable path")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "BLOCKER/x.png"}
            << "x.png" << "BLOCKER/x.png";
    QTest::newRow("unknown suffix")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT.jpg"} << "jpg"
            << "out.jpg";
    QTest::newRow("bad size") << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT", "--size", "12x"}
                              << "12x" << "out.png";
    QTest::newRow("size too large")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT", "--size", "100000x100000"}
            << "--size '100000x100000' is too large: each side can be at most 20000" << "out.png";
    QTest::newRow("size too small")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT", "--size", "8x8"}
            << "--size '8x8' is too small: each side must be at least 16" << "out.png";
    QTest::newRow("too many pixels")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT", "--size",
                           "20000x20000", "--scale", "2"}
            << "20000x20000 at scale 2 is 1600 million pixels; the limit is 250 million" << "out.png";
    QTest::newRow("out is a folder")
            << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "DIR"}
            << "it is a folder. Give a file name in it, e.g. " << "bands.png";
    QTest::newRow("bad scale") << QStringList{"--preset", "llama3.1-8b", "--view", "bands", "--out", "OUT", "--scale", "zero"}
                               << "zero" << "out.png";
    QTest::newRow("unknown preset") << QStringList{"--preset", "no-such-model", "--view", "bands", "--out", "OUT"}
                                    << "no-such-model" << "out.png";
    QTest::newRow("missing config") << QStringList{"--config", "/nonexistent/config.json", "--view", "bands", "--out", "OUT"}
                                    << "config.json" << "out.png";
    QTest::newRow("unknown method") << QStringList{"--preset", "llama3.1-8b", "--method", "magic", "--view", "bands", "--out", "OUT"}
                                    << "magic" << "out.png";
    QTest::newRow("odd head dim") << QStringList{"--preset", "llama3.1-8b", "--head-dim", "7", "--view", "bands", "--out", "OUT"}
                                  << "head_dim" << "out.png";
    QTest::newRow("factor not a number") << QStringList{"--preset", "llama3.1-8b", "--factor", "nan", "--view", "bands", "--out", "OUT"}
                                         << "factor" << "out.png";
    // --factor: the importer's rule and sentence (core::checkFactor), naming the option.
    QTest::newRow("factor negative")
            << QStringList{"--preset", "llama3.1-8b", "--factor", "-1", "--view", "bands", "--out", "OUT"}
            << "--factor must be a float or int >= 1, got -1 (RoPE Lab computes factors from 1e-06 "
               "to 1000000.0, those below 1 with a warning)"
            << "out.png";
    QTest::newRow("factor text")
            << QStringList{"--preset", "llama3.1-8b", "--factor", "abc", "--view", "bands", "--out", "OUT"}
            << "--factor must be a float or int >= 1, got abc (" << "out.png";
    QTest::newRow("no view") << QStringList{"--preset", "llama3.1-8b", "--out", "OUT"} << "--view" << "out.png";
    QTest::newRow("both preset and config")
            << QStringList{"--preset", "llama3.1-8b", "--config", "x.json", "--view", "bands", "--out", "OUT"}
            << "--preset" << "out.png";
}

void TestExportCommand::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    QFETCH(QString, outName);
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    for (QString &argument : arguments) {
        argument.replace(QLatin1String("BLOCKER"), dir.filePath(QStringLiteral("blocker")));
        if (argument == QLatin1String("OUT"))
            argument = dir.filePath(QStringLiteral("out.png"));
        else if (argument == QLatin1String("DIR"))
            argument = dir.path();
        else if (argument == QLatin1String("OUT.jpg"))
            argument = dir.filePath(QStringLiteral("out.jpg"));
    }
    const Run run = runExport(arguments);
    QCOMPARE(run.status, QProcess::NormalExit);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // exactly one line
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    outName.replace(QLatin1String("BLOCKER"), QStringLiteral("blocker"));
    QVERIFY(!QFile::exists(dir.filePath(outName)));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("blocker")});
}

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
