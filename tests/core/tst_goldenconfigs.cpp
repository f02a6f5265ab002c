// End to end: every Hugging Face-shaped golden in tests/data (files whose `config` has
// `rope_parameters`) goes through importConfigJson (+ its seq_len) and computeFrequencies and
// must reproduce the reference inv_freq_float64 and attention factor to 1e-12, with the same
// validation messages (by key) that HF printed for it.

#include "configimport.h"

#include "hfjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ropelab;

using ropelab::tests::keyOfHfMessage;
using ropelab::tests::rawObjectAfter;

namespace {

} // namespace

class TestGoldenConfigs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldens_data();
    void goldens();
};

void TestGoldenConfigs::goldens_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<qint64>("seqLen"); // 0 = none
    QTest::addColumn<QList<double>>("expected");
    QTest::addColumn<double>("attentionFactor");
    QTest::addColumn<QStringList>("keys");

    const QDir dir(QStringLiteral(ROPELAB_TEST_DATA_DIR));
    int count = 0;
    const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        const QJsonObject golden = QJsonDocument::fromJson(text).object();
        const QJsonObject config = golden.value(QStringLiteral("config")).toObject();
        if (!config.contains(QStringLiteral("rope_parameters")))
            continue;

        QList<double> expected;
        for (const QJsonValue &value : golden.value(QStringLiteral("inv_freq_float64")).toArray())
            expected << value.toDouble();
        QStringList keys;
        for (const QJsonValue &message :
             golden.value(QStringLiteral("validation_messages")).toArray()) {
            const QString key = keyOfHfMessage(message.toArray().at(1).toString());
            QVERIFY2(!key.isEmpty(), qPrintable(message.toArray().at(1).toString()));
            keys << key;
        }
        const QJsonValue seqLen = config.value(QStringLiteral("seq_len"));
        QTest::newRow(qPrintable(name.chopped(5)))
            << rawObjectAfter(text, "config")
            << (seqLen.isDouble() ? seqLen.toInteger() : qint64(0)) << expected
            << golden.value(QStringLiteral("attention_factor")).toDouble() << keys;
        ++count;
    }
    QVERIFY2(count >= 12, "expected at least 12 HF-shaped goldens in tests/data");
}

void TestGoldenConfigs::goldens()
{
    QFETCH(QByteArray, config);
    QFETCH(qint64, seqLen);
    QFETCH(QList<double>, expected);
    QFETCH(double, attentionFactor);
    QFETCH(QStringList, keys);

    core::ImportOptions options;
    if (seqLen > 0)
        options.seqLen = seqLen;
    const auto imported = core::importConfigJson(config, options);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());

    // Validation messages match HF's by key, and there are no others.
    for (const QString &key : keys) {
        const bool found = std::any_of(imported->warnings.begin(), imported->warnings.end(),
                                       [&key](const QString &w) { return w.contains(key); });
        QVERIFY2(found,
                 qPrintable(key + QStringLiteral(" missing from: ")
                            + imported->warnings.join(QLatin1Char('|'))));
    }
    QCOMPARE(imported->warnings.size(), keys.size());

    const auto frequencies = numerics::computeFrequencies(imported->params);
    QVERIFY2(frequencies.ok(), frequencies.ok() ? "" : frequencies.error().message.c_str());
    QCOMPARE(frequencies->invFreq.size(), Eigen::Index(expected.size()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const double ours = frequencies->invFreq[Eigen::Index(i)];
        const double relative = std::abs(ours - expected[i]) / std::abs(expected[i]);
        QVERIFY2(relative <= 1e-12,
                 qPrintable(QStringLiteral("pair %1: %2 vs %3 (rel %4)")
                                .arg(i)
                                .arg(ours, 0, 'g', 17)
                                .arg(expected[i], 0, 'g', 17)
                                .arg(relative)));
    }
    QVERIFY2(std::abs(frequencies->attentionFactor - attentionFactor) <= 1e-12 * attentionFactor,
             qPrintable(QString::number(frequencies->attentionFactor, 'g', 17)));
}

QTEST_APPLESS_MAIN(TestGoldenConfigs)
#include "tst_goldenconfigs.moc"
