// ParametersPanel: controls write to the ParamsController, follow it without feedback, enable
// exactly what the method reads, show the read-out of imported configs and inline warnings.

#include "configimport.h"
#include "controllers/paramscontroller.h"
#include "numerics/rope.h"
#include "numerics/ropemethod.h"
#include "widgets/exactspinbox.h"
#include "widgets/parameterspanel.h"
#include "widgets/readoutwidget.h"
#include "widgets/sliderrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ropelab;

namespace {

QJsonObject readGolden(const QString &name)
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The field a row edits, read independently of the panel's own descriptor table.
double fieldValue(const numerics::RopeParams &p, const QString &key)
{
    if (key == QLatin1String("rope_theta"))
        return p.base;
    if (key == QLatin1String("head_dim"))
        return p.headDim;
    if (key == QLatin1String("partial_rotary_factor"))
        return p.partialRotaryFactor;
    if (key == QLatin1String("factor"))
        return p.factor;
    if (key == QLatin1String("original_max_position_embeddings"))
        return double(p.originalMaxPositions);
    if (key == QLatin1String("max_position_embeddings"))
        return double(p.maxPositions);
    if (key == QLatin1String("beta_fast"))
        return p.betaFast;
    if (key == QLatin1String("beta_slow"))
        return p.betaSlow;
    if (key == QLatin1String("attention_factor"))
        return p.attentionFactor ? *p.attentionFactor : -1.0;
    if (key == QLatin1String("mscale"))
        return p.mscale;
    if (key == QLatin1String("mscale_all_dim"))
        return p.mscaleAllDim;
    if (key == QLatin1String("low_freq_factor"))
        return p.lowFreqFactor;
    if (key == QLatin1String("high_freq_factor"))
        return p.highFreqFactor;
    if (key == QLatin1String("seq_len"))
        return p.seqLen ? double(*p.seqLen) : -1.0;
    return std::nan("");
}

bool rowEnabled(const ui::ParametersPanel &panel, const QString &key)
{
    const ui::SliderRow *row = panel.row(key);
    return row && row->slider()->isEnabled() && row->spinBox()->isEnabled();
}

} // namespace

class TestParametersPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodSwitchShowsEffect();
    void spinBoxWritesParams_data();
    void spinBoxWritesParams();
    void sliderWritesParams_data();
    void sliderWritesParams();
    void logSliderMapping_data();
    void logSliderMapping();
    void followsControllerWithoutFeedback();
    void enabledControls_data();
    void enabledControls();
    void methodComboSetsMethod();
    void truncateCheckBox();
    void importedConfigUpdatesControls_data();
    void importedConfigUpdatesControls();
    void warningsInline_data();
    void warningsInline();
    void errorInline();
    void positionRow();
};

void TestParametersPanel::spinBoxWritesParams_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("expected"); // -1: optional left unset

    const int yarn = int(numerics::Method::Yarn);
    const int llama3 = int(numerics::Method::Llama3);
    const int dynamic = int(numerics::Method::Dynamic);
    QTest::newRow("base 500000") << yarn << "rope_theta" << 500000.0 << 500000.0;
    QTest::newRow("base 1234567.5 exact") << yarn << "rope_theta" << 1234567.5 << 1234567.5;
    QTest::newRow("head_dim 64") << yarn << "head_dim" << 64.0 << 64.0;
    QTest::newRow("partial rotary 0.25") << yarn << "partial_rotary_factor" << 0.25 << 0.25;
    QTest::newRow("factor 40") << yarn << "factor" << 40.0 << 40.0;
    QTest::newRow("factor 3.3 off slider grid") << yarn << "factor" << 3.3 << 3.3;
    QTest::newRow("L 32768") << yarn << "original_max_position_embeddings" << 32768.0 << 32768.0;
    QTest::newRow("beta_fast 16") << yarn << "beta_fast" << 16.0 << 16.0;
    QTest::newRow("beta_slow 2") << yarn << "beta_slow" << 2.0 << 2.0;
    QTest::newRow("attention_factor 1.5") << yarn << "attention_factor" << 1.5 << 1.5;
    QTest::newRow("mscale 0.707") << yarn << "mscale" << 0.707 << 0.707;
    QTest::newRow("mscale_all_dim 1") << yarn << "mscale_all_dim" << 1.0 << 1.0;
    QTest::newRow("low_freq_factor 2") << llama3 << "low_freq_factor" << 2.0 << 2.0;
    QTest::newRow("high_freq_factor 8") << llama3 << "high_freq_factor" << 8.0 << 8.0;
    QTest::newRow("max positions 16384")
        << dynamic << "max_position_embeddings" << 16384.0 << 16384.0;
    QTest::newRow("seq_len 8192") << dynamic << "seq_len" << 8192.0 << 8192.0;
}

void TestParametersPanel::spinBoxWritesParams()
{
    QFETCH(int, method);
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(double, expected);

    ui::ParamsController controller;
    controller.setMethod(numerics::Method(method));
    ui::ParametersPanel panel(&controller);
    QSignalSpy spy(&controller, &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());

    ui::SliderRow *row = panel.row(key);
    QVERIFY2(row, qPrintable(key));
    row->spinBox()->setValue(value);

    QCOMPARE(spy.count(), 1);
    QCOMPARE(fieldValue(controller.params(), key), expected);
    // The slider followed to the position that stands for the value (clamped to its range).
    QCOMPARE(row->slider()->value(), row->positionForValue(value));
    // The spin box kept the exact value (no rounding to a few decimals).
    QCOMPARE(row->spinBox()->value(), value);
}

void TestParametersPanel::sliderWritesParams_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("fraction"); // of the slider range

    QTest::newRow("base at 0%") << "rope_theta" << 0.0;
    QTest::newRow("base at 37%") << "rope_theta" << 0.37;
    QTest::newRow("base at 100%") << "rope_theta" << 1.0;
    QTest::newRow("factor at 50%") << "factor" << 0.5;
    QTest::newRow("head_dim at 31%") << "head_dim" << 0.31;
    QTest::newRow("L at 80%") << "original_max_position_embeddings" << 0.8;
    QTest::newRow("beta_fast at 25%") << "beta_fast" << 0.25;
    QTest::newRow("mscale at 60%") << "mscale" << 0.6;
}

void TestParametersPanel::sliderWritesParams()
{
    QFETCH(QString, key);
    QFETCH(double, fraction);

    ui::ParamsController controller;
    controller.setMethod(numerics::Method::Yarn);
    ui::ParametersPanel panel(&controller);
    QSignalSpy spy(&controller, &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());

    ui::SliderRow *row = panel.row(key);
    QVERIFY(row);
    const int position = int(std::lround(fraction * row->slider()->maximum()));
    const double before = fieldValue(controller.params(), key);
    row->slider()->setValue(position);
    const double expected = row->valueForPosition(position);

    QCOMPARE(spy.count(), before == expected ? 0 : 1);
    QCOMPARE(fieldValue(controller.params(), key), expected);
    QCOMPARE(row->spinBox()->value(), expected);
    // The slider stays where the user put it (no jitter from the round trip).
    QCOMPARE(row->slider()->value(), position);
}

void TestParametersPanel::logSliderMapping_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");

    QTest::newRow("base 1e2..1e8") << "rope_theta" << 1e2 << 1e8;
    QTest::newRow("factor 1..256") << "factor" << 1.0 << 256.0;
}

void TestParametersPanel::logSliderMapping()
{
    QFETCH(QString, key);
    QFETCH(double, low);
    QFETCH(double, high);

    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    ui::SliderRow *row = panel.row(key);
    QVERIFY(row);
    const int last = row->slider()->maximum();
    QCOMPARE(row->valueForPosition(0), low);
    QCOMPARE(row->valueForPosition(last), high);
    // Logarithmic: the middle position is the geometric mean (to the 3 significant digits kept).
    const double middle = row->valueForPosition(last / 2);
    QVERIFY2(std::abs(middle / std::sqrt(low * high) - 1.0) < 5e-3,
             qPrintable(QString::number(middle)));
    // Monotonic, and positions round-trip.
    double previous = 0.0;
    for (int position = 0; position <= last; position += 7) {
        const double value = row->valueForPosition(position);
        QVERIFY(value >= previous);
        previous = value;
        QVERIFY(std::abs(row->positionForValue(value) - position) <= 1);
    }
}

void TestParametersPanel::followsControllerWithoutFeedback()
{
    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    QSignalSpy spy(&controller, &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());

    numerics::RopeParams params = controller.params();
    params.method = numerics::Method::Llama3;
    params.base = 500000.0;
    params.factor = 8.0;
    params.originalMaxPositions = 8192;
    params.maxPositions = 131072;
    params.lowFreqFactor = 1.0;
    params.highFreqFactor = 4.0;
    controller.setParams(params);

    QCOMPARE(spy.count(), 1); // the panel did not write anything back
    QCOMPARE(controller.params(), params);
    QCOMPARE(panel.row(QStringLiteral("rope_theta"))->spinBox()->value(), 500000.0);
    QCOMPARE(panel.row(QStringLiteral("factor"))->spinBox()->value(), 8.0);
    QCOMPARE(panel.row(QStringLiteral("original_max_position_embeddings"))->spinBox()->value(),
             8192.0);
    QCOMPARE(panel.methodCombo()->currentData().toString(), QStringLiteral("llama3"));
}

void TestParametersPanel::enabledControls_data()
{
    QTest::addColumn<QString>("methodId");
    QTest::addColumn<QStringList>("enabled"); // besides rope_theta, head_dim, prf and position

    QTest::newRow("default") << "default" << QStringList {};
    QTest::newRow("yarn") << "yarn"
                          << QStringList { "factor",           "original_max_position_embeddings",
                                           "beta_fast",        "beta_slow",
                                           "attention_factor", "mscale",
                                           "mscale_all_dim",   "truncate" };
    QTest::newRow("llama3") << "llama3"
                            << QStringList { "factor", "original_max_position_embeddings",
                                             "low_freq_factor", "high_freq_factor" };
    QTest::newRow("linear") << "linear" << QStringList { "factor" };
    QTest::newRow("dynamic") << "dynamic"
                             << QStringList { "factor", "max_position_embeddings", "seq_len" };
}

void TestParametersPanel::enabledControls()
{
    QFETCH(QString, methodId);
    QFETCH(QStringList, enabled);

    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    const int index = panel.methodCombo()->findData(methodId);
    QVERIFY(index >= 0);
    panel.methodCombo()->setCurrentIndex(index);
    Q_EMIT panel.methodCombo()->activated(index);
    QCOMPARE(numerics::methodInfo(controller.params().method).id, methodId.toStdString());

    const QStringList always { "rope_theta", "head_dim", "partial_rotary_factor", "position" };
    const QStringList keys = panel.rowKeys();
    QCOMPARE(keys.size(), 15);
    for (const QString &key : keys) {
        const bool expected = always.contains(key) || enabled.contains(key);
        QVERIFY2(
            rowEnabled(panel, key) == expected,
            qPrintable(
                QStringLiteral("%1 should be %2").arg(key, expected ? "enabled" : "disabled")));
        QVERIFY2(!panel.row(key)->slider()->toolTip().isEmpty(), qPrintable(key));
    }
    QCOMPARE(panel.truncateCheck()->isEnabled(), enabled.contains(QStringLiteral("truncate")));
}

void TestParametersPanel::methodComboSetsMethod()
{
    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    QCOMPARE(panel.methodCombo()->count(), 10);
    QSignalSpy spy(&controller, &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());
    const int index = panel.methodCombo()->findData(QStringLiteral("ntk-by-parts"));
    Q_EMIT panel.methodCombo()->activated(index);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(controller.params().method, numerics::Method::NtkByParts);
}

void TestParametersPanel::methodSwitchShowsEffect()
{
    // Plain RoPE at s = 1 switched to dynamic NTK: it would change nothing, so the switch sets
    // s = 4 and seq_len = 4 x max_position_embeddings, and the message says so.
    ui::ParamsController controller;
    numerics::RopeParams plain = controller.params();
    plain.method = numerics::Method::Default;
    plain.factor = 1.0;
    plain.maxPositions = 4096;
    plain.seqLen.reset();
    controller.setParams(plain);
    ui::ParametersPanel panel(&controller);
    QSignalSpy spy(&controller, &ui::ParamsController::paramsChanged);
    Q_EMIT panel.methodCombo()->activated(panel.methodCombo()->findData(QStringLiteral("dynamic")));
    QCOMPARE(spy.count(), 1); // one step: one Undo goes back
    QCOMPARE(controller.params().method, numerics::Method::Dynamic);
    QCOMPARE(controller.params().factor, 4.0);
    QCOMPARE(controller.params().seqLen.value_or(0), std::int64_t(16384));
    QVERIFY(controller.frequencies()->effectiveBase > 10000.0);
    const QString message = panel.messageText();
    QVERIFY2(message.contains(QLocale().toString(16384.0, 'g', 10))
                 && message.contains(panel.row(QStringLiteral("factor"))->label()->text()),
             qPrintable(message));

    // A method that acts at the current values is switched to as it is, without a message.
    Q_EMIT panel.methodCombo()->activated(panel.methodCombo()->findData(QStringLiteral("linear")));
    QCOMPARE(controller.params().method, numerics::Method::Linear);
    QCOMPARE(controller.params().factor, 4.0);
    QVERIFY(panel.messageText().isEmpty());
}

void TestParametersPanel::truncateCheckBox()
{
    ui::ParamsController controller;
    controller.setMethod(numerics::Method::Yarn);
    ui::ParametersPanel panel(&controller);
    QVERIFY(controller.params().truncate);
    QVERIFY(panel.truncateCheck()->isChecked());
    panel.truncateCheck()->setChecked(false);
    QCOMPARE(controller.params().truncate, false);
}

void TestParametersPanel::importedConfigUpdatesControls_data()
{
    QTest::addColumn<QString>("golden");
    QTest::newRow("qwen2.5 yarn factor 4, L 32768") << "e_yarn_qwen25_factor4_orig32768.json";
    QTest::newRow("yarn factor 16, L 4096, truncate")
        << "f_yarn_factor16_orig4096_truncate_true.json";
    QTest::newRow("yarn factor 16, L 4096, no truncate")
        << "f_yarn_factor16_orig4096_truncate_false.json";
}

void TestParametersPanel::importedConfigUpdatesControls()
{
    QFETCH(QString, golden);
    const QJsonObject reference = readGolden(golden);
    QVERIFY2(!reference.isEmpty(), qPrintable(golden));
    const QJsonObject config = reference.value(QStringLiteral("config")).toObject();
    const QJsonObject rope = config.value(QStringLiteral("rope_parameters")).toObject();
    const QJsonObject intermediates = reference.value(QStringLiteral("intermediates")).toObject();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }
    auto imported = core::importConfigFile(path);
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());

    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    ui::ReadoutWidget readout; // the window's Read-out dock
    readout.follow(&controller);
    controller.loadParams(imported->params, imported->warnings, imported->sourceName);

    QCOMPARE(panel.methodCombo()->currentData().toString(), QStringLiteral("yarn"));
    QCOMPARE(panel.row(QStringLiteral("rope_theta"))->spinBox()->value(),
             rope.value(QStringLiteral("rope_theta")).toDouble());
    QCOMPARE(panel.row(QStringLiteral("factor"))->spinBox()->value(),
             rope.value(QStringLiteral("factor")).toDouble());
    QCOMPARE(panel.row(QStringLiteral("original_max_position_embeddings"))->spinBox()->value(),
             rope.value(QStringLiteral("original_max_position_embeddings")).toDouble());
    QCOMPARE(panel.row(QStringLiteral("head_dim"))->spinBox()->value(),
             config.value(QStringLiteral("head_dim")).toDouble());
    QCOMPARE(panel.truncateCheck()->isChecked(),
             rope.value(QStringLiteral("truncate")).toBool(true));

    // The read-out shows the reference's correction range [low, high].
    const double low = intermediates.value(QStringLiteral("low")).toDouble();
    const double high = intermediates.value(QStringLiteral("high")).toDouble();
    const QString range = readout.valueText(QStringLiteral("correctionRange"));
    const QRegularExpression pattern(QStringLiteral("^\\[([-0-9.e+]+), ([-0-9.e+]+)\\]$"));
    const QRegularExpressionMatch match = pattern.match(range);
    QVERIFY2(match.hasMatch(), qPrintable(range));
    QVERIFY2(std::abs(match.captured(1).toDouble() - low) < 5e-4, qPrintable(range));
    QVERIFY2(std::abs(match.captured(2).toDouble() - high) < 5e-4, qPrintable(range));

    // Attention factor and its square.
    const double attention = reference.value(QStringLiteral("attention_factor")).toDouble();
    QVERIFY(std::abs(readout.valueText(QStringLiteral("attentionFactor")).toDouble() - attention)
            < 1e-9);
    QVERIFY(std::abs(readout.valueText(QStringLiteral("logitMultiplier")).toDouble()
                     - attention * attention)
            < 1e-9);
    // Band counts add up to d/2.
    const QStringList counts = readout.valueText(QStringLiteral("bands")).split(QLatin1Char('/'));
    QCOMPARE(counts.size(), 3);
    int total = 0;
    for (const QString &count : counts)
        total += count.trimmed().toInt();
    QCOMPARE(total, reference.value(QStringLiteral("inv_freq")).toArray().size());
}

void TestParametersPanel::warningsInline_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("factor below 1") << "factor" << 0.5 << "factor";
    QTest::newRow("beta_fast below beta_slow") << "beta_fast" << 0.5 << "beta_fast";
}

void TestParametersPanel::warningsInline()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(QString, mentions);

    ui::ParamsController controller;
    controller.setMethod(numerics::Method::Yarn);
    ui::ParametersPanel panel(&controller);
    panel.show();
    QVERIFY(panel.warningText().isEmpty());
    panel.row(key)->spinBox()->setValue(value);
    QVERIFY2(panel.warningText().contains(mentions), qPrintable(panel.warningText()));
    QVERIFY(panel.warningText().contains(QString::number(value)));
    // Fixing the value clears the warning.
    panel.row(key)->spinBox()->setValue(key == QLatin1String("factor") ? 4.0 : 32.0);
    QVERIFY2(panel.warningText().isEmpty(), qPrintable(panel.warningText()));
}

void TestParametersPanel::errorInline()
{
    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    ui::ReadoutWidget readout; // the window's Read-out dock
    readout.follow(&controller);
    panel.show();
    QVERIFY(panel.errorText().isEmpty());
    panel.row(QStringLiteral("head_dim"))->spinBox()->setValue(63.0); // odd rotary dim
    QVERIFY2(panel.errorText().contains(QStringLiteral("head_dim"))
                 || panel.errorText().contains(QStringLiteral("rotary")),
             qPrintable(panel.errorText()));
    QCOMPARE(readout.valueText(QStringLiteral("attentionFactor")), QStringLiteral("-"));
    panel.row(QStringLiteral("head_dim"))->spinBox()->setValue(64.0);
    QVERIFY(panel.errorText().isEmpty());
    QCOMPARE(readout.valueText(QStringLiteral("rotaryDim")), QStringLiteral("64 (32 pairs)"));
}

void TestParametersPanel::positionRow()
{
    ui::ParamsController controller;
    ui::ParametersPanel panel(&controller);
    QSignalSpy spy(&controller, &ui::ParamsController::positionChanged);
    QVERIFY(spy.isValid());
    panel.row(QStringLiteral("position"))->spinBox()->setValue(12345.0);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(controller.position(), 12345.0);
    controller.setPosition(777.0);
    QCOMPARE(panel.row(QStringLiteral("position"))->spinBox()->value(), 777.0);
    QCOMPARE(spy.count(), 2); // no echo from the panel
}

QTEST_MAIN(TestParametersPanel)
#include "tst_parameterspanel.moc"
