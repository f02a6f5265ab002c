#pragma once

// Temperature: the YaRN curve 1/sqrt(t) = 0.1 ln s + 1 over s with the current point (formula
// and the method's actual attention factor), the softmax of one example score row with and
// without attention_factor^2 (entropies in the legend), and the attention entropy against the
// context length (sweep). Fed by a TemperatureController.

#include "exportableview.h"

#include <QWidget>

namespace ropelab::ui {

class ChartPanel;
class ParamsController;
class TemperatureController;

class TemperatureView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    // Mirrors `controller` (created by the composition root, ViewRegistry).
    explicit TemperatureView(TemperatureController *controller, QWidget *parent = nullptr);
    // Creates and owns its own controller (tests, benchmarks).
    explicit TemperatureView(ParamsController *params, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("temperature"); }
    QString viewTitle() const override;
    void renderTo(QPainter *painter, const QRectF &target) override;
    QString csv() const override;
    bool isPending() const override;

    TemperatureController *controller() const { return m_controller; }
    ChartPanel *curveChart() const { return m_curve; }
    ChartPanel *softmaxChart() const { return m_softmax; }
    ChartPanel *entropyChart() const { return m_entropy; }

private:
    void updateCharts();

    TemperatureController *m_controller;
    ChartPanel *m_curve;
    ChartPanel *m_softmax;
    ChartPanel *m_entropy;
    int m_curveLine = -1;
    int m_formulaPoint = -1;
    int m_methodPoint = -1;
    int m_plainLine = -1;
    int m_scaledLine = -1;
    int m_entropyUnscaledLine = -1;
    int m_entropyMethodLine = -1;
    int m_entropyUniformLine = -1;
};

} // namespace ropelab::ui
