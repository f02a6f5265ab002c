// Walking the lessons: each step sets exactly the parameters and view options its data file
// says (whatever came before), selects its view, and Back/Next move one step; a change of the
// user's own shows "try it yourself" and Restore step puts the step's settings back.

#include "controllers/lessoncontroller.h"
#include "controllers/paramscontroller.h"
#include "controllers/viewoptions.h"
#include "mainwindow.h"
#include "viewregistry.h"
#include "widgets/lessonpanel.h"

#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace ropelab;

class TestLessonSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyStepSetsExactlyItsSettings();
    void backNextAndTryItYourself();
    void windowShowsTheStepsView();
};

void TestLessonSteps::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ropelab-test-lessons"));
    QSettings().clear();
}

void TestLessonSteps::everyStepSetsExactlyItsSettings()
{
    ui::ParamsController params;
    ui::ViewRegistry views(&params);
    ui::LessonController lessons(&params, &views);
    QVERIFY2(lessons.loadError().isEmpty(), qPrintable(lessons.loadError()));
    QVERIFY(lessons.count() >= 12);
    QSignalSpy viewRequests(&lessons, &ui::LessonController::viewRequested);
    // Visit the steps backwards after disturbing everything, so no step inherits settings.
    for (int i = lessons.count() - 1; i >= 0; --i) {
        numerics::RopeParams other = params.params();
        other.factor = 3.0;
        params.setParams(other);
        ui::ViewOptionsSet disturbed = views.options();
        disturbed.decay.kind = ui::DecayKind::RandomScore;
        disturbed.decay.overlayBases = !disturbed.decay.overlayBases;
        disturbed.heatmap.maxPosition = 777.0;
        views.setOptions(disturbed);

        lessons.goTo(i);
        const core::LessonStep *step = lessons.step();
        QVERIFY(step);
        QVERIFY2(params.params() == step->params, qPrintable(step->id));
        const auto expected = ui::viewOptionsFromJson(
            step->ui.value(QStringLiteral("views")).toObject(), ui::ViewOptionsSet {});
        QVERIFY(expected);
        QVERIFY2(views.options() == *expected, qPrintable(step->id));
        QCOMPARE(viewRequests.last().at(0).toString(), step->view);
        QVERIFY(!lessons.isModified());
        QVERIFY(!lessons.title().isEmpty());
        QVERIFY(!lessons.text().contains(QLatin1String("{{")));
    }
}

void TestLessonSteps::backNextAndTryItYourself()
{
    ui::ParamsController params;
    ui::ViewRegistry views(&params);
    ui::LessonController lessons(&params, &views);
    ui::LessonPanel panel(&lessons);
    QCOMPARE(lessons.current(), -1);
    QVERIFY(!panel.backButton()->isEnabled());
    QVERIFY(panel.nextButton()->isEnabled());

    panel.nextButton()->click();
    QCOMPARE(lessons.current(), 0);
    QCOMPARE(panel.progressText(), QStringLiteral("Step 1 of %1").arg(lessons.count()));
    QVERIFY(!panel.backButton()->isEnabled());
    panel.nextButton()->click();
    panel.nextButton()->click();
    QCOMPARE(lessons.current(), 2);
    QCOMPARE(panel.titleText(), lessons.title());
    // The text as shown: numbers filled in (the critical dimension of step 3 is 92).
    QVERIFY2(panel.bodyText().contains(QStringLiteral(" 92 ")), qPrintable(panel.bodyText()));
    panel.backButton()->click();
    QCOMPARE(lessons.current(), 1);

    // Try it yourself: a parameter change keeps the step and its text, says so, and Restore
    // step puts the step's parameters back.
    const numerics::RopeParams stepParams = lessons.step()->params;
    const QString text = panel.bodyText();
    numerics::RopeParams mine = params.params();
    mine.base = 500000.0;
    params.setParams(mine);
    QVERIFY(lessons.isModified());
    QCOMPARE(lessons.current(), 1);
    QCOMPARE(panel.bodyText(), text);
    panel.restoreButton()->click();
    QVERIFY(!lessons.isModified());
    QVERIFY(params.params() == stepParams);

    // The last step: Next is disabled.
    lessons.goTo(lessons.count() - 1);
    QVERIFY(!panel.nextButton()->isEnabled());
    QVERIFY(panel.backButton()->isEnabled());
}

void TestLessonSteps::windowShowsTheStepsView()
{
    ui::MainWindow window;
    window.lessons()->goTo(0);
    QCOMPARE(window.currentViewId(), window.lessons()->step()->view);
    window.lessons()->goTo(4); // the heatmap step
    QCOMPARE(window.currentViewId(), window.lessons()->step()->view);
    QCOMPARE(window.paramsController()->params(), window.lessons()->step()->params);
}

QTEST_MAIN(TestLessonSteps)
#include "tst_lessonsteps.moc"
