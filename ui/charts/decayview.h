#pragma once

// Score vs relative distance: plain RoPE vs the chosen method (self score, RoFormer bound or a
// random q/k draw), linear or log distance up to 2^24 tokens, markers at L and s*L, optional
// overlay of bases 1, 100, 500 and 10000. Fed by a DecayController (sweeps off the GUI thread);
// plots the decimated series, exports the exact ones.

#include "exportableview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ropelab::ui {

class ChartPanel;
class DecayController;
class ParamsController;

class DecayView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    // Mirrors `controller` (created by the composition root, ViewRegistry).
    explicit DecayView(DecayController *controller, QWidget *parent = nullptr);
    // Creates and owns its own controller (tests, benchmarks).
    explicit DecayView(ParamsController *params, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("decay"); }
    QString viewTitle() const override;
    void renderTo(QPainter *painter, const QRectF &target) override;
    QString csv() const override;
    bool isPending() const override;

    DecayController *controller() const { return m_controller; }
    ChartPanel *chart() const { return m_chart; }
    // Chart line index of a curve id ("rope", "scaled", "base-1", ...), -1 if none.
    int lineIndex(const QString &curveId) const;
    // The data revision last drawn (DecayData::revision).
    quint64 drawnRevision() const { return m_drawnRevision; }

private:
    void updateChart();
    void optionsChanged();       // a widget changed: write to the controller
    void showOptions();          // the controller's options changed: mirror them

    DecayController *m_controller;
    ChartPanel *m_chart;
    QComboBox *m_kind;
    QComboBox *m_scale;
    QComboBox *m_maxDistance;
    QCheckBox *m_overlay;
    QLabel *m_status;
    QStringList m_lineIds; // curve id per chart line
    int m_contextMarker = -1;
    int m_scaledContextMarker = -1;
    quint64 m_drawnRevision = 0;
};

} // namespace ropelab::ui
