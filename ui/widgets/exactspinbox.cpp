#include "exactspinbox.h"

#include <QKeyEvent>

#include <QLocale>

#include <cmath>

namespace ropelab::ui {

ExactSpinBox::ExactSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(15);
    setKeyboardTracking(false);
    setAccelerated(true);
}

bool ExactSpinBox::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore(); // not overridden: the window's Undo/Redo shortcut fires
            return true;
        }
    }
    return QDoubleSpinBox::event(event);
}

QString ExactSpinBox::textFromValue(double value) const
{
    const QLocale locale;
    if (std::abs(value) < 1e15 && value == std::round(value))
        return locale.toString(static_cast<qlonglong>(value)).remove(locale.groupSeparator());
    QString text = locale.toString(value, 'g', m_digits);
    return text.remove(locale.groupSeparator());
}

double ExactSpinBox::valueFromText(const QString &text) const
{
    QString trimmed = text.trimmed();
    if (!specialValueText().isEmpty() && trimmed == specialValueText())
        return minimum();
    if (!prefix().isEmpty() && trimmed.startsWith(prefix()))
        trimmed = trimmed.mid(prefix().size());
    if (!suffix().isEmpty() && trimmed.endsWith(suffix()))
        trimmed.chop(suffix().size());
    bool ok = false;
    const double value = QLocale().toDouble(trimmed.trimmed(), &ok);
    if (ok)
        return value;
    return trimmed.trimmed().toDouble();
}

QValidator::State ExactSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos);
    QString trimmed = input.trimmed();
    if (!specialValueText().isEmpty() && trimmed == specialValueText())
        return QValidator::Acceptable;
    if (!prefix().isEmpty() && trimmed.startsWith(prefix()))
        trimmed = trimmed.mid(prefix().size());
    if (!suffix().isEmpty() && trimmed.endsWith(suffix()))
        trimmed.chop(suffix().size());
    trimmed = trimmed.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-") || trimmed.endsWith(QLatin1Char('e'))
        || trimmed.endsWith(QLatin1Char('E')) || trimmed.endsWith(QLatin1String("e-"))
        || trimmed.endsWith(QLatin1String("e+")))
        return QValidator::Intermediate;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return QValidator::Invalid;
    if (value < minimum() || value > maximum())
        return QValidator::Intermediate;
    return QValidator::Acceptable;
}

void ExactSpinBox::fixup(QString &input) const
{
    input = textFromValue(value());
}

} // namespace ropelab::ui
