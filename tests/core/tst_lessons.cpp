// The lessons file (resources/lessons/lessons.json) read by core::loadLessons: every step is
// complete in English and Chinese and starts from valid settings; numbers in the text come from
// the core (the critical dimension 92 for Llama 2, the YaRN factor for s = 8, the NTK-aware
// base), never typed in; a broken file is an error naming the step and the key.

#include "lessons.h"
#include "numerics/rope.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTest>

#include <cmath>

using namespace ropelab;

namespace {

const QStringList ViewIds { "rotation", "bands", "decay", "temperature", "heatmap" };

QByteArray lessonsFile()
{
    QFile file(QStringLiteral(ROPELAB_SOURCE_DIR "/resources/lessons/lessons.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const core::LessonStep *find(const core::Lessons &lessons, const QString &id)
{
    for (const core::LessonStep &step : lessons.steps) {
        if (step.id == id)
            return &step;
    }
    return nullptr;
}

} // namespace

class TestLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInLoadsAndIsComplete();
    void numbersComeFromTheCore();
    void criticalDimension();
    void brokenFilesNameTheStep_data();
    void brokenFilesNameTheStep();
};

void TestLessons::builtInLoadsAndIsComplete()
{
    const auto lessons = core::builtInLessons(ViewIds);
    QVERIFY2(lessons, lessons ? "" : lessons.error().message.c_str());
    QCOMPARE(lessons->languages, QStringList({ "en", "zh_CN" }));
    QVERIFY(lessons->steps.size() >= 12);
    for (const core::LessonStep &step : lessons->steps) {
        for (const QString &language : lessons->languages) {
            QVERIFY2(!step.title.value(language).isEmpty(), qPrintable(step.id + language));
            const QString text = core::fillLessonText(step.text.value(language), step.params,
                                                      QLocale(QLocale::English));
            QVERIFY2(!text.contains(QLatin1String("{{")), qPrintable(step.id + ": " + text));
            QVERIFY2(!text.contains(QLatin1String("nan"), Qt::CaseInsensitive),
                     qPrintable(step.id + ": " + text));
        }
        // The Chinese text is Chinese (not a copy of the English).
        QVERIFY(step.text.value("zh_CN") != step.text.value("en"));
        QVERIFY(ViewIds.contains(step.view));
        QVERIFY(numerics::computeFrequencies(step.params));
    }
    // The built-in copy is the file in the repository.
    const auto fromFile = core::loadLessons(lessonsFile(), ViewIds);
    QVERIFY(fromFile);
    QCOMPARE(fromFile->steps.size(), lessons->steps.size());
}

void TestLessons::numbersComeFromTheCore()
{
    const auto lessons = core::builtInLessons(ViewIds);
    QVERIFY(lessons);
    const QLocale english(QLocale::English);
    const QLocale chinese(QLocale::Chinese, QLocale::China);

    // Step 3: Llama 2's critical dimension (Liu et al. 2023) is 92 of 128.
    const core::LessonStep *pairs = find(*lessons, QStringLiteral("many-pairs"));
    QVERIFY(pairs);
    QCOMPARE(core::criticalDimension(pairs->params), 92.0);
    for (const QLocale &locale : { english, chinese }) {
        const QString language = core::lessonLanguage(locale, lessons->languages);
        const QString text
            = core::fillLessonText(pairs->text.value(language), pairs->params, locale);
        QVERIFY2(text.contains(QStringLiteral(" 92 ")), qPrintable(text));
    }

    // Step 10: YaRN at s = 8: 1/sqrt(t) = 0.1 ln 8 + 1 = 1.2079, t = 0.6853, logits x 1.4591.
    const core::LessonStep *yarn = find(*lessons, QStringLiteral("yarn-temperature"));
    QVERIFY(yarn);
    QCOMPARE(yarn->params.factor, 8.0);
    const double m = 0.1 * std::log(8.0) + 1.0;
    const QString text = core::fillLessonText(yarn->text.value("en"), yarn->params, english);
    QVERIFY2(text.contains(english.toString(m, 'f', 4)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("t = 0.6853")), qPrintable(text));
    QVERIFY2(text.contains(english.toString(m * m, 'f', 4)), qPrintable(text));

    // Step 7: the NTK-aware base for d = 128, s = 8 is 82,684.6 (ROPE spec check value).
    const core::LessonStep *ntk = find(*lessons, QStringLiteral("ntk-aware"));
    QVERIFY(ntk);
    QVERIFY2(core::fillLessonText(ntk->text.value("en"), ntk->params, english)
                 .contains(QStringLiteral("82,684.6")),
             "NTK-aware base");

    // Step 2: the worked rotation: q' = (0.6887, -0.8807), and the score depends on m - n only.
    const core::LessonStep *rotation = find(*lessons, QStringLiteral("rotation-2d"));
    QVERIFY(rotation);
    const QString worked
        = core::fillLessonText(rotation->text.value("en"), rotation->params, english);
    QVERIFY2(worked.contains(QStringLiteral("(0.6887, -0.8807)")), qPrintable(worked));
    QVERIFY2(worked.contains(QStringLiteral("(1.1165, 0.5324)")), qPrintable(worked));

    // gpt-oss (truncate false): the correction range keeps its fractions.
    const core::LessonStep *gptOss = find(*lessons, QStringLiteral("real-gpt-oss"));
    QVERIFY(gptOss);
    QVERIFY(!gptOss->params.truncate);
    const auto f = numerics::computeFrequencies(gptOss->params);
    QVERIFY(f);
    const QString range = core::fillLessonText(gptOss->text.value("en"), gptOss->params, english);
    QVERIFY2(range.contains(english.toString(f->correctionLow, 'g', 6))
                 && f->correctionLow != std::floor(f->correctionLow),
             qPrintable(range));

    // DeepSeek-V3: the temperature sits in the softmax scale: 1.3689^2 = 1.8739.
    const core::LessonStep *deepseek = find(*lessons, QStringLiteral("real-deepseek"));
    QVERIFY(deepseek);
    QCOMPARE(deepseek->sourceName, QStringLiteral("DeepSeek-V3"));
    QVERIFY(core::fillLessonText(deepseek->text.value("en"), deepseek->params, english)
                .contains(QStringLiteral("1.8739")));
}

void TestLessons::criticalDimension()
{
    numerics::RopeParams p;
    p.headDim = 128;
    p.base = 500000.0; // Llama 3, L = 8192: 2 * ceil(64 * ln(8192 / 2 pi) / ln 500000) = 70
    p.originalMaxPositions = 8192;
    const double expected
        = 2.0 * std::ceil(64.0 * std::log(8192.0 / (2.0 * M_PI)) / std::log(500000.0));
    QCOMPARE(core::criticalDimension(p), expected);
    QCOMPARE(expected, 70.0);
}

void TestLessons::brokenFilesNameTheStep_data()
{
    QTest::addColumn<QString>("path"); // what to break, "steps/<i>/<key>"
    QTest::addColumn<QString>("value"); // JSON
    QTest::addColumn<QString>("named"); // the error must contain this
    QTest::newRow("unknown view") << "view"
                                  << "\"histogram\""
                                  << "view";
    QTest::newRow("unknown quantity") << "text"
                                      << "{\"en\": \"{{nope}}\", \"zh_CN\": \"x\"}"
                                      << "{{nope}}";
    QTest::newRow("missing Chinese") << "title"
                                     << "{\"en\": \"T\"}"
                                     << "title.zh_CN";
    QTest::newRow("bad state") << "state"
                               << "{\"params\": {\"rope_theta\": \"ten\"}}"
                               << "rope_theta";
    QTest::newRow("unknown preset") << "preset"
                                    << "\"llama9\""
                                    << "llama9";
}

void TestLessons::brokenFilesNameTheStep()
{
    QFETCH(QString, path);
    QFETCH(QString, value);
    QFETCH(QString, named);
    QJsonObject root = QJsonDocument::fromJson(lessonsFile()).object();
    QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps[2].toObject();
    const QJsonDocument parsed = QJsonDocument::fromJson("[" + value.toUtf8() + "]");
    step.insert(path, parsed.array().first());
    steps[2] = step;
    root.insert(QStringLiteral("steps"), steps);
    const auto lessons = core::loadLessons(QJsonDocument(root).toJson(), ViewIds);
    QVERIFY(!lessons);
    const QString message = QString::fromStdString(lessons.error().message);
    QVERIFY2(message.contains(QStringLiteral("steps[2]")) && message.contains(named),
             qPrintable(message));
}

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
