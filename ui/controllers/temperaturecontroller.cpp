#include "temperaturecontroller.h"

#include "theme.h"

#include "bandscontroller.h"
#include "paramscontroller.h"
#include "sweepchannels.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ropelab::ui {

namespace {
constexpr int CancelAfterMs = 1000; // see DecayController
constexpr int CurvePoints = 256;
constexpr std::int64_t EntropyGridPoints = 48;
} // namespace

TemperatureController::TemperatureController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_sweeps(new SweepChannels(1, CancelAfterMs, this))
{
    connect(m_sweeps, &SweepChannels::due, this, &TemperatureController::sendRequest);
    connect(m_sweeps, &SweepChannels::answered, this, &TemperatureController::handleAnswer);
    connect(m_sweeps, &SweepChannels::failed, this, &TemperatureController::handleFailure);
    connect(m_sweeps, &SweepChannels::pendingChanged, this, &TemperatureController::pendingChanged);
    connect(m_params, &ParamsController::paramsChanged, this,
            &TemperatureController::paramsChanged);
    refresh();
    requestNow();
}

TemperatureController::~TemperatureController() = default;

bool TemperatureController::isPending() const
{
    return m_sweeps->isPending();
}

core::SweepRunner *TemperatureController::runner() const
{
    return m_sweeps->runner(0);
}

QList<double> TemperatureController::softmax(const QList<double> &logits, double multiplier)
{
    QList<double> p;
    if (logits.isEmpty())
        return p;
    double maxLogit = -std::numeric_limits<double>::infinity();
    for (double z : logits)
        maxLogit = std::max(maxLogit, multiplier * z);
    double sum = 0.0;
    p.reserve(logits.size());
    for (double z : logits) {
        const double e = std::exp(multiplier * z - maxLogit);
        p.append(e);
        sum += e;
    }
    for (double &v : p)
        v /= sum;
    return p;
}

double TemperatureController::entropy(const QList<double> &probabilities)
{
    double h = 0.0;
    for (double v : probabilities) {
        if (v > 0.0)
            h -= v * std::log(v);
    }
    return h;
}

numerics::SweepRequest TemperatureController::buildEntropyRequest() const
{
    const numerics::RopeParams &params = m_params->params();
    numerics::SweepRequest request;
    request.kind = numerics::SweepKind::Entropy;
    request.params = params;
    request.includeUnscaled = true;
    request.grid.spacing = numerics::DistanceGrid::Spacing::Log;
    request.grid.count = EntropyGridPoints;
    const double scaledContext
        = std::max(numerics::scaledContext(params), double(numerics::originalContext(params)));
    request.grid.logMax = std::clamp(2.0 * scaledContext, 4096.0, double(1 << 20));
    request.displayWidth = 600;
    return request;
}

void TemperatureController::paramsChanged()
{
    refresh();
    m_sweeps->schedule();
}

void TemperatureController::refresh()
{
    TemperatureData data;
    // Keep the entropy sweep's last answer: it stays valid until the new one arrives.
    data.entropyUnscaled = m_data.entropyUnscaled;
    data.entropyMethod = m_data.entropyMethod;
    data.entropyUniform = m_data.entropyUniform;
    data.entropyUnscaledExact = m_data.entropyUnscaledExact;
    data.entropyMethodExact = m_data.entropyMethodExact;
    data.entropyXMax = m_data.entropyXMax;
    data.entropyYMin = m_data.entropyYMin;
    data.entropyYMax = m_data.entropyYMax;
    data.revision = m_data.revision + 1;

    const numerics::RopeParams &params = m_params->params();
    data.methodName = theme::methodName(params.method);
    data.curve.reserve(CurvePoints);
    for (int k = 0; k < CurvePoints; ++k) {
        const double s = std::exp(std::log(MaxFactor) * k / (CurvePoints - 1));
        data.curve.append(QPointF(s, numerics::yarnGetMscale(s)));
    }
    data.factor = params.factor;
    data.formulaFactor = numerics::yarnGetMscale(params.factor);

    const numerics::RopeFrequencies *freq = m_params->frequencies();
    if (!freq) {
        data.error = m_params->error();
        m_data = std::move(data);
        Q_EMIT dataChanged();
        return;
    }
    data.valid = true;
    data.attentionFactor = freq->attentionFactor;
    data.softmaxScaleMultiplier = freq->softmaxScaleMultiplier;
    data.logitMultiplier = freq->logitMultiplier;
    const double norm = 2.0 / std::sqrt(double(std::max(freq->rotaryDim, 1)));
    for (int j = 0; j < ExampleKeys; ++j) {
        const double delta = double(j);
        data.distances.append(delta);
        data.logits.append(norm * (delta * freq->invFreq).cos().sum());
    }
    data.softmaxPlain = softmax(data.logits, 1.0);
    data.softmaxScaled = softmax(data.logits, data.logitMultiplier);
    data.entropyPlain = entropy(data.softmaxPlain);
    data.entropyScaled = entropy(data.softmaxScaled);
    m_data = std::move(data);
    Q_EMIT dataChanged();
}

void TemperatureController::requestNow()
{
    m_sweeps->requestNow();
}

void TemperatureController::sendRequest()
{
    if (!m_params->frequencies()) {
        m_sweeps->drop(0);
        return;
    }
    m_sweeps->send(0, buildEntropyRequest());
}

void TemperatureController::handleAnswer(int, const core::SweepAnswer &answer)
{
    m_data.entropyUnscaled.clear();
    m_data.entropyMethod.clear();
    m_data.entropyUniform.clear();
    m_data.entropyUnscaledExact = {};
    m_data.entropyMethodExact = {};
    for (const numerics::Series &series : answer.result.series) {
        const bool unscaled = series.name == "rope" || series.name == "unscaled";
        const bool haveDisplay = series.displayX.size() > 0;
        const Eigen::ArrayXd &x = haveDisplay ? series.displayX : series.x;
        const Eigen::ArrayXd &y = haveDisplay ? series.displayY : series.y;
        QList<QPointF> points;
        points.reserve(x.size());
        for (Eigen::Index i = 0; i < std::min(x.size(), y.size()); ++i) {
            if (x[i] > 0.0 && std::isfinite(y[i]))
                points.append(QPointF(x[i], y[i]));
        }
        if (series.secondary) {
            if (series.name == "uniform")
                m_data.entropyUniform = points;
        } else if (unscaled) {
            m_data.entropyUnscaled = points;
            m_data.entropyUnscaledExact = series;
        } else if (m_data.entropyMethod.isEmpty()) {
            m_data.entropyMethod = points;
            m_data.entropyMethodExact = series;
        }
    }
    m_data.entropyXMax = answer.request.grid.logMax;
    m_data.entropyYMin = answer.result.yRange.min;
    m_data.entropyYMax = answer.result.yRange.max;
    m_data.revision += 1;
    Q_EMIT dataChanged();
}

void TemperatureController::handleFailure(int, const QString &field, const QString &message)
{
    m_data.entropyUnscaled.clear();
    m_data.entropyMethod.clear();
    m_data.error = tr("%1: %2").arg(field, message);
    m_data.revision += 1;
    Q_EMIT dataChanged();
}

} // namespace ropelab::ui
