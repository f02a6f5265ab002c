#pragma once

// Frequency bands: wavelength per pair (log y) for plain RoPE and the chosen method over the
// method's three bands (numerics::bandScheme: kept / blended / interpolated for YaRN-family and
// Llama 3, turns of the unscaled pair within L for every other method), shaded as wavelength
// strips (RopeFrequencies::highFreqWavelength / lowFreqWavelength) when those give exactly the
// bands, else as columns of pairs; horizontal lines at L and s*L; the title names the effective
// base when the method changes it. Below, the ratio scaled/unscaled frequency per pair (what the
// method actually did) and the method's ramp, on an axis that encloses both. Fed by a
// BandsController (O(d), no sweep).

#include "exportableview.h"

#include <QWidget>

namespace ropelab::ui {

class BandLegend;
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
    // A base as the titles print it (locale digits, at most one decimal).
    static QString formatBase(double base);
    // The band key above the charts as drawn: a caption, then one label per band present.
    QStringList bandKey() const;
    ChartPanel *wavelengthChart() const { return m_wavelength; }
    ChartPanel *ratioChart() const { return m_ratio; }

private:
    void updateCharts();

    BandsController *m_controller;
    BandLegend *m_legend;
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
