#include "guicommand.h"

#include "commands.h"
#include "controllers/paramscontroller.h"
#include "mainwindow.h"
#include "viewregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace ropelab::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text); // the context lupdate gives tr() here
}

numerics::Error inputError(const std::string &field, const QString &message)
{
    return numerics::Error { field, message.toStdString() };
}

QString description()
{
    QString text
        = tr("RoPE Lab: explore rotary position embeddings and their long-context scalings.");
    text += QLatin1Char('\n')
        + tr("Without a command, opens the window: with FILE (a config.json or a saved state), "
             "or --preset NAME, and the parameter overrides below applied on top. Without "
             "either, the window starts from the last session.");
    text += QLatin1Char('\n') + tr("Commands:");
    for (const Command &command : commandTable())
        text += QStringLiteral("\n  %1  %2")
                    .arg(QString::fromLatin1(command.name).leftJustified(8),
                         QCoreApplication::translate("main", command.summary));
    text += QLatin1Char('\n') + tr("Run 'ropelab <command> --help' for a command's options.");
    return text;
}

// Qt's own GUI options, consumed by QApplication (https://doc.qt.io/qt-6/qguiapplication.html).
void addQtGuiOptions(QCommandLineParser &parser)
{
    const char *valued[] = { "platform",        "platformpluginpath",
                             "platformtheme",   "plugin",
                             "qwindowgeometry", "qwindowicon",
                             "qwindowtitle",    "style",
                             "stylesheet",      "display",
                             "geometry",        "session",
                             "qmljsdebugger" };
    const char *flags[] = { "reverse", "widgetcount", "nograb", "dograb", "sync" };
    for (const char *name : valued) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : flags) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

} // namespace

numerics::Result<GuiLaunch> parseGuiArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("A config.json or saved state to open."),
                                 QStringLiteral("[file]"));
    const SourceOptions sourceOptions = addSourceOptions(parser);
    const std::vector<NumberOption> numbers = addParamOverrideOptions(parser);
    const ViewOptionList viewOptionList = addViewOptions(parser);
    const QStringList viewIds = ui::ViewRegistry::viewIds();
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        tr("The view to show first: %1.").arg(viewIds.join(QStringLiteral(", "))),
        QStringLiteral("id"));
    parser.addOption(viewOption);
    const QCommandLineOption lessonOption(QStringLiteral("lesson"),
                                          tr("Open the guided lessons at step N (1 is the first)."),
                                          QStringLiteral("N"));
    parser.addOption(lessonOption);
    addQtGuiOptions(parser);
    // Qt's GUI options are spelt with one dash (-platform offscreen).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);

    GuiLaunch launch;
    if (!parser.parse(arguments))
        return inputError("(command line)", parser.errorText());
    if (parser.isSet(helpOption) || parser.isSet(QStringLiteral("help-all"))) {
        launch.action = GuiLaunch::Action::PrintHelp;
        launch.helpText = parser.helpText();
        // No QCoreApplication exists yet to name the program.
        launch.helpText.replace(
            QStringLiteral("<executable_name>"),
            QFileInfo(arguments.value(0, QStringLiteral("ropelab"))).fileName());
        return launch;
    }
    if (parser.isSet(versionOption)) {
        launch.action = GuiLaunch::Action::PrintVersion;
        return launch;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return inputError("(command line)",
                          tr("give at most one file to open, got %1").arg(positional.size()));
    if (!positional.isEmpty()) {
        launch.file = positional.constFirst();
        if (!QFileInfo::exists(launch.file))
            return inputError("(file)",
                              tr("unknown command or file '%1'").arg(launch.file.left(200)));
        if (parser.isSet(sourceOptions.preset))
            return inputError("--preset", tr("give either a file or --preset, not both"));
    }
    launch.preset = parser.value(sourceOptions.preset);

    auto overrides = readParamOverrides(parser, numbers);
    if (!overrides)
        return overrides.error();
    launch.overrides = *overrides;
    auto viewOptions = readViewOptions(parser, viewOptionList);
    if (!viewOptions)
        return viewOptions.error();
    launch.viewOptions = *viewOptions;
    launch.view = parser.value(viewOption);
    if (parser.isSet(lessonOption)) {
        bool ok = false;
        launch.lesson = parser.value(lessonOption).toInt(&ok);
        if (!ok || launch.lesson < 1 || launch.lesson > 1000)
            return inputError("--lesson",
                              tr("--lesson '%1' must be a step number from 1")
                                  .arg(parser.value(lessonOption).left(100)));
    }
    if (!launch.view.isEmpty() && !viewIds.contains(launch.view))
        return inputError("--view",
                          tr("unknown view '%1' (use %2)")
                              .arg(launch.view.left(100), viewIds.join(QStringLiteral(", "))));
    launch.overridden = !launch.overrides.numbers.empty() || parser.isSet(sourceOptions.method)
        || parser.isSet(sourceOptions.seqLen);

    if (!launch.file.isEmpty() || !launch.preset.isEmpty()) {
        auto source = loadSource(parser, sourceOptions, launch.file);
        if (!source)
            return source.error();
        launch.overrides.applyTo(source.value().params);
        launch.overrides.dropSettledWarnings(source.value().warnings);
        launch.source = std::move(source).value();
        return launch;
    }
    // No file or preset: the overrides apply to the last session's parameters.
    const auto method = readMethodOption(parser, sourceOptions);
    if (!method)
        return method.error();
    launch.method = *method;
    const auto seqLen = readSeqLenOption(parser, sourceOptions);
    if (!seqLen)
        return seqLen.error();
    launch.seqLen = *seqLen;
    return launch;
}

void applyGuiLaunch(ui::MainWindow &window, const GuiLaunch &launch)
{
    ui::ParamsController *controller = window.paramsController();
    if (!launch.file.isEmpty())
        window.openFile(launch.file); // a state file also restores its view
    else if (!launch.preset.isEmpty())
        window.loadPreset(launch.preset);
    if (launch.source && launch.overridden) {
        controller->loadParams(launch.source->params, launch.source->warnings,
                               launch.source->sourceName);
    } else if (!launch.source && launch.overridden) {
        numerics::RopeParams params = controller->params();
        if (launch.method)
            params.method = *launch.method;
        if (launch.seqLen)
            params.seqLen = *launch.seqLen;
        launch.overrides.applyTo(params);
        controller->setParams(params);
    }
    if (launch.overrides.position)
        controller->setPosition(*launch.overrides.position);
    if (!launch.viewOptions.empty())
        window.views()->setOptions(applyViewOptions(launch.viewOptions, window.views()->options()));
    if (!launch.view.isEmpty())
        window.setCurrentViewId(launch.view);
    if (launch.lesson > 0)
        window.showLesson(launch.lesson - 1); // sets its own parameters and view
}

} // namespace ropelab::app
