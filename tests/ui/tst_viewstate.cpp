// View options live in the controllers (ViewRegistry), not in widgets: the views mirror them,
// the state file saves and restores them (older files without "views" still load), bad values
// are reported naming the key, and the window's command line sets them.

#include "controllers/decaycontroller.h"
#include "controllers/heatmapcontroller.h"
#include "controllers/paramscontroller.h"
#include "controllers/rotationcontroller.h"
#include "controllers/viewoptions.h"
#include "mainwindow.h"
#include "viewregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ropelab;

namespace {

ui::ViewOptionsSet randomOptions(QRandomGenerator &random)
{
    ui::ViewOptionsSet options;
    options.decay.kind = ui::DecayKind(random.bounded(3));
    options.decay.logX = random.bounded(2) == 1;
    options.decay.maxDistance = double(16 + random.bounded(qint64(numerics::MaxLength - 16)));
    options.decay.overlayBases = random.bounded(2) == 1;
    options.decay.envelope = random.bounded(2) == 1;
    options.heatmap.maxPosition = double(16 + random.bounded(qint64(numerics::MaxLength - 16)));
    options.rotation.speed = 0.01 + random.generateDouble() * 1000.0;
    return options;
}

ui::ViewOptionsSet sampleOptions()
{
    ui::ViewOptionsSet options;
    options.decay.kind = ui::DecayKind::Bound;
    options.decay.logX = false;
    options.decay.maxDistance = 65536.0;
    options.decay.overlayBases = true;
    options.heatmap.maxPosition = 8192.0;
    options.rotation.speed = 200.0;
    return options;
}

} // namespace

class TestViewState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void jsonRoundTrip();
    void everyTableRowIsSaved();
    void badValuesNameTheKey_data();
    void badValuesNameTheKey();
    void registryKeepsOptionsUntilControllersExist();
    void viewsMirrorTheController();
    void stateFileRoundTrip();
    void oldStateFileLoads();
    void distanceScaleMovesADefaultRange();
};

void TestViewState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestViewState::init()
{
    QSettings().clear();
}

void TestViewState::jsonRoundTrip()
{
    QRandomGenerator random(42);
    for (int i = 0; i < 500; ++i) {
        const ui::ViewOptionsSet options = randomOptions(random);
        const QJsonObject json = ui::viewOptionsToJson(options);
        // Through text, as a state file stores it.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const auto back = ui::viewOptionsFromJson(reread, ui::ViewOptionsSet{});
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().message.c_str());
        QVERIFY(*back == options);
    }
}

void TestViewState::everyTableRowIsSaved()
{
    const QJsonObject json = ui::viewOptionsToJson(sampleOptions());
    int keys = 0;
    for (const ui::ViewOption &row : ui::viewOptionTable()) {
        const QJsonValue value = json.value(QLatin1String(row.view)).toObject().value(QLatin1String(row.key));
        QVERIFY2(!value.isUndefined(), row.key);
        QVERIFY(ui::checkViewOption(row, value, QStringLiteral("x")).ok());
        ++keys;
    }
    int saved = 0;
    for (const QJsonValue &view : json)
        saved += int(view.toObject().size());
    QCOMPARE(saved, keys);
    QCOMPARE(json.value("decay").toObject().value("mode").toString(), QStringLiteral("bound"));
    QCOMPARE(json.value("decay").toObject().value("distance").toString(), QStringLiteral("linear"));
    QCOMPARE(json.value("heatmap").toObject().value("range").toDouble(), 8192.0);
}

void TestViewState::badValuesNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    QTest::newRow("unknown mode") << QByteArray(R"({"decay":{"mode":"sideways"}})") << "views.decay.mode is 'sideways'";
    QTest::newRow("range too large") << QByteArray(R"({"decay":{"range":1e12}})") << "views.decay.range is 1000000000000";
    QTest::newRow("fractional range") << QByteArray(R"({"heatmap":{"range":100.5}})") << "views.heatmap.range is 100.5";
    QTest::newRow("flag as string") << QByteArray(R"({"decay":{"overlay_bases":"yes"}})") << "views.decay.overlay_bases";
    QTest::newRow("unknown key") << QByteArray(R"({"decay":{"colour":"red"}})") << "views.decay.colour";
    QTest::newRow("unknown view") << QByteArray(R"({"radar":{"range":5}})") << "views.radar";
    QTest::newRow("view not an object") << QByteArray(R"({"decay":3})") << "views.decay";
    QTest::newRow("negative speed") << QByteArray(R"({"rotation":{"speed":-1}})") << "views.rotation.speed is -1";
}

void TestViewState::badValuesNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    const auto result = ui::viewOptionsFromJson(QJsonDocument::fromJson(json).object(), {});
    QVERIFY(!result.ok());
    const QString message = QString::fromStdString(result.error().message);
    QVERIFY2(message.contains(named), qPrintable(message));

    // The registry applies nothing from a bad object.
    ui::ParamsController params;
    ui::ViewRegistry registry(&params);
    const ui::ViewOptionsSet before = registry.options();
    QVERIFY(!registry.loadOptions(QJsonDocument::fromJson(json).object()).isEmpty());
    QVERIFY(registry.options() == before);
}

void TestViewState::registryKeepsOptionsUntilControllersExist()
{
    ui::ParamsController params;
    ui::ViewRegistry registry(&params);
    int changes = 0;
    connect(&registry, &ui::ViewRegistry::optionsChanged, this, [&changes] { ++changes; });
    registry.setOptions(sampleOptions());
    QCOMPARE(changes, 1);
    QVERIFY(registry.options() == sampleOptions());
    // Created afterwards, the controllers start from the kept options.
    QVERIFY(registry.decay()->options() == sampleOptions().decay);
    QCOMPARE(registry.heatmap()->maxPosition(), 8192.0);
    QCOMPARE(registry.rotation()->speed(), 200.0);
    // A change made on a controller (a view's widget) reaches the registry.
    registry.heatmap()->setMaxPosition(1024.0);
    QCOMPARE(changes, 2);
    QCOMPARE(registry.options().heatmap.maxPosition, 1024.0);
    registry.setOptions(registry.options()); // no change, no signal
    QCOMPARE(changes, 2);
}

void TestViewState::viewsMirrorTheController()
{
    ui::MainWindow window;
    window.views()->setOptions(sampleOptions());
    // Every combo box of the decay and heatmap views shows the controller's value.
    QList<QComboBox *> combos = window.findChildren<QComboBox *>();
    bool sawRange = false, sawHeatmapRange = false, sawMode = false;
    for (QComboBox *combo : combos) {
        const QVariant data = combo->currentData();
        if (combo->findData(65536.0) >= 0 && data.toDouble() == 65536.0)
            sawRange = true;
        if (combo->findData(8192.0) >= 0 && data.toDouble() == 8192.0)
            sawHeatmapRange = true;
        if (combo->findData(int(ui::DecayKind::Bound)) >= 0 && combo->count() == 3
            && data.toInt() == int(ui::DecayKind::Bound))
            sawMode = true;
    }
    QVERIFY(sawRange);
    QVERIFY(sawHeatmapRange);
    QVERIFY(sawMode);
    bool overlayChecked = false;
    for (QCheckBox *box : window.findChildren<QCheckBox *>())
        overlayChecked = overlayChecked || (box->isChecked() && box->text().contains(QLatin1String("base")));
    QVERIFY(overlayChecked);
}

void TestViewState::stateFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    {
        ui::MainWindow window;
        window.views()->setOptions(sampleOptions());
        QCOMPARE(window.saveStateFile(path), QString());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(saved.value("ui").toObject().contains("views"));

    ui::MainWindow window;
    QVERIFY(window.views()->options() != sampleOptions());
    window.openFile(path);
    QCOMPARE(window.lastMessage(), QString());
    QVERIFY(window.views()->options() == sampleOptions());
    QVERIFY(window.views()->decay()->options() == sampleOptions().decay);
}

void TestViewState::oldStateFileLoads()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.json"));
    {
        ui::MainWindow window;
        QCOMPARE(window.saveStateFile(path), QString());
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject ui = state.value("ui").toObject();
    ui.remove("views");
    state.insert("ui", ui);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
    file.close();

    ui::MainWindow window;
    window.views()->setOptions(sampleOptions());
    window.openFile(path);
    QCOMPARE(window.lastMessage(), QString());
    QVERIFY(window.views()->options() == sampleOptions()); // kept: the file says nothing
}

void TestViewState::distanceScaleMovesADefaultRange()
{
    // "linear" alone: the range still at the log default follows to the linear default.
    auto linear = ui::viewOptionsFromJson(QJsonDocument::fromJson(R"({"decay":{"distance":"linear"}})").object(), {});
    QVERIFY(linear.ok());
    QCOMPARE(linear->decay.logX, false);
    QCOMPARE(linear->decay.maxDistance, ui::DecayOptions::DefaultLinearRange);
    // With a range of its own, the range wins whatever the key order.
    auto both = ui::viewOptionsFromJson(
            QJsonDocument::fromJson(R"({"decay":{"range":65536,"distance":"linear","envelope":"off"}})").object(), {});
    QVERIFY(both.ok());
    QCOMPARE(both->decay.maxDistance, 65536.0);
    QCOMPARE(both->decay.envelope, false);
}

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
