#include "decayview.h"

#include "chartpanel.h"
#include "csvtext.h"
#include "controllers/decaycontroller.h"
#include "numerics/decimate.h"
#include "theme.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ropelab::ui {

namespace {

// The colour of a curve id: the theme's unscaled / scaled colours for plain RoPE and the
// method; sky blue, brown, green and near-black for the overlay bases (Okabe-Ito-like,
// distinct from those and from the violet s*L marker).
QColor curveColor(const QString &id)
{
    if (id == QLatin1String("scaled"))
        return theme::scaledColor();
    if (id == QLatin1String("rope"))
        return theme::unscaledColor();
    static const QColor colors[] = { QColor(0x56, 0xB4, 0xE9), QColor(0x8c, 0x6d, 0x31),
                                     QColor(0x00, 0x9E, 0x73), QColor(0x33, 0x33, 0x33) };
    for (std::size_t i = 0; i < DecayController::OverlayBases.size(); ++i) {
        if (id == QStringLiteral("base-%1").arg(DecayController::OverlayBases[i], 0, 'g', 6))
            return colors[i % 4];
    }
    return theme::unscaledColor();
}

// `color` mixed with white (opaque): `strength` 1 is the colour, 0 white. Not translucency:
// Qt strokes a translucent pen as one filled outline of the whole polyline, and for ~2,400
// dense zigzag points that took ~250 ms per repaint on the GUI thread (bench_gui).
QColor faint(const QColor &color, double strength)
{
    const auto mix = [strength](int channel) {
        return int(std::lround(255.0 - strength * (255.0 - channel)));
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

} // namespace

DecayView::DecayView(ParamsController *params, QWidget *parent)
    : DecayView(new DecayController(params), parent)
{
    m_controller->setParent(this);
}

DecayView::DecayView(DecayController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_chart(new ChartPanel(this)),
      m_kind(new QComboBox(this)), m_scale(new QComboBox(this)), m_maxDistance(new QComboBox(this)),
      m_overlay(new QCheckBox(tr("Overlay bases"), this)),
      m_envelope(new QCheckBox(tr("Envelope"), this)), m_status(new QLabel(this))
{
    m_kind->addItem(tr("Self score (q = k)"), int(DecayKind::SelfScore));
    m_kind->addItem(tr("RoFormer bound"), int(DecayKind::Bound));
    m_kind->addItem(tr("Random q/k draw"), int(DecayKind::RandomScore));
    m_kind->setToolTip(tr("Which score to plot against the relative distance."));
    m_scale->addItem(tr("Log distance"), true);
    m_scale->addItem(tr("Linear distance"), false);
    m_scale->setToolTip(tr("Logarithmic or linear relative-distance axis."));
    for (int power : { 12, 15, 17, 20, 22, 24 })
        m_maxDistance->addItem(tr("up to %1 tokens").arg(QLocale().toString(qint64(1) << power)),
                               double(qint64(1) << power));
    m_maxDistance->setToolTip(tr("Largest relative distance computed."));
    m_overlay->setToolTip(tr("Also draw plain RoPE at bases 1, 100, 500 and 10000."));
    m_envelope->setToolTip(
        tr("Draw each curve's largest |score| over a window around every distance (bold) "
           "over its value at every distance (faint). Available when a curve has more "
           "distances than the plot has pixels."));
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(m_scale);
    controls->addWidget(m_maxDistance);
    controls->addWidget(m_overlay);
    controls->addWidget(m_envelope);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    createSeries();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_maxDistance, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_overlay, &QCheckBox::toggled, this, &DecayView::optionsChanged);
    connect(m_envelope, &QCheckBox::toggled, this, &DecayView::optionsChanged);
    connect(m_controller, &DecayController::dataChanged, this, &DecayView::updateChart);
    connect(m_controller, &DecayController::pendingChanged, this, [this](bool pending) {
        m_chart->setBusy(pending);
        if (pending)
            m_status->setText(tr("Computing\u2026"));
        else if (m_controller->data().error.isEmpty())
            m_status->clear();
    });
    connect(m_controller, &DecayController::optionsChanged, this, &DecayView::showOptions);
    showOptions();
    updateChart();
}

QString DecayView::viewTitle() const
{
    return tr("Score vs distance");
}

bool DecayView::isPending() const
{
    return m_controller->isPending();
}

int DecayView::lineIndex(const QString &curveId) const
{
    const auto at = m_curveIds.indexOf(curveId);
    return at < 0 ? -1 : m_rawLines[at];
}

int DecayView::envelopeLineIndex(const QString &curveId) const
{
    const auto at = m_curveIds.indexOf(curveId);
    return at < 0 ? -1 : m_envelopeLines[at];
}

// Drawing order (= legend order), bottom to top: the L and s*L markers, every curve's raw
// values (overlay bases, plain RoPE, the method), then every curve's envelope in the same
// order. The method's curve is drawn last, so no overlay (plain RoPE at base 1 fills the
// whole plot with a +-1 cosine) can hide it.
void DecayView::createSeries()
{
    m_contextMarker = m_chart->addMarker(Qt::Vertical, QString(), theme::contextMarkerColor());
    m_scaledContextMarker
        = m_chart->addMarker(Qt::Vertical, QString(), theme::scaledContextMarkerColor());
    for (double base : DecayController::OverlayBases)
        m_curveIds.append(QStringLiteral("base-%1").arg(base, 0, 'g', 6));
    m_curveIds.append(QStringLiteral("rope"));
    m_curveIds.append(QStringLiteral("scaled"));
    for (const QString &id : std::as_const(m_curveIds))
        m_rawLines.append(m_chart->addLine(id, curveColor(id), 1.5));
    for (const QString &id : std::as_const(m_curveIds))
        m_envelopeLines.append(m_chart->addLine(id, curveColor(id), 2.0));
}

void DecayView::showOptions()
{
    const DecayOptions &options = m_controller->options();
    const QSignalBlocker blockKind(m_kind), blockScale(m_scale), blockMax(m_maxDistance),
        blockOverlay(m_overlay);
    m_kind->setCurrentIndex(m_kind->findData(int(options.kind)));
    m_scale->setCurrentIndex(m_scale->findData(options.logX));
    int index = m_maxDistance->findData(options.maxDistance);
    if (index < 0) { // a range set from a state file or the command line
        m_maxDistance->addItem(
            tr("up to %1 tokens").arg(QLocale().toString(qint64(options.maxDistance))),
            options.maxDistance);
        index = m_maxDistance->count() - 1;
    }
    m_maxDistance->setCurrentIndex(index);
    m_overlay->setChecked(options.overlayBases);
    showEnvelopeOption(options);
}

void DecayView::showEnvelopeOption(const DecayOptions &options)
{
    const QSignalBlocker block(m_envelope);
    m_envelope->setChecked(options.envelope);
    DecayOptions asked = options;
    asked.envelope = true;
    m_envelope->setEnabled(DecayController::envelopeApplies(asked));
}

void DecayView::optionsChanged()
{
    DecayOptions options = m_controller->options();
    options.kind = DecayKind(m_kind->currentData().toInt());
    const bool logX = m_scale->currentData().toBool();
    if (logX != options.logX)
        options.setScale(logX); // a default range follows the new scale
    else
        options.maxDistance = m_maxDistance->currentData().toDouble();
    options.overlayBases = m_overlay->isChecked();
    options.envelope = m_envelope->isChecked();
    m_controller->setOptions(options);
    showEnvelopeOption(m_controller->options());
}

// Each mode's quantity and its units, short enough for a 960x560 chart's y axis.
QString DecayView::yAxisTitle(DecayKind kind) const
{
    switch (kind) {
    case DecayKind::SelfScore:
        return tr("self score = mean cos((m\u2212n)\u03b8\u1d62) (dimensionless)");
    case DecayKind::Bound:
        return tr("bound on |score|/(d/2), units of max |h\u2c7c\u208a\u2081\u2212h\u2c7c|");
    case DecayKind::RandomScore:
        return tr("rotated q\u00b7k, not \u00f7\u221a"
                  "d (q, k entries ~ N(0, 1))");
    }
    return {};
}

QString DecayView::titleText(const DecayData &data) const
{
    QString title;
    QString what; // what the envelope maximises
    switch (data.kind) {
    case DecayKind::SelfScore:
        title = tr("Self score (q = k) vs relative distance");
        what = tr("|score|");
        break;
    case DecayKind::Bound:
        title = tr("RoFormer long-term decay bound vs relative distance");
        what = tr("bound");
        break;
    case DecayKind::RandomScore:
        title = tr("One random q/k draw (correlation 0.9) vs relative distance");
        what = tr("|score|");
        break;
    }
    if (!(data.envelopeHalfWidth > 0.0))
        return title;
    const QLocale locale;
    QString note;
    if (data.logX) {
        // The log grid holds these distances only: the envelope is their maximum.
        const std::size_t count = data.curves.isEmpty()
            ? 0
            : numerics::gridDistances(data.curves.front().request.grid).size();
        note = tr("lines: largest %1 between distance \u00f7 %2 and \u00d7 %2; faint: the value "
                  "at %3 log-spaced distances")
                   .arg(what, locale.toString(std::exp(data.envelopeHalfWidth), 'f', 3),
                        locale.toString(qulonglong(count)));
    } else {
        note = tr("lines: largest %1 within \u00b1%2 tokens; faint: the value at every distance")
                   .arg(what, locale.toString(qint64(data.envelopeHalfWidth)));
    }
    return QStringLiteral("%1<br><span style=\"font-weight:normal\">%2</span>")
        .arg(title.toHtmlEscaped(), note.toHtmlEscaped());
}

// Raw values: solid when they are the curve; faint under an envelope (overlay bases: hidden,
// their +-1 band would cover the plot). Envelopes: bold lines, the method's the boldest.
void DecayView::styleCurve(int index, const DecayCurve *curve, bool envelope)
{
    const QString &id = m_curveIds[index];
    const bool method = id == QLatin1String("scaled");
    const bool overlay = id.startsWith(QLatin1String("base-"));
    const QColor color = curveColor(id);
    const int raw = m_rawLines[index];
    const int top = m_envelopeLines[index];
    const bool hasEnvelope = envelope && curve && !curve->envelope.isEmpty();
    m_chart->setLineData(raw,
                         curve && !(hasEnvelope && overlay) ? curve->display : QList<QPointF>());
    m_chart->setLineData(top, hasEnvelope ? curve->envelope : QList<QPointF>());
    if (hasEnvelope)
        m_chart->setLineStyle(raw, faint(color, method ? 0.4 : 0.3), 1.0);
    else if (overlay)
        m_chart->setLineStyle(raw, faint(color, 0.5), 1.0);
    else
        m_chart->setLineStyle(raw, color, method ? 2.0 : 1.5);
    m_chart->setLineStyle(top, color, method ? 2.5 : overlay ? 1.5 : 2.0);
    if (curve) {
        m_chart->setLineName(raw, curve->name);
        m_chart->setLineName(top, curve->name);
    }
    m_chart->setLineVisible(raw, curve && !(hasEnvelope && overlay));
    m_chart->setLineInLegend(raw, !hasEnvelope);
    m_chart->setLineVisible(top, hasEnvelope);
}

void DecayView::updateChart()
{
    const DecayData &data = m_controller->data();
    m_chart->setTitle(titleText(data));
    m_chart->setXAxis(tr("relative distance m \u2212 n (tokens)"), data.logX, data.xMin, data.xMax);
    const bool envelope = data.envelopeHalfWidth > 0.0;
    for (int index = 0; index < m_curveIds.size(); ++index) {
        const DecayCurve *found = nullptr;
        for (const DecayCurve &curve : data.curves) {
            if (curve.id == m_curveIds[index])
                found = &curve;
        }
        styleCurve(index, found, envelope);
    }
    // The y range of what is drawn (display points keep every bucket's extremes, so this is
    // the range of the exact curves), not of hidden raw overlays.
    double yMin = std::numeric_limits<double>::infinity();
    double yMax = -yMin;
    for (int line = 0; line < m_chart->lineCount(); ++line) {
        if (!m_chart->lineVisible(line))
            continue;
        const QList<QPointF> points = m_chart->lineData(line);
        for (const QPointF &p : points) {
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    }
    if (!(yMax >= yMin)) {
        yMin = data.yMin;
        yMax = data.yMax;
    } else {
        // Rounded out to tick steps, so that a slider drag (a slightly different range every
        // frame) keeps the same axis instead of relaying it out each time.
        const numerics::AxisRange nice = numerics::niceRange(yMin, yMax, 8);
        const double pad = 0.04 * (nice.max - nice.min);
        yMin = nice.min - pad;
        yMax = nice.max + pad;
    }
    m_chart->setYAxis(yAxisTitle(data.kind), false, yMin, yMax);
    const QLocale locale;
    m_chart->setMarker(m_contextMarker, data.originalContext,
                       tr("L = %1").arg(locale.toString(data.originalContext, 'g', 7)));
    m_chart->setMarker(m_scaledContextMarker, data.scaledContext,
                       tr("s\u00b7L = %1").arg(locale.toString(data.scaledContext, 'g', 7)));
    m_chart->setMarkerVisible(m_scaledContextMarker, data.scaledContext > data.originalContext);
    if (!data.error.isEmpty())
        m_status->setText(data.error);
    else if (!m_controller->isPending())
        m_status->clear();
    m_drawnRevision = data.revision;
}

void DecayView::renderTo(QPainter *painter, const QRectF &target)
{
    m_chart->renderTo(painter, target);
}

QString DecayView::csv() const
{
    // One long table (csvtext.h), whatever the options: a row per curve and distance, at full
    // precision (the exact series from the sweep, not the decimated display points). The score
    // kind is the view's mode (the --decay-mode names). Where the view draws an envelope, its
    // value at each distance (the rolling max |score| the line shows) is the last column;
    // empty otherwise.
    const DecayData &data = m_controller->data();
    const std::vector<numerics::Series> exact = m_controller->exactCurves();
    QString kind;
    switch (data.kind) {
    case DecayKind::SelfScore:
        kind = QStringLiteral("self-score");
        break;
    case DecayKind::Bound:
        kind = QStringLiteral("bound");
        break;
    case DecayKind::RandomScore:
        kind = QStringLiteral("random");
        break;
    }
    QString text = csv::row({ QStringLiteral("series"), QStringLiteral("score_kind"),
                              QStringLiteral("distance_tokens"), QStringLiteral("normalised_score"),
                              QStringLiteral("envelope_max_abs_score") });
    for (qsizetype c = 0; c < data.curves.size() && std::size_t(c) < exact.size(); ++c) {
        const numerics::Series &series = exact[std::size_t(c)];
        const Eigen::Index count = std::min(series.x.size(), series.y.size());
        const bool envelope = data.envelopeHalfWidth > 0.0 && series.envelope.size() == count;
        for (Eigen::Index i = 0; i < count; ++i)
            text += csv::row({ data.curves[c].id, kind, csv::number(series.x[i]),
                               csv::number(series.y[i]),
                               envelope ? csv::number(series.envelope[i]) : QString() });
    }
    return text;
}

} // namespace ropelab::ui
