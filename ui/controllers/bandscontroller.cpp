#include "bandscontroller.h"

#include "theme.h"

#include "paramscontroller.h"

#include <cmath>
#include <numbers>

namespace ropelab::ui {

BandsController::BandsController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params)
{
    connect(m_params, &ParamsController::paramsChanged, this, &BandsController::refresh);
    refresh();
}

double BandsController::originalContext(const numerics::RopeParams &params)
{
    if (params.method == numerics::Method::Dynamic)
        return double(params.maxPositions);
    return double(params.originalMaxPositions);
}

void BandsController::refresh()
{
    BandsData data;
    const numerics::RopeParams &params = m_params->params();
    data.methodName = theme::methodName(params.method);
    const numerics::RopeFrequencies *freq = m_params->frequencies();
    if (!freq) {
        data.error = m_params->error();
        m_data = std::move(data);
        Q_EMIT dataChanged();
        return;
    }
    const auto pairs = freq->invFreq.size();
    data.valid = true;
    data.pairs = int(pairs);
    data.unscaledWavelength.reserve(pairs);
    data.scaledWavelength.reserve(pairs);
    data.ratio.reserve(pairs);
    data.ramp.reserve(pairs);
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const double x = double(i);
        data.unscaledWavelength.append({x, 2.0 * std::numbers::pi / freq->unscaledInvFreq[i]});
        data.scaledWavelength.append({x, freq->wavelength[i]});
        data.ratio.append({x, freq->ratio[i]});
        data.ramp.append({x, i < freq->ramp.size() ? freq->ramp[i] : 0.0});
    }
    data.band = freq->band;
    data.factor = params.factor;
    data.originalContext = originalContext(params);
    data.scaledContext = data.originalContext * params.factor;
    auto usable = [](double v) { return std::isfinite(v) && v > 0.0 ? v : 0.0; };
    data.highFreqWavelength = usable(freq->highFreqWavelength);
    data.lowFreqWavelength = usable(freq->lowFreqWavelength);
    m_data = std::move(data);
    Q_EMIT dataChanged();
}

} // namespace ropelab::ui
