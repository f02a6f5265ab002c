// The window's command line (`ropelab [FILE] [--preset NAME] [overrides]`): what it names is what
// the window opens, and bad input exits with code 2 and one stderr line, before any window.

#include "controllers/paramscontroller.h"
#include "guicommand.h"
#include "controllers/lessoncontroller.h"
#include "mainwindow.h"
#include "presets.h"
#include "viewregistry.h"
#include "controllers/decaycontroller.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ropelab;

namespace {

QStringList args(std::initializer_list<const char *> items)
{
    QStringList list { QStringLiteral("ropelab") };
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QString writeGoldenConfig(const QTemporaryDir &dir, const QString &golden)
{
    QFile in(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + golden);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject config
        = QJsonDocument::fromJson(in.readAll()).object().value(QStringLiteral("config")).toObject();
    const QString path = dir.filePath(QStringLiteral("config.json"));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(config).toJson());
    return path;
}

struct Run
{
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;
};

// No display at all: a command line that tried to open a window would abort, not exit 2.
Run runHeadless(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY" })
        environment.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ROPELAB_BINARY"), arguments);
    Run result;
    if (!process.waitForFinished(60000))
        return result;
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestGuiLaunch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void presetOpensThePreset();
    void presetWithOverrides();
    void configPathOpensTheConfig();
    void stateFileRestoresParamsAndView();
    void overridesWithoutSourceApplyToSession();
    void qtGuiOptionsAreAccepted();
    void viewOptionsAreApplied();
    void badInputIsAnError_data();
    void badInputIsAnError();
    void binaryRejectsBadInputWithoutAWindow_data();
    void binaryRejectsBadInputWithoutAWindow();
    void helpSaysWhatOpens();
};

void TestGuiLaunch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiLaunch::init()
{
    QSettings().clear();
}

void TestGuiLaunch::presetOpensThePreset()
{
    const auto expected = core::loadPreset(QStringLiteral("llama3.1-8b"));
    QVERIFY(expected.ok());
    const auto launch = app::parseGuiArguments(args({ "--preset", "llama3.1-8b" }));
    QVERIFY2(launch.ok(), launch.ok() ? "" : launch.error().message.c_str());
    QCOMPARE(launch->action, app::GuiLaunch::Action::OpenWindow);

    ui::MainWindow window;
    QVERIFY(window.paramsController()->params() != expected->params); // not there by chance
    app::applyGuiLaunch(window, *launch);
    QVERIFY(window.paramsController()->params() == expected->params);
    QCOMPARE(window.paramsController()->params().method, numerics::Method::Llama3);
    QCOMPARE(window.paramsController()->params().factor, 8.0);
    QVERIFY(window.lastMessage().isEmpty());
}

void TestGuiLaunch::presetWithOverrides()
{
    const auto preset = core::loadPreset(QStringLiteral("qwen2.5-7b-yarn"));
    QVERIFY(preset.ok());
    const auto launch
        = app::parseGuiArguments(args({ "--preset", "qwen2.5-7b-yarn", "--factor", "8",
                                        "--beta-fast", "16", "--position", "1234" }));
    QVERIFY2(launch.ok(), launch.ok() ? "" : launch.error().message.c_str());
    ui::MainWindow window;
    app::applyGuiLaunch(window, *launch);
    numerics::RopeParams expected = preset->params;
    expected.factor = 8.0;
    expected.betaFast = 16.0;
    QVERIFY(window.paramsController()->params() == expected);
    QCOMPARE(window.paramsController()->position(), 1234.0);
}

void TestGuiLaunch::configPathOpensTheConfig()
{
    QTemporaryDir dir;
    const QString path
        = writeGoldenConfig(dir, QStringLiteral("e_yarn_qwen25_factor4_orig32768.json"));
    QVERIFY(!path.isEmpty());
    const auto expected = core::importConfigFile(path);
    QVERIFY(expected.ok());
    QCOMPARE(expected->params.method, numerics::Method::Yarn);

    const auto launch = app::parseGuiArguments({ QStringLiteral("ropelab"), path });
    QVERIFY2(launch.ok(), launch.ok() ? "" : launch.error().message.c_str());
    ui::MainWindow window;
    app::applyGuiLaunch(window, *launch);
    QVERIFY(window.paramsController()->params() == expected->params);
    QCOMPARE(window.paramsController()->sourceName(), QStringLiteral("config.json"));

    // --method reads the same keys, as in `export`.
    const auto asNtk
        = app::parseGuiArguments({ QStringLiteral("ropelab"), path, QStringLiteral("--method"),
                                   QStringLiteral("ntk-by-parts") });
    QVERIFY(asNtk.ok());
    ui::MainWindow second;
    app::applyGuiLaunch(second, *asNtk);
    QCOMPARE(second.paramsController()->params().method, numerics::Method::NtkByParts);
    QCOMPARE(second.paramsController()->params().factor, expected->params.factor);
}

void TestGuiLaunch::stateFileRestoresParamsAndView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    numerics::RopeParams saved;
    {
        ui::MainWindow window;
        window.loadPreset(QStringLiteral("deepseek-v3"));
        window.setCurrentViewId(QStringLiteral("temperature"));
        saved = window.paramsController()->params();
        QCOMPARE(window.saveStateFile(path), QString());
    }
    const auto launch = app::parseGuiArguments({ QStringLiteral("ropelab"), path });
    QVERIFY(launch.ok());
    ui::MainWindow window;
    app::applyGuiLaunch(window, *launch);
    QVERIFY(window.paramsController()->params() == saved);
    QCOMPARE(window.currentViewId(), QStringLiteral("temperature"));
}

void TestGuiLaunch::overridesWithoutSourceApplyToSession()
{
    const auto launch = app::parseGuiArguments(
        args({ "--method", "yarn", "--factor", "4", "--seq-len", "9000" }));
    QVERIFY(launch.ok());
    ui::MainWindow window;
    numerics::RopeParams expected = window.paramsController()->params();
    expected.method = numerics::Method::Yarn;
    expected.factor = 4.0;
    expected.seqLen = 9000;
    app::applyGuiLaunch(window, *launch);
    QVERIFY(window.paramsController()->params() == expected);
}

void TestGuiLaunch::qtGuiOptionsAreAccepted()
{
    const auto launch = app::parseGuiArguments(args(
        { "-platform", "offscreen", "-style", "fusion", "-reverse", "--preset", "llama2-7b" }));
    QVERIFY2(launch.ok(), launch.ok() ? "" : launch.error().message.c_str());
    QCOMPARE(launch->preset, QStringLiteral("llama2-7b"));
}

void TestGuiLaunch::viewOptionsAreApplied()
{
    const auto launch = app::parseGuiArguments(
        args({ "--preset", "llama2-7b", "--decay-mode", "bound", "--distance", "linear", "--range",
               "65536", "--overlay-bases", "--heatmap-range", "8192", "--view", "heatmap" }));
    QVERIFY2(launch.ok(), launch.ok() ? "" : launch.error().message.c_str());
    ui::MainWindow window;
    app::applyGuiLaunch(window, *launch);
    const ui::ViewOptionsSet options = window.views()->options();
    QCOMPARE(options.decay.kind, ui::DecayKind::Bound);
    QCOMPARE(options.decay.logX, false);
    QCOMPARE(options.decay.maxDistance, 65536.0);
    QCOMPARE(options.decay.overlayBases, true);
    QCOMPARE(options.heatmap.maxPosition, 8192.0);
    QCOMPARE(window.views()->decay()->options().maxDistance, 65536.0);
    QCOMPARE(window.currentViewId(), QStringLiteral("heatmap"));

    // --lesson 3: the third step's parameters and view.
    const auto lesson = app::parseGuiArguments(args({ "--lesson", "3" }));
    QVERIFY(lesson.ok());
    ui::MainWindow second;
    app::applyGuiLaunch(second, *lesson);
    QCOMPARE(second.lessons()->current(), 2);
    QCOMPARE(second.currentViewId(), second.lessons()->step()->view);
    QVERIFY(second.paramsController()->params() == second.lessons()->step()->params);
}

void TestGuiLaunch::badInputIsAnError_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name, as typed

    QTest::newRow("unknown option") << args({ "--bogus-option" }) << "bogus-option";
    QTest::newRow("unknown preset") << args({ "--preset", "llama9-1t" }) << "llama9-1t";
    QTest::newRow("missing file") << args({ "no-such-config.json" }) << "no-such-config.json";
    // The factor rule's one sentence (core::checkFactor), naming the option and the value.
    QTest::newRow("bad factor") << args({ "--preset", "llama2-7b", "--factor", "abc" })
                                << "--factor must be a float or int >= 1, got abc";
    QTest::newRow("bad method") << args({ "--method", "ropey" }) << "ropey";
    QTest::newRow("bad seq-len") << args({ "--seq-len", "-5" }) << "--seq-len";
    QTest::newRow("two files") << args({ "a.json", "b.json" }) << "2";
    QTest::newRow("unknown view") << args({ "--view", "histogram" }) << "histogram";
    QTest::newRow("bad lesson") << args({ "--lesson", "0" }) << "--lesson";
}

void TestGuiLaunch::badInputIsAnError()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const auto launch = app::parseGuiArguments(arguments);
    QVERIFY(!launch.ok());
    const QString message = QString::fromStdString(launch.error().message);
    QVERIFY2(message.contains(named), qPrintable(message));
}

void TestGuiLaunch::binaryRejectsBadInputWithoutAWindow_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown option")
        << QStringList { QStringLiteral("--bogus-option") } << "bogus-option";
    QTest::newRow("unknown preset")
        << QStringList { QStringLiteral("--preset"), QStringLiteral("nope") } << "nope";
}

void TestGuiLaunch::binaryRejectsBadInputWithoutAWindow()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Run run = runHeadless(arguments);
    QVERIFY(!run.crashed);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    const QString err = QString::fromLocal8Bit(run.err);
    QCOMPARE(err.count(QLatin1Char('\n')), 1);
    QVERIFY2(err.startsWith(QStringLiteral("ropelab: ")) && err.contains(named), qPrintable(err));
}

void TestGuiLaunch::helpSaysWhatOpens()
{
    const Run run = runHeadless({ QStringLiteral("--help") });
    QCOMPARE(run.exitCode, 0);
    const QString help = QString::fromLocal8Bit(run.out);
    for (const char *expected : { "--preset", "--factor", "--method", "--seq-len", "--position",
                                  "[file]", "inspect", "export", "sweep", "presets" })
        QVERIFY2(help.contains(QLatin1String(expected)), expected);
    QVERIFY(!help.contains(QLatin1String("-platform"))); // Qt's own options stay hidden
}

QTEST_MAIN(TestGuiLaunch)
#include "tst_guilaunch.moc"
