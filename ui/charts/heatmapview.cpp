#include "heatmapview.h"

#include "csvtext.h"
#include "controllers/heatmapcontroller.h"
#include "theme.h"

#include <QLocale>
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

constexpr double TwoPi = 2.0 * std::numbers::pi;
constexpr int ControlsHeight = 36;

// Nice tick values in [lo, hi], about `count` of them.
QList<double> ticks(double lo, double hi, int count)
{
    QList<double> values;
    if (!(hi > lo))
        return {lo};
    const double raw = (hi - lo) / std::max(count, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    for (double v = std::ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
        values.append(v);
    return values;
}

} // namespace

QColor HeatmapView::cyclicColor(double angle)
{
    // Light -> blue -> dark -> red -> light: a cyclic map with no seam at 0 = 2 pi.
    static const std::array<QColor, 5> anchors{QColor(226, 217, 226), QColor(94, 102, 181),
                                               QColor(47, 20, 54), QColor(168, 75, 58),
                                               QColor(226, 217, 226)};
    double t = std::fmod(angle, TwoPi) / TwoPi;
    if (t < 0.0)
        t += 1.0;
    if (!std::isfinite(t))
        return Qt::gray;
    const double scaled = t * 4.0;
    const int k = std::min(int(scaled), 3);
    const double f = scaled - k;
    const QColor &a = anchors[std::size_t(k)];
    const QColor &b = anchors[std::size_t(k + 1)];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * f),
                            float(a.greenF() + (b.greenF() - a.greenF()) * f),
                            float(a.blueF() + (b.blueF() - a.blueF()) * f));
}

HeatmapView::HeatmapView(ParamsController *params, QWidget *parent)
    : QWidget(parent), m_controller(new HeatmapController(params, this)),
      m_maxPosition(new QComboBox(this)), m_status(new QLabel(this))
{
    for (int power : {8, 10, 12, 13, 15, 17, 20})
        m_maxPosition->addItem(tr("positions 0 \u2013 %1").arg(QLocale().toString(qint64(1) << power)),
                               double(qint64(1) << power));
    m_maxPosition->setCurrentIndex(2); // 4096
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
    m_controller->setMaxPosition(m_maxPosition->currentData().toDouble());
    updateImage();
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
    const Eigen::ArrayXXd &values = data.heatmap->values;
    const int rows = int(values.rows());
    const int cols = int(values.cols());
    // Pair 0 at the bottom, as on the y axis.
    m_image = QImage(cols, rows, QImage::Format_RGB32);
    for (int r = 0; r < rows; ++r) {
        auto *line = reinterpret_cast<QRgb *>(m_image.scanLine(rows - 1 - r));
        for (int c = 0; c < cols; ++c)
            line[c] = cyclicColor(values(r, c)).rgb();
    }
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
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(target, Qt::white);
    QFont font = painter->font();
    if (font.pointSizeF() <= 0)
        font.setPixelSize(12);
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const double lineHeight = fm.height();

    const HeatmapData &data = m_controller->data();
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 1.2 : 14);
    painter->setFont(titleFont);
    painter->setPen(theme::textColor());
    const QString title = data.methodName.isEmpty()
            ? tr("Rotation angle mod 2\u03c0 per position and pair")
            : tr("Rotation angle mod 2\u03c0 per position and pair: %1").arg(data.methodName);
    const QRectF titleRect(target.left(), target.top() + 4, target.width(), lineHeight * 1.6);
    painter->drawText(titleRect, Qt::AlignCenter, title);
    painter->setFont(font);

    const double left = target.left() + fm.horizontalAdvance(QStringLiteral("00000")) + lineHeight * 2;
    const double right = target.right() - fm.horizontalAdvance(QStringLiteral("0.00\u03c0")) - 60;
    const double top = titleRect.bottom() + 6;
    const double bottom = target.bottom() - lineHeight * 3;
    const QRectF plot(QPointF(left, top), QPointF(std::max(right, left + 10), std::max(bottom, top + 10)));

    if (!data.valid || m_image.isNull()) {
        painter->drawText(plot, Qt::AlignCenter | Qt::TextWordWrap,
                          data.error.isEmpty() ? tr("Computing\u2026") : data.error);
        painter->restore();
        return;
    }
    const numerics::Heatmap &heatmap = *data.heatmap;
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(plot, m_image);
    painter->setPen(QPen(theme::textColor(), 1.0));
    painter->drawRect(plot);

    // X axis: position (tokens).
    for (double v : ticks(heatmap.xMin, heatmap.xMax, 8)) {
        const double x = plot.left() + (v - heatmap.xMin) / (heatmap.xMax - heatmap.xMin) * plot.width();
        painter->drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString label = QLocale().toString(v, 'g', 7);
        painter->drawText(QRectF(x - 50, plot.bottom() + 5, 100, lineHeight), Qt::AlignHCenter, label);
    }
    painter->drawText(QRectF(plot.left(), plot.bottom() + lineHeight + 8, plot.width(), lineHeight),
                      Qt::AlignHCenter, tr("position (tokens)"));
    // Y axis: pair index (row r covers [r - 0.5, r + 0.5]).
    const double rows = double(heatmap.values.rows());
    for (double v : ticks(0.0, rows - 1.0, 8)) {
        const double y = plot.bottom() - (v + 0.5) / rows * plot.height();
        painter->drawLine(QPointF(plot.left() - 4, y), QPointF(plot.left(), y));
        painter->drawText(QRectF(plot.left() - 60, y - lineHeight / 2, 54, lineHeight),
                          Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 6));
    }
    painter->save();
    painter->translate(target.left() + lineHeight * 0.8, plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-plot.height() / 2, -lineHeight / 2, plot.height(), lineHeight),
                      Qt::AlignCenter, tr("pair index i"));
    painter->restore();

    // Colour bar: 0 .. 2 pi (radians).
    const QRectF bar(plot.right() + 16, plot.top(), 16, plot.height());
    for (int k = 0; k < int(bar.height()); ++k) {
        const double angle = TwoPi * (1.0 - (k + 0.5) / bar.height());
        painter->fillRect(QRectF(bar.left(), bar.top() + k, bar.width(), 1.0), cyclicColor(angle));
    }
    painter->drawRect(bar);
    const QStringList labels{QStringLiteral("0"), QStringLiteral("\u03c0/2"), QStringLiteral("\u03c0"),
                             QStringLiteral("3\u03c0/2"), QStringLiteral("2\u03c0")};
    for (int k = 0; k < labels.size(); ++k) {
        const double y = bar.bottom() - k / 4.0 * bar.height();
        painter->drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 3, y));
        painter->drawText(QRectF(bar.right() + 5, y - lineHeight / 2, 60, lineHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, labels[k]);
    }
    painter->drawText(QRectF(bar.left() - 10, plot.bottom() + lineHeight + 8, 90, lineHeight),
                      Qt::AlignLeft, tr("angle (rad)"));
    painter->restore();
}

QString HeatmapView::csv() const
{
    // Matrix form: one row per pair, one column per position (full precision radians).
    const HeatmapData &data = m_controller->data();
    if (!data.valid || !data.heatmap)
        return csv::row({QStringLiteral("pair")});
    const numerics::Heatmap &heatmap = *data.heatmap;
    const Eigen::Index cols = heatmap.values.cols();
    QStringList header{QStringLiteral("pair\\position")};
    for (Eigen::Index c = 0; c < cols; ++c) {
        const double x = c < heatmap.columnValues.size() ? heatmap.columnValues[c]
                : cols > 1 ? heatmap.xMin + (heatmap.xMax - heatmap.xMin) * double(c) / double(cols - 1)
                                  : heatmap.xMin;
        header.append(csv::number(x));
    }
    QString text = csv::row(header);
    for (Eigen::Index r = 0; r < heatmap.values.rows(); ++r) {
        QStringList cells{QString::number(r)};
        for (Eigen::Index c = 0; c < cols; ++c)
            cells.append(csv::number(heatmap.values(r, c)));
        text += csv::row(cells);
    }
    return text;
}

} // namespace ropelab::ui
