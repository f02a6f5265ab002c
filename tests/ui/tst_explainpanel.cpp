// ExplainPanel: every view has a "What am I looking at?" text in English and Chinese (3-6
// sentences of rich text, no raw LaTeX), the panel follows the locale, collapses, expands and
// remembers it, and the main window puts one above every view.

#include "exportableview.h"
#include "mainwindow.h"
#include "viewregistry.h"
#include "widgets/explainpanel.h"

#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

using ropelab::ui::ExplainPanel;

namespace {

QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Sentence ends: 。！？ and . ! ? before white space or the end (so "0.1" and "1.208" are not).
int sentenceCount(const QString &plain)
{
    static const QRegularExpression end(QStringLiteral("[。！？]|[.!?](?=\\s|$)"));
    return int(plain.count(end));
}

bool hasChinese(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

} // namespace

class TestExplainPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sentenceCounter();
    void everyViewHasItsTexts_data();
    void everyViewHasItsTexts();
    void languageFollowsTheLocale_data();
    void languageFollowsTheLocale();
    void panelShowsTheChineseTextUnderAChineseLocale();
    void missingTextsFallBackToEnglish();
    void collapsesExpandsAndRemembers();
    void defaultDependsOnTheScreen();
    void wrapPutsThePanelAboveTheView();
    void mainWindowExplainsEveryTab();
};

void TestExplainPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestExplainPanel::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExplainPanel::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExplainPanel::sentenceCounter()
{
    QCOMPARE(sentenceCount(QStringLiteral("One is 0.1 ln s + 1. Two? Three!")), 3);
    QCOMPARE(sentenceCount(QStringLiteral("第一句。第二句，还是第二句！第三句？")), 3);
    QCOMPARE(sentenceCount(QStringLiteral("s = 8 gives 1.208")), 0);
}

void TestExplainPanel::everyViewHasItsTexts_data()
{
    QTest::addColumn<QString>("viewId");
    QTest::addColumn<QString>("language");
    const QStringList ids = ropelab::ui::ViewRegistry::viewIds();
    QCOMPARE(ids.size(), 5);
    for (const QString &id : ids) {
        for (const QString &language : ExplainPanel::languages())
            QTest::newRow(qPrintable(id + QLatin1Char('/') + language)) << id << language;
    }
}

void TestExplainPanel::everyViewHasItsTexts()
{
    QFETCH(QString, viewId);
    QFETCH(QString, language);
    QFile file(ExplainPanel::resourcePath(viewId, language));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString html = QString::fromUtf8(file.readAll());
    QCOMPARE(ExplainPanel::explanation(viewId, language), html.trimmed());
    QVERIFY(Qt::mightBeRichText(html));

    const QString plain = plainText(html);
    QVERIFY2(plain.size() > 200, qPrintable(plain));
    const int sentences = sentenceCount(plain);
    QVERIFY2(sentences >= 3 && sentences <= 6,
             qPrintable(QStringLiteral("%1 sentences: %2").arg(sentences).arg(plain)));
    // Typeset, not LaTeX: no TeX commands or math delimiters, and real sub- and superscripts
    // or Greek letters.
    for (const QString &tex :
         { QStringLiteral("\\frac"), QStringLiteral("\\theta"), QStringLiteral("$"),
           QStringLiteral("\\"), QStringLiteral("^{"), QStringLiteral("_{") })
        QVERIFY2(!html.contains(tex), qPrintable(tex));
    QVERIFY(html.contains(QLatin1String("<sub>")) || html.contains(QLatin1String("<sup>")));
    static const QRegularExpression symbols(QStringLiteral("[θλπΔΣ√·−]"));
    QVERIFY(plain.count(symbols) >= 5); // proper symbols, not "theta", "sqrt" or "-"
    // Each language's own text: Chinese in zh_CN, none in English.
    QCOMPARE(hasChinese(plain), language == QLatin1String("zh_CN"));
}

void TestExplainPanel::languageFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QLocale(QLocale::Chinese, QLocale::China) << QStringLiteral("zh_CN");
    QTest::newRow("zh_TW") << QLocale(QLocale::Chinese, QLocale::TraditionalChineseScript,
                                      QLocale::Taiwan)
                           << QStringLiteral("zh_CN");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates)
                           << QStringLiteral("en");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("en");
    QTest::newRow("de_DE (no text: English)")
        << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("en");
    QTest::newRow("C") << QLocale::c() << QStringLiteral("en");
}

void TestExplainPanel::languageFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, language);
    QCOMPARE(ExplainPanel::languageFor(locale), language);
}

void TestExplainPanel::panelShowsTheChineseTextUnderAChineseLocale()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    ExplainPanel chinese(QStringLiteral("decay"));
    QCOMPARE(chinese.language(), QStringLiteral("zh_CN"));
    QCOMPARE(chinese.textLabel()->text(),
             ExplainPanel::explanation(QStringLiteral("decay"), QStringLiteral("zh_CN")));
    QVERIFY(plainText(chinese.textLabel()->text()).contains(QStringLiteral("远程衰减")));
    QCOMPARE(chinese.textLabel()->textFormat(), Qt::RichText);

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ExplainPanel english(QStringLiteral("decay"));
    QCOMPARE(english.language(), QStringLiteral("en"));
    QVERIFY(plainText(english.textLabel()->text()).contains(QStringLiteral("Long-term decay")));
    QVERIFY(!hasChinese(english.textLabel()->text()));

    // Back to Chinese while it exists: a LocaleChange reloads the text.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QEvent change(QEvent::LocaleChange);
    QCoreApplication::sendEvent(&english, &change);
    QCOMPARE(english.language(), QStringLiteral("zh_CN"));
    QVERIFY(hasChinese(english.textLabel()->text()));
}

void TestExplainPanel::missingTextsFallBackToEnglish()
{
    const QString english
        = ExplainPanel::explanation(QStringLiteral("bands"), QStringLiteral("en"));
    QVERIFY(!english.isEmpty());
    QCOMPARE(ExplainPanel::explanation(QStringLiteral("bands"), QStringLiteral("fr")), english);
    QCOMPARE(ExplainPanel::explanation(QStringLiteral("no-such-view"), QStringLiteral("zh_CN")),
             QString());
}

void TestExplainPanel::collapsesExpandsAndRemembers()
{
    QSettings().setValue(QStringLiteral("explain/heatmap/expanded"), true);
    ExplainPanel panel(QStringLiteral("heatmap"));
    panel.resize(700, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.isExpanded());
    QVERIFY(panel.textLabel()->isVisible());
    QCOMPARE(panel.toggleButton()->arrowType(), Qt::DownArrow);
    QVERIFY(panel.textLabel()->height() > panel.toggleButton()->height());
    const int expandedHeight = panel.sizeHint().height();

    QSignalSpy spy(&panel, &ExplainPanel::expandedChanged);
    QVERIFY(spy.isValid());
    QTest::mouseClick(panel.toggleButton(), Qt::LeftButton);
    QVERIFY(!panel.isExpanded());
    QVERIFY(!panel.textLabel()->isVisible());
    QCOMPARE(panel.toggleButton()->arrowType(), Qt::RightArrow);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QVERIFY(panel.sizeHint().height() < expandedHeight - 40);
    QCOMPARE(QSettings().value(QStringLiteral("explain/heatmap/expanded")).toBool(), false);
    // Only this view's panel is collapsed.
    QVERIFY(!QSettings().contains(QStringLiteral("explain/decay/expanded")));

    {
        ExplainPanel again(QStringLiteral("heatmap")); // the choice is remembered
        QVERIFY(!again.isExpanded());
        QVERIFY(again.textLabel()->isHidden());
    }

    QTest::mouseClick(panel.toggleButton(), Qt::LeftButton);
    QVERIFY(panel.isExpanded());
    QVERIFY(panel.textLabel()->isVisible());
    QCOMPARE(panel.toggleButton()->arrowType(), Qt::DownArrow);
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), true);
    QCOMPARE(QSettings().value(QStringLiteral("explain/heatmap/expanded")).toBool(), true);

    panel.setExpanded(true); // no change, no signal
    QCOMPARE(spy.size(), 2);
}

void TestExplainPanel::defaultDependsOnTheScreen()
{
    QCOMPARE(ExplainPanel::expandedByDefault(768 - 40), false); // 1366x768 with a task bar
    QCOMPARE(ExplainPanel::expandedByDefault(900), false);
    QCOMPARE(ExplainPanel::expandedByDefault(1080 - 40), true); // 1920x1080
    QCOMPARE(ExplainPanel::expandedByDefault(1440), true);
    // Nothing remembered: the screen decides (the offscreen platform's is 800x600).
    const QScreen *screen = QGuiApplication::primaryScreen();
    QVERIFY(screen);
    ExplainPanel panel(QStringLiteral("rotation"));
    QCOMPARE(panel.isExpanded(),
             ExplainPanel::expandedByDefault(screen->availableGeometry().height()));
    QVERIFY(!QSettings().contains(QStringLiteral("explain/rotation/expanded")));
}

void TestExplainPanel::wrapPutsThePanelAboveTheView()
{
    QWidget parent;
    auto *view = new QWidget;
    QWidget *container = ExplainPanel::wrap(view, QStringLiteral("temperature"), &parent);
    QVERIFY(container != view);
    QCOMPARE(container->parentWidget(), &parent);
    QCOMPARE(view->parentWidget(), container);
    auto *panel = container->findChild<ExplainPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->viewId(), QStringLiteral("temperature"));
    parent.resize(900, 700);
    container->resize(900, 700);
    parent.show();
    QVERIFY(QTest::qWaitForWindowExposed(&parent));
    QVERIFY(panel->geometry().bottom() < view->geometry().top());
    QVERIFY(view->height() > panel->height()); // the view gets the room

    auto *bare = new QWidget(&parent);
    QCOMPARE(ExplainPanel::wrap(bare, QStringLiteral("no-such-view"), &parent), bare);
}

void TestExplainPanel::mainWindowExplainsEveryTab()
{
    ropelab::ui::MainWindow window;
    const QList<ropelab::ui::ExportableView *> views = window.exportableViews();
    QCOMPARE(window.tabs()->count(), views.size());
    QCOMPARE(views.size(), ropelab::ui::ViewRegistry::viewIds().size());
    for (int i = 0; i < window.tabs()->count(); ++i) {
        const QList<ExplainPanel *> panels
            = window.tabs()->widget(i)->findChildren<ExplainPanel *>();
        QCOMPARE(panels.size(), 1);
        QCOMPARE(panels.front()->viewId(), views[i]->viewId());
        QCOMPARE(panels.front()->textLabel()->text(),
                 ExplainPanel::explanation(views[i]->viewId(), QStringLiteral("en")));
    }
}

QTEST_MAIN(TestExplainPanel)
#include "tst_explainpanel.moc"
