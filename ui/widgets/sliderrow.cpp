#include "sliderrow.h"

#include "exactspinbox.h"

#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <algorithm>
#include <cmath>

namespace ropelab::ui {

namespace {

double roundSignificant(double value, int digits)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const double magnitude = std::floor(std::log10(std::abs(value)));
    const double scale = std::pow(10.0, digits - 1 - magnitude);
    return std::round(value * scale) / scale;
}

} // namespace

SliderRow::SliderRow(const QString &label, const QString &tooltip, const SliderScale &scale,
                     QWidget *parent)
    : QObject(parent), m_scale(scale)
{
    if (!m_scale.logarithmic && m_scale.step > 0.0)
        m_positions = std::max(1, int(std::lround((m_scale.sliderMax - m_scale.sliderMin)
                                                  / m_scale.step)));

    m_label = new QLabel(label, parent);
    m_label->setToolTip(tooltip);
    m_slider = new QSlider(Qt::Horizontal, parent);
    m_slider->setRange(0, m_positions);
    m_slider->setToolTip(tooltip);
    m_slider->setMinimumWidth(90);
    m_spin = new ExactSpinBox(parent);
    m_spin->setRange(m_scale.spinMin, m_scale.spinMax);
    m_spin->setToolTip(tooltip);
    m_spin->setMinimumWidth(96);
    if (m_scale.integer)
        m_spin->setSingleStep(m_scale.step > 0.0 ? m_scale.step : 1.0);
    else if (m_scale.logarithmic)
        m_spin->setSingleStep(std::max(1e-3, roundSignificant(m_scale.sliderMin, 1)));
    else
        m_spin->setSingleStep(m_scale.step > 0.0 ? m_scale.step
                                                 : (m_scale.sliderMax - m_scale.sliderMin) / 100.0);
    m_label->setBuddy(m_spin);

    connect(m_slider, &QSlider::valueChanged, this, &SliderRow::sliderMoved);
    connect(m_spin, &QDoubleSpinBox::valueChanged, this, &SliderRow::spinChanged);
}

double SliderRow::value() const
{
    return m_spin->value();
}

void SliderRow::setValue(double value)
{
    const QSignalBlocker spinBlocker(m_spin);
    const QSignalBlocker sliderBlocker(m_slider);
    m_spin->setValue(value);
    // Leave the slider where it is if its position already stands for this value (no jitter
    // while dragging).
    if (valueForPosition(m_slider->value()) != value)
        m_slider->setValue(positionForValue(value));
}

void SliderRow::setEnabled(bool enabled)
{
    m_label->setEnabled(enabled);
    m_slider->setEnabled(enabled);
    m_spin->setEnabled(enabled);
}

void SliderRow::setSpecialValueText(const QString &text)
{
    m_spin->setSpecialValueText(text);
}

void SliderRow::setSuffix(const QString &suffix)
{
    m_spin->setSuffix(suffix);
}

double SliderRow::valueForPosition(int position) const
{
    const double t = double(std::clamp(position, 0, m_positions)) / m_positions;
    double value = 0.0;
    if (m_scale.logarithmic) {
        value = m_scale.sliderMin * std::pow(m_scale.sliderMax / m_scale.sliderMin, t);
        value = roundSignificant(value, m_scale.significantDigits);
    } else {
        value = m_scale.sliderMin + t * (m_scale.sliderMax - m_scale.sliderMin);
        if (m_scale.step > 0.0)
            value = m_scale.sliderMin
                    + std::round((value - m_scale.sliderMin) / m_scale.step) * m_scale.step;
        value = roundSignificant(value, 12);
    }
    if (m_scale.integer)
        value = std::round(value);
    return std::clamp(value, m_scale.sliderMin, m_scale.sliderMax);
}

int SliderRow::positionForValue(double value) const
{
    if (!std::isfinite(value))
        return 0;
    double t = 0.0;
    if (m_scale.logarithmic) {
        if (value <= m_scale.sliderMin)
            return 0;
        t = std::log(value / m_scale.sliderMin) / std::log(m_scale.sliderMax / m_scale.sliderMin);
    } else {
        t = (value - m_scale.sliderMin) / (m_scale.sliderMax - m_scale.sliderMin);
    }
    return int(std::lround(std::clamp(t, 0.0, 1.0) * m_positions));
}

void SliderRow::sliderMoved(int position)
{
    const double value = valueForPosition(position);
    {
        const QSignalBlocker blocker(m_spin);
        m_spin->setValue(value);
    }
    Q_EMIT valueEdited(value);
}

void SliderRow::spinChanged(double value)
{
    {
        const QSignalBlocker blocker(m_slider);
        if (valueForPosition(m_slider->value()) != value)
            m_slider->setValue(positionForValue(value));
    }
    Q_EMIT valueEdited(value);
}

} // namespace ropelab::ui
