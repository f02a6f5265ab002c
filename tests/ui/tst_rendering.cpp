// Every view, for every preset (and the methods no preset uses), exported as SVG at 960x600 (the
// chart area of a 1366x768 window) in English and Chinese: no title, axis title, legend entry
// or label is elided. Qt Charts elides with "..." and QFontMetrics::elidedText with "…", so the
// test reads every <text> element of the SVG and fails on either, naming the view, the case, the
// language and the text.

#include "controllers/paramscontroller.h"
#include "exportableview.h"
#include "exporter.h"
#include "numerics/ropemethod.h"
#include "presets.h"
#include "viewregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWidget>
#include <QXmlStreamReader>

#include <cmath>
#include <map>
#include <memory>
#include <optional>

using namespace ropelab;

namespace {

constexpr int SweepTimeoutMs = 120000;
const QSize ExportSize(960, 600);

// The texts of the SVG, one entry per drawn string. QSvgGenerator writes one <text> element per
// script run (a Chinese label with Latin digits becomes several), each at its own x: an element
// that starts where the previous one ends, on the same baseline, continues it.
QStringList svgTexts(const QString &path)
{
    QStringList texts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return texts;
    QXmlStreamReader xml(&file);
    double lastY = -1.0;
    double lastEnd = -1e9;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement() || xml.name() != QLatin1String("text"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        const double x = attributes.value(QLatin1String("x")).toDouble();
        const double y = attributes.value(QLatin1String("y")).toDouble();
        QFont font(attributes.value(QLatin1String("font-family")).toString());
        font.setPixelSize(
            std::max(1, int(std::lround(attributes.value(QLatin1String("font-size")).toDouble()))));
        font.setWeight(QFont::Weight(attributes.value(QLatin1String("font-weight")).toInt()));
        const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        if (!texts.isEmpty() && y == lastY && std::abs(x - lastEnd) < 3.0)
            texts.last() += text;
        else
            texts.append(text);
        lastY = y;
        lastEnd = x + QFontMetricsF(font).horizontalAdvance(text);
    }
    for (QString &text : texts)
        text = text.trimmed();
    return xml.hasError() ? QStringList() : texts;
}

// Elision cuts a text's end: "..." (Qt Charts) or "…" (QFontMetrics::elidedText). An ellipsis
// inside a text ("0–4, 5–9, …, 4,095") is content.
bool isElided(const QString &text)
{
    return text.endsWith(QLatin1String("...")) || text.endsWith(QChar(0x2026));
}

// A preset, optionally with its method (and factor, sequence length) replaced, as the command
// line's --method and --factor do.
struct Case
{
    const char *preset;
    std::optional<numerics::Method> method;
    double factor = 0.0;
    int seqLen = 0;
};

using numerics::Method;
const Case Cases[] = {
    { "llama2-7b", {} },
    { "codellama-7b", {} },
    { "llama3.1-8b", {} },
    { "mistral-7b", {} },
    { "qwen2.5-7b-yarn", {} },
    { "deepseek-v3", {} },
    { "gpt-oss-20b", {} },
    { "phi3-mini-128k", {} },
    { "minimind", {} },
    { "llama2-7b", Method::Linear, 4.0 },
    { "llama2-7b", Method::NtkAware, 8.0 },
    { "llama2-7b", Method::Dynamic, 4.0, 16384 },
    { "llama2-7b", Method::NtkByParts, 8.0 },
};

} // namespace

class TestRendering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noTextElided_data();
    void noTextElided();
    void cleanup();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

void TestRendering::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The Chinese run is only meaningful with the translations built.
    QVERIFY2(QFile::exists(QStringLiteral(ROPELAB_BINARY_DIR "/app/ropelab_zh_CN.qm")),
             "build the ropelab target first (its translations)");
}

void TestRendering::cleanup()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestRendering::noTextElided_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("caseIndex");
    QTest::addColumn<bool>("decayVariants");
    for (const char *language : { "en", "zh_CN" }) {
        for (int i = 0; i < int(std::size(Cases)); ++i) {
            const Case &c = Cases[i];
            QString name
                = QStringLiteral("%1 %2").arg(QLatin1String(language), QLatin1String(c.preset));
            if (c.method)
                name += QStringLiteral(" %1 s=%2")
                            .arg(QString::fromLatin1(numerics::methodInfo(*c.method).id))
                            .arg(c.factor);
            // The decay view's other modes and the overlay for the presets with the longest
            // legends (a model name, two bases, a temperature).
            const bool variants = QByteArray(c.preset) == "deepseek-v3"
                || QByteArray(c.preset) == "phi3-mini-128k"
                || QByteArray(c.preset) == "qwen2.5-7b-yarn";
            QTest::newRow(qPrintable(name))
                << QString::fromLatin1(language) << i << (variants && !c.method);
        }
    }
}

void TestRendering::noTextElided()
{
    QFETCH(QString, language);
    QFETCH(int, caseIndex);
    QFETCH(bool, decayVariants);
    const Case &c = Cases[caseIndex];

    if (language != QLatin1String("en")) {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(QStringLiteral(ROPELAB_BINARY_DIR "/app/ropelab_") + language));
        QCoreApplication::installTranslator(m_translator.get());
        QLocale::setDefault(QLocale(language));
    }

    const auto preset = core::loadPreset(QString::fromLatin1(c.preset));
    QVERIFY(preset);
    numerics::RopeParams p = preset->params;
    if (c.method) {
        p.method = *c.method;
        p.factor = c.factor;
        if (c.seqLen > 0)
            p.seqLen = c.seqLen;
    }
    ui::ParamsController params;
    params.loadParams(p, preset->warnings, preset->sourceName);
    QVERIFY2(params.error().isEmpty(), qPrintable(params.error()));

    struct Variant
    {
        QString id;
        QString label;
        std::optional<ui::DecayOptions> decay;
    };
    QList<Variant> variants;
    for (const QString &id : ui::ViewRegistry::viewIds())
        variants.append({ id, id, std::nullopt });
    if (decayVariants) {
        for (ui::DecayKind kind : { ui::DecayKind::Bound, ui::DecayKind::RandomScore }) {
            ui::DecayOptions options;
            options.kind = kind;
            options.overlayBases = true;
            variants.append({ QStringLiteral("decay"),
                              QStringLiteral("decay kind %1 + overlay").arg(int(kind)), options });
            options.setScale(false);
            variants.append({ QStringLiteral("decay"),
                              QStringLiteral("decay kind %1 linear + overlay").arg(int(kind)),
                              options });
        }
    }

    ui::ViewRegistry registry(&params);
    QWidget parent;
    QStringList elided; // "<view>: '<text>'", every one of them
    std::map<QString, ui::ViewEntry> entries;
    for (const Variant &variant : variants) {
        if (variant.decay) {
            ui::ViewOptionsSet options = registry.options();
            options.decay = *variant.decay;
            registry.setOptions(options);
        }
        auto found = entries.find(variant.id);
        if (found == entries.end()) {
            found = entries.emplace(variant.id, registry.createView(variant.id, &parent)).first;
            QVERIFY(found->second.exportable);
            found->second.widget->resize(ExportSize);
        }
        ui::ExportableView *view = found->second.exportable;
        QVERIFY2(QTest::qWaitFor([&] { return !view->isPending(); }, SweepTimeoutMs),
                 qPrintable(variant.label));

        QString stem = QStringLiteral("%1-%2-%3-%4")
                           .arg(language, QLatin1String(c.preset), QString::number(caseIndex),
                                variant.label);
        const QString path = m_dir.filePath(stem.replace(QLatin1Char(' '), QLatin1Char('_'))
                                            + QStringLiteral(".svg"));
        ui::ExportOptions options;
        options.size = ExportSize;
        options.sourceName = preset->sourceName;
        const QString error = ui::exportView(*view, path, options);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QStringList texts = svgTexts(path);
        // A heading, axis titles, ticks and a legend at the least.
        QVERIFY2(
            texts.size() >= 8,
            qPrintable(QStringLiteral("%1: only %2 texts").arg(variant.label).arg(texts.size())));
        for (const QString &text : texts) {
            if (isElided(text)) {
                elided << QStringLiteral("%1: '%2' in %3").arg(variant.label, text, path);
                m_dir.setAutoRemove(false); // keep the file to look at
            }
        }
    }
    QVERIFY2(elided.isEmpty(), qPrintable(elided.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestRendering)
#include "tst_rendering.moc"
