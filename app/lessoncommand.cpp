// `ropelab lesson --list`: the guided lessons' steps, one line each: number, id, title (in the
// locale's language, as the Lessons dock shows them).

#include "commands.h"
#include "commandsupport.h"
#include "lessons.h"
#include "viewregistry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace ropelab::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::app", text);
}

} // namespace

int runLesson(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The guided lessons: --list prints each step's number, id and title."));
    parser.addHelpOption();
    const QCommandLineOption listOption(QStringLiteral("list"), tr("List the steps."));
    parser.addOption(listOption);
    if (const auto done = parseCommand(parser, arguments, QStringLiteral("lesson")))
        return *done;
    if (!parser.isSet(listOption) || !parser.positionalArguments().isEmpty())
        return reportBadInput(
            QStringLiteral("lesson"),
            tr("give --list (open a step in the window with ropelab --lesson N)"));
    const auto lessons = core::builtInLessons(ui::ViewRegistry::viewIds());
    if (!lessons)
        return reportBadInput(QStringLiteral("lesson"),
                              QString::fromStdString(lessons.error().message));
    const QString language = core::lessonLanguage(QLocale(), lessons->languages);
    QTextStream out(stdout);
    for (qsizetype i = 0; i < lessons->steps.size(); ++i) {
        const core::LessonStep &step = lessons->steps[i];
        out << (i + 1) << '\t' << step.id << '\t' << step.title.value(language) << '\n';
    }
    return ExitOk;
}

} // namespace ropelab::app
