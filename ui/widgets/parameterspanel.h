#pragma once

// The parameters dock: method and preset selectors, one slider + exact spin box per parameter
// (built from a table of descriptors), the read-out and inline warnings/errors. Writes to the
// ParamsController; follows it (paramsChanged) without re-emitting.

#include "numerics/rope.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QVBoxLayout;

namespace ropelab::numerics {
struct RopeParams;
}

namespace ropelab::ui {

class ParamsController;
class SliderRow;

class ParametersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ParametersPanel(ParamsController *params, QWidget *parent = nullptr);
    ~ParametersPanel() override;

    // The row editing HF key `key` ("rope_theta", "factor", "beta_fast", ..., and "position").
    SliderRow *row(const QString &key) const;
    QStringList rowKeys() const;
    QComboBox *methodCombo() const { return m_methodCombo; }
    QComboBox *presetCombo() const { return m_presetCombo; }
    QCheckBox *truncateCheck() const { return m_truncate; }
    // The texts shown inline (empty when hidden).
    QString errorText() const;
    QString warningText() const;
    QString messageText() const;

public Q_SLOTS:
    // A one-off message (e.g. a config file that could not be read); cleared by the next edit.
    void showMessage(const QString &message);
    // Reloads the controls from the controller (called on paramsChanged).
    void updateControls();

Q_SIGNALS:
    void presetRequested(const QString &name);

private:
    struct Row;
    void buildRows(QVBoxLayout *layout);
    void rowEdited(int index, double value);
    void methodActivated(int index);
    void presetActivated(int index);
    void truncateToggled(bool checked);
    void updateMessages();
    void showMatchingPreset();

    ParamsController *m_params = nullptr;
    QComboBox *m_methodCombo = nullptr;
    QComboBox *m_presetCombo = nullptr;
    QCheckBox *m_truncate = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_warningLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    std::vector<Row> m_rows;
    SliderRow *m_positionRow = nullptr;
    QList<QPair<QString, numerics::RopeParams>> m_presetParams; // preset name -> its parameters
};

} // namespace ropelab::ui
