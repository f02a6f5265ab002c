// RoPE Lab entry point: `ropelab [FILE] [options]` opens the window; `ropelab <command> ...`
// runs headless. The window's command line is parsed before any QApplication exists
// (guicommand.h), so bad input exits with code 2 and --help works without a display.

#include "commands.h"
#include "commandsupport.h"
#include "guicommand.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>
#include <new>

namespace {

int runCommand(const ropelab::app::Command &command, int &argc, char **argv)
{
    if (command.needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no DISPLAY needed
    std::unique_ptr<QCoreApplication> app;
    if (command.needsGui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    ropelab::app::installTranslators(*app, QLocale());
    return command.run(QCoreApplication::arguments());
}

int runWindow(int &argc, char **argv)
{
    using ropelab::app::GuiLaunch;
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const auto launch = ropelab::app::parseGuiArguments(arguments);
    if (!launch) {
        QString message = QString::fromStdString(launch.error().message);
        message.replace(QLatin1Char('\n'), QLatin1Char(' '));
        QTextStream(stderr) << "ropelab: " << message << '\n';
        return ropelab::app::ExitBadInput;
    }
    if (launch->action == GuiLaunch::Action::PrintHelp) {
        QTextStream(stdout) << launch->helpText;
        return ropelab::app::ExitOk;
    }
    if (launch->action == GuiLaunch::Action::PrintVersion) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ropelab::app::ExitOk;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ropelab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("ropelab"));
    ropelab::app::installTranslators(app, QLocale());

    ropelab::ui::MainWindow window;
    ropelab::app::applyGuiLaunch(window, *launch);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoPE Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("ropelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPELAB_VERSION));

    if (argc > 1) {
        if (const ropelab::app::Command *command
            = ropelab::app::findCommand(QString::fromLocal8Bit(argv[1])))
            return runCommand(*command, argc, argv);
    }
    return runWindow(argc, argv);
}
