// The score-vs-distance view's texts (DecayView): legends name what each curve shows (model,
// method, factor, base; the attention factor where the random draw includes it), and at the
// size of a 960x600 export nothing is elided ("...") or clipped, for every preset, mode,
// distance scale and overlay.

#include "decayviewtest.h"
#include "numerics/rope.h"

#include <QLocale>
#include <QTest>

using namespace ropelab;
using ropelab::tests::drawnTexts;
using ropelab::tests::loadPreset;
using ropelab::tests::settle;

class TestDecayLegend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void legendsNameWhatTheyShow_data();
    void legendsNameWhatTheyShow();
    void nothingElidedOrClipped_data();
    void nothingElidedOrClipped();
    void editedParametersAreNotTheModel();
};

void TestDecayLegend::legendsNameWhatTheyShow_data()
{
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("method"); // the method's legend text
    QTest::addColumn<QString>("plain"); // plain RoPE at the model's base ("": not drawn)
    QTest::addColumn<QStringList>("overlay"); // the overlay bases drawn
    const QStringList all { "1", "100", "500", "10000" };
    const QStringList noTenThousand { "1", "100", "500" };
    QTest::newRow("llama2-7b") << "llama2-7b"
                               << "Llama 2 7B: plain RoPE, base 10000"
                               << "" << noTenThousand;
    QTest::newRow("llama3.1-8b") << "llama3.1-8b"
                                 << "Llama 3.1 8B: Llama 3 s=8"
                                 << "plain RoPE, base 500000" << all;
    QTest::newRow("qwen2.5-7b-yarn") << "qwen2.5-7b-yarn"
                                     << "Qwen2.5 7B Instruct (YaRN x4): YaRN s=4"
                                     << "plain RoPE, base 1000000" << all;
    QTest::newRow("deepseek-v3") << "deepseek-v3"
                                 << "DeepSeek-V3: YaRN s=40"
                                 << "plain RoPE, base 10000" << noTenThousand;
    QTest::newRow("phi3-mini-128k") << "phi3-mini-128k"
                                    << "Phi-3 mini 128k Instruct: LongRoPE s=32, short factors"
                                    << "plain RoPE, base 10000" << noTenThousand;
}

void TestDecayLegend::legendsNameWhatTheyShow()
{
    QFETCH(QString, preset);
    QFETCH(QString, method);
    QFETCH(QString, plain);
    QFETCH(QStringList, overlay);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    const numerics::RopeFrequencies *frequencies = params.frequencies();
    QVERIFY(frequencies);
    ui::DecayView view(&params);
    const QLocale locale;
    for (bool withOverlay : { false, true }) {
        for (ui::DecayKind kind : { ui::DecayKind::SelfScore, ui::DecayKind::RandomScore }) {
            ui::DecayOptions options = view.controller()->options();
            options.overlayBases = withOverlay;
            options.kind = kind;
            QStringList expected { method };
            // The random draw's method curve includes the attention factor squared.
            const double af2 = frequencies->attentionFactor * frequencies->attentionFactor;
            if (kind == ui::DecayKind::RandomScore && frequencies->attentionFactor != 1.0)
                expected.front() += QStringLiteral(", \u00d7%1 (af\u00b2)").arg(af2, 0, 'f', 3);
            if (!plain.isEmpty())
                expected.append(plain);
            if (withOverlay) {
                for (const QString &base : overlay)
                    expected.append(QStringLiteral("plain RoPE, base ") + base);
            }
            QVERIFY(settle(view, options, int(expected.size())));
            // L: original_max_position_embeddings (none of these presets is dynamic NTK).
            const double L = double(params.params().originalMaxPositions);
            expected.append(QStringLiteral("L = ") + locale.toString(L, 'g', 7));
            if (params.params().factor > 1.0)
                expected.append(QStringLiteral("s\u00b7L = ")
                                + locale.toString(L * params.params().factor, 'g', 7));
            // Legend entries, as drawn at 960x560 (no other visible text equals one).
            const QStringList drawn = drawnTexts(view.chart());
            for (const QString &name : std::as_const(expected))
                QVERIFY2(drawn.contains(name),
                         qPrintable(name + QStringLiteral(" not in ") + drawn.join(" | ")));
            int legendLines = 0;
            for (int line = 0; line < view.chart()->lineCount(); ++line)
                legendLines += view.chart()->lineVisible(line) && view.chart()->lineInLegend(line);
            QCOMPARE(legendLines, int(expected.size()) - (params.params().factor > 1.0 ? 2 : 1));
        }
    }
}

void TestDecayLegend::nothingElidedOrClipped_data()
{
    QTest::addColumn<QString>("preset");
    for (const char *preset :
         { "llama2-7b", "llama3.1-8b", "qwen2.5-7b-yarn", "deepseek-v3", "phi3-mini-128k" })
        QTest::newRow(preset) << QString::fromLatin1(preset);
}

void TestDecayLegend::nothingElidedOrClipped()
{
    QFETCH(QString, preset);
    ui::ParamsController params;
    QVERIFY(loadPreset(preset, params));
    ui::DecayView view(&params);
    ui::ChartPanel *chart = view.chart();
    const bool plain = params.params().method == numerics::Method::Default;
    for (ui::DecayKind kind :
         { ui::DecayKind::SelfScore, ui::DecayKind::Bound, ui::DecayKind::RandomScore }) {
        for (bool logX : { true, false }) {
            for (bool overlay : { false, true }) {
                ui::DecayOptions options = view.controller()->options();
                options.kind = kind;
                options.setScale(logX);
                options.overlayBases = overlay;
                const int overlays = params.params().base == 10000.0 ? 3 : 4;
                QVERIFY(settle(view, options, (plain ? 1 : 2) + (overlay ? overlays : 0)));
                const QString row = QStringLiteral("kind %1 %2 overlay %3")
                                        .arg(int(kind))
                                        .arg(logX ? "log" : "linear")
                                        .arg(overlay);
                const QStringList texts = drawnTexts(chart);
                QVERIFY(texts.size() > 10);
                for (const QString &text : texts)
                    QVERIFY2(!text.contains(QLatin1String("...")) && !text.contains(QChar(0x2026)),
                             qPrintable(row + QStringLiteral(": ") + text));
                QVERIFY(texts.contains(chart->yTitle()));
                QVERIFY(texts.contains(chart->xTitle()));
                // Every drawn point inside the axis ranges: nothing clipped.
                for (int line = 0; line < chart->lineCount(); ++line) {
                    if (!chart->lineVisible(line))
                        continue;
                    const QList<QPointF> points = chart->lineData(line);
                    for (const QPointF &p : points) {
                        QVERIFY2(p.y() >= chart->yMin() && p.y() <= chart->yMax(),
                                 qPrintable(row + QStringLiteral(" y %1").arg(p.y())));
                        QVERIFY2(p.x() >= chart->xMin() && p.x() <= chart->xMax(),
                                 qPrintable(row + QStringLiteral(" x %1").arg(p.x())));
                    }
                }
            }
        }
    }
}

void TestDecayLegend::editedParametersAreNotTheModel()
{
    // After s changes from 40 to 8 the curve is no longer DeepSeek-V3's: the legend says so;
    // back at 40 it is again.
    ui::ParamsController params;
    QVERIFY(loadPreset(QStringLiteral("deepseek-v3"), params));
    ui::DecayView view(&params);
    QVERIFY(settle(view, view.controller()->options(), 2));
    QVERIFY(drawnTexts(view.chart()).contains(QStringLiteral("DeepSeek-V3: YaRN s=40")));
    numerics::RopeParams edited = params.params();
    edited.factor = 8.0;
    params.setParams(edited);
    QCOMPARE(params.modelLabel(), QStringLiteral("DeepSeek-V3 (edited)"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return drawnTexts(view.chart())
                .contains(QStringLiteral("DeepSeek-V3 (edited): YaRN s=8"));
        },
        ropelab::tests::DecaySweepTimeoutMs));
    edited.factor = 40.0;
    params.setParams(edited);
    QCOMPARE(params.modelLabel(), QStringLiteral("DeepSeek-V3"));
}

QTEST_MAIN(TestDecayLegend)
#include "tst_decaylegend.moc"
