#include "presets.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ropelab::core {

namespace {

const QString PresetDir = QStringLiteral(":/presets");

// Display order of the built-in presets; any other preset file follows alphabetically.
const QStringList &presetOrder()
{
    static const QStringList order {
        QStringLiteral("llama2-7b"),       QStringLiteral("codellama-7b"),
        QStringLiteral("llama3.1-8b"),     QStringLiteral("mistral-7b"),
        QStringLiteral("qwen2.5-7b-yarn"), QStringLiteral("deepseek-v3"),
        QStringLiteral("gpt-oss-20b"),     QStringLiteral("phi3-mini-128k"),
        QStringLiteral("minimind"),
    };
    return order;
}

QString presetPath(const QString &name)
{
    return PresetDir + QLatin1Char('/') + name + QStringLiteral(".json");
}

QByteArray readPreset(const QString &name)
{
    QFile file(presetPath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject presetMetadata(const QByteArray &json)
{
    return QJsonDocument::fromJson(json)
        .object()
        .value(QStringLiteral("ropelab_preset"))
        .toObject();
}

} // namespace

QList<PresetInfo> presetList()
{
    QStringList names;
    const QStringList files
        = QDir(PresetDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names << file.chopped(5);
    std::stable_sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &name) {
            const qsizetype index = presetOrder().indexOf(name);
            return index < 0 ? presetOrder().size() : index;
        };
        return rank(a) < rank(b);
    });

    QList<PresetInfo> presets;
    for (const QString &name : std::as_const(names)) {
        const QJsonObject meta = presetMetadata(readPreset(name));
        presets.append(PresetInfo { name, meta.value(QStringLiteral("title")).toString(name),
                                    meta.value(QStringLiteral("source")).toString() });
    }
    return presets;
}

numerics::Result<ImportedConfig> loadPreset(const QString &name, const ImportOptions &options)
{
    const bool known
        = !name.isEmpty() && !name.contains(QLatin1Char('/')) && QFile::exists(presetPath(name));
    if (!known) {
        QStringList names;
        const QList<PresetInfo> presets = presetList();
        for (const PresetInfo &preset : presets)
            names << preset.name;
        return numerics::Error { "preset",
                                 QStringLiteral("unknown preset '%1' (known: %2)")
                                     .arg(name.left(80), names.join(QStringLiteral(", ")))
                                     .toStdString() };
    }
    const QByteArray json = readPreset(name);
    const QJsonObject meta = presetMetadata(json);

    ImportOptions effective = options;
    const QString method = meta.value(QStringLiteral("method")).toString();
    if (!effective.methodOverride && !method.isEmpty()) {
        effective.methodOverride = numerics::methodFromId(method.toStdString());
        if (!effective.methodOverride) {
            return numerics::Error { "preset",
                                     QStringLiteral("preset '%1' names an unknown method '%2'")
                                         .arg(name, method)
                                         .toStdString() };
        }
    }
    auto config = importConfigJson(json, effective);
    if (config)
        config.value().sourceName = meta.value(QStringLiteral("title")).toString(name);
    return config;
}

} // namespace ropelab::core
