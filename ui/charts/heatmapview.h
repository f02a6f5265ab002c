#pragma once

// Angle heatmap: angle mod 2 pi over position (x) and pair index (y) for the current method,
// painted as a QImage with a cyclic colour map, axes with units and a colour bar (no Qt Charts
// series: a scatter series would not cope). Fed by a HeatmapController (sweep off the thread).

#include "exportableview.h"

#include <QImage>
#include <QWidget>

class QComboBox;
class QLabel;

namespace ropelab::ui {

class HeatmapController;
class ParamsController;

class HeatmapView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    // Mirrors `controller` (created by the composition root, ViewRegistry).
    explicit HeatmapView(HeatmapController *controller, QWidget *parent = nullptr);
    // Creates and owns its own controller (tests, benchmarks).
    explicit HeatmapView(ParamsController *params, QWidget *parent = nullptr);

    QString viewId() const override { return QStringLiteral("heatmap"); }
    QString viewTitle() const override;
    void renderTo(QPainter *painter, const QRectF &target) override;
    QString csv() const override;
    bool isPending() const override;

    HeatmapController *controller() const { return m_controller; }
    const QImage &image() const { return m_image; }
    quint64 drawnRevision() const { return m_drawnRevision; }

    // The cyclic colour map: angle in [0, 2 pi) -> colour; 0 and 2 pi give the same colour.
    static QColor cyclicColor(double angle);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateImage();
    void showOptions(); // mirror the controller's options in the range box
    void paintPlot(QPainter *painter, const QRectF &target) const;

    HeatmapController *m_controller;
    QComboBox *m_maxPosition;
    QLabel *m_status;
    QImage m_image;
    quint64 m_drawnRevision = 0;
};

} // namespace ropelab::ui
