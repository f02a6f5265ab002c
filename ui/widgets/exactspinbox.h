#pragma once

#include <QDoubleSpinBox>

namespace ropelab::ui {

// A QDoubleSpinBox that shows the exact value with up to 12 significant digits instead of a
// fixed number of decimals (so 1e6 shows as 1000000 and 0.0123456 keeps its digits). The
// value itself is kept at full double precision (decimals set to the maximum).
class ExactSpinBox : public QDoubleSpinBox
{
    Q_OBJECT
public:
    explicit ExactSpinBox(QWidget *parent = nullptr);

    void setSignificantDigits(int digits) { m_digits = digits; }

protected:
    // Ctrl+Z / Ctrl+Shift+Z go to Edit > Undo/Redo (the parameter history), not to the text.
    bool event(QEvent *event) override;
    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

private:
    int m_digits = 12;
};

} // namespace ropelab::ui
