#include "rotationview.h"

#include "controllers/bandscontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/rope.h"
#include "numerics/ropemethod.h"
#include "theme.h"

#include <QCoreApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTextStream>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ropelab::ui {

namespace {

constexpr double TwoPi = 2.0 * std::numbers::pi;
constexpr double Margin = 8.0;
constexpr double LegendLineHeight = 18.0;
constexpr double LegendGap = 16.0; // between legend items
constexpr double MinLabelCell = 26.0; // smallest dial cell with its pair index
constexpr double MinRatioCell = 40.0; // smallest dial cell with its ratio text

double wrapAngle(double angle)
{
    double wrapped = std::fmod(angle, TwoPi);
    if (wrapped < 0.0)
        wrapped += TwoPi;
    return wrapped;
}

QString formatPosition(double position)
{
    if (position == std::round(position) && std::abs(position) < 1e15)
        return QString::number(static_cast<qlonglong>(position));
    return QString::number(position, 'f', 2);
}

QString full(double value)
{
    return QString::number(value, 'g', 17);
}

} // namespace

RotationView::RotationView(ParamsController *params, QWidget *parent)
    : QWidget(parent), m_params(params)
{
    setObjectName(QStringLiteral("rotationView"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAutoFillBackground(false);
    connect(m_params, &ParamsController::paramsChanged, this, &RotationView::paramsChanged);
    connect(m_params, &ParamsController::positionChanged, this, qOverload<>(&QWidget::update));
    paramsChanged();
}

QString RotationView::viewId() const
{
    return QStringLiteral("rotation");
}

QString RotationView::viewTitle() const
{
    return tr("Rotating pairs");
}

QSize RotationView::sizeHint() const
{
    return QSize(900, 700);
}

QSize RotationView::minimumSizeHint() const
{
    return QSize(240, 200);
}

QFont RotationView::titleFont() const
{
    QFont titleFont = font();
    titleFont.setPixelSize(15);
    titleFont.setBold(true);
    return titleFont;
}

QFont RotationView::legendFont() const
{
    QFont legend = font();
    legend.setPixelSize(12);
    return legend;
}

std::vector<RotationView::LegendItem> RotationView::legendItems(bool withRatio) const
{
    std::vector<LegendItem> items;
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    if (frequencies) {
        // The method's own bands (numerics::bandScheme), those its pairs fall in.
        for (numerics::Band band :
             { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low }) {
            if (std::find(frequencies->band.begin(), frequencies->band.end(), band)
                != frequencies->band.end())
                items.push_back({ LegendItem::Swatch, theme::bandColor(band),
                                  bandLabel(frequencies->method, band) });
        }
    }
    if (showsGhost())
        items.push_back(
            { LegendItem::Line, theme::unscaledColor(), tr("ghost hand: unscaled angle") });
    if (withRatio)
        items.push_back({ LegendItem::Text, theme::scaledColor(),
                          tr("\u00f7k under a dial: frequency divided by k (\u00d7"
                             "1 = unchanged)") });
    items.push_back({ LegendItem::Text, theme::textColor(),
                      tr("hand angle = m \u00d7 inv_freq[i] (counter-clockwise from 3 o'clock)") });
    return items;
}

std::vector<RotationView::PlacedLegendItem> RotationView::placeLegend(const QPointF &topLeft,
                                                                      double width, bool withRatio,
                                                                      double *height) const
{
    const QFontMetricsF metrics(legendFont());
    std::vector<PlacedLegendItem> placed;
    double x = 0.0;
    int line = 0;
    for (const LegendItem &item : legendItems(withRatio)) {
        const double marker = item.kind == LegendItem::Swatch ? 15.0
            : item.kind == LegendItem::Line                   ? 20.0
                                                              : 0.0;
        const double itemWidth = marker + metrics.horizontalAdvance(item.text);
        if (x > 0.0 && x + itemWidth > width) {
            x = 0.0;
            ++line;
        }
        placed.push_back(
            { item, QPointF(topLeft.x() + x, topLeft.y() + (line + 0.5) * LegendLineHeight) });
        x += itemWidth + LegendGap;
    }
    if (height)
        *height = (line + 1) * LegendLineHeight + 4.0;
    return placed;
}

RotationView::Layout RotationView::computeLayout(const QRectF &area) const
{
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    const int pairs = frequencies ? int(frequencies->invFreq.size()) : 0;
    Layout layout;
    const QRectF inner = area.adjusted(Margin, Margin, -Margin, -Margin);
    // The title wraps (never elided); ensureLayout() lays out again when m's text changes the
    // number of lines.
    layout.header = QRectF(inner.left(), inner.top(), inner.width(), titleHeight(inner.width()));
    QRectF grid(inner.left(), layout.header.bottom(), inner.width(),
                std::max(0.0, inner.bottom() - layout.header.bottom()));
    int bestColumns = 1;
    double bestCell = 0.0;
    // The legend's height depends on whether the ratio texts are shown, which depends on the
    // dial size, which depends on the legend's height: try with, then without.
    for (bool withRatio : { true, false }) {
        double legendHeight = 0.0;
        placeLegend(QPointF(), inner.width(), withRatio, &legendHeight);
        layout.legend = QRectF(inner.left(), layout.header.bottom(), inner.width(), legendHeight);
        grid = QRectF(inner.left(), layout.legend.bottom() + 4.0, inner.width(),
                      std::max(0.0, inner.bottom() - layout.legend.bottom() - 4.0));
        bestColumns = 1;
        bestCell = 0.0;
        for (int columns = 1; columns <= pairs; ++columns) {
            const int rows = (pairs + columns - 1) / columns;
            const double cell = std::min(grid.width() / columns, grid.height() / rows);
            if (cell > bestCell) {
                bestCell = cell;
                bestColumns = columns;
            }
        }
        layout.withRatio = withRatio && bestCell >= MinRatioCell;
        if (layout.withRatio || !withRatio)
            break;
    }
    if (pairs <= 0 || grid.width() <= 0.0 || grid.height() <= 0.0) {
        layout.grid = grid;
        layout.withRatio = false;
        return layout;
    }
    const int rows = (pairs + bestColumns - 1) / bestColumns;
    const double usedWidth = bestCell * bestColumns;
    const double left = grid.left() + (grid.width() - usedWidth) / 2.0;
    layout.grid = QRectF(left, grid.top(), usedWidth, bestCell * rows);
    layout.labelPixelSize = std::clamp(bestCell * 0.17, 7.0, 12.0);
    layout.withLabel = bestCell >= MinLabelCell;
    layout.dials.reserve(std::size_t(pairs));
    for (int i = 0; i < pairs; ++i) {
        const int row = i / bestColumns;
        const int column = i % bestColumns;
        Dial dial;
        dial.cell
            = QRectF(left + column * bestCell, grid.top() + row * bestCell, bestCell, bestCell);
        // Leave room for the pair index above the dial and the ratio below it.
        const double labelSpace = layout.withLabel ? layout.labelPixelSize * 0.9 : 0.0;
        const double ratioSpace = layout.withRatio ? layout.labelPixelSize * 1.2 : 0.0;
        const QRectF face = dial.cell.adjusted(3.0, 3.0 + labelSpace, -3.0, -3.0 - ratioSpace);
        dial.radius = std::max(1.0, std::min(face.width(), face.height()) / 2.0);
        dial.center = face.center();
        layout.dials.push_back(dial);
    }
    return layout;
}

double RotationView::titleHeight(double width) const
{
    const QRectF bounds
        = QFontMetricsF(titleFont())
              .boundingRect(QRectF(0.0, 0.0, std::max(1.0, width), 1e6), Qt::TextWordWrap,
                            titleText(formatPosition(m_params->position())));
    return bounds.height() + 6.0;
}

QString RotationView::ratioText(double ratio, int digits)
{
    const bool divided = ratio < 1.0;
    const double k = divided ? 1.0 / ratio : ratio;
    const QString sign = divided ? QStringLiteral("\u00f7") : QStringLiteral("\u00d7");
    if (ratio == 1.0)
        return sign + QStringLiteral("1");
    // Enough digits that a ratio other than 1 never reads as 1.
    QString text = QString::number(k, 'g', digits);
    for (int more = digits + 1; text == QLatin1String("1") && more <= 17; ++more)
        text = QString::number(k, 'g', more);
    return sign + text;
}

QStringList RotationView::legendTexts() const
{
    ensureLayout();
    QStringList texts;
    for (const LegendItem &item : legendItems(m_layout.withRatio))
        texts.append(item.text);
    return texts;
}

void RotationView::paramsChanged()
{
    m_layoutValid = false;
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    if (m_hover >= (frequencies ? int(frequencies->invFreq.size()) : 0))
        m_hover = -1;
    invalidateBackground();
}

void RotationView::ensureLayout() const
{
    const double title = titleHeight(width() - 2.0 * Margin);
    if (m_layoutValid && m_layoutSize == size() && m_layoutTitleHeight == title)
        return;
    m_layout = computeLayout(QRectF(rect()));
    m_layoutSize = size();
    m_layoutTitleHeight = title;
    m_layoutValid = true;
    m_backgroundValid = false;
}

void RotationView::invalidateBackground()
{
    m_backgroundValid = false;
    update();
}

bool RotationView::showsGhost() const
{
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    if (!frequencies || frequencies->method == numerics::Method::Default)
        return false;
    return (frequencies->invFreq != frequencies->unscaledInvFreq).any();
}

QString RotationView::titleText(const QString &position) const
{
    const numerics::RopeParams &params = m_params->params();
    const QString method = theme::methodName(params.method);
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    QString title = tr("%1, d = %2, base %3")
                        .arg(method)
                        .arg(frequencies ? frequencies->rotaryDim : 0)
                        .arg(QString::number(params.base, 'g', 10));
    // The base the hands turn with, when the method changes it (NTK-aware, dynamic NTK).
    if (frequencies && frequencies->effectiveBase != frequencies->base)
        title += tr(" (effective %1)").arg(QString::number(frequencies->effectiveBase, 'f', 1));
    if (numerics::methodInfo(params.method).reads & numerics::ReadsFactor)
        title += tr(", s = %1").arg(QString::number(params.factor, 'g', 6));
    if (frequencies && frequencies->longRopeFactors == numerics::LongRopeFactors::Short)
        title += tr(", short factors");
    else if (frequencies && frequencies->longRopeFactors == numerics::LongRopeFactors::Long)
        title += tr(", long factors");
    if (!m_params->modelLabel().isEmpty())
        title = m_params->modelLabel() + QStringLiteral(" | ") + title;
    return tr("Rotating pairs at position m = %1 | %2").arg(position, title);
}

void RotationView::paintEmpty(QPainter &painter, const QRectF &area) const
{
    painter.fillRect(area, Qt::white);
    painter.setPen(theme::textColor());
    const QString error = m_params->error();
    painter.drawText(area.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                     error.isEmpty() ? tr("No frequencies to show.")
                                     : tr("No frequencies to show: %1").arg(error));
}

void RotationView::paintStatic(QPainter &painter, const Layout &layout) const
{
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    painter.setRenderHint(QPainter::Antialiasing, true);

    // Legend: the method's band swatches, the ghost hand, the ratio text, the formula; it wraps
    // into as many lines as the layout gave it.
    painter.setFont(legendFont());
    const QFontMetricsF metrics(legendFont());
    const double baseline = metrics.ascent() / 2.0 - 1.0;
    for (const PlacedLegendItem &placed :
         placeLegend(layout.legend.topLeft(), layout.legend.width(), layout.withRatio, nullptr)) {
        const LegendItem &item = placed.item;
        double x = placed.origin.x();
        const double y = placed.origin.y();
        if (item.kind == LegendItem::Swatch) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(item.color);
            painter.drawEllipse(QPointF(x + 6.0, y), 5.0, 5.0);
            x += 15.0;
        } else if (item.kind == LegendItem::Line) {
            painter.setPen(QPen(item.color, 2.0, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, y), QPointF(x + 14.0, y));
            x += 20.0;
        }
        painter.setPen(item.kind == LegendItem::Text ? item.color : theme::textColor());
        painter.drawText(QPointF(x, y + baseline), item.text);
    }

    if (!frequencies)
        return;
    QFont labelFont = font();
    labelFont.setPixelSize(int(std::lround(layout.labelPixelSize)));
    painter.setFont(labelFont);
    const bool withLabel = layout.withLabel;
    const QColor grid = theme::gridColor();
    const QFontMetricsF labelMetrics(labelFont);
    for (std::size_t i = 0; i < layout.dials.size(); ++i) {
        const Dial &dial = layout.dials[i];
        const numerics::Band band = frequencies->band[i];
        QColor ring = theme::bandColor(band);
        ring.setAlpha(120);
        painter.setPen(QPen(ring, std::max(1.0, dial.radius / 20.0)));
        painter.setBrush(theme::bandFillColor(band));
        painter.drawEllipse(dial.center, dial.radius, dial.radius);
        // The zero-angle tick.
        painter.setPen(QPen(grid, 1.0));
        painter.drawLine(QPointF(dial.center.x() + dial.radius * 0.8, dial.center.y()),
                         QPointF(dial.center.x() + dial.radius, dial.center.y()));
        if (withLabel) {
            painter.setPen(theme::textColor());
            painter.drawText(QRectF(dial.cell.left(), dial.cell.top(), dial.cell.width(),
                                    layout.labelPixelSize * 1.2),
                             Qt::AlignHCenter | Qt::AlignTop, QString::number(i));
        }
        if (layout.withRatio) {
            // What the method did to this pair, from the ratio itself (not from its band).
            const double ratio = frequencies->ratio[Eigen::Index(i)];
            QString text = ratioText(ratio);
            for (int digits = 2;
                 labelMetrics.horizontalAdvance(text) > dial.cell.width() - 2.0 && digits >= 1;
                 --digits)
                text = ratioText(ratio, digits);
            painter.setPen(ratio == 1.0 ? theme::unscaledColor() : theme::scaledColor());
            const double height = layout.labelPixelSize * 1.3;
            painter.drawText(
                QRectF(dial.cell.left(), dial.cell.bottom() - height, dial.cell.width(), height),
                Qt::AlignHCenter | Qt::AlignVCenter, text);
        }
    }
}

void RotationView::paintDynamic(QPainter &painter, const Layout &layout, int hover) const
{
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(titleFont());
    painter.setPen(theme::textColor());
    painter.drawText(layout.header, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                     titleText(formatPosition(m_params->position())));

    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    if (!frequencies)
        return;
    const double m = m_params->position();
    const bool ghost = showsGhost();
    QColor ghostColor = theme::unscaledColor();
    ghostColor.setAlpha(170);
    QPen ghostPen(ghostColor, 1.0, Qt::SolidLine, Qt::RoundCap);
    QPen bandPens[3];
    for (numerics::Band band :
         { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low })
        bandPens[int(band)] = QPen(theme::bandColor(band), 1.0, Qt::SolidLine, Qt::RoundCap);
    const double penScale
        = layout.dials.empty() ? 1.0 : std::max(1.2, layout.dials.front().radius / 11.0);
    ghostPen.setWidthF(std::max(1.0, penScale * 0.6));
    for (QPen &pen : bandPens)
        pen.setWidthF(penScale);

    const Eigen::Index pairs
        = std::min<Eigen::Index>(frequencies->invFreq.size(), Eigen::Index(layout.dials.size()));
    for (Eigen::Index i = 0; i < pairs; ++i) {
        const Dial &dial = layout.dials[std::size_t(i)];
        const double length = dial.radius * 0.88;
        if (ghost) {
            const double angle = wrapAngle(m * frequencies->unscaledInvFreq[i]);
            painter.setPen(ghostPen);
            painter.drawLine(dial.center,
                             QPointF(dial.center.x() + length * std::cos(angle),
                                     dial.center.y() - length * std::sin(angle)));
        }
        const double angle = wrapAngle(m * frequencies->invFreq[i]);
        painter.setPen(bandPens[int(frequencies->band[std::size_t(i)])]);
        painter.drawLine(dial.center,
                         QPointF(dial.center.x() + length * std::cos(angle),
                                 dial.center.y() - length * std::sin(angle)));
    }
    if (hover >= 0 && hover < int(layout.dials.size())) {
        painter.setPen(QPen(theme::textColor(), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(layout.dials[std::size_t(hover)].cell.adjusted(1, 1, -1, -1));
    }
}

void RotationView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    ensureLayout();
    QPainter painter(this);
    if (!m_params->frequencies()) {
        paintEmpty(painter, QRectF(rect()));
        paintDynamic(painter, m_layout, -1);
        return;
    }
    const qreal ratio = devicePixelRatioF();
    if (!m_backgroundValid || m_background.size() != size() * ratio) {
        m_background = QPixmap(size() * ratio);
        m_background.setDevicePixelRatio(ratio);
        m_background.fill(Qt::white);
        QPainter background(&m_background);
        paintStatic(background, m_layout);
        m_backgroundValid = true;
    }
    painter.drawPixmap(0, 0, m_background);
    paintDynamic(painter, m_layout, m_hover);
}

void RotationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    paramsChanged();
}

void RotationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange
        || event->type() == QEvent::LanguageChange)
        invalidateBackground();
}

void RotationView::renderTo(QPainter *painter, const QRectF &target)
{
    painter->save();
    painter->setClipRect(target);
    const numerics::RopeFrequencies *frequencies = m_params->frequencies();
    const Layout layout = computeLayout(target);
    if (!frequencies) {
        paintEmpty(*painter, target);
    } else {
        painter->fillRect(target, Qt::white);
        paintStatic(*painter, layout);
    }
    paintDynamic(*painter, layout, -1);
    painter->restore();
}

int RotationView::pairAt(const QPointF &pos) const
{
    ensureLayout();
    for (std::size_t i = 0; i < m_layout.dials.size(); ++i) {
        if (m_layout.dials[i].cell.contains(pos))
            return int(i);
    }
    return -1;
}

QRectF RotationView::dialRect(int pair) const
{
    ensureLayout();
    if (pair < 0 || pair >= int(m_layout.dials.size()))
        return {};
    return m_layout.dials[std::size_t(pair)].cell;
}

QString RotationView::pairDescription(int pair) const
{
    const numerics::RopeFrequencies *f = m_params->frequencies();
    if (!f || pair < 0 || pair >= f->invFreq.size())
        return {};
    const double m = m_params->position();
    const double angle = m * f->invFreq[pair];
    QString text
        = tr("pair i = %1 (%2)").arg(pair).arg(bandLabel(f->method, f->band[std::size_t(pair)]));
    text += QLatin1Char('\n')
        + tr("inv_freq = %1 rad/position").arg(QString::number(f->invFreq[pair], 'g', 10));
    if (f->invFreq[pair] != f->unscaledInvFreq[pair])
        text += QLatin1Char('\n')
            + tr("unscaled inv_freq = %1 rad/position")
                  .arg(QString::number(f->unscaledInvFreq[pair], 'g', 10));
    text += QLatin1Char('\n')
        + tr("ratio scaled / unscaled = %1 (%2)")
              .arg(QString::number(f->ratio[pair], 'g', 10), ratioText(f->ratio[pair]));
    text += QLatin1Char('\n')
        + tr("wavelength = %1 positions").arg(QString::number(f->wavelength[pair], 'g', 8));
    text += QLatin1Char('\n')
        + tr("r = L / wavelength = %1 rotations").arg(QString::number(f->rotations[pair], 'g', 6));
    text += QLatin1Char('\n') + tr("ramp = %1").arg(QString::number(f->ramp[pair], 'g', 6));
    text += QLatin1Char('\n')
        + tr("angle = m x inv_freq = %1 rad (%2 rad mod 2 pi)")
              .arg(QString::number(angle, 'g', 10), QString::number(wrapAngle(angle), 'f', 4));
    return text;
}

QString RotationView::csv() const
{
    QString out;
    QTextStream stream(&out);
    // One row per dimension pair; the header names the units (rad, tokens; r and the ramp are
    // dimensionless). r_i = L_orig / unscaled wavelength: full turns over the original context.
    stream << "pair_index,inv_freq_rad_per_token,unscaled_inv_freq_rad_per_token,wavelength_tokens,"
              "rotations_in_original_context,ramp,band,position_tokens,angle_rad,"
              "angle_mod_2pi_rad,unscaled_angle_rad\n";
    const numerics::RopeFrequencies *f = m_params->frequencies();
    if (!f)
        return out;
    const double m = m_params->position();
    for (Eigen::Index i = 0; i < f->invFreq.size(); ++i) {
        const double angle = m * f->invFreq[i];
        stream << i << ',' << full(f->invFreq[i]) << ',' << full(f->unscaledInvFreq[i]) << ','
               << full(f->wavelength[i]) << ',' << full(f->rotations[i]) << ',' << full(f->ramp[i])
               << ','
               << QString::fromLatin1(numerics::bandId(f->method, f->band[std::size_t(i)]).data())
               << ',' << full(m) << ',' << full(angle) << ',' << full(wrapAngle(angle)) << ','
               << full(m * f->unscaledInvFreq[i]) << '\n';
    }
    return out;
}

void RotationView::mouseMoveEvent(QMouseEvent *event)
{
    const int pair = pairAt(event->position());
    if (pair != m_hover) {
        m_hover = pair;
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void RotationView::leaveEvent(QEvent *event)
{
    if (m_hover != -1) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

bool RotationView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pair = pairAt(help->pos());
        if (pair >= 0)
            QToolTip::showText(help->globalPos(), pairDescription(pair), this,
                               dialRect(pair).toAlignedRect());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace ropelab::ui
