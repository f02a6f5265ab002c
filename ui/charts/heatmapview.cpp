#include "heatmapview.h"

#include "controllers/heatmapcontroller.h"
#include "heatmapplot.h"
#include "theme.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace ropelab::ui {

namespace {

constexpr int ControlsHeight = 36;

} // namespace

QColor HeatmapView::cyclicColor(double angle)
{
    return HeatmapPlot::cyclicColor(angle);
}

HeatmapView::HeatmapView(ParamsController *params, QWidget *parent)
    : HeatmapView(new HeatmapController(params), parent)
{
    m_controller->setParent(this);
}

HeatmapView::HeatmapView(HeatmapController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller),
      m_maxPosition(new QComboBox(this)), m_status(new QLabel(this))
{
    for (int power : {8, 10, 12, 13, 15, 17, 20})
        m_maxPosition->addItem(tr("positions 0 \u2013 %1").arg(QLocale().toString(qint64(1) << power)),
                               double(qint64(1) << power));
    m_maxPosition->setToolTip(tr("Range of positions shown on the horizontal axis."));
    setToolTip(tr("Rotation angle of each pair (mod 2\u03c0) at each position."));
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_maxPosition);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addStretch(1);
    setMinimumSize(360, 260);

    connect(m_maxPosition, &QComboBox::currentIndexChanged, this, [this] {
        m_controller->setMaxPosition(m_maxPosition->currentData().toDouble());
    });
    connect(m_controller, &HeatmapController::dataChanged, this, &HeatmapView::updateImage);
    connect(m_controller, &HeatmapController::pendingChanged, this, [this](bool pending) {
        m_status->setText(pending ? tr("Computing\u2026") : m_controller->data().error);
    });
    connect(m_controller, &HeatmapController::optionsChanged, this, &HeatmapView::showOptions);
    showOptions();
    updateImage();
}

void HeatmapView::showOptions()
{
    const double maxPosition = m_controller->options().maxPosition;
    const QSignalBlocker block(m_maxPosition);
    int index = m_maxPosition->findData(maxPosition);
    if (index < 0) { // a range set from a state file or the command line
        m_maxPosition->addItem(tr("positions 0 \u2013 %1").arg(QLocale().toString(qint64(maxPosition))),
                               maxPosition);
        index = m_maxPosition->count() - 1;
    }
    m_maxPosition->setCurrentIndex(index);
}

QString HeatmapView::viewTitle() const
{
    return tr("Angle heatmap");
}

bool HeatmapView::isPending() const
{
    return m_controller->isPending();
}

void HeatmapView::updateImage()
{
    const HeatmapData &data = m_controller->data();
    m_drawnRevision = data.revision;
    if (!data.valid || !data.heatmap) {
        m_image = QImage();
        m_status->setText(data.error);
        update();
        return;
    }
    m_image = HeatmapPlot::cellImage(*data.heatmap);
    m_status->setText(data.error);
    update();
}

void HeatmapView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRectF area(0, ControlsHeight, width(), height() - ControlsHeight);
    paintPlot(&painter, area);
}

void HeatmapView::renderTo(QPainter *painter, const QRectF &target)
{
    paintPlot(painter, target);
}

void HeatmapView::paintPlot(QPainter *painter, const QRectF &target) const
{
    const HeatmapData &data = m_controller->data();
    const QString title = data.methodName.isEmpty()
            ? tr("Rotation angle mod 2\u03c0 per position and pair")
            : tr("Rotation angle mod 2\u03c0 per position and pair: %1").arg(data.methodName);
    const bool drawn = data.valid && data.heatmap && !m_image.isNull();
    HeatmapPlot::paint(painter, target, title, drawn ? &*data.heatmap : nullptr, m_image,
                       data.error.isEmpty() ? tr("Computing\u2026") : data.error);
}

QString HeatmapView::csv() const
{
    // One tidy table, one row per (pair, column): see HeatmapPlot::csvHeader().
    const HeatmapData &data = m_controller->data();
    return HeatmapPlot::csv(data.valid && data.heatmap ? &*data.heatmap : nullptr);
}

} // namespace ropelab::ui
