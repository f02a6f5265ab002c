// RotationView: its CSV angles are m * inv_freq of the reference implementations, the dial
// grid is consistent with hit testing, the picture carries the band colours, and the
// animation controller advances m by speed * time.

#include "configimport.h"
#include "controllers/paramscontroller.h"
#include "controllers/rotationcontroller.h"
#include "numerics/rope.h"
#include "theme.h"
#include "widgets/rotationview.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace ropelab;

namespace {

QJsonObject readGolden(const QString &name)
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Imports the golden file's `config` exactly as a user's config.json would be.
bool loadGoldenConfig(const QJsonObject &golden, ui::ParamsController &controller, QString *error)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(golden.value(QStringLiteral("config")).toObject()).toJson());
    file.close();
    core::ImportOptions options;
    // The golden files keep the runtime sequence length next to the config keys.
    const QJsonValue seqLen = golden.value(QStringLiteral("config")).toObject().value(QStringLiteral("seq_len"));
    if (seqLen.isDouble())
        options.seqLen = qint64(seqLen.toDouble());
    auto imported = core::importConfigFile(path, options);
    if (!imported) {
        *error = QString::fromStdString(imported.error().field + ": " + imported.error().message);
        return false;
    }
    controller.loadParams(imported->params, imported->warnings, imported->sourceName);
    return true;
}

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

CsvTable parseCsv(const QString &text)
{
    CsvTable table;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return table;
    table.header = lines.first().split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i)
        table.rows.append(lines.at(i).split(QLatin1Char(',')));
    return table;
}

int countColour(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const QRgb *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = QColor::fromRgb(line[x]);
            if (std::abs(pixel.red() - colour.red()) < 12 && std::abs(pixel.green() - colour.green()) < 12
                && std::abs(pixel.blue() - colour.blue()) < 12)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestRotationView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity();
    void csvAnglesAreMTimesInvFreq_data();
    void csvAnglesAreMTimesInvFreq();
    void seedAngles_data();
    void seedAngles();
    void dialGridHitTesting_data();
    void dialGridHitTesting();
    void hoverDescription();
    void renderShowsBandColours();
    void renderWithError();
    void animationAdvancesPosition_data();
    void animationAdvancesPosition();
    void playPause();
};

void TestRotationView::identity()
{
    ui::ParamsController controller;
    ui::RotationView view(&controller);
    QCOMPARE(view.viewId(), QStringLiteral("rotation"));
    QVERIFY(!view.viewTitle().isEmpty());
    QVERIFY(!view.isPending());
}

void TestRotationView::csvAnglesAreMTimesInvFreq_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<double>("position");

    QTest::newRow("default d=128 at m=500") << "a_default_base10000_hd128.json" << 500.0;
    QTest::newRow("linear s=4 at m=4096") << "b_linear_factor4.json" << 4096.0;
    QTest::newRow("dynamic NTK seq 8192 at m=8191") << "c_dynamic_ntk_factor4_orig2048_seq8192.json" << 8191.0;
    QTest::newRow("qwen2.5 yarn at m=100000") << "e_yarn_qwen25_factor4_orig32768.json" << 100000.0;
    QTest::newRow("llama3 s=8 at m=131071") << "g_llama3_factor8.json" << 131071.0;
    QTest::newRow("yarn s=16 at m=0.5") << "f_yarn_factor16_orig4096_truncate_true.json" << 0.5;
}

void TestRotationView::csvAnglesAreMTimesInvFreq()
{
    QFETCH(QString, golden);
    QFETCH(double, position);

    const QJsonObject reference = readGolden(golden);
    QVERIFY2(!reference.isEmpty(), qPrintable(golden));
    ui::ParamsController controller;
    QString error;
    QVERIFY2(loadGoldenConfig(reference, controller, &error), qPrintable(error));
    controller.setPosition(position);
    ui::RotationView view(&controller);

    const QJsonArray invFreq = reference.value(QStringLiteral("inv_freq_float64")).toArray();
    QVERIFY(!invFreq.isEmpty());
    const CsvTable table = parseCsv(view.csv());
    for (const char *name : {"pair_index", "inv_freq_rad_per_token", "unscaled_inv_freq_rad_per_token",
                             "wavelength_tokens", "rotations_in_original_context", "ramp", "band",
                             "position_tokens", "angle_rad", "angle_mod_2pi_rad", "unscaled_angle_rad"})
        QVERIFY2(table.column(QString::fromLatin1(name)) >= 0, name);
    QCOMPARE(table.rows.size(), invFreq.size());

    const int cI = table.column(QStringLiteral("pair_index"));
    const int cInv = table.column(QStringLiteral("inv_freq_rad_per_token"));
    const int cWave = table.column(QStringLiteral("wavelength_tokens"));
    const int cAngle = table.column(QStringLiteral("angle_rad"));
    const int cMod = table.column(QStringLiteral("angle_mod_2pi_rad"));
    const int cBand = table.column(QStringLiteral("band"));
    const int cPos = table.column(QStringLiteral("position_tokens"));
    constexpr double TwoPi = 2.0 * std::numbers::pi;
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        QCOMPARE(row.size(), table.header.size());
        QCOMPARE(row.at(cI).toInt(), int(i));
        QCOMPARE(row.at(cPos).toDouble(), position);
        const double expectedInv = invFreq.at(i).toDouble();
        const double expectedAngle = position * expectedInv;
        const double inv = row.at(cInv).toDouble();
        const double angle = row.at(cAngle).toDouble();
        QVERIFY2(std::abs(inv - expectedInv) <= 1e-12 * expectedInv,
                 qPrintable(QStringLiteral("pair %1: %2 vs %3").arg(i).arg(inv, 0, 'g', 17).arg(expectedInv, 0, 'g', 17)));
        QVERIFY2(std::abs(angle - expectedAngle) <= 1e-12 * std::abs(expectedAngle) + 1e-300,
                 qPrintable(QStringLiteral("pair %1: angle %2 vs %3").arg(i).arg(angle, 0, 'g', 17).arg(expectedAngle, 0, 'g', 17)));
        const double wrapped = row.at(cMod).toDouble();
        QVERIFY(wrapped >= 0.0 && wrapped < TwoPi);
        // Same point on the circle as the unwrapped angle.
        QVERIFY(std::abs(std::cos(wrapped) - std::cos(expectedAngle)) < 1e-9);
        QVERIFY(std::abs(std::sin(wrapped) - std::sin(expectedAngle)) < 1e-9);
        QVERIFY(std::abs(row.at(cWave).toDouble() * expectedInv / TwoPi - 1.0) < 1e-12);
        QVERIFY(numerics::bandFromId(controller.frequencies()->method, row.at(cBand).toStdString()));
    }
}

void TestRotationView::seedAngles_data()
{
    QTest::addColumn<int>("pair");
    QTest::addColumn<double>("expected"); // ROPE_SPEC.md section 9 seed values
    QTest::addColumn<double>("tolerance");

    QTest::newRow("pair 0 turned 500 rad") << 0 << 500.0 << 1e-12;
    QTest::newRow("pair 8 turned about 158 rad") << 8 << 158.0 << 0.5;
}

void TestRotationView::seedAngles()
{
    QFETCH(int, pair);
    QFETCH(double, expected);
    QFETCH(double, tolerance);

    ui::ParamsController controller; // defaults: d = 128, base 10000, default RoPE
    controller.setPosition(500.0);
    QCOMPARE(numerics::rotaryDim(controller.params().headDim, controller.params().partialRotaryFactor), 128);
    QCOMPARE(controller.params().base, 10000.0);
    ui::RotationView view(&controller);
    const CsvTable table = parseCsv(view.csv());
    QVERIFY(pair < table.rows.size());
    const double angle = table.rows.at(pair).at(table.column(QStringLiteral("angle_rad"))).toDouble();
    QVERIFY2(std::abs(angle - expected) <= tolerance, qPrintable(QString::number(angle, 'g', 17)));
}

void TestRotationView::dialGridHitTesting_data()
{
    QTest::addColumn<int>("headDim");
    QTest::addColumn<QSize>("size");

    QTest::newRow("d=256 (128 dials) in 1200x800") << 256 << QSize(1200, 800);
    QTest::newRow("d=128 in 640x480") << 128 << QSize(640, 480);
    QTest::newRow("d=8 in 300x300") << 8 << QSize(300, 300);
    QTest::newRow("d=512 in 400x300") << 512 << QSize(400, 300);
}

void TestRotationView::dialGridHitTesting()
{
    QFETCH(int, headDim);
    QFETCH(QSize, size);

    ui::ParamsController controller;
    numerics::RopeParams params = controller.params();
    params.headDim = headDim;
    controller.setParams(params);
    QVERIFY(controller.frequencies());
    ui::RotationView view(&controller);
    view.resize(size);

    const int pairs = headDim / 2;
    QRectF previous;
    for (int i = 0; i < pairs; ++i) {
        const QRectF cell = view.dialRect(i);
        QVERIFY2(!cell.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(QRectF(view.rect()).adjusted(-1e-9, -1e-9, 1e-9, 1e-9).contains(cell),
                 qPrintable(QStringLiteral("%1: %2,%3 %4x%5").arg(i).arg(cell.x()).arg(cell.y()).arg(cell.width()).arg(cell.height())));
        QCOMPARE(view.pairAt(cell.center()), i);
        if (i > 0)
            QVERIFY(!previous.intersected(cell).isValid() || previous.intersected(cell).width() < 1e-9
                    || previous.intersected(cell).height() < 1e-9);
        previous = cell;
    }
    QVERIFY(view.dialRect(pairs).isEmpty());
    QCOMPARE(view.pairAt(QPointF(-5, -5)), -1);
}

void TestRotationView::hoverDescription()
{
    ui::ParamsController controller;
    controller.setPosition(500.0);
    ui::RotationView view(&controller);
    const numerics::RopeFrequencies *f = controller.frequencies();
    QVERIFY(f);
    const QString text = view.pairDescription(3);
    QVERIFY(text.contains(QStringLiteral("i = 3")));
    QVERIFY2(text.contains(QString::number(f->invFreq[3], 'g', 10)), qPrintable(text));
    QVERIFY(text.contains(QString::number(500.0 * f->invFreq[3], 'g', 10)));
    QVERIFY(text.contains(QStringLiteral("wavelength")));
    QVERIFY(text.contains(QStringLiteral("ramp")));
    QVERIFY(text.contains(QStringLiteral("r = ")));
    QVERIFY(view.pairDescription(-1).isEmpty());
    QVERIFY(view.pairDescription(64).isEmpty());
}

void TestRotationView::renderShowsBandColours()
{
    ui::ParamsController controller;
    numerics::RopeParams params = controller.params();
    params.method = numerics::Method::Yarn;
    params.factor = 16.0;
    params.originalMaxPositions = 4096;
    controller.setParams(params);
    const numerics::RopeFrequencies *f = controller.frequencies();
    QVERIFY(f);
    ui::RotationView view(&controller);

    QImage image(1200, 800, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::black);
    {
        QPainter painter(&image);
        view.renderTo(&painter, QRectF(0, 0, 1200, 800));
    }
    QCOMPARE(image.pixelColor(2, 2), QColor(Qt::white)); // the view paints its background
    for (numerics::Band band : {numerics::Band::High, numerics::Band::Medium, numerics::Band::Low}) {
        const bool present = std::find(f->band.begin(), f->band.end(), band) != f->band.end();
        QVERIFY(present); // YaRN s=16, L=4096, d=128 has all three bands
        QVERIFY2(countColour(image, ui::theme::bandColor(band)) > 50,
                 qPrintable(QString::number(int(band))));
    }

    // The widget itself paints the same way (cached background + hands).
    view.resize(900, 600);
    const QImage grabbed = view.grab().toImage().convertToFormat(QImage::Format_ARGB32);
    QVERIFY(countColour(grabbed, ui::theme::bandColor(numerics::Band::High)) > 50);
}

void TestRotationView::renderWithError()
{
    ui::ParamsController controller;
    numerics::RopeParams params = controller.params();
    params.headDim = 63; // odd rotary dim: no frequencies
    controller.setParams(params);
    QVERIFY(!controller.frequencies());
    ui::RotationView view(&controller);
    view.resize(400, 300);
    const QImage grabbed = view.grab().toImage(); // must not crash
    QVERIFY(!grabbed.isNull());
    const CsvTable table = parseCsv(view.csv());
    QVERIFY(!table.header.isEmpty());
    QVERIFY(table.rows.isEmpty());
}

void TestRotationView::animationAdvancesPosition_data()
{
    QTest::addColumn<double>("speed");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<double>("start");

    QTest::newRow("20/s for 0.5 s") << 20.0 << 0.5 << 500.0;
    QTest::newRow("1e5/s for 0.016 s") << 1e5 << 0.016 << 0.0;
    QTest::newRow("1/s for 2 s from 7.25") << 1.0 << 2.0 << 7.25;
}

void TestRotationView::animationAdvancesPosition()
{
    QFETCH(double, speed);
    QFETCH(double, seconds);
    QFETCH(double, start);

    ui::ParamsController controller;
    controller.setPosition(start);
    ui::RotationController rotation(&controller);
    QSignalSpy spy(&rotation, &ui::RotationController::speedChanged);
    QVERIFY(spy.isValid());
    rotation.setSpeed(speed);
    QCOMPARE(rotation.speed(), speed);
    rotation.advance(seconds);
    QVERIFY(std::abs(controller.position() - (start + speed * seconds)) < 1e-9);
}

void TestRotationView::playPause()
{
    ui::ParamsController controller;
    controller.setPosition(100.0);
    ui::RotationController rotation(&controller);
    QSignalSpy playing(&rotation, &ui::RotationController::playingChanged);
    QSignalSpy moved(&controller, &ui::ParamsController::positionChanged);
    QVERIFY(playing.isValid());
    QVERIFY(moved.isValid());
    rotation.setSpeed(1000.0);
    rotation.play();
    QVERIFY(rotation.isPlaying());
    QCOMPARE(playing.count(), 1);
    QVERIFY(moved.wait(1000));
    QVERIFY(controller.position() > 100.0);
    rotation.pause();
    QVERIFY(!rotation.isPlaying());
    QCOMPARE(playing.count(), 2);
    QCOMPARE(playing.at(1).at(0).toBool(), false);
}

QTEST_MAIN(TestRotationView)
#include "tst_rotationview.moc"
