// Runs the built `ropelab` executable (ROPELAB_BINARY) with QProcess: `inspect --json` on
// golden configs reproduces the reference inv_freq, presets work, bad input exits with code 2
// and exactly one stderr line, and --help / --version exit 0. `inspect` and `sweep` take the
// options of `export` (parameter overrides; sweep also the view options, with the same grid
// and the same heatmap table as the views).

#include "hfjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using ropelab::tests::rawObjectAfter;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// `headless` removes every way to reach a display: what must work on a bare server.
// `locale`: run under LANG/LANGUAGE = it ("" keeps the test's environment).
Run run(const QStringList &arguments, bool headless = false, const QString &locale = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (headless) {
        for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
            environment.remove(QString::fromLatin1(name));
    }
    if (!locale.isEmpty()) {
        environment.insert(QStringLiteral("LANG"), locale + QStringLiteral(".UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), locale);
        environment.remove(QStringLiteral("LC_ALL"));
    }
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ROPELAB_BINARY"), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpNamesTheCommand();
    void overriddenKeysAreNotWarnedAbout();
    void lessonList();
    void inspectTableAlignsChinese();
    void lessonPagesAndHandout();
    void inspectGoldenJson_data();
    void inspectGoldenJson();
    void inspectPreset();
    void inspectTable();
    void presetsList();
    void badInput_data();
    void badInput();
    void helpAndVersion_data();
    void helpAndVersion();
    void sweepBoundCsv();
    void sweepBadInput_data();
    void sweepBadInput();
    void inspectOverrides();
    void sweepDecayModeSameAsKind();
    void sweepOverridesApply();
    void sweepLogDistance();
    void sweepOverlayBases();
    void sweepAnglesIsHeatmapExport_data();
    void sweepAnglesIsHeatmapExport();
    void sharedOptionErrors_data();
    void sharedOptionErrors();

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString &name, const QByteArray &content);
    // Runs `arguments` + --out <temp>/<name> (exit code 0 expected) and returns the file's lines.
    QList<QByteArray> csvLines(const QString &name, const QStringList &arguments);
};

QList<QByteArray> TestCli::csvLines(const QString &name, const QStringList &arguments)
{
    const QString out = m_dir.filePath(name);
    const Run result = run(arguments + QStringList { QStringLiteral("--out"), out });
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    QFile file(out);
    if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().split('\n');
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("ROPELAB_BINARY")),
             "ROPELAB_BINARY not set or missing");
    QVERIFY(m_dir.isValid());
}

void TestCli::inspectTableAlignsChinese()
{
    // In Chinese the labels are CJK (two columns a character): every value still starts in
    // column 26, and the per-pair header's columns line up with the rows.
    const Run zh = run({ "inspect", "--preset", "deepseek-v3" }, false, QStringLiteral("zh_CN"));
    QCOMPARE(zh.exitCode, 0);
    const QStringList lines = QString::fromUtf8(zh.out).split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QStringLiteral("来源")), qPrintable(lines.first()));
    const auto columns = [](const QString &text) {
        int width = 0;
        for (const QChar c : text)
            width
                += c.unicode() >= 0x2E80 && c.unicode() <= 0xFFE6 && c.unicode() != 0xFE0F ? 2 : 1;
        return width;
    };
    int checked = 0;
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(QLatin1Char(' ')))
            break; // the per-pair table follows the read-out rows
        // The value starts after the label's padding (the first run of two spaces).
        const qsizetype value = line.indexOf(QRegularExpression(QStringLiteral("\\S")),
                                             line.indexOf(QStringLiteral("  ")));
        QVERIFY2(value > 0 && columns(line.left(value)) == 26, qPrintable(line));
        ++checked;
    }
    QVERIFY(checked >= 10);
    // Header and first row: the last column ("ratio") ends at the same display column.
    const qsizetype header = lines.indexOf(QRegularExpression(QStringLiteral("^\\s+i\\s.*$")));
    QVERIFY(header > 0);
    QCOMPARE(columns(lines.at(header)), columns(lines.at(header + 1)));
}

void TestCli::lessonList()
{
    const Run list = run({ "lesson", "--list" });
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 12);
    QCOMPARE(lines.first(), QByteArray("1\twhy-positions\t1. Why attention needs positions"));
    QVERIFY(lines.at(2).startsWith("3\tmany-pairs\t"));
    const Run bad = run({ "lesson" });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains("--list"));
}

void TestCli::lessonPagesAndHandout()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // One step as a PNG of the asked size.
    const QString png = dir.filePath(QStringLiteral("step3.png"));
    const Run page = run({ "lesson", "3", "--out", png, "--size", "1280x720" });
    QVERIFY2(page.exitCode == 0, page.err.constData());
    // Width and height from the PNG's IHDR chunk (big-endian, bytes 16..23).
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    const QByteArray header = pngFile.read(24);
    QVERIFY(header.startsWith("\x89PNG"));
    const auto be32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
            | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    QCOMPARE(be32(16), 1280u);
    QCOMPARE(be32(20), 720u);
    // In Chinese as SVG: the step's Chinese title is in it.
    const QString svg = dir.filePath(QStringLiteral("step10.svg"));
    const Run chinese = run({ "lesson", "10", "--out", svg, "--lang", "zh_CN" });
    QVERIFY2(chinese.exitCode == 0, chinese.err.constData());
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(svgFile.readAll()).contains(QStringLiteral("注意力温度")));
    // The handout: one PDF page per step.
    const int steps = int(run({ "lesson", "--list" }).out.trimmed().split('\n').size());
    const QString pdf = dir.filePath(QStringLiteral("handout.pdf"));
    const Run handout = run({ "lesson", "--all", "--out", pdf });
    QVERIFY2(handout.exitCode == 0, handout.err.constData());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdfFile.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    static const QRegularExpression pageObject(QStringLiteral("/Type\\s*/Page[^s]"));
    QCOMPARE(int(QString::fromLatin1(bytes).count(pageObject)), steps);
    // Bad input: exit 2 and a line naming the problem; nothing written.
    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    for (const QStringList &arguments :
         { QStringList { "lesson", "99", "--out", bad },
           QStringList { "lesson", "--all", "--out", bad },
           QStringList { "lesson", "3", "--out", bad, "--lang", "fr" } }) {
        const Run result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.isEmpty());
        QVERIFY(!QFile::exists(bad));
    }
}

void TestCli::overriddenKeysAreNotWarnedAbout()
{
    // Llama 2 has no factor: switched to NTK-aware the importer says it uses 1.0; with
    // --factor 8 that warning would contradict the numbers, so it is gone.
    const Run plain
        = run({ "inspect", "--preset", "llama2-7b", "--method", "ntk-aware", "--json" });
    QCOMPARE(plain.exitCode, 0);
    QVERIFY2(plain.out.contains("factor is not set"), plain.out.constData());
    const Run given = run(
        { "inspect", "--preset", "llama2-7b", "--method", "ntk-aware", "--factor", "8", "--json" });
    QCOMPARE(given.exitCode, 0);
    QVERIFY2(!given.out.contains("factor is not set"), given.out.constData());
    const QJsonObject json = QJsonDocument::fromJson(given.out).object();
    QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 0);
}

void TestCli::helpNamesTheCommand()
{
    // The usage line is what to type, not the executable's path.
    for (const char *command : { "export", "inspect", "sweep" }) {
        const Run help = run({ QString::fromLatin1(command), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QByteArray first = help.out.left(help.out.indexOf('\n'));
        QVERIFY2(first.startsWith(QByteArray("Usage: ropelab ") + command + " [options]"),
                 first.constData());
    }
}

void TestCli::inspectGoldenJson_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("ropeType");
    QTest::newRow("llama3") << QStringLiteral("g_llama3_factor8") << QStringLiteral("llama3");
    QTest::newRow("qwen2.5 yarn") << QStringLiteral("e_yarn_qwen25_factor4_orig32768")
                                  << QStringLiteral("yarn");
    QTest::newRow("dynamic seq 8192")
        << QStringLiteral("c_dynamic_ntk_factor4_orig2048_seq8192") << QStringLiteral("dynamic");
    QTest::newRow("longrope long")
        << QStringLiteral("h_longrope_hd8_long_seq4097") << QStringLiteral("longrope");
}

void TestCli::inspectGoldenJson()
{
    QFETCH(QString, golden);
    QFETCH(QString, ropeType);
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + golden + QStringLiteral(".json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QJsonObject reference = QJsonDocument::fromJson(text).object();
    const QString path
        = writeFile(golden + QStringLiteral("_config.json"), rawObjectAfter(text, "config"));

    QStringList arguments { QStringLiteral("inspect"), path, QStringLiteral("--json") };
    const QJsonValue seqLen
        = reference.value(QStringLiteral("config")).toObject().value(QStringLiteral("seq_len"));
    if (seqLen.isDouble())
        arguments << QStringLiteral("--seq-len") << QString::number(seqLen.toInteger());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());

    QJsonParseError error;
    const QJsonObject output = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(output.value(QStringLiteral("rope_type")).toString(), ropeType);
    const QJsonArray expected = reference.value(QStringLiteral("inv_freq_float64")).toArray();
    const QJsonArray actual = output.value(QStringLiteral("inv_freq")).toArray();
    QCOMPARE(actual.size(), expected.size());
    QCOMPARE(output.value(QStringLiteral("rotary_dim")).toInt(), int(2 * expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const double want = expected.at(i).toDouble();
        QVERIFY2(std::abs(actual.at(i).toDouble() - want) <= 1e-12 * std::abs(want),
                 qPrintable(QString::number(i)));
    }
    QVERIFY(std::abs(output.value(QStringLiteral("attention_factor")).toDouble()
                     - reference.value(QStringLiteral("attention_factor")).toDouble())
            <= 1e-12);
    for (const char *key : { "wavelength", "band", "ramp", "ratio", "rotations" })
        QCOMPARE(output.value(QLatin1String(key)).toArray().size(), expected.size());
    QVERIFY(output.value(QStringLiteral("warnings")).isArray());
    QVERIFY(output.contains(QStringLiteral("softmax_scale_multiplier")));
    QVERIFY(output.contains(QStringLiteral("base")));
}

void TestCli::inspectPreset()
{
    const Run result = run({ QStringLiteral("inspect"), QStringLiteral("--preset"),
                             QStringLiteral("llama3.1-8b"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(output.value(QStringLiteral("rope_type")).toString(), QStringLiteral("llama3"));
    QCOMPARE(output.value(QStringLiteral("base")).toDouble(), 500000.0);
    const QJsonArray band = output.value(QStringLiteral("band")).toArray();
    QCOMPARE(band.size(), qsizetype(64));
    for (qsizetype i = 0; i < band.size(); ++i) {
        const QString expected = i < 29 ? QStringLiteral("high")
            : i <= 34                   ? QStringLiteral("medium")
                                        : QStringLiteral("low");
        QCOMPARE(band.at(i).toString(), expected);
    }

    // --method reads the same keys: the MiniMind preset computed as HF yarn gets HF's default
    // attention factor only if attention_factor is absent; MiniMind's config sets 1.0.
    const Run minimind
        = run({ QStringLiteral("inspect"), QStringLiteral("--preset"), QStringLiteral("minimind"),
                QStringLiteral("--method"), QStringLiteral("yarn"), QStringLiteral("--json") });
    QCOMPARE(minimind.exitCode, 0);
    const QJsonObject yarn = QJsonDocument::fromJson(minimind.out).object();
    QCOMPARE(yarn.value(QStringLiteral("rope_type")).toString(), QStringLiteral("yarn"));
    QCOMPARE(yarn.value(QStringLiteral("attention_factor")).toDouble(), 1.0);
    const QJsonArray range = yarn.value(QStringLiteral("correction_range")).toArray();
    QCOMPARE(range.size(), qsizetype(2));
    QCOMPARE(range.at(0).toDouble(), 8.0);
}

void TestCli::inspectTable()
{
    const Run result = run(
        { QStringLiteral("inspect"), QStringLiteral("--preset"), QStringLiteral("deepseek-v3") });
    QCOMPARE(result.exitCode, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY(text.contains(QStringLiteral("yarn")));
    QVERIFY(text.contains(QStringLiteral("[10, 23]")));
    QVERIFY(text.contains(QStringLiteral("0.13523377886088")));
    // Header lines plus one line per pair (d = 64 -> 32 pairs, the last is index 31).
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n\\s+31\\s"))));
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\n\\s+32\\s"))));
}

void TestCli::presetsList()
{
    const Run result = run({ QStringLiteral("presets") });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines
        = QString::fromUtf8(result.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QVERIFY(lines.constFirst().startsWith(QStringLiteral("llama2-7b")));
    QVERIFY(lines.constFirst().contains(QStringLiteral("Llama 2 7B")));
    QVERIFY(QString::fromUtf8(result.out).contains(QStringLiteral("phi3-mini-128k")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");

    const QString malformed = writeFile(QStringLiteral("malformed.json"), "{\"head_dim\": 128,");
    const QString oddDim = writeFile(QStringLiteral("odd.json"), "{\"head_dim\": 127}");
    const QString zeroDim = writeFile(QStringLiteral("zero.json"), "{\"head_dim\": 0}");
    const QString lowBase
        = writeFile(QStringLiteral("base.json"), "{\"head_dim\": 128, \"rope_theta\": 1.0}");
    const QString badFactor = writeFile(
        QStringLiteral("factor.json"),
        "{\"head_dim\": 128, \"rope_scaling\": {\"rope_type\": \"linear\", \"factor\": 0}}");
    const QString good = writeFile(QStringLiteral("good.json"), "{\"head_dim\": 128}");
    const QString inspect = QStringLiteral("inspect");

    QTest::newRow("malformed file") << QStringList { inspect, malformed } << QStringLiteral("JSON");
    QTest::newRow("missing file") << QStringList { inspect,
                                                   m_dir.filePath(QStringLiteral("nope.json")) }
                                  << QStringLiteral("nope.json");
    QTest::newRow("unknown method")
        << QStringList { inspect, good, QStringLiteral("--method"), QStringLiteral("magic") }
        << QStringLiteral("magic");
    QTest::newRow("unknown preset")
        << QStringList { inspect, QStringLiteral("--preset"), QStringLiteral("gpt-9") }
        << QStringLiteral("gpt-9");
    QTest::newRow("odd head_dim") << QStringList { inspect, oddDim } << QStringLiteral("head_dim");
    QTest::newRow("zero head_dim")
        << QStringList { inspect, zeroDim } << QStringLiteral("head_dim");
    QTest::newRow("base <= 1") << QStringList { inspect, lowBase } << QStringLiteral("rope_theta");
    QTest::newRow("factor <= 0") << QStringList { inspect, badFactor } << QStringLiteral("factor");
    QTest::newRow("seq-len text") << QStringList { inspect, good, QStringLiteral("--seq-len"),
                                                   QStringLiteral("many") }
                                  << QStringLiteral("--seq-len");
    QTest::newRow("seq-len zero") << QStringList { inspect, good, QStringLiteral("--seq-len"),
                                                   QStringLiteral("0") }
                                  << QStringLiteral("--seq-len");
    QTest::newRow("nothing to inspect") << QStringList { inspect } << QStringLiteral("--preset");
    QTest::newRow("file and preset")
        << QStringList { inspect, good, QStringLiteral("--preset"), QStringLiteral("minimind") }
        << QStringLiteral("--preset");
    QTest::newRow("unknown option") << QStringList { inspect, good, QStringLiteral("--frobnicate") }
                                    << QStringLiteral("frobnicate");
    QTest::newRow("presets with argument")
        << QStringList { QStringLiteral("presets"), QStringLiteral("extra") }
        << QStringLiteral("extra");
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("inspect --help")
        << QStringList { QStringLiteral("inspect"), QStringLiteral("--help") }
        << QStringLiteral("--seq-len");
    QTest::newRow("presets --help")
        << QStringList { QStringLiteral("presets"), QStringLiteral("--help") }
        << QStringLiteral("presets");
    QTest::newRow("inspect --version")
        << QStringList { QStringLiteral("inspect"), QStringLiteral("--version") }
        << QStringLiteral("ropelab");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") }
                            << QStringLiteral("inspect");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") }
                               << QStringLiteral("ropelab 0.");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments, /*headless=*/true);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(QString::fromUtf8(result.out).contains(mentions), result.out.constData());
}

void TestCli::sweepBoundCsv()
{
    // RoFormer bound, d = 128, base 10000 (ROPE_SPEC section 9), through the command line.
    const QString out = m_dir.filePath(QStringLiteral("bound.csv"));
    const Run result
        = run({ QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
                QStringLiteral("llama2-7b"), QStringLiteral("--n"), QStringLiteral("300"),
                QStringLiteral("--out"), out });
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 301);
    QCOMPARE(lines.constFirst(), QByteArray("delta,rope,scaled"));
    const QList<QPair<int, double>> expected { { 0, 32.5 },   { 1, 31.54 },   { 10, 17.95 },
                                               { 50, 12.63 }, { 100, 10.23 }, { 250, 6.55 } };
    for (const auto &[delta, bound] : expected) {
        const QList<QByteArray> cells = lines.at(delta + 1).split(',');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0), QByteArray::number(delta)); // whole distances print as integers
        QVERIFY2(std::abs(cells.at(1).toDouble() - bound) <= 0.005,
                 lines.at(delta + 1).constData());
        QCOMPARE(cells.at(2), cells.at(1)); // llama2-7b has no scaling
    }
}

void TestCli::sweepBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("/tmp/ropelab-tst-cli-never-written.csv");
    QTest::newRow("unknown kind") << QStringList {
        QStringLiteral("sweep"),     QStringLiteral("spiral"), QStringLiteral("--preset"),
        QStringLiteral("llama2-7b"), QStringLiteral("--out"),  out
    } << QStringLiteral("spiral");
    QTest::newRow("missing out") << QStringList { QStringLiteral("sweep"), QStringLiteral("bound"),
                                                  QStringLiteral("--preset"),
                                                  QStringLiteral("llama2-7b") }
                                 << QStringLiteral("--out");
    QTest::newRow("n too large") << QStringList {
        QStringLiteral("sweep"),    QStringLiteral("self-score"),
        QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
        QStringLiteral("--n"),      QStringLiteral("99999999999"),
        QStringLiteral("--out"),    out
    } << QStringLiteral("grid.count");
    QTest::newRow("unwritable path") << QStringList {
        QStringLiteral("sweep"),    QStringLiteral("bound"),
        QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
        QStringLiteral("--n"),      QStringLiteral("10"),
        QStringLiteral("--out"),    QStringLiteral("/proc/ropelab/no/such/dir/x.csv")
    } << QStringLiteral("/proc/ropelab/no/such/dir/x.csv");
}

void TestCli::sweepBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QVERIFY2(err.contains(mentions), qPrintable(err));
    QVERIFY(!QFile::exists(arguments.constLast()));
}

void TestCli::inspectOverrides()
{
    // Linear scaling divides every inverse frequency by the factor.
    const Run result
        = run({ QStringLiteral("inspect"), QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
                QStringLiteral("--factor"), QStringLiteral("4"), QStringLiteral("--method"),
                QStringLiteral("linear"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject output = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(output.value(QStringLiteral("rope_type")).toString(), QStringLiteral("linear"));
    QCOMPARE(output.value(QStringLiteral("factor")).toDouble(), 4.0);
    const QJsonArray scaled = output.value(QStringLiteral("inv_freq")).toArray();
    const QJsonArray unscaled = output.value(QStringLiteral("unscaled_inv_freq")).toArray();
    QCOMPARE(scaled.size(), qsizetype(64));
    QCOMPARE(unscaled.size(), qsizetype(64));
    for (qsizetype i : { 0, 1, 20, 63 }) {
        // The unscaled values are llama2-7b's: 10000^(-2i/128).
        const double plain = std::pow(10000.0, -2.0 * double(i) / 128.0);
        QVERIFY2(std::abs(unscaled.at(i).toDouble() - plain) <= 1e-15 * plain,
                 qPrintable(QString::number(i)));
        QVERIFY2(std::abs(scaled.at(i).toDouble() - plain / 4.0) <= 1e-15 * plain,
                 qPrintable(QString::number(i)));
    }

    // --base and --head-dim override the preset's rope_theta and head_dim.
    const Run base
        = run({ QStringLiteral("inspect"), QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
                QStringLiteral("--base"), QStringLiteral("500000"), QStringLiteral("--head-dim"),
                QStringLiteral("64"), QStringLiteral("--json") });
    QCOMPARE(base.exitCode, 0);
    const QJsonObject rebased = QJsonDocument::fromJson(base.out).object();
    QCOMPARE(rebased.value(QStringLiteral("base")).toDouble(), 500000.0);
    QCOMPARE(rebased.value(QStringLiteral("head_dim")).toInt(), 64);
    const QJsonArray frequencies = rebased.value(QStringLiteral("inv_freq")).toArray();
    QCOMPARE(frequencies.size(), qsizetype(32));
    const double second = std::pow(500000.0, -2.0 / 64.0);
    QVERIFY(std::abs(frequencies.at(1).toDouble() - second) <= 1e-15 * second);

    // The table applies them too; --help lists them, but not --position (no rotation view).
    const Run table
        = run({ QStringLiteral("inspect"), QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
                QStringLiteral("--base"), QStringLiteral("500000") });
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.out.contains("500000"));
    const Run help = run({ QStringLiteral("inspect"), QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char *option : { "--factor", "--base", "--head-dim", "--beta-fast",
                                "--original-context", "--mscale-all-dim" })
        QVERIFY2(help.out.contains(option), option);
    QVERIFY(!help.out.contains("--position"));
}

void TestCli::sweepDecayModeSameAsKind()
{
    // The view's spelling (--decay-mode, --distance linear, --range N: distances 0 .. N) and
    // the kind's (-n N+1: 0 .. N) write the same file.
    const QList<QByteArray> byKind
        = csvLines(QStringLiteral("kind.csv"),
                   { QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
                     QStringLiteral("llama2-7b"), QStringLiteral("-n"), QStringLiteral("101") });
    const QList<QByteArray> byView = csvLines(
        QStringLiteral("view.csv"),
        { QStringLiteral("sweep"), QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
          QStringLiteral("--decay-mode"), QStringLiteral("bound"), QStringLiteral("--distance"),
          QStringLiteral("linear"), QStringLiteral("--range"), QStringLiteral("100") });
    QCOMPARE(byView.size(), 103); // header, 101 rows, the empty piece after the last '\n'
    QCOMPARE(byView.constFirst(), QByteArray("delta,rope,scaled"));
    for (int d = 0; d <= 100; ++d)
        QCOMPARE(byView.at(d + 1).split(',').constFirst(), QByteArray::number(d));
    // RoFormer bound at distance 0, d = 128: (1/64) sum_{j=1..64} j = 32.5.
    QCOMPARE(byView.at(1), QByteArray("0,32.5,32.5"));
    QCOMPARE(byView, byKind);
    // The same KIND and --decay-mode together are fine.
    const QList<QByteArray> both
        = csvLines(QStringLiteral("both.csv"),
                   { QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
                     QStringLiteral("llama2-7b"), QStringLiteral("--decay-mode"),
                     QStringLiteral("bound"), QStringLiteral("--distance"),
                     QStringLiteral("linear"), QStringLiteral("--range"), QStringLiteral("100") });
    QCOMPARE(both, byKind);
    // With --decay-mode the first argument is the config file.
    const QString config
        = writeFile(QStringLiteral("plain.json"), "{\"head_dim\": 128, \"rope_theta\": 10000.0}");
    const QList<QByteArray> fromFile
        = csvLines(QStringLiteral("file.csv"),
                   { QStringLiteral("sweep"), QStringLiteral("--decay-mode"),
                     QStringLiteral("bound"), config, QStringLiteral("--distance"),
                     QStringLiteral("linear"), QStringLiteral("--range"), QStringLiteral("100") });
    QCOMPARE(fromFile, byKind);
}

void TestCli::sweepOverridesApply()
{
    // Linear scaling by 4 stretches the bound 4x in distance: the scaled curve at 4k equals the
    // plain one at k (the same angles, exactly).
    const QList<QByteArray> lines = csvLines(
        QStringLiteral("linear4.csv"),
        { QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
          QStringLiteral("llama2-7b"), QStringLiteral("--method"), QStringLiteral("linear"),
          QStringLiteral("--factor"), QStringLiteral("4"), QStringLiteral("--distance"),
          QStringLiteral("linear"), QStringLiteral("--range"), QStringLiteral("400") });
    QCOMPARE(lines.size(), 403);
    QCOMPARE(lines.constFirst(), QByteArray("delta,rope,scaled"));
    for (int k : { 1, 10, 50, 100 }) {
        const double rope = lines.at(k + 1).split(',').at(1).toDouble();
        const double scaled = lines.at(4 * k + 1).split(',').at(2).toDouble();
        QVERIFY2(std::abs(scaled - rope) <= 1e-12 * rope, qPrintable(QString::number(k)));
    }
    QVERIFY(lines.at(11).split(',').at(2).toDouble() > lines.at(11).split(',').at(1).toDouble());
}

void TestCli::sweepLogDistance()
{
    // --distance log: the decay view's log grid up to --range (the view's point count).
    const QList<QByteArray> lines
        = csvLines(QStringLiteral("log.csv"),
                   { QStringLiteral("sweep"), QStringLiteral("--preset"),
                     QStringLiteral("llama2-7b"), QStringLiteral("--decay-mode"),
                     QStringLiteral("self-score"), QStringLiteral("--distance"),
                     QStringLiteral("log"), QStringLiteral("--range"), QStringLiteral("65536") });
    QVERIFY(lines.size() > 1000);
    QCOMPARE(lines.constFirst(), QByteArray("delta,rope,scaled,rope_raw,scaled_raw"));
    double previous = -1.0;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const double distance = lines.at(i).split(',').constFirst().toDouble();
        QVERIFY2(distance > previous, lines.at(i).constData());
        previous = distance;
    }
    QCOMPARE(previous, 65536.0);
    // The self-score at distance 1 is (1/64) sum_i cos(theta_i).
    double sum = 0.0;
    for (int i = 0; i < 64; ++i)
        sum += std::cos(std::pow(10000.0, -2.0 * i / 128.0));
    QCOMPARE(lines.at(1).split(',').constFirst(), QByteArray("0")); // 0 prepended
    const QList<QByteArray> one = lines.at(2).split(',');
    QCOMPARE(one.constFirst(), QByteArray("1"));
    QVERIFY(std::abs(one.at(1).toDouble() - sum / 64.0) <= 1e-14);
}

void TestCli::sweepOverlayBases()
{
    const QStringList common { QStringLiteral("sweep"),      QStringLiteral("bound"),
                               QStringLiteral("--preset"),   QStringLiteral("llama2-7b"),
                               QStringLiteral("--distance"), QStringLiteral("linear"),
                               QStringLiteral("--range"),    QStringLiteral("100") };
    const QList<QByteArray> wide = csvLines(QStringLiteral("wide.csv"), common);
    const QList<QByteArray> lines = csvLines(
        QStringLiteral("overlay.csv"), common + QStringList { QStringLiteral("--overlay-bases") });
    QCOMPARE(
        lines.constFirst(),
        QByteArray("series,score_kind,distance_tokens,normalised_score,envelope_max_abs_score"));
    // rope, scaled and the overlay bases 1, 100, 500 (10000 is the model's own base: "rope").
    QMap<QByteArray, QList<QList<QByteArray>>> rows;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) {
        const QList<QByteArray> cells = lines.at(i).split(',');
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(1), QByteArray("bound"));
        rows[cells.at(0)].append(cells);
    }
    QCOMPARE(rows.keys(),
             (QList<QByteArray> { "base-1", "base-100", "base-500", "rope", "scaled" }));
    for (const auto &series : rows) {
        QCOMPARE(series.size(), 101);
        for (int d = 0; d <= 100; ++d)
            QCOMPARE(series.at(d).at(2), QByteArray::number(d));
        QCOMPARE(series.at(0).at(3), QByteArray("32.5")); // every bound starts at 32.5
    }
    // The method's and plain RoPE's rows are the wide table's columns.
    for (int d = 0; d <= 100; ++d) {
        const QList<QByteArray> cells = wide.at(d + 1).split(',');
        QCOMPARE(rows.value("rope").at(d).at(3), cells.at(1));
        QCOMPARE(rows.value("scaled").at(d).at(3), cells.at(2));
    }
    // Base 1: every pair turns at the same speed, so the partial sums S_j never cancel:
    // |S_j| = j and B = 32.5 at every distance. Base 100 decays below the model's 10000.
    for (int d = 0; d <= 100; ++d) {
        const QByteArray &value = rows.value("base-1").at(d).at(3);
        QVERIFY2(std::abs(value.toDouble() - 32.5) <= 1e-9, value.constData());
    }
    QVERIFY(rows.value("base-100").at(100).at(3).toDouble()
            < rows.value("rope").at(100).at(3).toDouble());
}

void TestCli::sweepAnglesIsHeatmapExport_data()
{
    QTest::addColumn<QStringList>("range");
    QTest::newRow("--heatmap-range 1024")
        << QStringList { QStringLiteral("--heatmap-range"), QStringLiteral("1024") };
    QTest::newRow("the view's default range") << QStringList {};
}

void TestCli::sweepAnglesIsHeatmapExport()
{
    QFETCH(QStringList, range);
    const QList<QByteArray> sweep
        = csvLines(QStringLiteral("angles.csv"),
                   QStringList { QStringLiteral("sweep"), QStringLiteral("angles"),
                                 QStringLiteral("--preset"), QStringLiteral("llama2-7b") }
                       + range);
    const QList<QByteArray> exported
        = csvLines(QStringLiteral("heatmap.csv"),
                   QStringList { QStringLiteral("export"), QStringLiteral("--preset"),
                                 QStringLiteral("llama2-7b"), QStringLiteral("--view"),
                                 QStringLiteral("heatmap") }
                       + range);
    QCOMPARE(sweep.constFirst(),
             QByteArray("pair_index,wavelength_tokens,position_start_tokens,position_end_tokens,"
                        "mean_angle_rad,rotation_across_column_turns,wraps"));
    QVERIFY(sweep.size() > 64 * 16);
    QCOMPARE(sweep.size(), exported.size());
    QVERIFY(sweep == exported);
    // The last column of pair 0 ends at the range's end.
    const QByteArray end = range.isEmpty() ? QByteArray("4096") : QByteArray("1024");
    qsizetype lastOfPair0 = 1;
    while (sweep.at(lastOfPair0 + 1).startsWith("0,"))
        ++lastOfPair0;
    QCOMPARE(sweep.at(lastOfPair0).split(',').at(3), end);
}

void TestCli::sharedOptionErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("mentions");
    const QString out = QStringLiteral("/tmp/ropelab-tst-cli-never-written.csv");
    const QStringList sweep { QStringLiteral("sweep"), QStringLiteral("--preset"),
                              QStringLiteral("llama2-7b"), QStringLiteral("--out"), out };
    auto with = [&](std::initializer_list<const char *> words) {
        QStringList arguments = sweep;
        for (const char *word : words)
            arguments.insert(1, QString::fromLatin1(word));
        return arguments;
    };
    // (with() inserts in reverse: the first word ends up last.)
    QTest::newRow("KIND vs --decay-mode")
        << with({ "bound", "--decay-mode", "angles" })
        << QStringList { QStringLiteral("angles"), QStringLiteral("--decay-mode bound") };
    QTest::newRow("-n vs --range")
        << with({ "100", "--range", "101", "-n", "bound" })
        << QStringList { QStringLiteral("-n"), QStringLiteral("--range") };
    QTest::newRow("--n vs --distance") << with({ "linear", "--distance", "101", "--n", "bound" })
                                       << QStringList { QStringLiteral("--n or --distance") };
    QTest::newRow("--log-grid vs --range")
        << with({ "1000", "--range", "1000", "--log-grid", "self-score" })
        << QStringList { QStringLiteral("--log-grid"), QStringLiteral("--range") };
    QTest::newRow("--points vs --distance")
        << with({ "log", "--distance", "100", "--points", "bound" })
        << QStringList { QStringLiteral("--points"), QStringLiteral("--distance") };
    QTest::newRow("-n vs --heatmap-range")
        << with({ "1024", "--heatmap-range", "100", "-n", "angles" })
        << QStringList { QStringLiteral("-n"), QStringLiteral("--heatmap-range") };
    QTest::newRow("--heatmap-range on a decay sweep")
        << with({ "1024", "--heatmap-range", "bound" })
        << QStringList { QStringLiteral("--heatmap-range"), QStringLiteral("bound") };
    QTest::newRow("--overlay-bases on angles")
        << with({ "--overlay-bases", "angles" })
        << QStringList { QStringLiteral("--overlay-bases"), QStringLiteral("angles") };
    QTest::newRow("--distance on entropy")
        << with({ "log", "--distance", "entropy" })
        << QStringList { QStringLiteral("--distance"), QStringLiteral("entropy") };
    QTest::newRow("bad --decay-mode")
        << with({ "sideways", "--decay-mode" })
        << QStringList { QStringLiteral("--decay-mode"), QStringLiteral("sideways") };
    QTest::newRow("bad --range") << with({ "3", "--range", "bound" })
                                 << QStringList { QStringLiteral("--range") };
    QTest::newRow("bad --factor") << with({ "-2", "--factor", "bound" })
                                  << QStringList { QStringLiteral("--factor") };
    QTest::newRow("no KIND, no --decay-mode")
        << sweep << QStringList { QStringLiteral("KIND"), QStringLiteral("--decay-mode") };
    QTest::newRow("inspect --factor text")
        << QStringList { QStringLiteral("inspect"), QStringLiteral("--preset"),
                         QStringLiteral("llama2-7b"), QStringLiteral("--factor"),
                         QStringLiteral("four") }
        << QStringList { QStringLiteral("--factor"), QStringLiteral("four") };
    QTest::newRow("inspect --position")
        << QStringList { QStringLiteral("inspect"), QStringLiteral("--preset"),
                         QStringLiteral("llama2-7b"), QStringLiteral("--position"),
                         QStringLiteral("5") }
        << QStringList { QStringLiteral("position") };
}

void TestCli::sharedOptionErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString err = QString::fromUtf8(result.err);
    QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    for (const QString &mention : mentions)
        QVERIFY2(err.contains(mention), qPrintable(err));
    QVERIFY(!QFile::exists(arguments.constLast()));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
