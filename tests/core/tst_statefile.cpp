// Tests core::saveState / loadState / paramsToJson / paramsFromJson (lossless round trips) and
// writeFileAtomically (QSaveFile: on failure no new file and the old one untouched).

#include "statefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <cstring>
#include <random>

#include <csignal>
#include <sys/resource.h>

using namespace ropelab;
using numerics::RopeParams;

namespace {

// A finite double with random sign, mantissa and exponent (never -0.0 or NaN).
double randomDouble(std::mt19937_64 &rng)
{
    for (;;) {
        std::uint64_t bits = rng();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        if (std::isfinite(value) && value != 0.0)
            return value;
    }
}

RopeParams randomParams(std::mt19937_64 &rng)
{
    RopeParams params;
    const auto methods = numerics::methodTable();
    params.method = methods[rng() % methods.size()].method;
    params.headDim = int(rng() % (std::uint64_t(1) << 31));
    params.partialRotaryFactor = randomDouble(rng);
    params.base = randomDouble(rng);
    params.factor = randomDouble(rng);
    params.betaFast = randomDouble(rng);
    params.betaSlow = rng() % 4 == 0 ? 0.0 : randomDouble(rng);
    params.originalMaxPositions = std::int64_t(rng() >> 2) - (std::int64_t(1) << 60);
    params.maxPositions = std::int64_t(rng() % 100000000);
    if (rng() % 2)
        params.attentionFactor = randomDouble(rng);
    params.mscale = randomDouble(rng);
    params.mscaleAllDim = rng() % 3 == 0 ? 0.0 : randomDouble(rng);
    params.truncate = rng() % 2;
    params.lowFreqFactor = randomDouble(rng);
    params.highFreqFactor = randomDouble(rng);
    if (rng() % 2)
        params.seqLen = std::int64_t(rng() >> 1);
    const std::size_t n = rng() % 65;
    for (std::size_t i = 0; i < n; ++i) {
        params.shortFactor.push_back(randomDouble(rng));
        params.longFactor.push_back(randomDouble(rng));
    }
    return params;
}

bool bitEqual(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool bitIdentical(const RopeParams &a, const RopeParams &b)
{
    if (!(a == b))
        return false;
    const double pairs[][2] = { { a.partialRotaryFactor, b.partialRotaryFactor },
                                { a.base, b.base },
                                { a.factor, b.factor },
                                { a.betaFast, b.betaFast },
                                { a.betaSlow, b.betaSlow },
                                { a.mscale, b.mscale },
                                { a.mscaleAllDim, b.mscaleAllDim },
                                { a.lowFreqFactor, b.lowFreqFactor },
                                { a.highFreqFactor, b.highFreqFactor } };
    for (const auto &pair : pairs) {
        if (!bitEqual(pair[0], pair[1]))
            return false;
    }
    for (std::size_t i = 0; i < a.shortFactor.size(); ++i) {
        if (!bitEqual(a.shortFactor[i], b.shortFactor[i])
            || !bitEqual(a.longFactor[i], b.longFactor[i]))
            return false;
    }
    return !a.attentionFactor || bitEqual(*a.attentionFactor, *b.attentionFactor);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestStateFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void randomRoundTrips_data();
    void randomRoundTrips();
    void optionalFieldsAbsentVsPresent();
    void uiObjectRoundTrip();
    void badState_data();
    void badState();
    void atomicWrite();
    void atomicWriteToUnwritablePath();
    void failedWriteKeepsOldFile();
};

void TestStateFile::randomRoundTrips_data()
{
    QTest::addColumn<quint64>("seed");
    for (quint64 seed : { 1ull, 2ull, 3ull, 42ull, 20240601ull })
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestStateFile::randomRoundTrips()
{
    QFETCH(quint64, seed);
    std::mt19937_64 rng(seed);
    for (int i = 0; i < 200; ++i) {
        const RopeParams params = randomParams(rng);
        // Through the text format (Qt's double writer must round-trip exactly).
        const auto loaded = core::loadState(core::saveState(params));
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QVERIFY2(bitIdentical(*loaded, params),
                 qPrintable(QString::fromUtf8(core::saveState(params))));
        // And through the JSON object alone.
        const auto fromObject = core::paramsFromJson(core::paramsToJson(params));
        QVERIFY(fromObject.ok());
        QVERIFY(bitIdentical(*fromObject, params));
    }
}

void TestStateFile::optionalFieldsAbsentVsPresent()
{
    RopeParams params;
    params.method = numerics::Method::LongRope;
    const QJsonObject without = core::paramsToJson(params);
    QVERIFY(!without.contains(QStringLiteral("attention_factor")));
    QVERIFY(!without.contains(QStringLiteral("seq_len")));
    QCOMPARE(without.value(QStringLiteral("method")).toString(), QStringLiteral("longrope"));

    params.attentionFactor = 0.0; // present, even though falsy
    params.seqLen = 4097;
    params.shortFactor = { 1.0, 1.25, 1.5, 2.0 };
    params.longFactor = { 1.0, 2.0, 4.0, 8.0 };
    const QJsonObject with = core::paramsToJson(params);
    QCOMPARE(with.value(QStringLiteral("attention_factor")).toDouble(-1.0), 0.0);
    QCOMPARE(with.value(QStringLiteral("seq_len")).toInteger(), qint64(4097));
    QCOMPARE(with.value(QStringLiteral("long_factor")).toArray().size(), qsizetype(4));

    const auto loaded = core::loadState(core::saveState(params));
    QVERIFY(loaded.ok());
    QVERIFY(loaded->attentionFactor.has_value());
    QCOMPARE(*loaded->attentionFactor, 0.0);
    QCOMPARE(loaded->seqLen, std::optional<std::int64_t>(4097));
    QVERIFY(*loaded == params);

    const auto loadedWithout = core::loadState(core::saveState(RopeParams {}));
    QVERIFY(loadedWithout.ok());
    QVERIFY(!loadedWithout->attentionFactor.has_value());
    QVERIFY(!loadedWithout->seqLen.has_value());
}

void TestStateFile::uiObjectRoundTrip()
{
    const QJsonObject ui { { QStringLiteral("position"), 500.5 },
                           { QStringLiteral("tab"), QStringLiteral("bands") } };
    QJsonObject back;
    const QByteArray text = core::saveState(RopeParams {}, ui);
    const QJsonObject root = QJsonDocument::fromJson(text).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(),
             QString::fromLatin1(core::StateFormatName));
    QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("method")).toString(), QStringLiteral("default"));
    QVERIFY(core::loadState(text, &back).ok());
    QCOMPARE(back, ui);
}

void TestStateFile::badState_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("not JSON") << QByteArray("{") << QStringLiteral("(json)");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("(json)");
    QTest::newRow("wrong format") << QByteArray(
        R"({"format": "other", "version": 1, "params": {}})")
                                  << QStringLiteral("format");
    QTest::newRow("newer version")
        << QByteArray(R"({"format": "ropelab-state", "version": 2, "params": {}})")
        << QStringLiteral("version");
    QTest::newRow("params not object")
        << QByteArray(R"({"format": "ropelab-state", "version": 1, "params": 3})")
        << QStringLiteral("params");
    QTest::newRow("unknown method") << QByteArray(
        R"({"format": "ropelab-state", "version": 1, "method": "magic", "params": {}})")
                                    << QStringLiteral("method");
    QTest::newRow("factor string")
        << QByteArray(R"({"format": "ropelab-state", "version": 1, "params": {"factor": "x"}})")
        << QStringLiteral("factor");
    QTest::newRow("head_dim fractional")
        << QByteArray(R"({"format": "ropelab-state", "version": 1, "params": {"head_dim": 1.5}})")
        << QStringLiteral("head_dim");
    QTest::newRow("long_factor entry") << QByteArray(
        R"({"format": "ropelab-state", "version": 1, "params": {"long_factor": [1, "a"]}})")
                                       << QStringLiteral("long_factor");
    QTest::newRow("truncate number")
        << QByteArray(R"({"format": "ropelab-state", "version": 1, "params": {"truncate": 1}})")
        << QStringLiteral("truncate");
    QTest::newRow("ui array") << QByteArray(
        R"({"format": "ropelab-state", "version": 1, "params": {}, "ui": []})")
                              << QStringLiteral("ui");
}

void TestStateFile::badState()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto result = core::loadState(json);
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error().field), field);
    QVERIFY2(QString::fromStdString(result.error().message).contains(field),
             result.error().message.c_str());
}

void TestStateFile::atomicWrite()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    const QByteArray first = core::saveState(RopeParams {});
    QCOMPARE(core::writeFileAtomically(path, first), QString());
    QCOMPARE(readAll(path), first);
    RopeParams other;
    other.factor = 4.0;
    const QByteArray second = core::saveState(other);
    QCOMPARE(core::writeFileAtomically(path, second), QString());
    QCOMPARE(readAll(path), second);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("state.json") });
}

void TestStateFile::atomicWriteToUnwritablePath()
{
    // The parent "directory" is a regular file: no file can be created below it (even as root).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
    const QString path = blocker + QStringLiteral("/state.json");
    const QString error = core::writeFileAtomically(path, core::saveState(RopeParams {}));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("blocker") });
}

void TestStateFile::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("state.json"));
    const QByteArray old = core::saveState(RopeParams {});
    QCOMPARE(core::writeFileAtomically(path, old), QString());

    // Make the write itself fail: a file-size limit below the new content (EFBIG; SIGXFSZ
    // ignored). Works as root too, unlike permissions.
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = saved;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    const QString error = core::writeFileAtomically(path, QByteArray(1 << 20, 'x'));
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY2(!error.isEmpty(), "the write should have failed");
    QVERIFY(error.contains(path));
    QCOMPARE(readAll(path), old);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList { QStringLiteral("state.json") });
}

QTEST_APPLESS_MAIN(TestStateFile)
#include "tst_statefile.moc"
