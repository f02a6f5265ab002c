// Every view's CSV (rotation, bands, decay, temperature; the heatmap has its own test) is ONE
// table: a header whose column names carry their units, and the same number of cells in every
// row, for several presets. The numbers are checked against the frequencies they come from
// and against closed forms (YaRN's 0.1 ln s + 1, DeepSeek's softmax-scale multiplier,
// (1/(d/2)) sum cos(Delta theta_i), softmax rows summing to 1, ln n).

#include "charts/bandsview.h"
#include "charts/decayview.h"
#include "charts/temperatureview.h"
#include "controllers/decaycontroller.h"
#include "controllers/paramscontroller.h"
#include "controllers/temperaturecontroller.h"
#include "exportableview.h"
#include "presets.h"
#include "widgets/rotationview.h"

#include <QHash>
#include <QTest>

#include <cmath>
#include <memory>
#include <numbers>

using namespace ropelab;

namespace {

constexpr int SweepTimeoutMs = 60000;

struct CsvTable
{
    QStringList header;
    QList<QStringList> rows;
    int column(const char *name) const { return int(header.indexOf(QLatin1String(name))); }
    double number(qsizetype row, const char *name) const
    {
        bool ok = false;
        const double value = rows.at(row).at(column(name)).toDouble(&ok);
        return ok ? value : std::nan("");
    }
    // The rows whose `series` cell is `series`.
    QList<qsizetype> rowsOf(const QString &series) const
    {
        QList<qsizetype> found;
        const int c = column("series");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (c >= 0 && rows[i].at(c) == series)
                found.append(i);
        }
        return found;
    }
};

// Splits RFC 4180 text, refusing quoting (no view writes text that needs it) and ragged rows.
bool parseCsv(const QString &text, CsvTable *table, QString *problem)
{
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\r'))) {
        *problem = QStringLiteral("quotes or CR in the CSV");
        return false;
    }
    if (!text.endsWith(QLatin1Char('\n'))) {
        *problem = QStringLiteral("no final newline");
        return false;
    }
    QStringList lines = text.split(QLatin1Char('\n'));
    lines.removeLast(); // after the final '\n'
    if (lines.isEmpty()) {
        *problem = QStringLiteral("empty");
        return false;
    }
    table->header = lines.takeFirst().split(QLatin1Char(','));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(QLatin1Char(','));
        if (cells.size() != table->header.size()) {
            *problem = QStringLiteral("row %1 has %2 cells, the header %3: %4")
                           .arg(i + 1)
                           .arg(cells.size())
                           .arg(table->header.size())
                           .arg(lines[i]);
            return false;
        }
        table->rows.append(cells);
    }
    return true;
}

bool hasUnitColumn(const QStringList &header)
{
    for (const QString &name : header) {
        for (const char *unit : { "_tokens", "_rad", "_nats", "_rad_per_token" }) {
            if (name.endsWith(QLatin1String(unit)))
                return true;
        }
    }
    return false;
}

bool loadPreset(const QString &name, ui::ParamsController &params)
{
    const auto preset = core::loadPreset(name);
    if (!preset)
        return false;
    params.loadParams(preset->params, preset->warnings, preset->sourceName);
    return params.error().isEmpty();
}

std::unique_ptr<QWidget> makeView(const QString &id, ui::ParamsController *params,
                                  ui::ExportableView **view)
{
    if (id == QLatin1String("rotation")) {
        auto *widget = new ui::RotationView(params);
        *view = widget;
        return std::unique_ptr<QWidget>(widget);
    }
    if (id == QLatin1String("bands")) {
        auto *widget = new ui::BandsView(params);
        *view = widget;
        return std::unique_ptr<QWidget>(widget);
    }
    if (id == QLatin1String("decay")) {
        auto *widget = new ui::DecayView(params);
        *view = widget;
        return std::unique_ptr<QWidget>(widget);
    }
    auto *widget = new ui::TemperatureView(params);
    *view = widget;
    return std::unique_ptr<QWidget>(widget);
}

bool near(double actual, double expected, double relative = 1e-12)
{
    return std::abs(actual - expected) <= relative * std::max(1.0, std::abs(expected));
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyCsvIsOneTable_data();
    void everyCsvIsOneTable();
    void temperatureNumbers_data();
    void temperatureNumbers();
    void decayIsLongFormat();
    void decayEnvelopeColumn();
    void rotationAndBandsNumbers();
};

void TestCsvExport::everyCsvIsOneTable_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("expectedColumns"); // must be in the header
    const QStringList presets { "llama2-7b", "llama3.1-8b", "qwen2.5-7b-yarn", "deepseek-v3",
                                "phi3-mini-128k" };
    const QHash<QString, QStringList> columns {
        { "rotation",
          { "pair_index", "inv_freq_rad_per_token", "wavelength_tokens", "angle_rad" } },
        { "bands",
          { "pair_index", "unscaled_wavelength_tokens", "scaled_wavelength_tokens", "band" } },
        { "decay", { "series", "distance_tokens", "normalised_score" } },
        { "temperature",
          { "series", "scale_factor", "key_distance_tokens", "context_length_tokens",
            "entropy_nats", "attention_factor" } }
    };
    for (const QString &preset : presets) {
        for (const char *view : { "rotation", "bands", "decay", "temperature" }) {
            QTest::addRow("%s %s", qPrintable(preset), view)
                << preset << QString::fromLatin1(view) << columns.value(QLatin1String(view));
        }
    }
}

void TestCsvExport::everyCsvIsOneTable()
{
    QFETCH(QString, preset);
    QFETCH(QString, view);
    QFETCH(QStringList, expectedColumns);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    ui::ExportableView *exportable = nullptr;
    const std::unique_ptr<QWidget> widget = makeView(view, &params, &exportable);
    QTRY_VERIFY_WITH_TIMEOUT(!exportable->isPending(), SweepTimeoutMs);

    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(exportable->csv(), &table, &problem), qPrintable(problem));
    QVERIFY(table.rows.size() > 10);
    QVERIFY2(hasUnitColumn(table.header), qPrintable(table.header.join(QLatin1Char(','))));
    QCOMPARE(QSet<QString>(table.header.begin(), table.header.end()).size(), table.header.size());
    for (const QString &name : expectedColumns)
        QVERIFY2(table.header.contains(name), qPrintable(name));
    // Every cell is empty, a finite number, or a word (series, band, kind): never a stray
    // header row in the middle.
    for (const QStringList &row : std::as_const(table.rows)) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            bool ok = false;
            const double value = row[c].toDouble(&ok);
            if (ok)
                QVERIFY2(std::isfinite(value), qPrintable(row.join(QLatin1Char(','))));
            else
                QVERIFY2(!table.header.contains(row[c]), qPrintable(row.join(QLatin1Char(','))));
        }
    }
}

void TestCsvExport::temperatureNumbers_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<double>("factor");
    QTest::addColumn<double>("attentionFactor"); // HF's: multiplies cos and sin
    QTest::addColumn<double>("softmaxMultiplier"); // DeepSeek: get_mscale(s, mscale_all_dim)^2
    const double yarn40 = 0.1 * std::log(40.0) + 1.0; // 1.3688879454113936
    const double yarn4 = 0.1 * std::log(4.0) + 1.0;
    // deepseek-v3: mscale = mscale_all_dim = 1, so HF's attention_factor is 1 and the
    // temperature (0.1 ln 40 + 1)^2 moves into the softmax scale.
    QTest::newRow("deepseek-v3") << "deepseek-v3" << 40.0 << 1.0 << yarn40 * yarn40;
    QTest::newRow("qwen2.5-7b-yarn") << "qwen2.5-7b-yarn" << 4.0 << yarn4 << 1.0;
    QTest::newRow("llama3.1-8b") << "llama3.1-8b" << 8.0 << 1.0 << 1.0;
}

void TestCsvExport::temperatureNumbers()
{
    QFETCH(QString, preset);
    QFETCH(double, factor);
    QFETCH(double, attentionFactor);
    QFETCH(double, softmaxMultiplier);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    ui::TemperatureView view(&params);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(view.csv(), &table, &problem), qPrintable(problem));

    const QList<qsizetype> formula = table.rowsOf(QStringLiteral("formula_at_s"));
    QCOMPARE(formula.size(), 1);
    QCOMPARE(table.number(formula[0], "scale_factor"), factor);
    QVERIFY(near(table.number(formula[0], "inv_sqrt_t"), 0.1 * std::log(factor) + 1.0));
    QVERIFY(std::isnan(table.number(formula[0], "entropy_nats"))); // not its column

    const QList<qsizetype> method = table.rowsOf(QStringLiteral("method_at_s"));
    QCOMPARE(method.size(), 1);
    const double logitMultiplier = attentionFactor * attentionFactor * softmaxMultiplier;
    QVERIFY2(near(table.number(method[0], "attention_factor"), attentionFactor),
             qPrintable(table.rows[method[0]].join(QLatin1Char(','))));
    QVERIFY(near(table.number(method[0], "softmax_scale_multiplier"), softmaxMultiplier));
    QVERIFY(near(table.number(method[0], "logit_multiplier"), logitMultiplier));
    QVERIFY(near(table.number(method[0], "inv_sqrt_t"), std::sqrt(logitMultiplier)));

    // The YaRN curve is 0.1 ln s + 1 at every s.
    const QList<qsizetype> curve = table.rowsOf(QStringLiteral("yarn_formula"));
    QVERIFY(curve.size() > 10);
    for (qsizetype row : curve) {
        const double s = table.number(row, "scale_factor");
        QVERIFY(near(table.number(row, "inv_sqrt_t"), 0.1 * std::log(s) + 1.0));
    }
    // Both softmax rows are distributions over the same 64 key distances.
    for (const char *series : { "softmax_plain", "softmax_scaled" }) {
        const QList<qsizetype> rows = table.rowsOf(QLatin1String(series));
        QCOMPARE(rows.size(), qsizetype(ui::TemperatureController::ExampleKeys));
        double sum = 0.0;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QCOMPARE(table.number(rows[i], "key_distance_tokens"), double(i));
            sum += table.number(rows[i], "attention_weight");
        }
        QVERIFY2(std::abs(sum - 1.0) < 1e-12, qPrintable(QString::number(sum, 'g', 17)));
    }
    // Entropy sweep: both curves, and the uniform maximum ln n at the same context lengths.
    const QList<qsizetype> uniform = table.rowsOf(QStringLiteral("entropy_uniform"));
    QVERIFY(uniform.size() > 10);
    QCOMPARE(table.rowsOf(QStringLiteral("entropy_rope")).size(), uniform.size());
    QCOMPARE(table.rowsOf(QStringLiteral("entropy_scaled")).size(), uniform.size());
    for (qsizetype row : uniform) {
        const double n = table.number(row, "context_length_tokens");
        QVERIFY(near(table.number(row, "entropy_nats"), std::log(n)));
    }
    for (qsizetype row : table.rowsOf(QStringLiteral("entropy_scaled"))) {
        const double n = table.number(row, "context_length_tokens");
        QVERIFY(table.number(row, "entropy_nats") <= std::log(n) + 1e-9);
    }
}

void TestCsvExport::decayIsLongFormat()
{
    // Overlay bases on: six curves on one grid, one row per curve and distance; the values are
    // (1/(d/2)) sum_i cos(Delta theta_i) of the frequencies they come from.
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("qwen2.5-7b-yarn"), params));
    ui::DecayView view(&params);
    ui::DecayOptions options = view.controller()->options();
    options.overlayBases = true;
    options.maxDistance = 4096.0;
    view.controller()->setOptions(options);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(view.controller()->data().curves.size(), qsizetype(6),
                              SweepTimeoutMs);
    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(view.csv(), &table, &problem), qPrintable(problem));
    QCOMPARE(table.header,
             QStringList({ "series", "score_kind", "distance_tokens", "normalised_score",
                           "envelope_max_abs_score" }));
    const QStringList ids { "rope", "scaled", "base-1", "base-100", "base-500", "base-10000" };
    const qsizetype perCurve = table.rowsOf(QStringLiteral("rope")).size();
    QVERIFY(perCurve > 10);
    for (const QString &id : ids)
        QCOMPARE(table.rowsOf(id).size(), perCurve);
    QCOMPARE(table.rows.size(), perCurve * ids.size());

    const numerics::RopeFrequencies *f = params.frequencies();
    QVERIFY(f);
    const double pairs = double(f->invFreq.size());
    for (const auto &[id, inv] : { std::pair { QStringLiteral("rope"), &f->unscaledInvFreq },
                                   std::pair { QStringLiteral("scaled"), &f->invFreq } }) {
        const QList<qsizetype> rows = table.rowsOf(id);
        for (qsizetype k : { qsizetype(0), rows.size() / 2, rows.size() - 1 }) {
            const double delta = table.number(rows[k], "distance_tokens");
            double expected = 0.0;
            for (Eigen::Index i = 0; i < inv->size(); ++i)
                expected += std::cos(delta * (*inv)[i]);
            expected /= pairs;
            QVERIFY2(std::abs(table.number(rows[k], "normalised_score") - expected) < 1e-9,
                     qPrintable(QStringLiteral("%1 at %2").arg(id).arg(delta)));
            QCOMPARE(table.rows[rows[k]].at(table.column("score_kind")),
                     QStringLiteral("self-score"));
        }
    }
}

void TestCsvExport::decayEnvelopeColumn()
{
    // Log distances to 2^20, more than the pixels: the view draws the envelope, and the CSV
    // holds it at every distance: the largest |score| within distance / w .. distance x w
    // (w = e^envelopeHalfWidth), from the same rows.
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("llama2-7b"), params));
    ui::DecayView view(&params);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    const double halfWidth = view.controller()->data().envelopeHalfWidth;
    QVERIFY(halfWidth > 0.0);
    CsvTable table;
    QString problem;
    QVERIFY2(parseCsv(view.csv(), &table, &problem), qPrintable(problem));
    const QList<qsizetype> rows = table.rowsOf(QStringLiteral("scaled"));
    QVERIFY(rows.size() > 1000);
    const double w = std::exp(halfWidth);
    for (qsizetype k : { rows.size() / 4, rows.size() / 2, rows.size() - 10 }) {
        const double d = table.number(rows[k], "distance_tokens");
        double expected = 0.0;
        for (qsizetype r : rows) {
            const double x = table.number(r, "distance_tokens");
            if (x >= d / w * (1 - 1e-12) && x <= d * w * (1 + 1e-12))
                expected = std::max(expected, std::abs(table.number(r, "normalised_score")));
        }
        const double envelope = table.number(rows[k], "envelope_max_abs_score");
        QVERIFY2(std::abs(envelope - expected) <= 1e-12 * std::max(1.0, expected),
                 qPrintable(QStringLiteral("at %1: %2 vs %3").arg(d).arg(envelope).arg(expected)));
    }
    // Linear 0 .. 128: fewer distances than the chart's buckets, no envelope drawn or exported.
    ui::DecayOptions options = view.controller()->options();
    options.setScale(false);
    options.maxDistance = 128.0;
    view.controller()->setOptions(options);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isPending(), SweepTimeoutMs);
    QCOMPARE(view.controller()->data().envelopeHalfWidth, 0.0);
    CsvTable linearTable;
    QVERIFY(parseCsv(view.csv(), &linearTable, &problem));
    const QList<qsizetype> linear = linearTable.rowsOf(QStringLiteral("scaled"));
    QCOMPARE(linear.size(), qsizetype(129));
    for (qsizetype r : linear)
        QVERIFY(linearTable.rows.at(r).at(linearTable.column("envelope_max_abs_score")).isEmpty());
}

void TestCsvExport::rotationAndBandsNumbers()
{
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("llama3.1-8b"), params));
    params.setPosition(1234.0);
    const numerics::RopeFrequencies *f = params.frequencies();
    QVERIFY(f);
    ui::RotationView rotation(&params);
    ui::BandsView bands(&params);
    CsvTable r;
    CsvTable b;
    QString problem;
    QVERIFY2(parseCsv(rotation.csv(), &r, &problem), qPrintable(problem));
    QVERIFY2(parseCsv(bands.csv(), &b, &problem), qPrintable(problem));
    QCOMPARE(r.rows.size(), qsizetype(f->invFreq.size()));
    QCOMPARE(b.rows.size(), qsizetype(f->invFreq.size()));
    for (qsizetype i = 0; i < r.rows.size(); ++i) {
        const double inv = f->invFreq[i];
        QCOMPARE(r.number(i, "pair_index"), double(i));
        QCOMPARE(r.number(i, "inv_freq_rad_per_token"), inv);
        QCOMPARE(r.number(i, "position_tokens"), 1234.0);
        QCOMPARE(r.number(i, "angle_rad"), 1234.0 * inv);
        QVERIFY(near(b.number(i, "scaled_wavelength_tokens"), 2.0 * std::numbers::pi / inv));
        QVERIFY(near(b.number(i, "unscaled_wavelength_tokens"),
                     2.0 * std::numbers::pi / f->unscaledInvFreq[i]));
        QVERIFY(near(b.number(i, "frequency_ratio"), inv / f->unscaledInvFreq[i]));
    }
    // Llama 3.1: the first pair is kept (high band), the last divided by 8 (low band).
    QCOMPARE(b.rows.first().at(b.column("band")), QStringLiteral("high"));
    QCOMPARE(b.rows.last().at(b.column("band")), QStringLiteral("low"));
    QVERIFY(near(b.number(b.rows.size() - 1, "frequency_ratio"), 1.0 / 8.0));
}

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
