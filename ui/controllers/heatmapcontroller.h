#pragma once

// Feeds the angle heatmap: numerics::SweepKind::AngleHeatmap (angle mod 2 pi over position x
// pair) for the current method, through SweepChannels (throttle, runner, stale-answer gate,
// de-duplication).

#include "numerics/sweeps.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ropelab::core {
class SweepRunner;
struct SweepAnswer;
} // namespace ropelab::core

namespace ropelab::ui {

class SweepChannels;

class ParamsController;

// What the heatmap shows, owned by the controller (views mirror it; the state file, lessons
// and `ropelab export --heatmap-range` set it).
struct HeatmapOptions
{
    double maxPosition = 4096.0; // positions 0 .. maxPosition (tokens)
    int columns = 1024; // image columns (decimation width)

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
    core::SweepRunner *runner() const;
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
    void sendRequest(); // SweepChannels::due
    void handleAnswer(int slot, const core::SweepAnswer &answer);
    void handleFailure(int slot, const QString &field, const QString &message);

    ParamsController *m_params;
    SweepChannels *m_sweeps; // throttle, runner, stale-answer gate, de-duplication
    HeatmapOptions m_options;
    HeatmapData m_data;
};

} // namespace ropelab::ui
