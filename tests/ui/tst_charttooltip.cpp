// ChartPanel hover: a tooltip names the series and gives the exact x and y of its plotted point
// nearest the cursor (in pixels), for lines on linear and log axes, through real mouse hover.

#include "charts/chartpanel.h"

#include <QHelpEvent>
#include <QTest>
#include <QToolTip>

using ropelab::ui::ChartPanel;

namespace {

// 0.1 + 0.2 is not 0.3 in binary: the tooltip must show every digit of the plotted double.
const double Inexact = 0.1 + 0.2;

} // namespace

class TestChartToolTip : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nearestPointExactValues();
    void nearestIsInPixelsOnLogAxes();
    void pointsOutsideTheAxesAreNotReported();
    void hoveringTheCurveShowsTheTooltip();
};

void TestChartToolTip::nearestPointExactValues()
{
    ChartPanel panel;
    const int line = panel.addLine(QStringLiteral("YaRN"), Qt::red);
    panel.setXAxis(QStringLiteral("distance (tokens)"), false, 0.0, 4096.0);
    panel.setYAxis(QStringLiteral("score"), false, 0.0, 1.0);
    panel.setLineData(
        line, { { 0.0, 1.0 }, { 1024.0, Inexact }, { 2048.0, 1.0 / 3.0 }, { 4096.0, 0.9 } });
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));

    const QPointF at = panel.linePointPosition(line, 1);
    QVERIFY(panel.rect().contains(at.toPoint()));
    const QString text = panel.lineToolTip(line, at + QPointF(4.0, -3.0));
    QVERIFY2(text.contains(QStringLiteral("<b>YaRN</b>")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("distance (tokens): 1024<")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("score: 0.30000000000000004<")), qPrintable(text));

    // Closer to the third point: its value, 1/3 to the last digit.
    const QPointF third = panel.linePointPosition(line, 2);
    const QString next = panel.lineToolTip(line, at + (third - at) * 0.6);
    QVERIFY2(next.contains(QStringLiteral("distance (tokens): 2048<")), qPrintable(next));
    QVERIFY2(next.contains(QStringLiteral("score: 0.3333333333333333<")), qPrintable(next));
    QCOMPARE(QString::number(1.0 / 3.0, 'g', QLocale::FloatingPointShortest).toDouble(), 1.0 / 3.0);
}

void TestChartToolTip::nearestIsInPixelsOnLogAxes()
{
    ChartPanel panel;
    const int line = panel.addLine(QStringLiteral("wavelength"), Qt::blue);
    panel.setXAxis(QStringLiteral("x"), true, 1.0, 1e6);
    panel.setYAxis(QStringLiteral("y"), false, 0.0, 10.0);
    panel.setLineData(line, { { 1.0, 5.0 }, { 10.0, 5.0 }, { 100.0, 5.0 }, { 1e6, 5.0 } });
    panel.resize(800, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    // A little right of x = 10 on screen: in values 1 is nearer, in pixels 10 is.
    const QPointF ten = panel.linePointPosition(line, 1);
    const QPointF one = panel.linePointPosition(line, 0);
    QVERIFY(ten.x() - one.x() > 50.0); // one decade of six is wide
    const QString text = panel.lineToolTip(line, ten + QPointF(5.0, 0.0));
    QVERIFY2(text.contains(QStringLiteral("x: 10<")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("y: 5<")), qPrintable(text));
}

void TestChartToolTip::pointsOutsideTheAxesAreNotReported()
{
    ChartPanel panel;
    const int line = panel.addLine(QString(), Qt::red); // no name: no name line
    panel.setXAxis(QString(), false, 0.0, 100.0);
    panel.setYAxis(QString(), false, 0.0, 1.0);
    panel.setLineData(line, { { 50.0, 0.5 }, { 150.0, 0.5 } });
    panel.resize(600, 400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QPointF inside = panel.linePointPosition(line, 0);
    // At the right edge of the plot 150 (not plotted) would be nearer than 50.
    const QString text = panel.lineToolTip(line, QPointF(panel.width() - 5.0, inside.y()));
    QVERIFY2(text.contains(QStringLiteral("x: 50<")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("150")));
    QVERIFY(!text.contains(QStringLiteral("<b>")));

    panel.setLineData(line, { { 150.0, 0.5 } });
    QCOMPARE(panel.lineToolTip(line, inside), QString());
    QCOMPARE(panel.lineToolTip(7, inside), QString()); // no such line
}

void TestChartToolTip::hoveringTheCurveShowsTheTooltip()
{
    ChartPanel panel;
    panel.setToolTip(QStringLiteral("the panel's own tooltip"));
    const int line = panel.addLine(QStringLiteral("RoPE"), Qt::red, 3.0);
    panel.setXAxis(QStringLiteral("pair index i"), false, 0.0, 10.0);
    panel.setYAxis(QStringLiteral("ratio"), false, 0.0, 1.0);
    panel.setLineData(line, { { 0.0, 1.0 }, { 5.0, Inexact }, { 10.0, 0.0 } });
    panel.resize(700, 450);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(panel.hoverText(), QString());

    const QPoint at = panel.linePointPosition(line, 1).toPoint();
    QWidget *viewport = panel.childAt(at);
    QVERIFY(viewport);
    QTest::mouseMove(viewport, viewport->mapFrom(&panel, at + QPoint(0, 40))); // off the curve
    QTest::mouseMove(viewport, viewport->mapFrom(&panel, at)); // onto it
    QTRY_VERIFY2(panel.hoverText().contains(QStringLiteral("ratio: 0.30000000000000004<")),
                 qPrintable(panel.hoverText()));
    QVERIFY(panel.hoverText().contains(QStringLiteral("pair index i: 5<")));
    QVERIFY(panel.hoverText().contains(QStringLiteral("<b>RoPE</b>")));
    QTRY_VERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), panel.hoverText());
    // The delayed tooltip event keeps the point's values (not the panel's own tooltip).
    const QPoint local = viewport->mapFrom(&panel, at);
    QHelpEvent help(QEvent::ToolTip, local, viewport->mapToGlobal(local));
    QCoreApplication::sendEvent(viewport, &help);
    QVERIFY(QToolTip::isVisible());
    QCOMPARE(QToolTip::text(), panel.hoverText());

    // Along the curve, the tooltip follows the nearest point.
    const QPoint end = panel.linePointPosition(line, 2).toPoint();
    QTest::mouseMove(viewport, viewport->mapFrom(&panel, at + (end - at) * 0.8));
    QTRY_VERIFY2(panel.hoverText().contains(QStringLiteral("pair index i: 10<")),
                 qPrintable(panel.hoverText()));

    // Away from the curve: no point, no tooltip.
    QTest::mouseMove(viewport, viewport->mapFrom(&panel, at + QPoint(0, 60)));
    QTRY_COMPARE(panel.hoverText(), QString());
}

QTEST_MAIN(TestChartToolTip)
#include "tst_charttooltip.moc"
