#pragma once

// Feeds the score-vs-relative-distance view. Each curve has its own slot of SweepChannels
// (a runner each, latest request wins): slot 0 the current method, RopeSlot plain RoPE at the
// same base, slots 1..4 the optional overlay of plain RoPE at bases 1, 100, 500 and 10000
// (a base equal to the current one is skipped: the "RoPE" curve is it). A slot is sent a
// request only when it differs from the one drawn or in flight, so dragging a scaling
// parameter recomputes one curve. Parameter changes are throttled (SweepChannels: a drag
// sends one request per ~30 ms, not one at the end); stale results are never drawn.
// isPending() stays true until the newest requests are answered.
//
// Base 1 is not a valid rope_theta for the numerics (base <= 1 is rejected): there every
// inverse frequency is exactly 1, and the overlay uses the next double above 1, whose
// frequencies differ from 1 by < 3e-16 relative (angles off by < 3e-10 rad at 1M tokens).

#include "numerics/sweeps.h"

#include <QList>
#include <QObject>
#include <QPointF>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace ropelab::core {
class SweepRunner;
struct SweepAnswer;
} // namespace ropelab::core

namespace ropelab::ui {

class SweepChannels;

class ParamsController;

enum class DecayKind { SelfScore, Bound, RandomScore };

struct DecayOptions
{
    // Default ranges per distance scale. Log: 2^20 tokens, past every preset's s*L, so the
    // whole decay and the scaled context are in view. Linear: 2^12 tokens. A linear axis
    // gives every token the same room, and the scores fall within the first few hundred to
    // few thousand tokens (RoFormer bound, base 10000: 32.5 at 0, 6.55 at 250): over 2^20
    // that is the first few pixels, the rest a band of noise.
    static constexpr double DefaultLogRange = double(1 << 20);
    static constexpr double DefaultLinearRange = double(1 << 12);
    static constexpr double defaultRange(bool logX)
    {
        return logX ? DefaultLogRange : DefaultLinearRange;
    }

    DecayKind kind = DecayKind::SelfScore;
    bool logX = true;
    double maxDistance = DefaultLogRange; // tokens (linear grids stop at MaxLinearCount - 1)
    bool overlayBases = false;
    int displayWidth = 1200; // decimation width (points per curve ~ 2x this)
    // Draw each curve's upper envelope (rolling max |score|, computed by the sweep) over its
    // raw values, which are then drawn faint. Applies only where the grid has more distances
    // than the display has buckets (DecayController::envelopeApplies).
    bool envelope = true;

    // Switches the distance scale; a range still at the old scale's default follows to the
    // new scale's default (a range the user chose stays).
    void setScale(bool log)
    {
        if (maxDistance == defaultRange(logX))
            maxDistance = defaultRange(log);
        logX = log;
    }

    bool operator==(const DecayOptions &) const = default;
};

struct DecayCurve
{
    QString id; // "rope", "scaled", "base-1", "base-100", ... (CSV column ids)
    QString name; // translated legend text
    QList<QPointF> display; // decimated, what the chart plots
    QList<QPointF> envelope; // decimated rolling max |score| (empty when not computed)
    // The sweep result it comes from (shared, not copied per curve): series `seriesIndex`,
    // computed by runner `slot` for `request`. The result keeps the exact x/y only for grids
    // of at most DecayController::KeepExactPoints points; see DecayController::exactCurves().
    std::shared_ptr<const numerics::SweepResult> source;
    int seriesIndex = -1;
    int slot = 0;
    numerics::SweepRequest request;
    const numerics::Series &series() const;
};

struct DecayData
{
    bool valid = false;
    QString error;
    QString methodName;
    DecayKind kind = DecayKind::SelfScore;
    bool logX = true;
    QList<DecayCurve> curves;
    double xMin = 0.0, xMax = 1.0, yMin = -1.0, yMax = 1.0;
    double originalContext = 0.0; // L
    double scaledContext = 0.0; // s * L
    quint64 revision = 0; // bumps on every applied result
    // The envelope window of the drawn curves: 0 = no envelope; else the half width in
    // tokens (linear) or in ln(distance) (log: the window of x is x / e^w .. x * e^w).
    double envelopeHalfWidth = 0.0;
    // The method's curve is plain RoPE itself (same frequencies, attention factor 1): no
    // separate plain-RoPE curve is drawn.
    bool methodIsPlain = false;
};

class DecayController : public QObject
{
    Q_OBJECT
public:
    static constexpr int OverlayCount = 4;
    // Runner slots: 0 the current method, 1..OverlayCount the overlay bases, RopeSlot plain
    // RoPE at the current base. Plain RoPE has its own slot so that a drag of a scaling
    // parameter (factor, betas, ...) recomputes one curve, not two.
    static constexpr int RopeSlot = OverlayCount + 1;
    static constexpr int SlotCount = OverlayCount + 2;
    static constexpr std::array<double, OverlayCount> OverlayBases { 1.0, 100.0, 500.0, 10000.0 };

    // Exact x/y kept with each result up to this many points per series. Larger sweeps (the
    // 1M linear grid: 32 MB) are not copied on the GUI thread when they arrive: that copy
    // competes with the next sweep for the 2 cores and stalls the event loop by ~100 ms. Their
    // exact data is recomputed on export by the same deterministic engine from the same
    // request, which gives the same numbers bit for bit.
    static constexpr Eigen::Index KeepExactPoints = 65536;

    // The envelope window is this fraction of the distance axis (of ln distance on a log
    // axis) on either side: ~4 px either side on a 900 px plot, wide enough to span many
    // oscillations of a dense curve, narrow enough to follow its decay.
    static constexpr double EnvelopeHalfWindow = 1.0 / 200.0;
    // Whether `options` draw envelopes: asked for, and the grid has more distances than the
    // display has buckets (else every distance has its own pixel and |score| is the curve).
    static bool envelopeApplies(const DecayOptions &options);
    // Legend text of the method's curve: "<model>: <method> s=<factor>" ("Llama 3.1 8B:
    // Llama 3 s=8"), or "<model>: plain RoPE, base <b>" without scaling; no "<model>: " when
    // the parameters came from no preset or file.
    QString methodLabel() const;

    explicit DecayController(ParamsController *params, QObject *parent = nullptr);
    ~DecayController() override;

    const DecayData &data() const { return m_data; }
    const DecayOptions &options() const { return m_options; }
    bool isPending() const;
    // The full-precision series of every drawn curve (in data().curves order), for CSV.
    // Recomputes the sweeps whose exact data was not kept (synchronous: export time only).
    std::vector<numerics::Series> exactCurves() const;
    // Runner 0: the current method; 1..OverlayCount: the overlay bases; RopeSlot: plain RoPE
    // (for tests and benches).
    core::SweepRunner *runner(int index) const;
    // The requests that would be sent for the current parameters and options: the method
    // first, then the overlays actually requested (in runner order).
    std::vector<numerics::SweepRequest> buildRequests() const;
    // Plain RoPE at the current base, head_dim and grid (runner RopeSlot).
    numerics::SweepRequest buildRopeRequest() const;

public Q_SLOTS:
    void setOptions(const ropelab::ui::DecayOptions &options);
    void setKind(ropelab::ui::DecayKind kind);
    void setLogX(bool logX);
    void setMaxDistance(double maxDistance);
    void setOverlayBases(bool overlay);
    void setEnvelope(bool envelope);
    // Sends the requests now (the throttle timer calls this).
    void requestNow();

Q_SIGNALS:
    void dataChanged();
    void pendingChanged(bool pending);
    // After every change of options() (views mirror it; the state file saves it).
    void optionsChanged(const ropelab::ui::DecayOptions &options);

private:
    void sendRequests(); // SweepChannels::due
    void handleAnswer(int index, const core::SweepAnswer &answer);
    void handleFailure(int index, const QString &field, const QString &message);
    void rebuild();
    void collectCurves(DecayData &data, double *yMin, double *yMax) const;

    ParamsController *m_params;
    DecayOptions m_options;
    SweepChannels *m_sweeps; // throttle; per slot runner, stale-answer gate, de-duplication
    bool drop(int slot); // true if a drawn result was removed

    // The plotted series of each runner's last answer (secondary series dropped), shared with
    // DecayData so a 1M-point sweep is copied once.
    std::array<std::shared_ptr<const numerics::SweepResult>, SlotCount> m_results;
    std::array<numerics::SweepRequest, SlotCount> m_requests; // of the results on screen
    QString m_failure;
    DecayData m_data;
};

} // namespace ropelab::ui
