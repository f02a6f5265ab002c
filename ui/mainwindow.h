#pragma once

#include <QMainWindow>

namespace ropelab::ui {

// The composition root: docks, views, actions and connections. No maths, no threads.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a config.json or a saved RoPE Lab state; reports problems inline.
    void openFile(const QString &path);
};

} // namespace ropelab::ui
