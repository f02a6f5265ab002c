// MainWindow: tabs and views, opening configs (file and drag and drop), inline problems,
// state files and QSettings round trips, undo/redo, presets.

#include "controllers/paramscontroller.h"
#include "controllers/paramshistory.h"
#include "exportableview.h"
#include "mainwindow.h"
#include "numerics/ropemethod.h"
#include "widgets/parameterspanel.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

#include <memory>

using namespace ropelab;

namespace {

QJsonObject readGolden(const QString &name)
{
    QFile file(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString writeConfig(const QTemporaryDir &dir, const QString &golden, const QString &fileName)
{
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(readGolden(golden).value(QStringLiteral("config")).toObject()).toJson());
    return path;
}

numerics::RopeParams llama3Params()
{
    numerics::RopeParams params;
    params.method = numerics::Method::Llama3;
    params.base = 500000.0;
    params.factor = 8.0;
    params.originalMaxPositions = 8192;
    params.maxPositions = 131072;
    params.lowFreqFactor = 1.0;
    params.highFreqFactor = 4.0;
    return params;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void tabsAndViews();
    void openConfig_data();
    void openConfig();
    void openBadFileReportsInline_data();
    void openBadFileReportsInline();
    void dropJsonFile();
    void stateFileRoundTrip();
    void unwritableStatePath();
    void settingsRoundTrip();
    void undoRedo();
    void presetThroughPanel();
    void presetBoxFollowsTheParameters();
    void undoShortcutInASpinBoxUndoesTheParameter();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::tabsAndViews()
{
    ui::MainWindow window;
    QVERIFY(window.tabs()->count() >= 1);
    QCOMPARE(window.tabs()->count(), window.exportableViews().size());
    QCOMPARE(window.exportableViews().first()->viewId(), QStringLiteral("rotation"));
    QCOMPARE(window.currentViewId(), QStringLiteral("rotation"));
    QStringList ids;
    for (ui::ExportableView *view : window.exportableViews()) {
        QVERIFY(!ids.contains(view->viewId()));
        ids.append(view->viewId());
        QVERIFY(!view->viewTitle().isEmpty());
    }
    for (const QString &id : ids) {
        window.setCurrentViewId(id);
        QCOMPARE(window.currentViewId(), id);
    }
}

void TestMainWindow::openConfig_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("method");

    QTest::newRow("qwen2.5 yarn") << "e_yarn_qwen25_factor4_orig32768.json" << "yarn";
    QTest::newRow("llama3") << "g_llama3_factor8.json" << "llama3";
    QTest::newRow("linear") << "b_linear_factor4.json" << "linear";
}

void TestMainWindow::openConfig()
{
    QFETCH(QString, golden);
    QFETCH(QString, method);

    QTemporaryDir dir;
    const QString path = writeConfig(dir, golden, QStringLiteral("config.json"));
    QVERIFY(!path.isEmpty());
    const QJsonObject rope = readGolden(golden)
                                     .value(QStringLiteral("config")).toObject()
                                     .value(QStringLiteral("rope_parameters")).toObject();

    ui::MainWindow window;
    QSignalSpy spy(window.paramsController(), &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());
    window.openFile(path);
    QVERIFY2(window.lastMessage().isEmpty(), qPrintable(window.lastMessage()));
    QCOMPARE(spy.count(), 1);
    const numerics::RopeParams &params = window.paramsController()->params();
    QCOMPARE(numerics::methodInfo(params.method).id, method.toStdString());
    QCOMPARE(params.base, rope.value(QStringLiteral("rope_theta")).toDouble());
    QCOMPARE(params.factor, rope.value(QStringLiteral("factor")).toDouble());
    QCOMPARE(window.paramsController()->sourceName(), QStringLiteral("config.json"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("config.json")));
    // The inverse frequencies now are the reference's.
    const QJsonArray reference = readGolden(golden).value(QStringLiteral("inv_freq_float64")).toArray();
    const numerics::RopeFrequencies *f = window.paramsController()->frequencies();
    QVERIFY(f);
    QCOMPARE(f->invFreq.size(), reference.size());
    for (qsizetype i = 0; i < reference.size(); ++i)
        QVERIFY(std::abs(f->invFreq[i] - reference.at(i).toDouble()) <= 1e-12 * reference.at(i).toDouble());
}

void TestMainWindow::openBadFileReportsInline_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::newRow("missing file") << QByteArray();
    QTest::newRow("not json") << QByteArray("{ this is not json");
    QTest::newRow("json array") << QByteArray("[1, 2, 3]");
    QTest::newRow("string factor") << QByteArray(
            R"({"head_dim": 128, "rope_theta": "ten thousand", "max_position_embeddings": 4096})");
}

void TestMainWindow::openBadFileReportsInline()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    if (!content.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    ui::MainWindow window;
    const numerics::RopeParams before = window.paramsController()->params();
    window.openFile(path);
    QVERIFY(!window.lastMessage().isEmpty());
    QVERIFY2(window.lastMessage().contains(QStringLiteral("broken.json")), qPrintable(window.lastMessage()));
    QCOMPARE(window.parametersPanel()->messageText(), window.lastMessage());
    QCOMPARE(window.paramsController()->params(), before);
}

void TestMainWindow::dropJsonFile()
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, QStringLiteral("g_llama3_factor8.json"), QStringLiteral("dropped.json"));
    ui::MainWindow window;
    auto mime = std::make_unique<QMimeData>();
    mime->setUrls({QUrl::fromLocalFile(path)});

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &drop);
    QVERIFY2(window.lastMessage().isEmpty(), qPrintable(window.lastMessage()));
    QCOMPARE(window.paramsController()->params().method, numerics::Method::Llama3);
    QCOMPARE(window.paramsController()->sourceName(), QStringLiteral("dropped.json"));

    // A non-JSON file is refused at drag-enter.
    auto text = std::make_unique<QMimeData>();
    text->setUrls({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, text.get(), Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QCoreApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());
}

void TestMainWindow::stateFileRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("state.json"));
    numerics::RopeParams saved = llama3Params();
    saved.headDim = 96;
    saved.partialRotaryFactor = 0.5;
    saved.base = 1234567.891;

    ui::MainWindow window;
    window.paramsController()->setParams(saved);
    window.paramsController()->setPosition(4321.5);
    QVERIFY(window.tabs()->count() >= 1);
    const int tab = window.tabs()->count() - 1;
    window.tabs()->setCurrentIndex(tab);
    const QString viewId = window.currentViewId();
    QCOMPARE(window.saveStateFile(path), QString());
    QVERIFY(QFile::exists(path));

    window.paramsController()->setParams(numerics::RopeParams{});
    window.paramsController()->setPosition(1.0);
    window.tabs()->setCurrentIndex(0);
    QVERIFY(window.paramsController()->params() != saved);

    window.openFile(path);
    QVERIFY2(window.lastMessage().isEmpty(), qPrintable(window.lastMessage()));
    QCOMPARE(window.paramsController()->params(), saved);
    QCOMPARE(window.paramsController()->position(), 4321.5);
    QCOMPARE(window.currentViewId(), viewId);
}

void TestMainWindow::unwritableStatePath()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/state.json"));
    ui::MainWindow window;
    const QString error = window.saveStateFile(path);
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("state.json")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

void TestMainWindow::settingsRoundTrip()
{
    const numerics::RopeParams saved = llama3Params();
    QString viewId;
    {
        ui::MainWindow window;
        window.paramsController()->setParams(saved);
        window.paramsController()->setPosition(2048.0);
        window.tabs()->setCurrentIndex(window.tabs()->count() - 1);
        viewId = window.currentViewId();
        window.resize(1000, 700);
        window.close(); // closeEvent saves the settings
    }
    ui::MainWindow restored;
    QCOMPARE(restored.paramsController()->params(), saved);
    QCOMPARE(restored.paramsController()->position(), 2048.0);
    QCOMPARE(restored.currentViewId(), viewId);
    // Nothing to undo right after start: history begins with the restored session.
    QVERIFY(!restored.history()->undoStack()->canUndo());
}

void TestMainWindow::undoRedo()
{
    ui::MainWindow window;
    ui::ParamsController *controller = window.paramsController();
    const numerics::RopeParams start = controller->params();
    QUndoStack *stack = window.history()->undoStack();
    QVERIFY(!stack->canUndo());

    numerics::RopeParams changed = start;
    changed.method = numerics::Method::Yarn;
    changed.factor = 8.0;
    controller->setParams(changed);
    QVERIFY(stack->canUndo());

    stack->undo();
    QCOMPARE(controller->params(), start);
    QVERIFY(stack->canRedo());
    stack->redo();
    QCOMPARE(controller->params(), changed);

    // A burst of slider changes is one undo step.
    numerics::RopeParams dragged = changed;
    for (double factor : {9.0, 10.0, 11.0, 12.0}) {
        dragged.factor = factor;
        controller->setParams(dragged);
    }
    stack->undo();
    QCOMPARE(controller->params(), changed);
    QVERIFY(stack->canUndo());
    stack->undo();
    QCOMPARE(controller->params(), start);
}

void TestMainWindow::presetThroughPanel()
{
    ui::MainWindow window;
    QSignalSpy spy(window.paramsController(), &ui::ParamsController::paramsChanged);
    QVERIFY(spy.isValid());
    Q_EMIT window.parametersPanel()->presetRequested(QStringLiteral("qwen2.5-7b-yarn"));
    QVERIFY2(window.lastMessage().isEmpty(), qPrintable(window.lastMessage()));
    QCOMPARE(spy.count(), 1);
    // Qwen2.5-7B-Instruct's published config: rope_theta 1e6, YaRN factor 4 over 32768.
    const numerics::RopeParams &params = window.paramsController()->params();
    QCOMPARE(params.method, numerics::Method::Yarn);
    QCOMPARE(params.base, 1e6);
    QCOMPARE(params.factor, 4.0);
    QCOMPARE(params.originalMaxPositions, qint64(32768));

    Q_EMIT window.parametersPanel()->presetRequested(QStringLiteral("no-such-model"));
    QVERIFY(window.lastMessage().contains(QStringLiteral("no-such-model")));
    QCOMPARE(window.paramsController()->params().factor, 4.0);
}

void TestMainWindow::presetBoxFollowsTheParameters()
{
    ui::MainWindow window;
    QComboBox *box = window.parametersPanel()->presetCombo();
    numerics::RopeParams custom = window.paramsController()->params();
    custom.base = 12345.0; // no preset has it
    window.paramsController()->setParams(custom);
    QCOMPARE(box->currentIndex(), 0); // "Choose a model preset..."
    window.loadPreset(QStringLiteral("deepseek-v3")); // as the Presets menu does
    QCOMPARE(box->currentData().toString(), QStringLiteral("deepseek-v3"));
    numerics::RopeParams edited = window.paramsController()->params();
    edited.factor = 20.0;
    window.paramsController()->setParams(edited);
    QCOMPARE(box->currentIndex(), 0); // no longer the preset
    window.history()->undoStack()->undo();
    QCOMPARE(box->currentData().toString(), QStringLiteral("deepseek-v3"));
}

void TestMainWindow::undoShortcutInASpinBoxUndoesTheParameter()
{
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const double before = window.paramsController()->params().base;
    numerics::RopeParams edited = window.paramsController()->params();
    edited.base = 500000.0;
    window.paramsController()->setParams(edited);
    QTest::qWait(700); // past the history's merge window
    QDoubleSpinBox *spin = nullptr;
    for (QDoubleSpinBox *candidate : window.parametersPanel()->findChildren<QDoubleSpinBox *>()) {
        if (candidate->isEnabled() && candidate->isVisible())
            spin = candidate;
    }
    QVERIFY(spin);
    spin->setFocus();
    QTRY_VERIFY(spin->hasFocus());
    QTest::keySequence(spin, QKeySequence::Undo);
    QCOMPARE(window.paramsController()->params().base, before);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
