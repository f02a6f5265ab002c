#pragma once

// The numbers behind the current parameters: rotary dim and effective base, attention factor
// (on cos and sin), DeepSeek softmax-scale multiplier, the total logit multiplier 1/t (attention
// factor squared times the softmax-scale multiplier) and where that temperature is applied, YaRN
// correction range, how many pairs fall in each of the method's bands (named by the method,
// numerics::bandScheme), and the longest wavelength against the original context L.

#include <QWidget>

class QLabel;

namespace ropelab::numerics {
struct RopeFrequencies;
struct RopeParams;
} // namespace ropelab::numerics

namespace ropelab::ui {

class ParamsController;

class ReadoutWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReadoutWidget(QWidget *parent = nullptr);

    // Shows `params`' parameters now and after every change (the window's Read-out dock).
    void follow(ParamsController *params);

    // `frequencies` may be null (meaningless parameters): the read-out then shows dashes.
    // Everything shown comes from `frequencies` (L included: RopeFrequencies::originalContext).
    void showFrequencies(const numerics::RopeParams &params,
                         const numerics::RopeFrequencies *frequencies);

    // The value text of one row, by key: "rotaryDim", "effectiveBase", "attentionFactor",
    // "softmaxScale", "logitMultiplier" (the total), "temperature" (where it is applied),
    // "correctionRange", "bands", "longestWavelength".
    QString valueText(const QString &key) const;
    // The row's label text, by the same key (the "bands" label names the method's bands).
    QString labelText(const QString &key) const;

private:
    QLabel *addRow(const QString &key, const QString &label, const QString &tooltip);
    QLabel *nameLabel(const QString &key) const;

    QList<QLabel *> m_values;
    QList<QLabel *> m_names;
};

} // namespace ropelab::ui
