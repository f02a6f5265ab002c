#pragma once

// Feeds the temperature view.
//  * The YaRN temperature curve 1/sqrt(t) = 0.1 ln s + 1 (numerics::yarnGetMscale) for s in
//    [1, 256] (log-spaced), the formula's value at the current factor and the method's actual
//    attention factor (RopeFrequencies::attentionFactor: e.g. 1 for Llama 3 or DeepSeek's HF
//    config, where the temperature moves into the softmax scale).
//  * One example score row: a query at distance Delta = 0 .. n-1 (n = 64) from the keys, with
//    all-ones q = k per pair (the self score of ROPE_SPEC.md section 9,
//    S(Delta) = sum_i 2 cos(Delta invFreq_i) / sqrt(d), scaled frequencies) and its softmax
//    with logits S and with the method's logit multiplier (attention_factor^2 times the
//    DeepSeek-style softmax-scale multiplier) times S; entropies in nats. O(n d) on the GUI
//    thread.
//  * The attention entropy vs context length (numerics::SweepKind::Entropy, unscaled vs
//    scaled) through SweepChannels (throttle, runner, stale-answer gate,
//    de-duplication).

#include "numerics/sweeps.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

namespace ropelab::core {
class SweepRunner;
struct SweepAnswer;
} // namespace ropelab::core

namespace ropelab::ui {

class ParamsController;
class SweepChannels;

struct TemperatureData
{
    bool valid = false;
    QString error;
    QString methodName;
    QList<QPointF> curve; // (s, 0.1 ln s + 1)
    double factor = 1.0; // current s
    double formulaFactor = 1.0; // yarnGetMscale(s)
    double attentionFactor = 1.0; // the method's attention factor (multiplies cos and sin)
    double softmaxScaleMultiplier = 1.0; // DeepSeek style get_mscale(s, mscale_all_dim)^2, else 1
    // The rotary logits' total multiplier 1/t = attentionFactor^2 * softmaxScaleMultiplier
    // (DeepSeek moves the temperature from cos/sin into the softmax scale).
    double logitMultiplier = 1.0;
    QList<double> distances; // Delta of each key in the example row
    QList<double> logits; // S(Delta) without the attention factor
    QList<double> softmaxPlain; // softmax(S)
    QList<double> softmaxScaled; // softmax(logitMultiplier * S)
    double entropyPlain = 0.0; // nats
    double entropyScaled = 0.0; // nats
    // Entropy sweep (empty until the runner answers).
    QList<QPointF> entropyUnscaled; // decimated display points (context length, nats)
    QList<QPointF> entropyMethod;
    QList<QPointF> entropyUniform; // ln n: the largest possible entropy
    numerics::Series entropyUnscaledExact;
    numerics::Series entropyMethodExact;
    double entropyXMax = 1.0;
    double entropyYMin = 0.0, entropyYMax = 1.0;
    quint64 revision = 0;
};

class TemperatureController : public QObject
{
    Q_OBJECT
public:
    static constexpr int ExampleKeys = 64;
    static constexpr double MaxFactor = 256.0;

    explicit TemperatureController(ParamsController *params, QObject *parent = nullptr);
    ~TemperatureController() override;

    const TemperatureData &data() const { return m_data; }
    bool isPending() const;
    core::SweepRunner *runner() const;
    numerics::SweepRequest buildEntropyRequest() const;

    // softmax and its entropy (nats); numerically stable (max subtracted).
    static QList<double> softmax(const QList<double> &logits, double multiplier);
    static double entropy(const QList<double> &probabilities);

public Q_SLOTS:
    void refresh(); // the O(d) parts, at once
    void requestNow(); // the entropy sweep

Q_SIGNALS:
    void dataChanged();
    void pendingChanged(bool pending);

private:
    void paramsChanged();
    void sendRequest(); // SweepChannels::due: the entropy sweep
    void handleAnswer(int slot, const core::SweepAnswer &answer);
    void handleFailure(int slot, const QString &field, const QString &message);

    ParamsController *m_params;
    SweepChannels *m_sweeps; // throttle, runner, stale-answer gate, de-duplication
    TemperatureData m_data;
};

} // namespace ropelab::ui
