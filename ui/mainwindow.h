#pragma once

#include "exporter.h"

#include <QList>
#include <QMainWindow>

class QDockWidget;
class QTabWidget;

namespace ropelab::ui {

class ExportableView;
class LessonController;
class ParametersPanel;
class ParamsController;
class ParamsHistory;
class RotationController;
class RotationPanel;
class SessionController;
class ViewRegistry;

// The composition root: docks, views, actions and connections. No maths, no threads.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a config.json or a saved RoPE Lab state; reports problems inline.
    void openFile(const QString &path);
    // Saves the whole state (params + current view) as JSON; returns an error line or "".
    QString saveStateFile(const QString &path);
    // Loads a built-in preset; reports problems inline.
    void loadPreset(const QString &name);

    ParamsController *paramsController() const { return m_params; }
    // The views' controllers and options (the state file's "views" object).
    ViewRegistry *views() const { return m_views; }
    LessonController *lessons() const { return m_lessons; }
    // Shows the Lessons dock at step `index` (clamped to the steps there are).
    void showLesson(int index);
    ParamsHistory *history() const { return m_history; }
    ParametersPanel *parametersPanel() const { return m_panel; }
    RotationPanel *rotationPanel() const { return m_rotationPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    // The views in tab order (rotation first).
    QList<ExportableView *> exportableViews() const { return m_exportables; }
    QString currentViewId() const;
    void setCurrentViewId(const QString &id);
    // The last problem reported by openFile/loadPreset/saveStateFile ("" if none).
    QString lastMessage() const { return m_lastMessage; }

    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createViews();
    void createLessons();
    void createMenus();
    void restoreSettings();
    void report(const QString &message);
    void openDialog();
    void saveDialog();
    void exportCurrentDialog();
    void exportAllDialog();
    void copyToClipboard();
    void about();
    void updateTitle();
    ExportableView *currentExportable() const;

    ParamsController *m_params = nullptr;
    ParamsHistory *m_history = nullptr;
    SessionController *m_session = nullptr;
    ViewRegistry *m_views = nullptr;
    RotationController *m_rotation = nullptr;
    ParametersPanel *m_panel = nullptr;
    RotationPanel *m_rotationPanel = nullptr;
    QDockWidget *m_readoutDock = nullptr;
    QDockWidget *m_lessonsDock = nullptr;
    LessonController *m_lessons = nullptr;
    QDockWidget *m_dock = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ExportableView *> m_exportables;
    QStringList m_viewIds;
    QString m_lastMessage;
    QString m_lastDirectory;
    ExportOptions m_exportOptions; // last size and scale chosen for export
    QString m_exportFormat = QStringLiteral("png");
};

} // namespace ropelab::ui
