// RoPE Lab entry point: `ropelab` opens the window; `ropelab <command> ...` runs headless.

#include "commands.h"

#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
    bool needsGui; // renders charts (offscreen is fine)
};

constexpr std::array Commands{
    Command{"inspect", "Print the per-pair frequencies of a config.json or preset", &ropelab::app::runInspect, false},
    Command{"presets", "List the built-in model presets", &ropelab::app::runPresets, false},
    Command{"sweep", "Write a full-precision sweep (score, bound, entropy, angles) as CSV", &ropelab::app::runSweep, false},
    Command{"export", "Render a view to PNG, SVG or CSV without opening a window", &ropelab::app::runExport, true},
};

const Command *findCommand(const char *name)
{
    for (const Command &command : Commands) {
        if (qstrcmp(command.name, name) == 0)
            return &command;
    }
    return nullptr;
}

void installTranslators(QCoreApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("ropelab"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("RoPE Lab"));
    QCoreApplication::setApplicationName(QStringLiteral("ropelab"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROPELAB_VERSION));

    if (argc > 1) {
        if (const Command *command = findCommand(argv[1])) {
            if (command->needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // headless: no DISPLAY needed
            std::unique_ptr<QCoreApplication> app;
            if (command->needsGui)
                app = std::make_unique<QApplication>(argc, argv);
            else
                app = std::make_unique<QCoreApplication>(argc, argv);
            installTranslators(*app);
            return command->run(QCoreApplication::arguments());
        }
    }

    // Parse before creating the QApplication, so that --help, --version and bad arguments work
    // without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    QString description = QCoreApplication::translate(
            "main", "RoPE Lab: explore rotary position embeddings and their long-context scalings.");
    description += QLatin1Char('\n') + QCoreApplication::translate("main", "Commands:");
    for (const Command &command : Commands)
        description += QStringLiteral("\n  %1  %2")
                               .arg(QString::fromLatin1(command.name).leftJustified(8),
                                    QCoreApplication::translate("main", command.summary));
    description += QLatin1Char('\n')
            + QCoreApplication::translate("main", "Run 'ropelab <command> --help' for a command's options.");
    parser.setApplicationDescription(description);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("state"),
                                 QCoreApplication::translate("main", "A config.json or saved state to open."),
                                 QStringLiteral("[file]"));
    // Qt's own GUI options (-platform, -style, ...) are for QApplication: let them through.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const bool parsed = parser.parse(arguments);
    if (parsed && (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all")))) {
        const QCoreApplication core(argc, argv); // helpText() names the executable through it
        QTextStream(stdout) << parser.helpText();
        return ropelab::app::ExitOk;
    }
    if (parsed && parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' '
                            << QCoreApplication::applicationVersion() << '\n';
        return ropelab::app::ExitOk;
    }
    const QStringList positional = parsed ? parser.positionalArguments() : QStringList();
    if (positional.size() > 1
        || (positional.size() == 1 && !QFileInfo::exists(positional.constFirst()))) {
        QTextStream(stderr) << QCoreApplication::translate("main", "ropelab: unknown command or file '%1'")
                                       .arg(positional.join(QLatin1Char(' ')))
                            << '\n';
        return ropelab::app::ExitBadInput;
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ropelab.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("ropelab"));
    installTranslators(app);

    ropelab::ui::MainWindow window;
    if (!positional.isEmpty())
        window.openFile(positional.constFirst());
    window.show();
    return app.exec();
}
