#include "mainwindow.h"

#include "controllers/lessoncontroller.h"
#include "viewregistry.h"

#include "dialogs/exportdialog.h"

#include "charts/chartviews.h"
#include "controllers/paramscontroller.h"
#include "controllers/paramshistory.h"
#include "controllers/rotationcontroller.h"
#include "controllers/sessioncontroller.h"
#include "exportableview.h"
#include "exporter.h"
#include "presets.h"
#include "widgets/explainpanel.h"
#include "widgets/parameterspanel.h"
#include "widgets/lessonpanel.h"
#include "widgets/readoutwidget.h"
#include "widgets/rotationpanel.h"
#include "widgets/rotationview.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QGuiApplication>
#include <QScreen>
#include <QScrollArea>
#include <QTimer>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>

namespace ropelab::ui {

namespace {

QString droppedJsonFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()
            && url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_params = new ParamsController(this);
    m_session = new SessionController(m_params, this);
    m_views = new ViewRegistry(m_params, this);
    m_rotation = m_views->rotation();

    createViews();
    createLessons();
    createMenus();
    restoreSettings();
    // History starts after the restored session so the first undo does not jump to defaults.
    m_history = new ParamsHistory(m_params, this);
    findChild<QAction *>(QStringLiteral("undoAction"))->setEnabled(false);
    connect(m_history->undoStack(), &QUndoStack::canUndoChanged,
            findChild<QAction *>(QStringLiteral("undoAction")), &QAction::setEnabled);
    connect(m_history->undoStack(), &QUndoStack::canRedoChanged,
            findChild<QAction *>(QStringLiteral("redoAction")), &QAction::setEnabled);
    connect(m_params, &ParamsController::paramsChanged, this, &MainWindow::updateTitle);
    connect(m_session, &SessionController::stateUiLoaded, this, [this](const QJsonObject &ui) {
        setCurrentViewId(ui.value(QStringLiteral("view")).toString());
        if (ui.contains(QStringLiteral("position")))
            m_params->setPosition(ui.value(QStringLiteral("position")).toDouble());
        // Older state files have no "views": every view keeps its options.
        const QString error = m_views->loadOptions(ui.value(QStringLiteral("views")).toObject());
        if (!error.isEmpty())
            report(tr("The state file's view options were not applied: %1").arg(error));
    });
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_rotationPanel = new RotationPanel(m_params, m_rotation, m_tabs);
    // Each tab: a collapsible "What am I looking at?" panel (ExplainPanel) above its view.
    m_tabs->addTab(ExplainPanel::wrap(m_rotationPanel, m_rotationPanel->view()->viewId(), m_tabs),
                   tr("Rotating pairs"));
    m_exportables.append(m_rotationPanel->view());
    m_viewIds.append(m_rotationPanel->view()->viewId());
    for (const QString &id : chartViewIds()) {
        const ViewEntry entry = m_views->createView(id, m_tabs);
        m_tabs->addTab(ExplainPanel::wrap(entry.widget, entry.id, m_tabs), entry.title);
        m_exportables.append(entry.exportable);
        m_viewIds.append(entry.id);
    }
    setCentralWidget(m_tabs);

    m_panel = new ParametersPanel(m_params, this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_panel->sizeHint().width()
                            + scroll->verticalScrollBar()->sizeHint().width()
                            + 2 * scroll->frameWidth() + 4);
    m_dock = new QDockWidget(tr("Parameters"), this);
    m_dock->setObjectName(QStringLiteral("parametersDock"));
    m_dock->setWidget(scroll);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                        | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    connect(m_panel, &ParametersPanel::presetRequested, this, &MainWindow::loadPreset);

    // The read-out in a dock of its own under the parameters: always in view (inside the
    // parameters' scroll area it scrolled out of sight at 1366x768), and its own height.
    auto *readout = new ReadoutWidget(this);
    readout->follow(m_params);
    auto *readoutScroll = new QScrollArea(this);
    readoutScroll->setWidget(readout);
    readoutScroll->setWidgetResizable(true);
    readoutScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    readoutScroll->setFrameShape(QFrame::NoFrame);
    readout->setContentsMargins(6, 2, 6, 4);
    m_readoutDock = new QDockWidget(tr("Read-out"), this);
    m_readoutDock->setObjectName(QStringLiteral("readoutDock"));
    m_readoutDock->setWidget(readoutScroll);
    m_readoutDock->setFeatures(m_dock->features());
    splitDockWidget(m_dock, m_readoutDock, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open
        = file->addAction(tr("&Open config.json or state..."), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *save = file->addAction(tr("&Save state..."), this, &MainWindow::saveDialog);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *exportCurrent
        = file->addAction(tr("&Export current view..."), this, &MainWindow::exportCurrentDialog);
    exportCurrent->setShortcut(QKeySequence(tr("Ctrl+E")));
    file->addAction(tr("Export &all views..."), this, &MainWindow::exportAllDialog);
    QAction *copy
        = file->addAction(tr("&Copy chart to clipboard"), this, &MainWindow::copyToClipboard);
    copy->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [this] { m_history->undoStack()->undo(); });
    QAction *redo = edit->addAction(tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, this, [this] { m_history->undoStack()->redo(); });

    QMenu *presets = menuBar()->addMenu(tr("&Presets"));
    const QList<core::PresetInfo> list = core::presetList();
    for (const core::PresetInfo &preset : list) {
        QAction *action = presets->addAction(preset.title);
        action->setToolTip(preset.source);
        const QString name = preset.name;
        connect(action, &QAction::triggered, this, [this, name] { loadPreset(name); });
    }
    presets->setEnabled(!list.isEmpty());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());
    view->addAction(m_readoutDock->toggleViewAction());
    view->addAction(m_lessonsDock->toggleViewAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *action = view->addAction(m_tabs->tabText(i));
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    QAction *play = view->addAction(tr("&Play / pause rotation"));
    play->setShortcut(QKeySequence(Qt::Key_Space));
    connect(play, &QAction::triggered, this,
            [this] { m_rotation->setPlaying(!m_rotation->isPlaying()); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *lessons = help->addAction(tr("&Lessons"), this, [this] {
        m_lessonsDock->show();
        m_lessonsDock->raise();
    });
    lessons->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About RoPE Lab"), this, &MainWindow::about);
}

void MainWindow::showLesson(int index)
{
    m_lessonsDock->show();
    m_lessonsDock->raise();
    m_lessons->goTo(index);
}

void MainWindow::createLessons()
{
    // The guided lessons in a dock on the right, closed until Help > Lessons (F1).
    m_lessons = new LessonController(m_params, m_views, this);
    connect(m_lessons, &LessonController::viewRequested, this, &MainWindow::setCurrentViewId);
    m_lessonsDock = new QDockWidget(tr("Lessons"), this);
    m_lessonsDock->setObjectName(QStringLiteral("lessonsDock"));
    m_lessonsDock->setWidget(new LessonPanel(m_lessons, m_lessonsDock));
    m_lessonsDock->setFeatures(m_dock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_lessonsDock);
    m_lessonsDock->hide();
}

void MainWindow::report(const QString &message)
{
    m_lastMessage = message;
    m_panel->showMessage(message);
    if (!message.isEmpty())
        statusBar()->showMessage(message, 10000);
}

void MainWindow::openFile(const QString &path)
{
    report(m_session->openFile(path));
    if (m_lastMessage.isEmpty()) {
        m_lastDirectory = QFileInfo(path).absolutePath();
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    }
}

void MainWindow::loadPreset(const QString &name)
{
    report(m_session->loadPreset(name));
}

QString MainWindow::saveStateFile(const QString &path)
{
    QJsonObject ui;
    ui.insert(QStringLiteral("view"), currentViewId());
    ui.insert(QStringLiteral("views"), m_views->saveOptions());
    const QString error = m_session->saveStateFile(path, ui);
    report(error);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 5000);
    return error;
}

QString MainWindow::currentViewId() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_viewIds.size() ? m_viewIds.at(index) : QString();
}

void MainWindow::setCurrentViewId(const QString &id)
{
    const int index = int(m_viewIds.indexOf(id));
    if (index >= 0)
        m_tabs->setCurrentIndex(index);
}

ExportableView *MainWindow::currentExportable() const
{
    const int index = m_tabs->currentIndex();
    return index >= 0 && index < m_exportables.size() ? m_exportables.at(index) : nullptr;
}

void MainWindow::openDialog()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open config.json or RoPE Lab state"),
                                       m_lastDirectory, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::saveDialog()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save RoPE Lab state"),
        QDir(m_lastDirectory).filePath(QStringLiteral("ropelab-state.json")),
        tr("RoPE Lab state (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QStringLiteral(".json");
    m_lastDirectory = QFileInfo(path).absolutePath();
    const QString error = saveStateFile(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Save state"), error);
}

void MainWindow::exportCurrentDialog()
{
    ExportableView *view = currentExportable();
    if (!view)
        return;
    ExportDialog dialog(view->viewId(), this);
    dialog.setWindowTitle(tr("Export %1").arg(view->viewTitle()));
    dialog.setOptions(m_exportOptions);
    dialog.setPath(
        QDir(m_lastDirectory).filePath(view->viewId() + QLatin1Char('.') + m_exportFormat));
    if (dialog.exec() != QDialog::Accepted || dialog.path().isEmpty())
        return;
    const QString path = dialog.path();
    m_exportOptions = dialog.options();
    m_exportFormat = dialog.format();
    m_lastDirectory = QFileInfo(path).absolutePath();
    const QString error = exportView(*view, path, m_exportOptions);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 5000);
}

void MainWindow::exportAllDialog()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Export all views to"), m_lastDirectory);
    if (folder.isEmpty())
        return;
    m_lastDirectory = folder;
    // File names and headings name the model; files already there are never replaced silently:
    // replace them, keep them (the new set gets numbered names) or cancel.
    ExportOptions options = m_exportOptions;
    options.sourceName = m_params->modelLabel();
    QStringList existing;
    for (const QString &path : exportAllPaths(m_exportables, folder, options.sourceName)) {
        if (QFileInfo::exists(path))
            existing << QFileInfo(path).fileName();
    }
    ExistingFiles policy = ExistingFiles::Replace;
    if (!existing.isEmpty()) {
        QMessageBox box(
            QMessageBox::Question, tr("Export all views"),
            tr("%n file(s) of this export already exist in %1.", nullptr, int(existing.size()))
                .arg(QDir::toNativeSeparators(folder)),
            QMessageBox::NoButton, this);
        box.setInformativeText(tr("Replace them, or keep them and give the new files numbered "
                                  "names?"));
        box.setDetailedText(existing.join(QLatin1Char('\n')));
        box.addButton(tr("Replace"), QMessageBox::DestructiveRole);
        box.setDefaultButton(box.addButton(tr("Keep both"), QMessageBox::AcceptRole));
        box.addButton(QMessageBox::Cancel);
        box.exec();
        const QMessageBox::ButtonRole role = box.buttonRole(box.clickedButton());
        if (role == QMessageBox::AcceptRole)
            policy = ExistingFiles::KeepBoth;
        else if (role != QMessageBox::DestructiveRole)
            return;
    }
    const QStringList errors = exportAllViews(m_exportables, folder, options, policy);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("Export all views"), errors.join(QLatin1Char('\n')));
    else
        statusBar()->showMessage(tr("Exported %n view(s) to %1", nullptr, int(m_exportables.size()))
                                     .arg(QDir::toNativeSeparators(folder)),
                                 5000);
}

void MainWindow::copyToClipboard()
{
    if (ExportableView *view = currentExportable()) {
        copyViewToClipboard(*view, m_exportOptions);
        statusBar()->showMessage(tr("Copied %1 to the clipboard").arg(view->viewTitle()), 5000);
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About RoPE Lab"),
        tr("<h3>RoPE Lab %1</h3><p>Explore rotary position embeddings (RoPE) and their "
           "long-context scalings: linear PI, NTK-aware, dynamic NTK, NTK-by-parts, YaRN, "
           "Llama 3, LongRoPE and MiniMind, computed exactly like the reference "
           "implementations.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::updateTitle()
{
    const QString source = m_params->sourceName();
    setWindowTitle(source.isEmpty() ? tr("RoPE Lab") : tr("%1 - RoPE Lab").arg(source));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/view"), currentViewId());
    settings.setValue(QStringLiteral("window/viewOptions"),
                      QJsonDocument(m_views->saveOptions()).toJson(QJsonDocument::Compact));
    m_session->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1440x900, or the whole screen where it is smaller (1366x768 laptops).
        QSize size(1440, 900);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size());
        resize(size);
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the read-out dock as tall as its rows, the parameters the rest (once
        // the window is laid out; before that QMainWindow has no heights to share).
        QTimer::singleShot(0, this, [this] {
            const int readout
                = m_readoutDock->findChild<ReadoutWidget *>()->sizeHint().height() + 12;
            resizeDocks({ m_dock, m_readoutDock }, { height() - readout, readout }, Qt::Vertical);
        });
    }
    m_session->restoreSettings(settings);
    setCurrentViewId(settings.value(QStringLiteral("window/view")).toString());
    const QByteArray viewOptions
        = settings.value(QStringLiteral("window/viewOptions")).toByteArray();
    if (!viewOptions.isEmpty()) {
        const QString error = m_views->loadOptions(QJsonDocument::fromJson(viewOptions).object());
        if (!error.isEmpty()) // a damaged entry: the defaults stay
            report(tr("The saved view options were not restored: %1").arg(error));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_rotation->pause();
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedJsonFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedJsonFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(path);
}

} // namespace ropelab::ui
