#pragma once

// Score vs relative distance: plain RoPE vs the chosen method (self score, RoFormer bound or a
// random q/k draw), linear or log distance up to 2^24 tokens, markers at L and s*L, optional
// overlay of plain RoPE at bases 1, 100, 500 and 10000. The method's curve is drawn last, on
// top of everything. Where a curve has more distances than pixels, its envelope (rolling max
// |score|, computed by the sweep) is drawn bold over its faint raw values. Fed by a
// DecayController (sweeps off the GUI thread); plots the decimated series, exports the exact
// ones.

#include "exportableview.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace ropelab::ui {

class ChartPanel;
class DecayController;
struct DecayCurve;
struct DecayData;
struct DecayOptions;
enum class DecayKind;
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
    // Chart line index of a curve id ("rope", "scaled", "base-1", ...): its raw values, and
    // its envelope (rolling max |score|); -1 if none.
    int lineIndex(const QString &curveId) const;
    int envelopeLineIndex(const QString &curveId) const;
    QCheckBox *envelopeCheckBox() const { return m_envelope; }
    // The data revision last drawn (DecayData::revision).
    quint64 drawnRevision() const { return m_drawnRevision; }

private:
    void updateChart();
    void optionsChanged();       // a widget changed: write to the controller
    void showOptions();          // the controller's options changed: mirror them
    void showEnvelopeOption(const DecayOptions &options);
    void createSeries();
    void styleCurve(int index, const DecayCurve *curve, bool envelope);
    QString titleText(const DecayData &data) const;
    QString yAxisTitle(DecayKind kind) const;

    DecayController *m_controller;
    ChartPanel *m_chart;
    QComboBox *m_kind;
    QComboBox *m_scale;
    QComboBox *m_maxDistance;
    QCheckBox *m_overlay;
    QCheckBox *m_envelope;
    QLabel *m_status;
    // Curve ids in drawing order (overlay bases, "rope", "scaled") and their two chart lines.
    QStringList m_curveIds;
    QList<int> m_rawLines;
    QList<int> m_envelopeLines;
    int m_contextMarker = -1;
    int m_scaledContextMarker = -1;
    quint64 m_drawnRevision = 0;
};

} // namespace ropelab::ui
