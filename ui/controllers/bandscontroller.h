#pragma once

// Feeds the frequency-bands view: per pair i the unscaled and scaled wavelength, their ratio,
// the interpolation ramp and the band, plus the context lengths L and s*L and the band
// thresholds (RopeFrequencies::highFreqWavelength / lowFreqWavelength). All O(d) from
// ParamsController::frequencies(), so no sweep and no throttle: it follows every change at once.

#include "numerics/rope.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <vector>

namespace ropelab::ui {

class ParamsController;

struct BandsData
{
    bool valid = false;
    QString error;            // translated, when !valid
    QString methodName;       // translated display name of the method
    int pairs = 0;            // d/2
    QList<QPointF> unscaledWavelength; // (i, 2 pi / unscaledInvFreq[i]) in tokens
    QList<QPointF> scaledWavelength;   // (i, wavelength[i])
    QList<QPointF> ratio;              // (i, invFreq[i] / unscaledInvFreq[i])
    QList<QPointF> ramp;               // (i, ramp[i]) 0 = kept, 1 = divided by s
    std::vector<numerics::Band> band;
    double originalContext = 0.0;      // L (tokens)
    double scaledContext = 0.0;        // s * L (tokens)
    double factor = 1.0;               // s
    double highFreqWavelength = 0.0;   // band boundary: high band below (tokens); 0 = none
    double lowFreqWavelength = 0.0;    // band boundary: low band above (tokens); 0 = none
};

class BandsController : public QObject
{
    Q_OBJECT
public:
    explicit BandsController(ParamsController *params, QObject *parent = nullptr);

    const BandsData &data() const { return m_data; }

    // The trained context L a method refers to (dynamic NTK: max_position_embeddings).
    static double originalContext(const numerics::RopeParams &params);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void dataChanged();

private:
    ParamsController *m_params;
    BandsData m_data;
};

} // namespace ropelab::ui
