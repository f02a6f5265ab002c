#include "mainwindow.h"

namespace ropelab::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("RoPE Lab"));
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openFile(const QString &path)
{
    Q_UNUSED(path);
}

} // namespace ropelab::ui
