#pragma once

// One labelled slider + exact spin box pair. The slider maps integer positions to values on a
// linear or logarithmic scale; the spin box holds the exact value. Editing either updates the
// other and emits valueEdited once; setValue() (from the model) never emits.

#include <QObject>
#include <QString>

class QLabel;
class QSlider;

namespace ropelab::ui {

class ExactSpinBox;

struct SliderScale
{
    double sliderMin = 0.0; // slider range (log scales: both > 0)
    double sliderMax = 1.0;
    double spinMin = 0.0;   // spin box range (may be wider than the slider's)
    double spinMax = 1.0;
    bool logarithmic = false;
    bool integer = false;
    double step = 0.0;      // linear: value step of one slider position (0 = 1000 positions)
    int significantDigits = 3; // values from log slider positions are rounded to this
};

class SliderRow : public QObject
{
    Q_OBJECT
public:
    // The widgets are created with `parent` as their parent; add them to a layout yourself.
    SliderRow(const QString &label, const QString &tooltip, const SliderScale &scale,
              QWidget *parent);

    QLabel *label() const { return m_label; }
    QSlider *slider() const { return m_slider; }
    ExactSpinBox *spinBox() const { return m_spin; }

    double value() const;
    // Shows `value` without emitting valueEdited.
    void setValue(double value);
    void setEnabled(bool enabled);
    // Text shown in the spin box at its minimum (e.g. "auto" for an unset optional value).
    void setSpecialValueText(const QString &text);
    void setSuffix(const QString &suffix);

    // Slider position <-> value (exposed for tests).
    double valueForPosition(int position) const;
    int positionForValue(double value) const;

Q_SIGNALS:
    void valueEdited(double value);

private:
    void sliderMoved(int position);
    void spinChanged(double value);

    SliderScale m_scale;
    int m_positions = 1000;
    QLabel *m_label = nullptr;
    QSlider *m_slider = nullptr;
    ExactSpinBox *m_spin = nullptr;
};

} // namespace ropelab::ui
