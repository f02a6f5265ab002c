#pragma once

// Feeds the frequency-bands view: per pair i the unscaled and scaled wavelength, their ratio,
// the ramp and the band, plus the context lengths L and s*L, the band thresholds
// (RopeFrequencies::highFreqWavelength / lowFreqWavelength) and the method's band legend. All
// O(d) from ParamsController::frequencies(), so no sweep and no throttle: it follows every change
// at once. Band membership, ids and legend text are the core's (numerics::bandScheme); this file
// only translates them.

#include "numerics/rope.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <array>
#include <vector>

namespace ropelab::ui {

class ParamsController;

// The translated legend text of `method`'s bands (numerics::bandScheme(method), context
// "ropelab::numerics::Band"), the heading for per-band pair counts, and the meaning of its ramp.
QString bandLabel(numerics::Method method, numerics::Band band);
QString bandCountsHeading(numerics::Method method);
QString rampLabel(numerics::Method method);

struct BandsData
{
    bool valid = false;
    QString error;            // translated, when !valid
    numerics::Method method = numerics::Method::Default;
    QString methodName;       // translated display name of the method
    std::array<QString, 3> bandLabels; // translated legend text per numerics::Band
    QString rampLabel;        // translated meaning of the ramp line
    int pairs = 0;            // d/2
    QList<QPointF> unscaledWavelength; // (i, 2 pi / unscaledInvFreq[i]) in tokens
    QList<QPointF> scaledWavelength;   // (i, wavelength[i])
    QList<QPointF> ratio;              // (i, invFreq[i] / unscaledInvFreq[i])
    QList<QPointF> ramp;               // (i, ramp[i]), see RopeFrequencies::ramp
    std::vector<numerics::Band> band;
    double base = 0.0;                 // rope_theta
    double effectiveBase = 0.0;        // the base the method uses (NTK-aware, dynamic: a new one)
    numerics::LongRopeFactors longRopeFactors = numerics::LongRopeFactors::NotUsed;
    double originalContext = 0.0;      // L (tokens), numerics::originalContext
    double scaledContext = 0.0;        // s * L (tokens); == L when the method reads no factor
    double factor = 1.0;               // s, or 1 when the method reads no factor
    double highFreqWavelength = 0.0;   // band boundary: high band below (tokens); 0 = none
    double lowFreqWavelength = 0.0;    // band boundary: low band above (tokens); 0 = none
    bool bandsFollowWavelength = false; // the boundaries give exactly `band` (else shade by pair)
};

class BandsController : public QObject
{
    Q_OBJECT
public:
    explicit BandsController(ParamsController *params, QObject *parent = nullptr);

    const BandsData &data() const { return m_data; }

    // The trained context L a method refers to (kept for callers; the rule is
    // numerics::originalContext).
    static double originalContext(const numerics::RopeParams &params)
    {
        return double(numerics::originalContext(params));
    }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void dataChanged();

private:
    ParamsController *m_params;
    BandsData m_data;
};

} // namespace ropelab::ui
