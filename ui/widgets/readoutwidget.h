#pragma once

// The numbers behind the current parameters: rotary dim and effective base, attention factor
// and logit multiplier (its square), DeepSeek softmax-scale multiplier, YaRN correction range,
// how many pairs fall in each band, and the longest wavelength against the original context.

#include <QWidget>

class QLabel;

namespace ropelab::numerics {
struct RopeFrequencies;
struct RopeParams;
} // namespace ropelab::numerics

namespace ropelab::ui {

class ReadoutWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ReadoutWidget(QWidget *parent = nullptr);

    // `frequencies` may be null (meaningless parameters): the read-out then shows dashes.
    void showFrequencies(const numerics::RopeParams &params,
                         const numerics::RopeFrequencies *frequencies);

    // The value text of one row, by key: "rotaryDim", "effectiveBase", "attentionFactor",
    // "logitMultiplier", "softmaxScale", "correctionRange", "bands", "longestWavelength".
    QString valueText(const QString &key) const;

private:
    QLabel *addRow(const QString &key, const QString &label, const QString &tooltip);

    QList<QLabel *> m_values;
};

} // namespace ropelab::ui
