#include "bandsview.h"

#include "chartpanel.h"
#include "csvtext.h"
#include "controllers/bandscontroller.h"
#include "theme.h"

#include <QLocale>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ropelab::ui {

namespace {

// Power-of-ten log range enclosing [lo, hi].
std::pair<double, double> decadeRange(double lo, double hi)
{
    lo = std::max(lo, 1e-12);
    hi = std::max(hi, lo * 10.0);
    return { std::pow(10.0, std::floor(std::log10(lo))),
             std::pow(10.0, std::ceil(std::log10(hi))) };
}

QString tokens(double value)
{
    return QLocale().toString(value, 'g', 7);
}

// First and last pair of `band` (-1, -1 if none). Every band rule is monotone in the pair index,
// so each band is one run of pairs.
std::pair<int, int> pairRange(const std::vector<numerics::Band> &bands, numerics::Band band)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < int(bands.size()); ++i) {
        if (bands[std::size_t(i)] == band) {
            if (first < 0)
                first = i;
            last = i;
        }
    }
    return { first, last };
}

// The smallest of 1.05 (ratios and ramps in [0, 1], the usual case), 2.5, 5, 25, 50, ... that
// is at least `value` with 2% headroom: few, round ticks on a short axis.
double roundLimit(double value)
{
    if (value <= 1.0)
        return 1.05;
    const double wanted = value * 1.02;
    for (double decade = 1.0; std::isfinite(decade); decade *= 10.0) {
        for (double m : { 2.5, 5.0 }) {
            if (m * decade >= wanted)
                return m * decade;
        }
    }
    return wanted;
}

// [lo, hi] enclosing 0, 1 and every point: nothing is drawn out of range (e.g. dynamic NTK's
// exponent above 1, or ratios above 1 when a factor is below 1).
std::pair<double, double> enclosingRange(std::initializer_list<const QList<QPointF> *> curves)
{
    double lo = 0.0;
    double hi = 1.0;
    for (const QList<QPointF> *curve : curves) {
        for (const QPointF &p : *curve) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    return { lo < 0.0 ? -roundLimit(-lo) : 0.0, roundLimit(hi) };
}

} // namespace

// The band key above the charts: one swatch and label per band the pairs fall in, flowing into
// as many lines as the width needs (QLegend would elide long labels instead).
class BandLegend : public QWidget
{
public:
    explicit BandLegend(QWidget *parent) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    }

    void setItems(const QList<QPair<QColor, QString>> &items)
    {
        m_items = items;
        updateGeometry();
        update();
    }
    const QList<QPair<QColor, QString>> &items() const { return m_items; }

    double heightFor(double width) const
    {
        double height = 0.0;
        place(QRectF(0.0, 0.0, width, 0.0), &height);
        return height;
    }

    void paint(QPainter *painter, const QRectF &rect) const
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setFont(legendFont());
        const QFontMetricsF metrics(legendFont());
        const QList<QPointF> origins = place(rect, nullptr);
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            const QPointF origin = origins[i];
            const auto &[color, text] = m_items[i];
            if (color.isValid()) {
                QColor border = color;
                border.setAlpha(255);
                QColor fill = color;
                painter->setPen(QPen(border, 1.0));
                painter->setBrush(fill);
                painter->drawRect(QRectF(origin.x(), origin.y() - 5.5, 18.0, 11.0));
            }
            painter->setPen(theme::textColor());
            painter->drawText(QPointF(origin.x() + (color.isValid() ? SwatchWidth : 0.0),
                                      origin.y() + metrics.ascent() / 2.0 - 1.0),
                              text);
        }
        painter->restore();
    }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return int(std::ceil(heightFor(width))); }
    QSize sizeHint() const override
    {
        const int width = this->width() > 0 ? this->width() : 900;
        return QSize(width, heightForWidth(width));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        paint(&painter, QRectF(rect()));
    }

private:
    static constexpr double SwatchWidth = 24.0;
    static constexpr double Gap = 18.0;
    static constexpr double LineHeight = 18.0;
    static constexpr double Padding = 4.0;

    QFont legendFont() const
    {
        QFont legend = font();
        legend.setPixelSize(12);
        return legend;
    }

    // Left end and vertical centre of each item; `height` gets the total height.
    QList<QPointF> place(const QRectF &rect, double *height) const
    {
        const QFontMetricsF metrics(legendFont());
        const double left = rect.left() + 2.0 * Padding;
        const double right = rect.right() - 2.0 * Padding;
        QList<QPointF> origins;
        double x = left;
        int line = 0;
        for (const auto &[color, text] : m_items) {
            const double width
                = (color.isValid() ? SwatchWidth : 0.0) + metrics.horizontalAdvance(text);
            if (x > left && x + width > right) {
                x = left;
                ++line;
            }
            origins.append(QPointF(x, rect.top() + Padding + (line + 0.5) * LineHeight));
            x += width + Gap;
        }
        if (height)
            *height = m_items.isEmpty() ? 0.0 : (line + 1) * LineHeight + 2.0 * Padding;
        return origins;
    }

    QList<QPair<QColor, QString>> m_items;
};

QString BandsView::formatBase(double base)
{
    if (base >= 1e9)
        return QLocale().toString(base, 'g', 7);
    const double rounded = std::round(base * 10.0) / 10.0;
    return QLocale().toString(rounded, 'f', rounded == std::round(rounded) ? 0 : 1);
}

BandsView::BandsView(ParamsController *params, QWidget *parent)
    : BandsView(new BandsController(params), parent)
{
    m_controller->setParent(this);
}

BandsView::BandsView(BandsController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_legend(new BandLegend(this)),
      m_wavelength(new ChartPanel(this)), m_ratio(new ChartPanel(this))
{
    using numerics::Band;
    const Band bands[] = { Band::High, Band::Medium, Band::Low };
    // The bands' legend text depends on the method (numerics::bandScheme): the band key above
    // the charts names them, not the charts' legends.
    for (Band band : bands) {
        m_wavelength->addRegion(QString(), theme::bandFillColor(band), false);
        m_ratio->addRegion(QString(), theme::bandFillColor(band), false);
    }
    m_unscaledLine
        = m_wavelength->addLine(tr("RoPE (unscaled)"), theme::unscaledColor(), 2.0, Qt::DashLine);
    m_scaledLine = m_wavelength->addLine(tr("scaled"), theme::scaledColor(), 2.5);
    m_contextMarker
        = m_wavelength->addMarker(Qt::Horizontal, QString(), theme::contextMarkerColor());
    m_scaledContextMarker
        = m_wavelength->addMarker(Qt::Horizontal, QString(), theme::scaledContextMarkerColor());
    m_ratioLine
        = m_ratio->addLine(tr("ratio scaled / unscaled frequency"), theme::scaledColor(), 2.5);
    m_rampLine = m_ratio->addLine(QString(), theme::unscaledColor(), 2.0, Qt::DashLine);

    m_wavelength->setToolTip(tr("Wavelength 2\u03c0/\u03b8\u1d62 of each dimension pair, before "
                                "and after scaling, over the method's frequency bands."));
    m_ratio->setToolTip(tr("What the method did to each pair: its frequency scaled / unscaled "
                           "(1 = unchanged, 1/s = divided by s), and the method's ramp."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_legend);
    layout->addWidget(m_wavelength, 1);
    layout->addWidget(m_ratio, 1);

    connect(m_controller, &BandsController::dataChanged, this, &BandsView::updateCharts);
    updateCharts();
}

QString BandsView::viewTitle() const
{
    return tr("Frequency bands");
}

void BandsView::updateCharts()
{
    const BandsData &data = m_controller->data();
    const QString pairAxis = tr("pair index i");
    using numerics::Band;
    const Band bands[] = { Band::High, Band::Medium, Band::Low };
    QList<QPair<QColor, QString>> key;
    if (data.valid) {
        key.append({ QColor(), tr("Bands of %1:").arg(data.methodName) });
        for (Band band : bands) {
            if (pairRange(data.band, band).first >= 0)
                key.append({ theme::bandFillColor(band), data.bandLabels[std::size_t(band)] });
        }
    }
    m_legend->setItems(key);
    m_ratio->setLineName(m_rampLine, data.rampLabel);
    if (!data.valid) {
        m_wavelength->setTitle(tr("Wavelength per pair: %1").arg(data.error));
        m_ratio->setTitle(QString());
        for (int line : { m_unscaledLine, m_scaledLine })
            m_wavelength->setLineData(line, {});
        for (int line : { m_ratioLine, m_rampLine })
            m_ratio->setLineData(line, {});
        return;
    }
    const double lastPair = std::max(1.0, double(data.pairs - 1));
    // The base each curve uses: a method that changes it (NTK-aware, dynamic NTK) says so;
    // LongRoPE says which factor list it used.
    QString method = data.methodName;
    if (data.longRopeFactors == numerics::LongRopeFactors::Short)
        method = tr("%1 short factors").arg(data.methodName);
    else if (data.longRopeFactors == numerics::LongRopeFactors::Long)
        method = tr("%1 long factors").arg(data.methodName);
    if (data.effectiveBase != data.base)
        m_wavelength->setTitle(
            tr("Wavelength per pair: RoPE (base %1) vs %2 (effective base %3)")
                .arg(formatBase(data.base), method, formatBase(data.effectiveBase)));
    else
        m_wavelength->setTitle(
            tr("Wavelength per pair: RoPE vs %1 (base %2)").arg(method, formatBase(data.base)));
    m_wavelength->setLineName(m_scaledLine, data.methodName);

    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const QList<QPointF> *curve : { &data.unscaledWavelength, &data.scaledWavelength }) {
        for (const QPointF &p : *curve) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    hi = std::max({ hi, data.scaledContext, data.originalContext });
    const auto [yMin, yMax] = decadeRange(lo, hi);
    m_wavelength->setXAxis(pairAxis, false, 0.0, lastPair);
    m_wavelength->setYAxis(tr("wavelength (tokens)"), true, yMin, yMax);
    m_wavelength->setLineData(m_unscaledLine, data.unscaledWavelength);
    m_wavelength->setLineData(m_scaledLine, data.scaledWavelength);
    m_wavelength->setMarker(m_contextMarker, data.originalContext,
                            tr("L = %1 tokens").arg(tokens(data.originalContext)));
    m_wavelength->setMarker(m_scaledContextMarker, data.scaledContext,
                            tr("s\u00b7L = %1 tokens").arg(tokens(data.scaledContext)));
    m_wavelength->setMarkerVisible(m_scaledContextMarker, data.factor > 1.0);

    // Shaded regions. When the method's wavelength thresholds give exactly its bands: strips
    // of wavelength, high below highFreqWavelength, low above lowFreqWavelength. Otherwise (e.g.
    // YaRN with beta_fast < beta_slow): columns of pairs, as in the ratio chart.
    const double inf = std::numeric_limits<double>::infinity();
    for (Band band : bands) {
        const int region = int(band);
        const auto [first, last] = pairRange(data.band, band);
        if (data.bandsFollowWavelength) {
            const double y0 = band == Band::High ? -inf
                : band == Band::Medium           ? data.highFreqWavelength
                                                 : data.lowFreqWavelength;
            const double y1 = band == Band::High ? data.highFreqWavelength
                : band == Band::Medium           ? data.lowFreqWavelength
                                                 : inf;
            m_wavelength->setRegion(region, -inf, inf, y0, y1);
        } else {
            m_wavelength->setRegion(region, first - 0.5, last + 0.5, -inf, inf);
        }
        m_wavelength->setRegionVisible(region, data.bandsFollowWavelength || first >= 0);
        // Ratio chart: regions by pair index (first..last pair of the band, +-0.5).
        m_ratio->setRegion(region, first - 0.5, last + 0.5, -inf, inf);
        m_ratio->setRegionVisible(region, first >= 0);
    }

    m_ratio->setTitle(tr("Frequency ratio scaled / unscaled per pair (what the method did)"));
    const auto [ratioMin, ratioMax] = enclosingRange({ &data.ratio, &data.ramp });
    m_ratio->setXAxis(pairAxis, false, 0.0, lastPair);
    m_ratio->setYAxis(tr("ratio / ramp"), false, ratioMin, ratioMax);
    m_ratio->setLineData(m_ratioLine, data.ratio);
    m_ratio->setLineData(m_rampLine, data.ramp);
}

void BandsView::renderTo(QPainter *painter, const QRectF &target)
{
    const double key = std::min(m_legend->heightFor(target.width()), target.height() / 3.0);
    m_legend->paint(painter, QRectF(target.left(), target.top(), target.width(), key));
    const double top = target.top() + key;
    const double height = target.height() - key;
    const double split = height * 0.5; // as the window's layout: two equal charts
    m_wavelength->renderTo(painter, QRectF(target.left(), top, target.width(), split));
    m_ratio->renderTo(painter, QRectF(target.left(), top + split, target.width(), height - split));
}

QStringList BandsView::bandKey() const
{
    QStringList texts;
    for (const auto &item : m_legend->items())
        texts.append(item.second);
    return texts;
}

QString BandsView::csv() const
{
    const BandsData &data = m_controller->data();
    // One row per dimension pair (csvtext.h): wavelengths 2 pi / theta_i in tokens, the ratio
    // scaled / unscaled frequency, the ramp (0 = kept, 1 = divided by s) and the band.
    QString text
        = csv::row({ QStringLiteral("pair_index"), QStringLiteral("unscaled_wavelength_tokens"),
                     QStringLiteral("scaled_wavelength_tokens"), QStringLiteral("frequency_ratio"),
                     QStringLiteral("ramp"), QStringLiteral("band") });
    for (qsizetype i = 0; i < data.scaledWavelength.size(); ++i) {
        const QString band = std::size_t(i) < data.band.size() ? QString::fromStdString(std::string(
                                 numerics::bandId(data.method, data.band[std::size_t(i)])))
                                                               : QString();
        text += csv::row({ QString::number(i), csv::number(data.unscaledWavelength[i].y()),
                           csv::number(data.scaledWavelength[i].y()),
                           csv::number(data.ratio[i].y()), csv::number(data.ramp[i].y()), band });
    }
    return text;
}

} // namespace ropelab::ui
