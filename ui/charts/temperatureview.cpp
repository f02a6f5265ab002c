#include "temperatureview.h"

#include "chartpanel.h"
#include "csvtext.h"
#include "controllers/temperaturecontroller.h"
#include "theme.h"

#include <QLocale>
#include <QGridLayout>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ropelab::ui {

TemperatureView::TemperatureView(ParamsController *params, QWidget *parent)
    : TemperatureView(new TemperatureController(params), parent)
{
    m_controller->setParent(this);
}

TemperatureView::TemperatureView(TemperatureController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_curve(new ChartPanel(this)),
      m_softmax(new ChartPanel(this)), m_entropy(new ChartPanel(this))
{
    m_curveLine = m_curve->addLine(tr("YaRN: 0.1 ln s + 1"), theme::unscaledColor(), 2.0);
    m_formulaPoint = m_curve->addPoints(tr("formula at s"), theme::unscaledColor(), 11.0);
    m_methodPoint = m_curve->addPoints(tr("this method"), theme::currentPointColor(), 11.0);
    m_plainLine = m_softmax->addLine(tr("without attention factor"), theme::unscaledColor(), 2.0,
                                     Qt::DashLine);
    m_scaledLine = m_softmax->addLine(tr("with the temperature"), theme::scaledColor(), 2.0);
    m_entropyUnscaledLine
        = m_entropy->addLine(tr("RoPE"), theme::unscaledColor(), 2.0, Qt::DashLine);
    m_entropyMethodLine = m_entropy->addLine(tr("scaled"), theme::scaledColor(), 2.0);
    m_entropyUniformLine = m_entropy->addLine(tr("uniform attention (ln n, the maximum)"),
                                              theme::gridColor().darker(150), 1.0, Qt::DotLine);

    m_curve->setToolTip(
        tr("YaRN's temperature: logits are multiplied by 1/t = (0.1 ln s + 1)\u00b2."));
    m_softmax->setToolTip(tr("Softmax of one example row of self scores, with and without the "
                             "attention factor."));
    m_entropy->setToolTip(tr("Attention entropy of a query over a growing context."));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_curve, 0, 0);
    layout->addWidget(m_softmax, 0, 1);
    layout->addWidget(m_entropy, 1, 0, 1, 2);
    // The upper charts share a row's width: they get the taller row (as in renderTo).
    layout->setRowStretch(0, 11);
    layout->setRowStretch(1, 9);

    connect(m_controller, &TemperatureController::dataChanged, this,
            &TemperatureView::updateCharts);
    updateCharts();
}

QString TemperatureView::viewTitle() const
{
    return tr("Temperature");
}

bool TemperatureView::isPending() const
{
    return m_controller->isPending();
}

void TemperatureView::updateCharts()
{
    const TemperatureData &data = m_controller->data();
    const QLocale locale;
    m_curve->setXAxis(tr("scale factor s (dimensionless)"), true, 1.0,
                      TemperatureController::MaxFactor);
    double yMax = 1.0;
    for (const QPointF &p : data.curve)
        yMax = std::max(yMax, p.y());
    const double effective = std::sqrt(data.logitMultiplier); // the method's 1/sqrt(t)
    yMax = std::max(yMax, effective);
    m_curve->setTitle(data.valid ? tr("Temperature vs scale factor (logits \u00d7 %1)")
                                       .arg(locale.toString(data.logitMultiplier, 'f', 4))
                                 : tr("Temperature vs scale factor"));
    m_curve->setYAxis(tr("1/\u221at (dimensionless)"), false, 0.9, yMax * 1.05);
    m_curve->setLineData(m_curveLine, data.curve);
    const double s = std::clamp(data.factor, 1.0, TemperatureController::MaxFactor);
    m_curve->setPointsData(m_formulaPoint, { QPointF(s, data.formulaFactor) });
    // The formula's value at s has its own legend entry only where the method's point is
    // elsewhere (plain RoPE, PI, NTK, LongRoPE...); for YaRN the two coincide.
    const bool sameAsMethod = data.valid && std::abs(data.formulaFactor - effective) < 1e-9;
    m_curve->setPointsName(m_formulaPoint,
                           sameAsMethod ? QString()
                                        : tr("YaRN at s = %1: %2")
                                              .arg(locale.toString(data.factor, 'g', 6),
                                                   locale.toString(data.formulaFactor, 'f', 4)));
    m_curve->setPointsData(
        m_methodPoint, data.valid ? QList<QPointF> { QPointF(s, effective) } : QList<QPointF>());
    const QString methodLabel = data.softmaxScaleMultiplier != 1.0
        ? tr("%1: %2 (in the softmax scale)")
              .arg(data.methodName, locale.toString(effective, 'f', 4))
        : tr("%1: %2").arg(data.methodName, locale.toString(effective, 'f', 4));
    m_curve->setPointsName(m_methodPoint, methodLabel);

    m_softmax->setTitle(
        data.valid ? tr("Softmax of a score row (%1 keys)").arg(TemperatureController::ExampleKeys)
                   : data.error);
    QList<QPointF> plain;
    QList<QPointF> scaled;
    double pMax = 0.0;
    for (qsizetype j = 0; j < data.softmaxPlain.size(); ++j) {
        plain.append(QPointF(data.distances[j], data.softmaxPlain[j]));
        scaled.append(QPointF(data.distances[j], data.softmaxScaled[j]));
        pMax = std::max({ pMax, data.softmaxPlain[j], data.softmaxScaled[j] });
    }
    m_softmax->setXAxis(tr("key distance \u0394 (tokens)"), false, 0.0,
                        double(TemperatureController::ExampleKeys - 1));
    m_softmax->setYAxis(tr("attention weight"), false, 0.0, pMax > 0.0 ? pMax * 1.08 : 1.0);
    m_softmax->setLineData(m_plainLine, plain);
    m_softmax->setLineData(m_scaledLine, scaled);
    m_softmax->setLineName(m_plainLine,
                           tr("plain: H = %1").arg(locale.toString(data.entropyPlain, 'f', 4)));
    // Without a temperature both rows are the same curve (the dashed one is under the solid).
    m_softmax->setLineName(m_scaledLine,
                           data.logitMultiplier == 1.0
                               ? tr("logits \u00d7 1: the same row")
                               : tr("logits \u00d7 %1: H = %2")
                                     .arg(locale.toString(data.logitMultiplier, 'f', 4),
                                          locale.toString(data.entropyScaled, 'f', 4)));

    m_entropy->setTitle(tr("Attention entropy vs context length"));
    m_entropy->setXAxis(tr("context length (tokens)"), true, 1.0, std::max(data.entropyXMax, 10.0));
    double entropyMax = std::max(data.entropyYMax, 0.1);
    for (const QList<QPointF> *points :
         { &data.entropyUnscaled, &data.entropyMethod, &data.entropyUniform }) {
        for (const QPointF &p : *points)
            entropyMax = std::max(entropyMax, p.y());
    }
    m_entropy->setYAxis(tr("entropy (nats)"), false, std::min(0.0, data.entropyYMin),
                        entropyMax * 1.05);
    m_entropy->setLineData(m_entropyUnscaledLine, data.entropyUnscaled);
    m_entropy->setLineData(m_entropyMethodLine, data.entropyMethod);
    m_entropy->setLineData(m_entropyUniformLine, data.entropyUniform);
    m_entropy->setLineName(m_entropyMethodLine, data.methodName);
}

void TemperatureView::renderTo(QPainter *painter, const QRectF &target)
{
    const double top = target.height() * 0.55;
    const double half = target.width() / 2.0;
    m_curve->renderTo(painter, QRectF(target.left(), target.top(), half, top));
    m_softmax->renderTo(painter,
                        QRectF(target.left() + half, target.top(), target.width() - half, top));
    m_entropy->renderTo(
        painter, QRectF(target.left(), target.top() + top, target.width(), target.height() - top));
}

QString TemperatureView::csv() const
{
    // One long table (see csvtext.h): the three charts' series, the current point and the
    // example row's entropies, each row filling the columns of its series.
    const TemperatureData &data = m_controller->data();
    csv::Table table({ QStringLiteral("series"), QStringLiteral("scale_factor"),
                       QStringLiteral("inv_sqrt_t"), QStringLiteral("attention_factor"),
                       QStringLiteral("softmax_scale_multiplier"),
                       QStringLiteral("logit_multiplier"), QStringLiteral("key_distance_tokens"),
                       QStringLiteral("logit"), QStringLiteral("attention_weight"),
                       QStringLiteral("context_length_tokens"), QStringLiteral("entropy_nats") });
    // Top chart: YaRN's 1/sqrt(t) = 0.1 ln s + 1, its value at the current s, and the method's
    // own point sqrt(logit multiplier) with its attention factor (cos/sin) and softmax-scale
    // multiplier (DeepSeek).
    for (const QPointF &p : data.curve)
        table.add(QStringLiteral("yarn_formula"),
                  { { "scale_factor", p.x() }, { "inv_sqrt_t", p.y() } });
    table.add(QStringLiteral("formula_at_s"),
              { { "scale_factor", data.factor }, { "inv_sqrt_t", data.formulaFactor } });
    if (data.valid) {
        table.add(QStringLiteral("method_at_s"),
                  { { "scale_factor", data.factor },
                    { "inv_sqrt_t", std::sqrt(data.logitMultiplier) },
                    { "attention_factor", data.attentionFactor },
                    { "softmax_scale_multiplier", data.softmaxScaleMultiplier },
                    { "logit_multiplier", data.logitMultiplier } });
    }
    // Example score row: logits, softmax with and without the multiplier, their entropies.
    for (qsizetype j = 0; j < data.softmaxPlain.size(); ++j) {
        const double delta = data.distances[j];
        table.add(QStringLiteral("example_logit"),
                  { { "key_distance_tokens", delta }, { "logit", data.logits[j] } });
        table.add(
            QStringLiteral("softmax_plain"),
            { { "key_distance_tokens", delta }, { "attention_weight", data.softmaxPlain[j] } });
        table.add(QStringLiteral("softmax_scaled"),
                  { { "key_distance_tokens", delta },
                    { "logit_multiplier", data.logitMultiplier },
                    { "attention_weight", data.softmaxScaled[j] } });
    }
    if (!data.softmaxPlain.isEmpty()) {
        const double keys = double(data.softmaxPlain.size());
        table.add(QStringLiteral("example_entropy_plain"),
                  { { "context_length_tokens", keys }, { "entropy_nats", data.entropyPlain } });
        table.add(QStringLiteral("example_entropy_scaled"),
                  { { "context_length_tokens", keys },
                    { "logit_multiplier", data.logitMultiplier },
                    { "entropy_nats", data.entropyScaled } });
    }
    // Entropy sweep at full precision, and the uniform-attention maximum ln n at the same n.
    const numerics::Series &rope = data.entropyUnscaledExact;
    const numerics::Series &scaled = data.entropyMethodExact;
    for (Eigen::Index i = 0; i < std::min(rope.x.size(), rope.y.size()); ++i)
        table.add(QStringLiteral("entropy_rope"),
                  { { "context_length_tokens", rope.x[i] }, { "entropy_nats", rope.y[i] } });
    for (Eigen::Index i = 0; i < std::min(scaled.x.size(), scaled.y.size()); ++i)
        table.add(QStringLiteral("entropy_scaled"),
                  { { "context_length_tokens", scaled.x[i] }, { "entropy_nats", scaled.y[i] } });
    for (Eigen::Index i = 0; i < rope.x.size(); ++i)
        table.add(
            QStringLiteral("entropy_uniform"),
            { { "context_length_tokens", rope.x[i] }, { "entropy_nats", std::log(rope.x[i]) } });
    return table.text();
}

} // namespace ropelab::ui
