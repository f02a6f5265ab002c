// The angle heatmap tells the truth: the range chosen in the view is exactly the range drawn and
// exported (first column starts at 0, last column ends at the chosen position), pairs that turn
// a quarter turn or more within a column are flagged and drawn grey and hatched instead of as an
// aliased sample, every other cell is the exact mean angle of its column, and the CSV is one
// table. Expected values come from the core's frequencies (and HF's inv_freq for one golden),
// never from the view.

#include "charts/heatmapplot.h"
#include "charts/heatmapview.h"
#include "configimport.h"
#include "controllers/heatmapcontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/angleheatmap.h"
#include "presets.h"

#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPainter>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace ropelab;

namespace {

constexpr int SweepTimeoutMs = 60000;
constexpr double TwoPi = 2.0 * std::numbers::pi;

bool loadPreset(const QString &name, ui::ParamsController &params)
{
    const auto preset = core::loadPreset(name);
    if (!preset)
        return false;
    params.loadParams(preset->params, preset->warnings, preset->sourceName);
    return params.frequencies() != nullptr;
}

// Chooses `range` in the view's own range box and waits for the answer that covers it.
bool chooseRange(ui::HeatmapView &view, double range)
{
    auto *box = view.findChild<QComboBox *>();
    if (!box)
        return false;
    const int index = box->findData(range);
    if (index < 0)
        return false;
    box->setCurrentIndex(index);
    const ui::HeatmapData &data = view.controller()->data();
    return QTest::qWaitFor(
        [&] { return !view.isPending() && data.valid && data.heatmap->xMax == range; },
        SweepTimeoutMs);
}

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
};

// Splits the CSV; false (with the line) when a row's cell count differs from the header's.
bool parseCsv(const QString &text, CsvTable *table, QString *problem)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty()) {
        *problem = QStringLiteral("empty");
        return false;
    }
    table->header = lines.first().split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        QStringList cells = lines[i].split(QLatin1Char(','));
        if (cells.size() != table->header.size()) {
            *problem = QStringLiteral("line %1: %2 cells, header %3")
                           .arg(i + 1)
                           .arg(cells.size())
                           .arg(table->header.size());
            return false;
        }
        table->rows.append(std::move(cells));
    }
    return true;
}

} // namespace

class TestHeatmapView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeIsWhatIsDrawn_data();
    void rangeIsWhatIsDrawn();
    void fastPairsAreNotSampled();
    void csvIsOneTableOverTheRange_data();
    void csvIsOneTableOverTheRange();
    void csvMatchesHfInvFreq();
    void ticksEndAtTheRange_data();
    void ticksEndAtTheRange();
    void rendersAt960x600();
    void cyclicColourMap();
};

void TestHeatmapView::rangeIsWhatIsDrawn_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("range");
    const QStringList presets { "llama2-7b", "deepseek-v3", "qwen2.5-7b-yarn" };
    for (const QString &preset : presets) {
        for (double range : { 1024.0, 4096.0, 8192.0, 1048576.0 })
            QTest::addRow("%s 0-%.0f", qPrintable(preset), range) << preset << range;
    }
}

// The old grid ran 0 .. 2,047 for "0 - 1,024" and 0 .. 5,115 for "0 - 4,096".
void TestHeatmapView::rangeIsWhatIsDrawn()
{
    QFETCH(QString, preset);
    QFETCH(double, range);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    ui::HeatmapView view(&params);
    QVERIFY(chooseRange(view, range));
    const numerics::Heatmap &map = *view.controller()->data().heatmap;
    const Eigen::Index cols = map.values.cols();
    QCOMPARE(map.columnStart[0], 0.0);
    QCOMPARE(map.columnEnd[cols - 1], range);
    QCOMPARE(map.xMin, 0.0);
    QCOMPARE(map.xMax, range);
    QVERIFY(cols <= view.controller()->columns());
    for (Eigen::Index c = 1; c < cols; ++c)
        QCOMPARE(map.columnStart[c], map.columnEnd[c - 1] + 1.0); // no gap, no overlap
    // Every cell is drawn: one image pixel per (pair, column), its colour the cell's.
    const Eigen::ArrayXd &theta = params.frequencies()->invFreq;
    QCOMPARE(map.values.rows(), theta.size());
    QCOMPARE(view.image().width(), int(cols));
    QCOMPARE(view.image().height(), int(theta.size()));
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        for (Eigen::Index c = 0; c < cols; ++c) {
            const double width = map.columnEnd[c] - map.columnStart[c] + 1.0;
            const bool fast = width * theta[i] / TwoPi >= numerics::AngleHeatmapMaxTurns;
            QCOMPARE(bool(map.wraps(i, c)), fast);
            const QRgb pixel = view.image().pixel(int(c), int(theta.size() - 1 - i));
            QCOMPARE(pixel,
                     fast ? ui::HeatmapPlot::wrapsFill().rgb()
                          : ui::HeatmapPlot::cyclicColor(map.values(i, c)).rgb());
        }
    }
    // The legend names the first and the last column's positions.
    const QString legend = ui::HeatmapPlot::columnLegend(map);
    QVERIFY2(legend.contains(QLocale().toString(qint64(range))), qPrintable(legend));
    QVERIFY2(legend.contains(QLocale().toString(qint64(map.columnEnd[0]))), qPrintable(legend));
}

// A pair whose wavelength is shorter than the column cannot be shown by one angle: flagged,
// grey (no hue) and hatched, with a legend that says so; never the angle at a sampled position.
void TestHeatmapView::fastPairsAreNotSampled()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("llama2-7b"), params));
    ui::HeatmapView view(&params);
    QVERIFY(chooseRange(view, 1048576.0));
    const numerics::Heatmap &map = *view.controller()->data().heatmap;
    const Eigen::ArrayXd &theta = params.frequencies()->invFreq;
    const double width = map.columnEnd[0] - map.columnStart[0] + 1.0;
    QVERIFY(width > 1000.0);
    int shorter = 0;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        const double wavelength = TwoPi / theta[i];
        QVERIFY(std::abs(map.rowWavelength[i] - wavelength) <= 1e-12 * wavelength);
        if (wavelength >= width)
            continue;
        ++shorter;
        for (Eigen::Index c = 0; c + 1 < map.values.cols(); ++c) {
            QVERIFY(map.wraps(i, c));
            QVERIFY(std::isnan(map.values(i, c)));
            const QRgb pixel = view.image().pixel(int(c), int(theta.size() - 1 - i));
            const double sampled = std::fmod(map.columnStart[c] * theta[i], TwoPi);
            QVERIFY(pixel != ui::HeatmapPlot::cyclicColor(sampled).rgb());
            QCOMPARE(qRed(pixel), qGreen(pixel)); // grey: no hue, so no angle claimed
            QCOMPARE(qGreen(pixel), qBlue(pixel));
        }
    }
    QVERIFY(shorter > 30); // llama2-7b: wavelengths 2 pi 10000^(i/64) below 1,025 tokens
    const QString legend = ui::HeatmapPlot::wrapsLegend(map);
    QVERIFY2(legend.contains(QLocale().toString(qint64(width / numerics::AngleHeatmapMaxTurns))),
             qPrintable(legend));
    // The painted plot carries the hatching: dark hatch pixels inside pair 0's row.
    QImage canvas(960, 600, QImage::Format_RGB32);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        view.renderTo(&painter, QRectF(0, 0, 960, 600));
    }
    int hatchPixels = 0;
    for (int y = 0; y < canvas.height(); ++y)
        for (int x = 0; x < canvas.width(); ++x)
            hatchPixels += canvas.pixel(x, y) == ui::HeatmapPlot::hatchColor().rgb() ? 1 : 0;
    QVERIFY2(hatchPixels > 1000, qPrintable(QString::number(hatchPixels)));
}

void TestHeatmapView::csvIsOneTableOverTheRange_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("range");
    for (double range : { 1024.0, 4096.0, 8192.0, 1048576.0 })
        QTest::addRow("llama2-7b 0-%.0f", range) << QStringLiteral("llama2-7b") << range;
    QTest::addRow("deepseek-v3 0-4096") << QStringLiteral("deepseek-v3") << 4096.0;
    QTest::addRow("phi3-mini-128k 0-131072") << QStringLiteral("phi3-mini-128k") << 131072.0;
}

void TestHeatmapView::csvIsOneTableOverTheRange()
{
    QFETCH(QString, preset);
    QFETCH(double, range);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    ui::HeatmapView view(&params);
    QVERIFY(chooseRange(view, range));
    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(view.csv(), &table, &problem), qPrintable(problem));
    QCOMPARE(table.header,
             (QStringList { "pair_index", "wavelength_tokens", "position_start_tokens",
                            "position_end_tokens", "mean_angle_rad", "rotation_across_column_turns",
                            "wraps" }));
    const Eigen::ArrayXd &theta = params.frequencies()->invFreq;
    const Eigen::Index cols = view.controller()->data().heatmap->values.cols();
    QCOMPARE(table.rows.size(), qsizetype(theta.size() * cols));
    QVERIFY(table.rows.size() <= numerics::MaxHeatmapCells);
    // Per pair: the columns tile 0 .. range; every number as the core's theta gives it.
    qsizetype row = 0;
    double maxError = 0.0;
    for (Eigen::Index i = 0; i < theta.size(); ++i) {
        double next = 0.0;
        for (Eigen::Index c = 0; c < cols; ++c, ++row) {
            const QStringList &cells = table.rows[row];
            QCOMPARE(cells[0].toLongLong(), qint64(i));
            const double wavelength = cells[1].toDouble();
            QVERIFY(std::abs(wavelength - TwoPi / theta[i]) <= 1e-12 * wavelength);
            const double start = cells[2].toDouble();
            const double end = cells[3].toDouble();
            QCOMPARE(start, next);
            QVERIFY(end >= start);
            next = end + 1.0;
            const double turns = cells[5].toDouble();
            QVERIFY(std::abs(turns - (end - start + 1.0) * theta[i] / TwoPi) <= 1e-12 * turns);
            const bool wraps = cells[6] == QLatin1String("1");
            QVERIFY(wraps || cells[6] == QLatin1String("0"));
            QCOMPARE(wraps, turns >= numerics::AngleHeatmapMaxTurns);
            QCOMPARE(cells[4].isEmpty(), wraps);
            if (wraps)
                continue;
            // The mean angle of the column = the angle at its centre (start + end) / 2.
            const double centre = 0.5 * (start + end);
            double diff = std::abs(cells[4].toDouble() - std::fmod(centre * theta[i], TwoPi));
            diff = std::min(diff, TwoPi - diff);
            maxError = std::max(maxError, diff / std::max(1.0, centre));
        }
        QCOMPARE(next - 1.0, range); // the last column ends at the range end, exactly
    }
    QVERIFY2(maxError < 1e-13, qPrintable(QString::number(maxError)));
}

// Against HF's own inv_freq (Llama 3 x8 golden), at one position per column (0 .. 256).
void TestHeatmapView::csvMatchesHfInvFreq()
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/g_llama3_factor8.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject golden = QJsonDocument::fromJson(file.readAll()).object();
    const auto imported = core::importConfigJson(
        QJsonDocument(golden.value(QStringLiteral("config")).toObject()).toJson());
    QVERIFY(imported.ok());
    ui::ParamsController params;
    params.loadParams(imported->params, imported->warnings, QStringLiteral("golden"));
    ui::HeatmapView view(&params);
    QVERIFY(chooseRange(view, 256.0));
    const QJsonArray invFreq = golden.value(QStringLiteral("inv_freq_float64")).toArray();
    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(view.csv(), &table, &problem), qPrintable(problem));
    QCOMPARE(table.rows.size(), qsizetype(invFreq.size()) * 257);
    for (const QStringList &cells : std::as_const(table.rows)) {
        const int pair = cells[0].toInt();
        const double position = cells[2].toDouble();
        QCOMPARE(cells[3].toDouble(), position); // one position per column
        QCOMPARE(cells[6], QStringLiteral("0"));
        const double expected = std::fmod(position * invFreq[pair].toDouble(), TwoPi);
        double diff = std::abs(cells[4].toDouble() - expected);
        diff = std::min(diff, TwoPi - diff);
        QVERIFY2(diff < 1e-12,
                 qPrintable(QStringLiteral("pair %1 position %2").arg(pair).arg(position)));
    }
}

void TestHeatmapView::ticksEndAtTheRange_data()
{
    QTest::addColumn<double>("range");
    QTest::addColumn<int>("maxTicks");
    for (double range : { 256.0, 1024.0, 4096.0, 8192.0, 131072.0, 1048576.0, 16777216.0 }) {
        for (int ticks : { 2, 5, 9 })
            QTest::addRow("0-%.0f, %d ticks", range, ticks) << range << ticks;
    }
}

// The axis labels the first and the last position of the range, whole numbers in between.
void TestHeatmapView::ticksEndAtTheRange()
{
    QFETCH(double, range);
    QFETCH(int, maxTicks);
    const QList<double> ticks = ui::HeatmapPlot::positionTicks(0.0, range, maxTicks);
    QVERIFY(ticks.size() >= 2);
    QVERIFY(ticks.size() <= maxTicks + 1);
    QCOMPARE(ticks.first(), 0.0);
    QCOMPARE(ticks.last(), range);
    for (qsizetype k = 1; k < ticks.size(); ++k) {
        QVERIFY(ticks[k] > ticks[k - 1]);
        QCOMPARE(ticks[k], std::round(ticks[k]));
    }
    // No tick crowds the last one: at least half a step apart.
    if (ticks.size() > 2)
        QVERIFY(range - ticks[ticks.size() - 2] >= 0.5 * (ticks[1] - ticks[0]));
}

// Painting at the export size draws every cell column inside the plot and nothing outside the
// target (the right and bottom edges stay white).
void TestHeatmapView::rendersAt960x600()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("deepseek-v3"), params));
    ui::HeatmapView view(&params);
    QVERIFY(chooseRange(view, 1048576.0));
    QImage canvas(980, 620, QImage::Format_RGB32);
    canvas.fill(Qt::green);
    {
        QPainter painter(&canvas);
        view.renderTo(&painter, QRectF(10, 10, 960, 600));
    }
    for (int x = 0; x < canvas.width(); ++x) {
        QCOMPARE(canvas.pixel(x, 5), QColor(Qt::green).rgb());
        QCOMPARE(canvas.pixel(x, 615), QColor(Qt::green).rgb());
    }
    for (int y = 0; y < canvas.height(); ++y) {
        QCOMPARE(canvas.pixel(5, y), QColor(Qt::green).rgb());
        QCOMPARE(canvas.pixel(975, y), QColor(Qt::green).rgb());
    }
    const QString legend = ui::HeatmapPlot::legendText(*view.controller()->data().heatmap);
    QVERIFY(!legend.isEmpty());
}

void TestHeatmapView::cyclicColourMap()
{
    QCOMPARE(ui::HeatmapView::cyclicColor(0.0), ui::HeatmapView::cyclicColor(TwoPi));
    QVERIFY(ui::HeatmapView::cyclicColor(0.0) != ui::HeatmapView::cyclicColor(std::numbers::pi));
    // The grey of a wrapping cell is not on the map (sampled every 1/1000 turn).
    for (int k = 0; k < 1000; ++k)
        QVERIFY(ui::HeatmapPlot::cyclicColor(TwoPi * k / 1000.0) != ui::HeatmapPlot::wrapsFill());
}

QTEST_MAIN(TestHeatmapView)
#include "tst_heatmapview.moc"
