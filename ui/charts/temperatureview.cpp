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
    : QWidget(parent), m_controller(new TemperatureController(params, this)),
      m_curve(new ChartPanel(this)), m_softmax(new ChartPanel(this)), m_entropy(new ChartPanel(this))
{
    m_curveLine = m_curve->addLine(tr("0.1 ln s + 1"), theme::unscaledColor(), 2.0);
    m_formulaPoint = m_curve->addPoints(tr("formula at s"), theme::unscaledColor(), 11.0);
    m_methodPoint = m_curve->addPoints(tr("this method"), theme::currentPointColor(), 11.0);
    m_plainLine = m_softmax->addLine(tr("without attention factor"), theme::unscaledColor(), 2.0,
                                     Qt::DashLine);
    m_scaledLine = m_softmax->addLine(tr("with the temperature"), theme::scaledColor(), 2.0);
    m_entropyUnscaledLine = m_entropy->addLine(tr("RoPE"), theme::unscaledColor(), 2.0, Qt::DashLine);
    m_entropyMethodLine = m_entropy->addLine(tr("scaled"), theme::scaledColor(), 2.0);
    m_entropyUniformLine = m_entropy->addLine(tr("uniform attention (ln n, the maximum)"),
                                              theme::gridColor().darker(150), 1.0, Qt::DotLine);

    m_curve->setToolTip(tr("YaRN's temperature: logits are multiplied by 1/t = (0.1 ln s + 1)\u00b2."));
    m_softmax->setToolTip(tr("Softmax of one example row of self scores, with and without the "
                             "attention factor."));
    m_entropy->setToolTip(tr("Attention entropy of a query over a growing context."));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_curve, 0, 0);
    layout->addWidget(m_softmax, 0, 1);
    layout->addWidget(m_entropy, 1, 0, 1, 2);

    connect(m_controller, &TemperatureController::dataChanged, this, &TemperatureView::updateCharts);
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
    m_curve->setTitle(data.valid ? tr("Attention temperature vs scale factor (logits \u00d7 %1)")
                                           .arg(locale.toString(data.logitMultiplier, 'f', 4))
                                 : tr("Attention temperature vs scale factor"));
    m_curve->setYAxis(tr("1/\u221at = attention factor"), false, 0.9, yMax * 1.05);
    m_curve->setLineData(m_curveLine, data.curve);
    const double s = std::clamp(data.factor, 1.0, TemperatureController::MaxFactor);
    m_curve->setPointsData(m_formulaPoint, {QPointF(s, data.formulaFactor)});
    m_curve->setPointsName(m_formulaPoint, tr("s = %1: %2")
                                                   .arg(locale.toString(data.factor, 'g', 6),
                                                        locale.toString(data.formulaFactor, 'f', 4)));
    m_curve->setPointsData(m_methodPoint,
                           data.valid ? QList<QPointF>{QPointF(s, effective)}
                                      : QList<QPointF>());
    const QString methodLabel = data.softmaxScaleMultiplier != 1.0
            ? tr("%1: %2 (in the softmax scale)")
                      .arg(data.methodName, locale.toString(effective, 'f', 4))
            : tr("%1: %2").arg(data.methodName, locale.toString(effective, 'f', 4));
    m_curve->setPointsName(m_methodPoint, methodLabel);

    m_softmax->setTitle(data.valid ? tr("Softmax of a score row (%1 keys), entropy H in nats")
                                             .arg(TemperatureController::ExampleKeys)
                                   : data.error);
    QList<QPointF> plain;
    QList<QPointF> scaled;
    double pMax = 0.0;
    for (qsizetype j = 0; j < data.softmaxPlain.size(); ++j) {
        plain.append(QPointF(data.distances[j], data.softmaxPlain[j]));
        scaled.append(QPointF(data.distances[j], data.softmaxScaled[j]));
        pMax = std::max({pMax, data.softmaxPlain[j], data.softmaxScaled[j]});
    }
    m_softmax->setXAxis(tr("key distance \u0394 (tokens)"), false, 0.0,
                        double(TemperatureController::ExampleKeys - 1));
    m_softmax->setYAxis(tr("attention weight (probability)"), false, 0.0,
                        pMax > 0.0 ? pMax * 1.08 : 1.0);
    m_softmax->setLineData(m_plainLine, plain);
    m_softmax->setLineData(m_scaledLine, scaled);
    m_softmax->setLineName(m_plainLine, tr("plain: H = %1")
                                                .arg(locale.toString(data.entropyPlain, 'f', 4)));
    m_softmax->setLineName(m_scaledLine, tr("logits \u00d7 %1: H = %2")
                                                 .arg(locale.toString(data.logitMultiplier, 'f', 4),
                                                      locale.toString(data.entropyScaled, 'f', 4)));

    m_entropy->setTitle(tr("Attention entropy vs context length"));
    m_entropy->setXAxis(tr("context length (tokens)"), true, 1.0, std::max(data.entropyXMax, 10.0));
    double entropyMax = std::max(data.entropyYMax, 0.1);
    for (const QList<QPointF> *points : {&data.entropyUnscaled, &data.entropyMethod, &data.entropyUniform}) {
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
    m_softmax->renderTo(painter, QRectF(target.left() + half, target.top(), target.width() - half, top));
    m_entropy->renderTo(painter, QRectF(target.left(), target.top() + top, target.width(),
                                        target.height() - top));
}

QString TemperatureView::csv() const
{
    // Three small tables one after the other, each with its own header row.
    const TemperatureData &data = m_controller->data();
    QString text = csv::row({QStringLiteral("s"), QStringLiteral("inv_sqrt_t")});
    for (const QPointF &p : data.curve)
        text += csv::row({csv::number(p.x()), csv::number(p.y())});
    text += csv::row({QStringLiteral("current_s"), QStringLiteral("formula_attention_factor"),
                      QStringLiteral("method_attention_factor"),
                      QStringLiteral("softmax_scale_multiplier"), QStringLiteral("logit_multiplier")});
    text += csv::row({csv::number(data.factor), csv::number(data.formulaFactor),
                      csv::number(data.attentionFactor), csv::number(data.softmaxScaleMultiplier),
                      csv::number(data.logitMultiplier)});
    text += csv::row({QStringLiteral("delta"), QStringLiteral("logit"),
                      QStringLiteral("softmax_plain"), QStringLiteral("softmax_scaled")});
    for (qsizetype j = 0; j < data.softmaxPlain.size(); ++j)
        text += csv::row({csv::number(data.distances[j]), csv::number(data.logits[j]),
                          csv::number(data.softmaxPlain[j]), csv::number(data.softmaxScaled[j])});
    text += csv::row({QStringLiteral("context_length"), QStringLiteral("entropy_rope"),
                      QStringLiteral("entropy_scaled")});
    const numerics::Series &a = data.entropyUnscaledExact;
    const numerics::Series &b = data.entropyMethodExact;
    for (Eigen::Index i = 0; i < a.x.size(); ++i)
        text += csv::row({csv::number(a.x[i]), csv::number(i < a.y.size() ? a.y[i] : NAN),
                          csv::number(i < b.y.size() ? b.y[i] : NAN)});
    return text;
}

} // namespace ropelab::ui
