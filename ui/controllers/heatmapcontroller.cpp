#include "heatmapcontroller.h"

#include "theme.h"

#include "paramscontroller.h"
#include "sweepchannels.h"

#include <algorithm>

namespace ropelab::ui {

namespace {
constexpr int CancelAfterMs = 1000; // see DecayController
}

HeatmapController::HeatmapController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_sweeps(new SweepChannels(1, CancelAfterMs, this))
{
    connect(m_sweeps, &SweepChannels::due, this, &HeatmapController::sendRequest);
    connect(m_sweeps, &SweepChannels::answered, this, &HeatmapController::handleAnswer);
    connect(m_sweeps, &SweepChannels::failed, this, &HeatmapController::handleFailure);
    connect(m_sweeps, &SweepChannels::pendingChanged, this, &HeatmapController::pendingChanged);
    connect(m_params, &ParamsController::paramsChanged, m_sweeps, &SweepChannels::schedule);
    requestNow();
}

HeatmapController::~HeatmapController() = default;

bool HeatmapController::isPending() const
{
    return m_sweeps->isPending();
}

core::SweepRunner *HeatmapController::runner() const
{
    return m_sweeps->runner(0);
}

void HeatmapController::requestNow()
{
    m_sweeps->requestNow();
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
    m_sweeps->schedule();
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

void HeatmapController::sendRequest()
{
    if (!m_params->frequencies()) {
        m_sweeps->drop(0);
        HeatmapData data;
        data.error = m_params->error();
        data.revision = m_data.revision + 1;
        m_data = std::move(data);
        Q_EMIT dataChanged();
        return;
    }
    m_sweeps->send(0, buildRequest());
}

void HeatmapController::handleAnswer(int, const core::SweepAnswer &answer)
{
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
}

void HeatmapController::handleFailure(int, const QString &field, const QString &message)
{
    HeatmapData data;
    data.error = tr("%1: %2").arg(field, message);
    data.revision = m_data.revision + 1;
    m_data = std::move(data);
    Q_EMIT dataChanged();
}

} // namespace ropelab::ui
