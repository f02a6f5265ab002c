#include "paramscontroller.h"

#include "paramcheck.h"

namespace ropelab::ui {

ParamsController::ParamsController(QObject *parent) : QObject(parent)
{
    recompute();
}

const numerics::RopeFrequencies *ParamsController::frequencies() const
{
    return m_frequencies ? &*m_frequencies : nullptr;
}

QStringList ParamsController::warnings() const
{
    // The import's wording wins: it names the RoPE dict as the file spells it.
    return core::mergeWarnings(m_importWarnings, core::parameterWarnings(m_params));
}

QString ParamsController::modelLabel() const
{
    if (m_sourceName.isEmpty() || m_params == m_loadedParams)
        return m_sourceName;
    return tr("%1 (edited)").arg(m_sourceName);
}

void ParamsController::setParams(const numerics::RopeParams &params)
{
    if (params == m_params)
        return;
    m_params = params;
    recompute();
    Q_EMIT paramsChanged(m_params);
}

void ParamsController::loadParams(const numerics::RopeParams &params,
                                  const QStringList &importWarnings, const QString &sourceName)
{
    m_importWarnings = importWarnings;
    m_sourceName = sourceName;
    m_params = params;
    m_loadedParams = params;
    recompute();
    Q_EMIT paramsChanged(m_params);
}

void ParamsController::setMethod(numerics::Method method)
{
    numerics::RopeParams next = m_params;
    next.method = method;
    setParams(next);
}

void ParamsController::setPosition(double position)
{
    if (position == m_position)
        return;
    m_position = position;
    Q_EMIT positionChanged(m_position);
}

void ParamsController::recompute()
{
    auto result = numerics::computeFrequencies(m_params);
    if (result) {
        m_frequencies = std::move(result).value();
        m_error.clear();
    } else {
        m_frequencies.reset();
        m_error = tr("%1: %2").arg(QString::fromStdString(result.error().field),
                                   QString::fromStdString(result.error().message));
    }
}

} // namespace ropelab::ui
