#include "decayview.h"

#include "chartpanel.h"
#include "csvtext.h"
#include "controllers/decaycontroller.h"
#include "theme.h"

#include <QLocale>
#include <QSignalBlocker>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ropelab::ui {

namespace {

QColor overlayColor(int index)
{
    // Neutral greys/browns, distinct from the band and series colours of the theme.
    static const QColor colors[] = {QColor(0x99, 0x99, 0x99), QColor(0x8c, 0x6d, 0x31),
                                    QColor(0x6b, 0x4c, 0x9a), QColor(0x33, 0x33, 0x33)};
    return colors[index % 4];
}

} // namespace

DecayView::DecayView(ParamsController *params, QWidget *parent)
    : DecayView(new DecayController(params), parent)
{
    m_controller->setParent(this);
}

DecayView::DecayView(DecayController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller),
      m_chart(new ChartPanel(this)), m_kind(new QComboBox(this)), m_scale(new QComboBox(this)),
      m_maxDistance(new QComboBox(this)), m_overlay(new QCheckBox(tr("Overlay bases"), this)),
      m_status(new QLabel(this))
{
    m_kind->addItem(tr("Self score (q = k)"), int(DecayKind::SelfScore));
    m_kind->addItem(tr("RoFormer bound"), int(DecayKind::Bound));
    m_kind->addItem(tr("Random q/k draw"), int(DecayKind::RandomScore));
    m_kind->setToolTip(tr("Which score to plot against the relative distance."));
    m_scale->addItem(tr("Log distance"), true);
    m_scale->addItem(tr("Linear distance"), false);
    m_scale->setToolTip(tr("Logarithmic or linear relative-distance axis."));
    for (int power : {12, 15, 17, 20, 22, 24})
        m_maxDistance->addItem(tr("up to %1 tokens").arg(QLocale().toString(qint64(1) << power)),
                               double(qint64(1) << power));
    m_maxDistance->setToolTip(tr("Largest relative distance computed."));
    m_overlay->setToolTip(tr("Also draw plain RoPE at bases 1, 100, 500 and 10000."));
    m_status->setWordWrap(true);

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_kind);
    controls->addWidget(m_scale);
    controls->addWidget(m_maxDistance);
    controls->addWidget(m_overlay);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(m_chart, 1);

    m_lineIds = {QStringLiteral("rope"), QStringLiteral("scaled")};
    m_chart->addLine(tr("RoPE"), theme::unscaledColor(), 1.5);
    m_chart->addLine(tr("scaled"), theme::scaledColor(), 1.5);
    for (int i = 0; i < DecayController::OverlayCount; ++i) {
        const double base = DecayController::OverlayBases[std::size_t(i)];
        m_lineIds.append(QStringLiteral("base-%1").arg(base, 0, 'g', 6));
        m_chart->addLine(tr("base %1").arg(base, 0, 'g', 6), overlayColor(i), 1.0);
    }
    m_contextMarker = m_chart->addMarker(Qt::Vertical, QString(), theme::contextMarkerColor());
    m_scaledContextMarker
            = m_chart->addMarker(Qt::Vertical, QString(), theme::scaledContextMarkerColor());

    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_scale, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_maxDistance, &QComboBox::currentIndexChanged, this, &DecayView::optionsChanged);
    connect(m_overlay, &QCheckBox::toggled, this, &DecayView::optionsChanged);
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
    return int(m_lineIds.indexOf(curveId));
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
        m_maxDistance->addItem(tr("up to %1 tokens").arg(QLocale().toString(qint64(options.maxDistance))),
                               options.maxDistance);
        index = m_maxDistance->count() - 1;
    }
    m_maxDistance->setCurrentIndex(index);
    m_overlay->setChecked(options.overlayBases);
}

void DecayView::optionsChanged()
{
    DecayOptions options = m_controller->options();
    options.kind = DecayKind(m_kind->currentData().toInt());
    options.logX = m_scale->currentData().toBool();
    options.maxDistance = m_maxDistance->currentData().toDouble();
    options.overlayBases = m_overlay->isChecked();
    m_controller->setOptions(options);
}

void DecayView::updateChart()
{
    const DecayData &data = m_controller->data();
    QString kindName;
    switch (data.kind) {
    case DecayKind::SelfScore:
        kindName = tr("self score (q = k)");
        break;
    case DecayKind::Bound:
        kindName = tr("RoFormer long-term decay bound");
        break;
    case DecayKind::RandomScore:
        kindName = tr("random q/k draw");
        break;
    }
    m_chart->setTitle(tr("Attention score vs relative distance: %1").arg(kindName));
    m_chart->setXAxis(tr("relative distance (tokens)"), data.logX, data.xMin, data.xMax);
    m_chart->setYAxis(tr("normalised score (dimensionless)"), false, data.yMin, data.yMax);
    for (int line = 0; line < m_lineIds.size(); ++line) {
        const DecayCurve *found = nullptr;
        for (const DecayCurve &curve : data.curves) {
            if (curve.id == m_lineIds[line])
                found = &curve;
        }
        m_chart->setLineData(line, found ? found->display : QList<QPointF>());
        if (found)
            m_chart->setLineName(line, found->name);
        m_chart->setLineVisible(line, found != nullptr);
    }
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
    // kind is the view's mode (the --decay-mode names).
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
    QString text
        = csv::row({ QStringLiteral("series"), QStringLiteral("score_kind"),
                     QStringLiteral("distance_tokens"), QStringLiteral("normalised_score") });
    for (qsizetype c = 0; c < data.curves.size() && std::size_t(c) < exact.size(); ++c) {
        const numerics::Series &series = exact[std::size_t(c)];
        for (Eigen::Index i = 0; i < std::min(series.x.size(), series.y.size()); ++i)
            text += csv::row(
                { data.curves[c].id, kind, csv::number(series.x[i]), csv::number(series.y[i]) });
    }
    return text;
}

} // namespace ropelab::ui
