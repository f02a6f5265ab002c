#include "bandscontroller.h"

#include "theme.h"

#include "paramscontroller.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>

namespace ropelab::ui {

namespace {

constexpr char BandContext[] = "ropelab::numerics::Band";

// The translatable band texts (numerics::bandSchemes() and methodTable() hold them in English),
// so that lupdate finds them. tst_bandsview checks that every text of the core tables is here.
[[maybe_unused]] constexpr const char *BandTexts[] = {
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "Kept / blended / interpolated"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "kept (ramp 0)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "blended (0 < ramp < 1)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "interpolated (ramp 1)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "kept (wavelength < L/high_freq_factor)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "blended"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "interpolated (wavelength > L/low_freq_factor)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "Turns in L: > 32 / 1-32 / < 1"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "over 32 turns in L (unscaled)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "1 to 32 turns in L (unscaled)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "under 1 turn in L (unscaled)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band", "ramp (0 = unscaled, 1 = divided by s)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Band",
                      "exponent e: ratio = s^-e (0 = unscaled, 1 = divided by s)"),
};

QString translated(std::string_view english)
{
    // Every text of the core tables is a null-terminated literal.
    return QCoreApplication::translate(BandContext, english.data());
}

} // namespace

QString bandLabel(numerics::Method method, numerics::Band band)
{
    return translated(numerics::bandScheme(method).bands[std::size_t(band)].label);
}

QString bandCountsHeading(numerics::Method method)
{
    return translated(numerics::bandScheme(method).countsHeading);
}

QString rampLabel(numerics::Method method)
{
    return translated(numerics::methodInfo(method).ramp.label);
}

BandsController::BandsController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params)
{
    connect(m_params, &ParamsController::paramsChanged, this, &BandsController::refresh);
    refresh();
}

void BandsController::refresh()
{
    BandsData data;
    const numerics::RopeParams &params = m_params->params();
    data.method = params.method;
    data.methodName = theme::methodName(params.method);
    for (numerics::Band band :
         { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low })
        data.bandLabels[std::size_t(band)] = bandLabel(params.method, band);
    data.rampLabel = rampLabel(params.method);
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
        data.unscaledWavelength.append({ x, 2.0 * std::numbers::pi / freq->unscaledInvFreq[i] });
        data.scaledWavelength.append({ x, freq->wavelength[i] });
        data.ratio.append({ x, freq->ratio[i] });
        data.ramp.append({ x, i < freq->ramp.size() ? freq->ramp[i] : 0.0 });
    }
    data.band = freq->band;
    data.base = freq->base;
    data.effectiveBase = freq->effectiveBase;
    data.longRopeFactors = freq->longRopeFactors;
    data.factor = numerics::effectiveFactor(params);
    data.originalContext = freq->originalContext;
    data.scaledContext = numerics::scaledContext(params);
    auto usable = [](double v) { return std::isfinite(v) && v > 0.0 ? v : 0.0; };
    data.highFreqWavelength = usable(freq->highFreqWavelength);
    data.lowFreqWavelength = usable(freq->lowFreqWavelength);
    data.bandsFollowWavelength = freq->bandsFollowWavelength && data.highFreqWavelength > 0.0
        && data.lowFreqWavelength > 0.0;
    m_data = std::move(data);
    Q_EMIT dataChanged();
}

} // namespace ropelab::ui
