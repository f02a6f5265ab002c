// Dependencies point one way (STYLE.md section 1): numerics includes no Qt at all, core no
// Qt GUI/Widgets/Charts, and only ui/charts/ includes Qt Charts. This test reads the sources.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// Every #include target in the .h/.cpp files below `dir` (relative to the source root).
QList<QPair<QString, QString>> includesBelow(const QString &dir)
{
    QList<QPair<QString, QString>> result;
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"),
                                            QRegularExpression::MultilineOption);
    QDirIterator it(QStringLiteral(ROPELAB_SOURCE_DIR "/") + dir,
                    {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        auto matches = include.globalMatch(text);
        while (matches.hasNext())
            result.append({path, matches.next().captured(1)});
    }
    return result;
}

bool isQtInclude(const QString &header)
{
    return header.startsWith(QLatin1Char('Q')) || header.startsWith(QLatin1String("qt"));
}

bool isQtGuiInclude(const QString &header)
{
    static const QRegularExpression gui(
            QStringLiteral("^(QtGui|QtWidgets|QtCharts|QtSvg)|^Q(Widget|Painter|Image|Color|Pixmap|Font|Chart|Application|GuiApplication|MainWindow|Svg|Action|Icon|Pen|Brush)\\b"));
    return gui.match(header).hasMatch();
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void numericsHasNoQt()
    {
        const auto includes = includesBelow(QStringLiteral("core/numerics"));
        QVERIFY2(!includes.isEmpty(), "no sources found under core/numerics");
        for (const auto &[file, header] : includes)
            QVERIFY2(!isQtInclude(header), qPrintable(file + QLatin1String(" includes ") + header));
    }

    void coreHasNoGui()
    {
        const auto includes = includesBelow(QStringLiteral("core"));
        for (const auto &[file, header] : includes)
            QVERIFY2(!isQtGuiInclude(header), qPrintable(file + QLatin1String(" includes ") + header));
    }

    void onlyChartsIncludesQtCharts()
    {
        for (const QString &dir : {QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("core")}) {
            for (const auto &[file, header] : includesBelow(dir)) {
                const bool charts = header.startsWith(QLatin1String("QtCharts"))
                        || header.startsWith(QLatin1String("QChart"))
                        || header.contains(QLatin1String("Series"))
                        || header.startsWith(QLatin1String("QValueAxis"))
                        || header.startsWith(QLatin1String("QLogValueAxis"));
                if (charts)
                    QVERIFY2(file.contains(QLatin1String("/ui/charts/")),
                             qPrintable(file + QLatin1String(" includes ") + header));
            }
        }
    }

    void classifierCatchesViolations()
    {
        // The checks above are only as good as the classifiers: prove they can fail.
        QVERIFY(isQtInclude(QStringLiteral("QString")));
        QVERIFY(isQtInclude(QStringLiteral("QtCore/QObject")));
        QVERIFY(!isQtInclude(QStringLiteral("Eigen/Core")));
        QVERIFY(isQtGuiInclude(QStringLiteral("QWidget")));
        QVERIFY(isQtGuiInclude(QStringLiteral("QtWidgets/QLabel")));
        QVERIFY(isQtGuiInclude(QStringLiteral("QPainter")));
        QVERIFY(!isQtGuiInclude(QStringLiteral("QJsonObject")));
        QVERIFY(!isQtGuiInclude(QStringLiteral("QFutureWatcher")));
    }
};

QTEST_APPLESS_MAIN(TestLayering)
#include "tst_layering.moc"
