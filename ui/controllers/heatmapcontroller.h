#pragma once

// Feeds the angle heatmap: numerics::SweepKind::AngleHeatmap (angle mod 2 pi over position x
// pair) for the current method, through one core::SweepRunner behind a ~30 ms trailing
// throttle. Stale answers are never drawn (AnswerGate).

#include "answergate.h"
#include "numerics/sweeps.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace ropelab::core {
class SweepRunner;
struct SweepAnswer;
} // namespace ropelab::core

namespace ropelab::ui {

class ParamsController;

struct HeatmapData
{
    bool valid = false;
    QString error;
    QString methodName;
    std::optional<numerics::Heatmap> heatmap; // values(pair, position column), radians
    quint64 revision = 0;
};

class HeatmapController : public QObject
{
    Q_OBJECT
public:
    explicit HeatmapController(ParamsController *params, QObject *parent = nullptr);
    ~HeatmapController() override;

    const HeatmapData &data() const { return m_data; }
    bool isPending() const;
    core::SweepRunner *runner() const { return m_runner; }
    double maxPosition() const { return m_maxPosition; }
    int columns() const { return m_columns; }
    numerics::SweepRequest buildRequest() const;

public Q_SLOTS:
    // Positions 0 .. maxPosition (tokens) over `columns` columns.
    void setMaxPosition(double maxPosition);
    void setColumns(int columns);
    void requestNow();

Q_SIGNALS:
    void dataChanged();
    void pendingChanged(bool pending);

private:
    void scheduleRequest();
    void handleAnswer(const core::SweepAnswer &answer);
    void handleFailure(quint64 generation, const QString &field, const QString &message);

    ParamsController *m_params;
    QTimer *m_throttle;
    core::SweepRunner *m_runner;
    AnswerGate m_gate; // which answers may be drawn
    double m_maxPosition = 4096.0;
    int m_columns = 1024;
    HeatmapData m_data;
};

} // namespace ropelab::ui
