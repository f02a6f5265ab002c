#include "sessioncontroller.h"

#include "configimport.h"
#include "paramscontroller.h"
#include "presets.h"
#include "statefile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>

namespace ropelab::ui {

namespace {

constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

QString errorText(const numerics::Error &error)
{
    return QStringLiteral("%1: %2").arg(QString::fromStdString(error.field),
                                        QString::fromStdString(error.message));
}

} // namespace

SessionController::SessionController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params)
{ }

QString SessionController::openFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not open %1: %2").arg(path, file.errorString());
    if (file.size() > MaxFileBytes)
        return tr("Could not open %1: the file is larger than %2 MB")
            .arg(path)
            .arg(MaxFileBytes >> 20);
    const QByteArray bytes = file.read(MaxFileBytes);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()
        && document.object().value(QStringLiteral("format")).toString()
            == QLatin1String(core::StateFormatName)) {
        QJsonObject ui;
        auto state = core::loadState(bytes, &ui);
        if (!state)
            return tr("Could not load the state %1: %2").arg(name, errorText(state.error()));
        m_params->loadParams(state.value(), {}, name);
        Q_EMIT stateUiLoaded(ui);
        return {};
    }
    auto imported = core::importConfigJson(bytes);
    if (!imported)
        return tr("Could not import %1: %2").arg(name, errorText(imported.error()));
    m_params->loadParams(imported->params, imported->warnings, name);
    return {};
}

QString SessionController::loadPreset(const QString &name)
{
    auto imported = core::loadPreset(name);
    if (!imported)
        return tr("Could not load the preset %1: %2").arg(name, errorText(imported.error()));
    m_params->loadParams(imported->params, imported->warnings,
                         imported->sourceName.isEmpty() ? name : imported->sourceName);
    return {};
}

QString SessionController::saveStateFile(const QString &path, const QJsonObject &ui) const
{
    QJsonObject withPosition = ui;
    withPosition.insert(QStringLiteral("position"), m_params->position());
    return core::writeFileAtomically(path, core::saveState(m_params->params(), withPosition));
}

void SessionController::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("session/state"), core::saveState(m_params->params()));
    settings.setValue(QStringLiteral("session/source"), m_params->sourceName());
    // The parameters as loaded too, so that "(edited)" survives a restart (modelLabel).
    settings.setValue(QStringLiteral("session/loaded"), core::saveState(m_params->loadedParams()));
    settings.setValue(QStringLiteral("session/position"), m_params->position());
}

void SessionController::restoreSettings(QSettings &settings)
{
    const QByteArray state = settings.value(QStringLiteral("session/state")).toByteArray();
    if (!state.isEmpty()) {
        auto params = core::loadState(state);
        auto loaded
            = core::loadState(settings.value(QStringLiteral("session/loaded")).toByteArray());
        if (params) { // a broken or outdated entry is ignored: the defaults stay
            m_params->loadParams(loaded ? loaded.value() : params.value(), {},
                                 settings.value(QStringLiteral("session/source")).toString());
            m_params->setParams(params.value());
        }
    }
    bool ok = false;
    const double position = settings.value(QStringLiteral("session/position")).toDouble(&ok);
    if (ok && position >= 0.0)
        m_params->setPosition(position);
}

} // namespace ropelab::ui
