#include "heatmapcontroller.h"

#include "theme.h"

#include "paramscontroller.h"
#include "sweeprunner.h"

#include <QTimer>

#include <algorithm>

namespace ropelab::ui {

namespace {
constexpr int ThrottleMs = 30;
constexpr int CancelAfterMs = 1000; // see DecayController
}

HeatmapController::HeatmapController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_throttle(new QTimer(this)),
      m_runner(new core::SweepRunner(this))
{
    m_runner->setCancelAfterMs(CancelAfterMs);
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &HeatmapController::requestNow);
    connect(m_runner, &core::SweepRunner::resultReady, this, &HeatmapController::handleAnswer);
    connect(m_runner, &core::SweepRunner::failed, this, &HeatmapController::handleFailure);
    connect(m_params, &ParamsController::paramsChanged, this, &HeatmapController::scheduleRequest);
    requestNow();
}

HeatmapController::~HeatmapController() = default;

bool HeatmapController::isPending() const
{
    return m_throttle->isActive() || m_gate.isWaiting();
}

numerics::SweepRequest HeatmapController::buildRequest() const
{
    numerics::SweepRequest request;
    request.kind = numerics::SweepKind::AngleHeatmap;
    request.params = m_params->params();
    request.includeUnscaled = false;
    request.grid.spacing = numerics::DistanceGrid::Spacing::Linear;
    request.grid.count = std::int64_t(m_options.maxPosition) + 1;
    request.heatmapCols = m_options.columns;
    return request;
}

void HeatmapController::setOptions(const HeatmapOptions &options)
{
    HeatmapOptions next = options;
    next.maxPosition = std::clamp(next.maxPosition, 16.0, double(numerics::MaxLength));
    next.columns = std::clamp(next.columns, 16, 8192);
    if (next == m_options)
        return;
    m_options = next;
    scheduleRequest();
    Q_EMIT optionsChanged(m_options);
}

void HeatmapController::setMaxPosition(double maxPosition)
{
    HeatmapOptions next = m_options;
    next.maxPosition = maxPosition;
    setOptions(next);
}

void HeatmapController::setColumns(int columns)
{
    HeatmapOptions next = m_options;
    next.columns = columns;
    setOptions(next);
}

void HeatmapController::scheduleRequest()
{
    const bool wasPending = isPending();
    if (!m_throttle->isActive())
        m_throttle->start(); // throttle (not restarted by later changes): see DecayController
    if (!wasPending)
        Q_EMIT pendingChanged(true);
}

void HeatmapController::requestNow()
{
    m_throttle->stop();
    if (!m_params->frequencies()) {
        m_runner->cancel();
        m_gate.clear();
        HeatmapData data;
        data.error = m_params->error();
        data.revision = m_data.revision + 1;
        m_data = std::move(data);
        Q_EMIT dataChanged();
        Q_EMIT pendingChanged(false);
        return;
    }
    m_gate.sent(m_runner->request(buildRequest()));
}

void HeatmapController::handleAnswer(const core::SweepAnswer &answer)
{
    if (!m_gate.admit(answer.generation))
        return; // older than what is drawn (or a duplicate): stale, never drawn
    HeatmapData data;
    data.methodName = theme::methodName(answer.request.params.method);
    data.heatmap = answer.result.heatmap;
    // Drawable: cells, and the positions every column stands for (AngleHeatmap).
    data.valid = data.heatmap.has_value() && data.heatmap->values.size() > 0
            && data.heatmap->columnStart.size() == data.heatmap->values.cols()
            && data.heatmap->columnEnd.size() == data.heatmap->values.cols();
    if (!data.valid)
        data.error = tr("The sweep returned no heatmap.");
    data.revision = m_data.revision + 1;
    m_data = std::move(data);
    Q_EMIT dataChanged();
    if (!m_gate.isWaiting())
        Q_EMIT pendingChanged(false);
}

void HeatmapController::handleFailure(quint64 generation, const QString &field,
                                      const QString &message)
{
    if (!m_gate.admit(generation))
        return;
    if (field != QLatin1String("cancelled")) {
        HeatmapData data;
        data.error = tr("%1: %2").arg(field, message);
        data.revision = m_data.revision + 1;
        m_data = std::move(data);
        Q_EMIT dataChanged();
    }
    if (!isPending())
        Q_EMIT pendingChanged(false);
}

} // namespace ropelab::ui
