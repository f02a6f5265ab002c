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

// What the heatmap shows, owned by the controller (views mirror it; the state file, lessons
// and `ropelab export --heatmap-range` set it).
struct HeatmapOptions
{
    double maxPosition = 4096.0; // positions 0 .. maxPosition (tokens)
    int columns = 1024;          // image columns (decimation width)

    bool operator==(const HeatmapOptions &) const = default;
};

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
    const HeatmapOptions &options() const { return m_options; }
    double maxPosition() const { return m_options.maxPosition; }
    int columns() const { return m_options.columns; }
    numerics::SweepRequest buildRequest() const;

public Q_SLOTS:
    void setOptions(const ropelab::ui::HeatmapOptions &options);
    // Positions 0 .. maxPosition (tokens) over `columns` columns.
    void setMaxPosition(double maxPosition);
    void setColumns(int columns);
    void requestNow();

Q_SIGNALS:
    void dataChanged();
    void pendingChanged(bool pending);
    void optionsChanged(const ropelab::ui::HeatmapOptions &options);

private:
    void scheduleRequest();
    void handleAnswer(const core::SweepAnswer &answer);
    void handleFailure(quint64 generation, const QString &field, const QString &message);

    ParamsController *m_params;
    QTimer *m_throttle;
    core::SweepRunner *m_runner;
    AnswerGate m_gate; // which answers may be drawn
    HeatmapOptions m_options;
    HeatmapData m_data;
};

} // namespace ropelab::ui
