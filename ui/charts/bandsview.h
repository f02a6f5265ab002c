#pragma once

// Frequency bands: wavelength per pair (log y) for plain RoPE and the chosen method over the
// high / medium / low regions (boundaries RopeFrequencies::highFreqWavelength and
// lowFreqWavelength), horizontal lines at L and s*L; below, the ratio scaled/unscaled per pair
// and the interpolation ramp. Fed by a BandsController (O(d), no sweep).

#include "exportableview.h"

#include <QWidget>

namespace ropelab::ui {

class BandsController;
class ChartPanel;
class ParamsController;

class BandsView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    // Region indices in the wavelength chart (and the ratio chart), by numerics::Band order.
    enum RegionIndex { HighRegion = 0, MediumRegion = 1, LowRegion = 2 };

    // Mirrors `controller` (created by the composition root, ViewRegistry).
    explicit BandsView(BandsController *controller, QWidget *parent = nullptr);
    // Creates and owns its own controller (tests, benchmarks).
    explicit BandsView(ParamsController *params, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("bands"); }
    QString viewTitle() const override;
    void renderTo(QPainter *painter, const QRectF &target) override;
    QString csv() const override;

    BandsController *controller() const { return m_controller; }
    ChartPanel *wavelengthChart() const { return m_wavelength; }
    ChartPanel *ratioChart() const { return m_ratio; }

private:
    void updateCharts();

    BandsController *m_controller;
    ChartPanel *m_wavelength;
    ChartPanel *m_ratio;
    int m_unscaledLine = -1;
    int m_scaledLine = -1;
    int m_contextMarker = -1;
    int m_scaledContextMarker = -1;
    int m_ratioLine = -1;
    int m_rampLine = -1;
};

} // namespace ropelab::ui
