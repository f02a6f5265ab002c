// Runs the built `ropelab` executable (ROPELAB_BINARY) with QProcess: `inspect --json` on
// golden configs reproduces the reference inv_freq, presets work, bad input exits with code 2
// and exactly one stderr line, and --help / --version exit 0.

#include "hfjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
Run run(const QStringList &arguments, bool headless = false)
{
    QProcess process;
    if (headless) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(environment);
    }
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

private:
    QTemporaryDir m_dir;
    QString writeFile(const QString &name, const QByteArray &content);
};

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
    QTest::newRow("--help")
        << QStringList { QStringLiteral("--help") } << QStringLiteral("inspect");
    QTest::newRow("--version")
        << QStringList { QStringLiteral("--version") } << QStringLiteral("ropelab 0.");
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
    const Run result = run({QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
                            QStringLiteral("llama2-7b"), QStringLiteral("--n"), QStringLiteral("300"),
                            QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 301);
    QCOMPARE(lines.constFirst(), QByteArray("delta,rope,scaled"));
    const QList<QPair<int, double>> expected{{0, 32.5}, {1, 31.54}, {10, 17.95}, {50, 12.63},
                                             {100, 10.23}, {250, 6.55}};
    for (const auto &[delta, bound] : expected) {
        const QList<QByteArray> cells = lines.at(delta + 1).split(',');
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells.at(0), QByteArray::number(delta)); // whole distances print as integers
        QVERIFY2(std::abs(cells.at(1).toDouble() - bound) <= 0.005, lines.at(delta + 1).constData());
        QCOMPARE(cells.at(2), cells.at(1)); // llama2-7b has no scaling
    }
}

void TestCli::sweepBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString out = QStringLiteral("/tmp/ropelab-tst-cli-never-written.csv");
    QTest::newRow("unknown kind") << QStringList{QStringLiteral("sweep"), QStringLiteral("spiral"),
                                                 QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
                                                 QStringLiteral("--out"), out}
                                  << QStringLiteral("spiral");
    QTest::newRow("missing out") << QStringList{QStringLiteral("sweep"), QStringLiteral("bound"),
                                                QStringLiteral("--preset"), QStringLiteral("llama2-7b")}
                                 << QStringLiteral("--out");
    QTest::newRow("n too large") << QStringList{QStringLiteral("sweep"), QStringLiteral("self-score"),
                                                QStringLiteral("--preset"), QStringLiteral("llama2-7b"),
                                                QStringLiteral("--n"), QStringLiteral("99999999999"),
                                                QStringLiteral("--out"), out}
                                 << QStringLiteral("grid.count");
    QTest::newRow("unwritable path")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("bound"), QStringLiteral("--preset"),
                           QStringLiteral("llama2-7b"), QStringLiteral("--n"), QStringLiteral("10"),
                           QStringLiteral("--out"), QStringLiteral("/proc/ropelab/no/such/dir/x.csv")}
            << QStringLiteral("/proc/ropelab/no/such/dir/x.csv");
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

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
