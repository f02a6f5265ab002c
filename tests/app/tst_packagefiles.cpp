// What the .deb installs besides the binary: the man page is written from the --help texts and
// covers every subcommand and each of its options; the desktop entry starts ropelab with a file
// and names an icon that exists.

#include "commands.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

namespace {

QString helpOf(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("ROPELAB_BINARY"),
                  arguments + QStringList { QStringLiteral("--help") });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList longOptions(const QString &help)
{
    QStringList names;
    static const QRegularExpression option(QStringLiteral("--([a-z][a-z0-9-]*)"));
    for (auto it = option.globalMatch(help); it.hasNext();)
        names.append(it.next().captured(1));
    names.removeDuplicates();
    return names;
}

} // namespace

class TestPackageFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manPageCoversEveryCommand();
    void desktopEntry();
};

void TestPackageFiles::manPageCoversEveryCommand()
{
    QFile file(QStringLiteral(ROPELAB_BINARY_DIR "/app/ropelab.1"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString page = QString::fromUtf8(file.readAll());
    QVERIFY(page.startsWith(QStringLiteral(".TH ROPELAB 1 ")));
    QVERIFY(page.contains(QStringLiteral(".SH NAME\nropelab \\- ")));

    const QString mainHelp = helpOf({});
    QVERIFY(!mainHelp.isEmpty());
    for (const QString &name : longOptions(mainHelp))
        QVERIFY2(page.contains(QStringLiteral("\\-\\-")
                               + QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                 qPrintable(name));
    int commands = 0;
    for (const ropelab::app::Command &command : ropelab::app::commandTable()) {
        ++commands;
        const QString name = QString::fromLatin1(command.name);
        QVERIFY2(mainHelp.contains(name), qPrintable(name));
        const int section = page.indexOf(QStringLiteral(".SS \"ropelab %1\"").arg(name));
        QVERIFY2(section > 0, qPrintable(name));
        const QString help = helpOf({ name });
        const QStringList options = longOptions(help);
        QVERIFY2(options.size() >= 1, qPrintable(name));
        const int next = page.indexOf(QStringLiteral(".SS "), section + 1);
        const QString body = page.mid(section, next < 0 ? -1 : next - section);
        for (const QString &option : options)
            QVERIFY2(
                body.contains(QStringLiteral("\\-\\-")
                              + QString(option).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                qPrintable(name + QStringLiteral(" --") + option));
    }
    QCOMPARE(page.count(QStringLiteral(".SS \"ropelab ")), commands);
}

void TestPackageFiles::desktopEntry()
{
    QSettings entry(QStringLiteral(ROPELAB_SOURCE_DIR "/resources/ropelab.desktop"),
                    QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Type")).toString(), QStringLiteral("Application"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("ropelab %f"));
    QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), QStringLiteral("ropelab"));
    QVERIFY(QFile::exists(QStringLiteral(ROPELAB_SOURCE_DIR "/resources/icons/ropelab.svg")));
}

QTEST_MAIN(TestPackageFiles)
#include "tst_packagefiles.moc"
