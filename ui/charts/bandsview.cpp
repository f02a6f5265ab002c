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
    return {std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi)))};
}

QString tokens(double value)
{
    return QLocale().toString(value, 'g', 7);
}

} // namespace

BandsView::BandsView(ParamsController *params, QWidget *parent)
    : BandsView(new BandsController(params), parent)
{
    m_controller->setParent(this);
}

BandsView::BandsView(BandsController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller),
      m_wavelength(new ChartPanel(this)), m_ratio(new ChartPanel(this))
{
    using numerics::Band;
    const Band bands[] = {Band::High, Band::Medium, Band::Low};
    for (Band band : bands) {
        m_wavelength->addRegion(theme::bandName(band), theme::bandFillColor(band));
        m_ratio->addRegion(theme::bandName(band), theme::bandFillColor(band), false);
    }
    m_unscaledLine = m_wavelength->addLine(tr("RoPE (unscaled)"), theme::unscaledColor(), 2.0,
                                           Qt::DashLine);
    m_scaledLine = m_wavelength->addLine(tr("scaled"), theme::scaledColor(), 2.5);
    m_contextMarker = m_wavelength->addMarker(Qt::Horizontal, QString(), theme::contextMarkerColor());
    m_scaledContextMarker
            = m_wavelength->addMarker(Qt::Horizontal, QString(), theme::scaledContextMarkerColor());
    m_ratioLine = m_ratio->addLine(tr("ratio scaled / unscaled frequency"), theme::scaledColor(), 2.5);
    m_rampLine = m_ratio->addLine(tr("ramp (0 = kept, 1 = divided by s)"), theme::unscaledColor(),
                                  2.0, Qt::DashLine);

    m_wavelength->setToolTip(tr("Wavelength 2\u03c0/\u03b8\u1d62 of each dimension pair, before "
                                "and after scaling, over the frequency bands."));
    m_ratio->setToolTip(tr("How much each pair's frequency is divided, and the interpolation "
                           "ramp that decides it."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_wavelength, 3);
    layout->addWidget(m_ratio, 2);

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
    if (!data.valid) {
        m_wavelength->setTitle(tr("Wavelength per pair: %1").arg(data.error));
        m_ratio->setTitle(QString());
        for (int line : {m_unscaledLine, m_scaledLine})
            m_wavelength->setLineData(line, {});
        for (int line : {m_ratioLine, m_rampLine})
            m_ratio->setLineData(line, {});
        return;
    }
    const double lastPair = std::max(1.0, double(data.pairs - 1));
    m_wavelength->setTitle(tr("Wavelength per pair: RoPE vs %1").arg(data.methodName));
    m_wavelength->setLineName(m_scaledLine, data.methodName);

    double lo = std::numeric_limits<double>::infinity();
    double hi = 0.0;
    for (const QList<QPointF> *curve : {&data.unscaledWavelength, &data.scaledWavelength}) {
        for (const QPointF &p : *curve) {
            lo = std::min(lo, p.y());
            hi = std::max(hi, p.y());
        }
    }
    hi = std::max({hi, data.scaledContext, data.originalContext});
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

    // Shaded regions: high below highFreqWavelength, low above lowFreqWavelength.
    const double inf = std::numeric_limits<double>::infinity();
    const bool haveBands = data.highFreqWavelength > 0.0 && data.lowFreqWavelength > 0.0;
    m_wavelength->setRegion(HighRegion, -inf, inf, -inf, data.highFreqWavelength);
    m_wavelength->setRegion(MediumRegion, -inf, inf, data.highFreqWavelength,
                            data.lowFreqWavelength);
    m_wavelength->setRegion(LowRegion, -inf, inf, data.lowFreqWavelength, inf);
    for (int region : {HighRegion, MediumRegion, LowRegion})
        m_wavelength->setRegionVisible(region, haveBands);

    // Ratio chart: regions by pair index (first..last pair of each band, +-0.5).
    m_ratio->setTitle(tr("Frequency ratio and interpolation ramp per pair"));
    double ratioMax = 1.0;
    for (const QPointF &p : data.ratio)
        ratioMax = std::max(ratioMax, p.y());
    m_ratio->setXAxis(pairAxis, false, 0.0, lastPair);
    m_ratio->setYAxis(tr("ratio / ramp"), false, 0.0, ratioMax * 1.05);
    m_ratio->setLineData(m_ratioLine, data.ratio);
    m_ratio->setLineData(m_rampLine, data.ramp);
    using numerics::Band;
    const Band bands[] = {Band::High, Band::Medium, Band::Low};
    for (int region = 0; region < 3; ++region) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < int(data.band.size()); ++i) {
            if (data.band[std::size_t(i)] == bands[region]) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        m_ratio->setRegion(region, first - 0.5, last + 0.5, -inf, inf);
        m_ratio->setRegionVisible(region, first >= 0);
    }
}

void BandsView::renderTo(QPainter *painter, const QRectF &target)
{
    const double split = target.height() * 0.58;
    m_wavelength->renderTo(painter, QRectF(target.left(), target.top(), target.width(), split));
    m_ratio->renderTo(painter, QRectF(target.left(), target.top() + split, target.width(),
                                      target.height() - split));
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
        const QString band = std::size_t(i) < data.band.size()
                ? QString::fromStdString(std::string(numerics::bandId(data.band[std::size_t(i)])))
                : QString();
        text += csv::row({QString::number(i), csv::number(data.unscaledWavelength[i].y()),
                          csv::number(data.scaledWavelength[i].y()), csv::number(data.ratio[i].y()),
                          csv::number(data.ramp[i].y()), band});
    }
    return text;
}

} // namespace ropelab::ui
