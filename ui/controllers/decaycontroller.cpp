#include "decaycontroller.h"

#include "theme.h"

#include "bandscontroller.h"
#include "paramscontroller.h"
#include "sweepchannels.h"
#include "sweeprunner.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ropelab::ui {

namespace {

constexpr std::int64_t LogGridPoints = 8192;
// A running sweep shorter than this finishes even when newer parameters wait, so a drag over
// a heavy grid (1M distances: ~150 ms) still redraws every sweep instead of starving.
constexpr int CancelAfterMs = 1000;

numerics::SweepKind sweepKind(DecayKind kind)
{
    switch (kind) {
    case DecayKind::SelfScore:
        return numerics::SweepKind::SelfScore;
    case DecayKind::Bound:
        return numerics::SweepKind::Bound;
    case DecayKind::RandomScore:
        return numerics::SweepKind::RandomScore;
    }
    return numerics::SweepKind::SelfScore;
}

// The series of `result` that holds the scaled (index 0) or unscaled (index 1) curve. The
// engine names the unscaled one "rope"; anything else is the method's curve.
const numerics::Series *pickSeries(const numerics::SweepResult &result, bool unscaled)
{
    for (const numerics::Series &series : result.series) {
        if (series.secondary)
            continue; // other units (raw score): exported by `ropelab sweep`, not plotted here
        const bool isRope = series.name == "rope" || series.name == "unscaled";
        if (isRope == unscaled)
            return &series;
    }
    if (!unscaled && result.series.size() == 1)
        return &result.series.front();
    return nullptr;
}

QList<QPointF> toPoints(const Eigen::ArrayXd &x, const Eigen::ArrayXd &y, bool dropNonPositiveX)
{
    QList<QPointF> points;
    const Eigen::Index n = std::min(x.size(), y.size());
    points.reserve(n);
    for (Eigen::Index i = 0; i < n; ++i) {
        if (dropNonPositiveX && !(x[i] > 0.0))
            continue;
        if (!std::isfinite(y[i]))
            continue;
        points.append(QPointF(x[i], y[i]));
    }
    return points;
}

// The decimated display points of `series` (its exact points when it has no display copy).
QList<QPointF> toPoints(const numerics::Series &series, bool dropNonPositiveX)
{
    const bool haveDisplay = series.displayX.size() > 0;
    return toPoints(haveDisplay ? series.displayX : series.x,
                    haveDisplay ? series.displayY : series.y, dropNonPositiveX);
}

// The distances the options sweep.
numerics::DistanceGrid gridFor(const DecayOptions &options)
{
    numerics::DistanceGrid grid;
    if (options.logX) {
        grid.spacing = numerics::DistanceGrid::Spacing::Log;
        grid.count = LogGridPoints;
        grid.logMax = options.maxDistance;
    } else {
        grid.spacing = numerics::DistanceGrid::Spacing::Linear;
        grid.count = std::min(std::int64_t(options.maxDistance) + 1, numerics::MaxLinearCount);
    }
    return grid;
}

// A number as the legend writes it: up to 10 significant digits, no group separators
// ("base 500000", "s=8").
QString plainNumber(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

bool DecayController::envelopeApplies(const DecayOptions &options)
{
    if (!options.envelope)
        return false;
    const numerics::DistanceGrid grid = gridFor(options);
    const auto points = grid.spacing == numerics::DistanceGrid::Spacing::Linear
        ? grid.count
        : std::int64_t(numerics::gridDistances(grid).size());
    return points > std::int64_t(options.displayWidth);
}

QString DecayController::methodLabel() const
{
    const numerics::RopeParams &params = m_params->params();
    QString what = params.method == numerics::Method::Default
        ? tr("plain RoPE, base %1").arg(plainNumber(params.base))
        : tr("%1 s=%2").arg(theme::methodName(params.method), plainNumber(params.factor));
    // LongRoPE picks its factor list by the sequence length: say which one is drawn.
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    if (frequencies && frequencies->longRopeFactors == numerics::LongRopeFactors::Short)
        what = tr("%1, short factors").arg(what);
    else if (frequencies && frequencies->longRopeFactors == numerics::LongRopeFactors::Long)
        what = tr("%1, long factors").arg(what);
    const QString model = m_params->modelLabel();
    return model.isEmpty() ? what : tr("%1: %2").arg(model, what);
}

const numerics::Series &DecayCurve::series() const
{
    static const numerics::Series empty;
    if (!source || seriesIndex < 0 || std::size_t(seriesIndex) >= source->series.size())
        return empty;
    return source->series[std::size_t(seriesIndex)];
}

DecayController::DecayController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_sweeps(new SweepChannels(SlotCount, CancelAfterMs, this))
{
    connect(m_sweeps, &SweepChannels::due, this, &DecayController::sendRequests);
    connect(m_sweeps, &SweepChannels::answered, this, &DecayController::handleAnswer);
    connect(m_sweeps, &SweepChannels::failed, this, &DecayController::handleFailure);
    connect(m_sweeps, &SweepChannels::pendingChanged, this, &DecayController::pendingChanged);
    connect(m_params, &ParamsController::paramsChanged, m_sweeps, &SweepChannels::schedule);
    requestNow();
}

DecayController::~DecayController() = default;

bool DecayController::isPending() const
{
    return m_sweeps->isPending();
}

core::SweepRunner *DecayController::runner(int index) const
{
    return m_sweeps->runner(index);
}

std::vector<numerics::SweepRequest> DecayController::buildRequests() const
{
    numerics::SweepRequest main;
    main.kind = sweepKind(m_options.kind);
    main.params = m_params->params();
    main.includeUnscaled = false; // plain RoPE has its own runner (RopeSlot)
    main.displayWidth = m_options.displayWidth;
    main.grid = gridFor(m_options);
    if (envelopeApplies(m_options)) {
        // The window: a fixed share of the axis, in tokens (linear) or in ln(distance) (log).
        main.envelopeHalfWidth = m_options.logX
            ? EnvelopeHalfWindow * std::log(main.grid.logMax)
            : std::max(1.0, std::round(EnvelopeHalfWindow * double(main.grid.count - 1)));
    }
    // Big grids are plotted from their decimated series only (the exact data is recomputed
    // for CSV export): the engine then reuses its working arrays between requests.
    main.keepExact = main.grid.count <= KeepExactPoints;
    std::vector<numerics::SweepRequest> requests { main };
    if (!m_options.overlayBases)
        return requests;
    for (double base : OverlayBases) {
        if (base == main.params.base)
            continue; // the "RoPE" curve already is this base
        numerics::SweepRequest overlay = main;
        overlay.includeUnscaled = false;
        overlay.params = numerics::RopeParams {};
        overlay.params.method = numerics::Method::Default;
        overlay.params.headDim = main.params.headDim;
        overlay.params.partialRotaryFactor = main.params.partialRotaryFactor;
        overlay.params.originalMaxPositions = main.params.originalMaxPositions;
        overlay.params.maxPositions = main.params.maxPositions;
        overlay.params.base = base > 1.0 ? base : std::nextafter(1.0, 2.0);
        requests.push_back(overlay);
    }
    return requests;
}

numerics::SweepRequest DecayController::buildRopeRequest() const
{
    numerics::SweepRequest rope = buildRequests().front();
    const numerics::RopeParams &params = rope.params;
    numerics::RopeParams plain;
    plain.method = numerics::Method::Default;
    plain.headDim = params.headDim;
    plain.partialRotaryFactor = params.partialRotaryFactor;
    plain.base = params.base;
    plain.originalMaxPositions = params.originalMaxPositions;
    plain.maxPositions = params.maxPositions;
    rope.params = plain;
    return rope;
}

std::vector<numerics::Series> DecayController::exactCurves() const
{
    std::vector<numerics::Series> curves;
    std::array<std::optional<numerics::SweepResult>, SlotCount> recomputed;
    for (const DecayCurve &curve : m_data.curves) {
        const numerics::Series &kept = curve.series();
        if (kept.x.size() > 0 || kept.displayX.size() == 0) {
            curves.push_back(kept);
            continue;
        }
        auto &full = recomputed[std::size_t(curve.slot)];
        if (!full) {
            numerics::SweepRequest request = curve.request;
            request.displayWidth = 0;
            request.keepExact = true;
            auto result = numerics::runSweep(request);
            full = result ? std::move(result).value() : numerics::SweepResult {};
        }
        numerics::Series exact;
        for (const numerics::Series &series : full->series) {
            if (series.name == kept.name)
                exact = series;
        }
        curves.push_back(std::move(exact));
    }
    return curves;
}

void DecayController::setOptions(const DecayOptions &options)
{
    if (options == m_options)
        return;
    m_options = options;
    m_options.maxDistance = std::clamp(m_options.maxDistance, 16.0, double(numerics::MaxLength));
    m_options.displayWidth = std::clamp(m_options.displayWidth, 16, 8192);
    m_sweeps->schedule();
    Q_EMIT optionsChanged(m_options);
}

void DecayController::setKind(DecayKind kind)
{
    DecayOptions next = m_options;
    next.kind = kind;
    setOptions(next);
}

void DecayController::setLogX(bool logX)
{
    DecayOptions next = m_options;
    next.setScale(logX); // a default range follows the scale
    setOptions(next);
}

void DecayController::setEnvelope(bool envelope)
{
    DecayOptions next = m_options;
    next.envelope = envelope;
    setOptions(next);
}

void DecayController::setMaxDistance(double maxDistance)
{
    DecayOptions next = m_options;
    next.maxDistance = maxDistance;
    setOptions(next);
}

void DecayController::setOverlayBases(bool overlay)
{
    DecayOptions next = m_options;
    next.overlayBases = overlay;
    setOptions(next);
}

void DecayController::requestNow()
{
    m_sweeps->requestNow();
}

void DecayController::sendRequests()
{
    m_failure.clear();
    if (!m_params->frequencies()) {
        // Meaningless parameters: nothing to sweep; show the error instead of old curves.
        for (int slot = 0; slot < SlotCount; ++slot)
            drop(slot);
        m_failure = m_params->error();
        rebuild();
        return;
    }
    const std::vector<numerics::SweepRequest> requests = buildRequests();
    // Overlay slots map to the bases that are actually requested, in order.
    bool dropped = false;
    for (int slot = 0; slot <= OverlayCount; ++slot) {
        if (std::size_t(slot) < requests.size())
            m_sweeps->send(slot, requests[std::size_t(slot)]);
        else
            dropped = drop(slot) || dropped;
    }
    m_sweeps->send(RopeSlot, buildRopeRequest());
    if (dropped)
        rebuild(); // e.g. the overlay was switched off: those curves go at once
}

bool DecayController::drop(int slot)
{
    m_sweeps->drop(slot);
    const bool hadResult = m_results[std::size_t(slot)] != nullptr;
    m_results[std::size_t(slot)].reset();
    return hadResult;
}

void DecayController::handleAnswer(int index, const core::SweepAnswer &answer)
{
    const auto slot = std::size_t(index);
    m_requests[slot] = answer.request;
    auto kept = std::make_shared<numerics::SweepResult>();
    kept->kind = answer.result.kind;
    kept->xRange = answer.result.xRange;
    kept->yRange = answer.result.yRange;
    for (const numerics::Series &series : answer.result.series) {
        if (series.secondary)
            continue;
        numerics::Series copy;
        copy.name = series.name;
        copy.displayX = series.displayX;
        copy.displayY = series.displayY;
        copy.envelopeDisplayX = series.envelopeDisplayX;
        copy.envelopeDisplayY = series.envelopeDisplayY;
        if (series.x.size() <= KeepExactPoints || series.displayX.size() == 0) {
            copy.x = series.x;
            copy.y = series.y;
            copy.envelope = series.envelope;
        }
        kept->series.push_back(std::move(copy));
    }
    m_results[slot] = std::move(kept);
    rebuild();
}

void DecayController::handleFailure(int index, const QString &field, const QString &message)
{
    m_results[std::size_t(index)].reset();
    m_failure = tr("%1: %2").arg(field, message);
    rebuild();
}

// The drawn curves, bottom to top of the legend's story: plain RoPE at the model's base
// (unless the method is plain RoPE itself), the method, then the overlay bases. y range: the
// union of their results' ranges (which include the envelopes).
void DecayController::collectCurves(DecayData &data, double *yMin, double *yMax) const
{
    const std::shared_ptr<const numerics::SweepResult> &main = m_results[0];
    const numerics::SweepRequest &mainRequest = m_requests[0];
    data.envelopeHalfWidth = main ? mainRequest.envelopeHalfWidth : 0.0;
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    data.methodIsPlain = frequencies && frequencies->attentionFactor == 1.0
        && frequencies->invFreq.size() == frequencies->unscaledInvFreq.size()
        && (frequencies->invFreq == frequencies->unscaledInvFreq).all();
    auto add = [&](const QString &id, const QString &name, std::size_t slot,
                   const numerics::Series &series) {
        const std::shared_ptr<const numerics::SweepResult> &result = m_results[slot];
        DecayCurve curve;
        curve.id = id;
        curve.name = name;
        curve.source = result;
        curve.seriesIndex = int(&series - result->series.data());
        curve.slot = int(slot);
        curve.request = m_requests[slot];
        curve.display = toPoints(series, data.logX);
        curve.envelope = toPoints(series.envelopeDisplayX, series.envelopeDisplayY, data.logX);
        *yMin = std::min(*yMin, result->yRange.min);
        *yMax = std::max(*yMax, result->yRange.max);
        data.curves.append(std::move(curve));
    };
    // Only curves computed for the same kind and grid as the method's curve are drawn with it.
    const auto sameSweep = [&](std::size_t i) {
        const numerics::SweepRequest &request = m_requests[i];
        return m_results[i] && request.kind == mainRequest.kind && request.grid == mainRequest.grid
            && request.params.headDim == mainRequest.params.headDim;
    };
    if (main) {
        if (!data.methodIsPlain && sameSweep(RopeSlot)) {
            if (const numerics::Series *rope = pickSeries(*m_results[RopeSlot], false))
                add(QStringLiteral("rope"),
                    tr("plain RoPE, base %1").arg(plainNumber(m_requests[RopeSlot].params.base)),
                    RopeSlot, *rope);
        }
        QString label = methodLabel();
        // The random draw's method curve carries the attention factor (HF scales cos and sin
        // by it): say so, or the factor would pass for an effect of the frequencies.
        const double factor = frequencies ? frequencies->attentionFactor : 1.0;
        if (mainRequest.kind == numerics::SweepKind::RandomScore && factor != 1.0)
            label = tr("%1, \u00d7%2 (af\u00b2)")
                        .arg(label, QString::number(factor * factor, 'f', 3));
        if (const numerics::Series *scaled = pickSeries(*main, false))
            add(QStringLiteral("scaled"), label, 0, *scaled);
    }
    for (std::size_t i = 1; i <= std::size_t(OverlayCount); ++i) {
        if (!sameSweep(i))
            continue;
        const numerics::Series *series = pickSeries(*m_results[i], false);
        if (!series)
            continue;
        const double base = m_requests[i].params.base < 1.5 ? 1.0 : m_requests[i].params.base;
        add(QStringLiteral("base-%1").arg(base, 0, 'g', 6),
            tr("plain RoPE, base %1").arg(plainNumber(base)), i, *series);
    }
}

void DecayController::rebuild()
{
    DecayData data;
    const numerics::RopeParams &params = m_params->params();
    data.methodName = theme::methodName(params.method);
    // Describe what is drawn: the main result's own request (during a drag it may be one
    // step behind the options), else the options.
    data.kind = m_options.kind;
    data.logX = m_options.logX;
    double xMax = m_options.maxDistance;
    if (m_results[0]) {
        const numerics::SweepRequest &drawn = m_requests[0];
        data.kind = drawn.kind == numerics::SweepKind::Bound ? DecayKind::Bound
            : drawn.kind == numerics::SweepKind::RandomScore ? DecayKind::RandomScore
                                                             : DecayKind::SelfScore;
        data.logX = drawn.grid.spacing == numerics::DistanceGrid::Spacing::Log;
        xMax = data.logX ? drawn.grid.logMax : double(drawn.grid.count - 1);
    }
    data.originalContext = double(numerics::originalContext(params));
    data.scaledContext = numerics::scaledContext(params); // s only where the method reads it
    data.revision = m_data.revision + 1;
    data.error = m_failure;

    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -yMin;
    collectCurves(data, &yMin, &yMax);
    data.valid = !data.curves.isEmpty();
    if (!std::isfinite(yMin) || !std::isfinite(yMax) || !(yMax > yMin)) {
        yMin = -1.0;
        yMax = 1.0;
    }
    const double pad = 0.04 * (yMax - yMin);
    data.yMin = yMin - pad;
    data.yMax = yMax + pad;
    data.xMin = data.logX ? 1.0 : 0.0;
    data.xMax = xMax;
    m_data = std::move(data);
    Q_EMIT dataChanged();
}

} // namespace ropelab::ui
