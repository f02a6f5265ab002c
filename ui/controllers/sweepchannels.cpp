#include "sweepchannels.h"

#include <QTimer>

#include <algorithm>

namespace ropelab::ui {

SweepChannels::SweepChannels(int slotCount, int cancelAfterMs, QObject *parent)
    : QObject(parent), m_throttle(new QTimer(this))
{
    m_throttle->setSingleShot(true);
    m_throttle->setInterval(ThrottleMs);
    connect(m_throttle, &QTimer::timeout, this, &SweepChannels::requestNow);
    m_slots.resize(std::max(slotCount, 0));
    for (int i = 0; i < m_slots.size(); ++i) {
        auto *runner = new core::SweepRunner(this);
        runner->setCancelAfterMs(cancelAfterMs);
        m_slots[i].runner = runner;
        connect(runner, &core::SweepRunner::resultReady, this,
                [this, i](const core::SweepAnswer &answer) { handleAnswer(i, answer); });
        connect(runner, &core::SweepRunner::failed, this,
                [this, i](quint64 generation, const QString &field, const QString &message,
                          core::SweepRunner::Failure failure) {
                    handleFailure(i, generation, field, message, failure);
                });
    }
}

core::SweepRunner *SweepChannels::runner(int slot) const
{
    return slot >= 0 && slot < m_slots.size() ? m_slots[slot].runner : nullptr;
}

void SweepChannels::schedule()
{
    // Throttle, not debounce: the timer is not restarted by later changes, and the controller
    // reads the newest parameters when it fires.
    if (!m_throttle->isActive())
        m_throttle->start();
    updatePending();
}

void SweepChannels::requestNow()
{
    m_throttle->stop();
    Q_EMIT due();
    updatePending();
}

void SweepChannels::send(int slot, const numerics::SweepRequest &request)
{
    if (slot < 0 || slot >= m_slots.size())
        return;
    Slot &s = m_slots[slot];
    const bool waiting = s.gate.isWaiting();
    const bool inFlight = waiting && s.sent && *s.sent == request;
    const bool drawn = !waiting && s.drawn && *s.drawn == request;
    if (inFlight || drawn)
        return;
    s.sent = request;
    s.gate.sent(s.runner->request(request));
    updatePending();
}

bool SweepChannels::drop(int slot)
{
    if (slot < 0 || slot >= m_slots.size())
        return false;
    Slot &s = m_slots[slot];
    const bool hadAnswer = s.drawn.has_value();
    s.runner->cancel();
    s.gate.clear();
    s.sent.reset();
    s.drawn.reset();
    updatePending();
    return hadAnswer;
}

bool SweepChannels::isPending() const
{
    return m_throttle->isActive() || std::any_of(m_slots.begin(), m_slots.end(), [](const Slot &s) {
               return s.gate.isWaiting();
           });
}

void SweepChannels::handleAnswer(int slot, const core::SweepAnswer &answer)
{
    Slot &s = m_slots[slot];
    if (!s.gate.admit(answer.generation))
        return; // older than what is drawn (or a duplicate): stale, never drawn
    s.drawn = answer.request;
    Q_EMIT answered(slot, answer);
    updatePending();
}

void SweepChannels::handleFailure(int slot, quint64 generation, const QString &field,
                                  const QString &message, core::SweepRunner::Failure failure)
{
    Slot &s = m_slots[slot];
    if (!s.gate.admit(generation))
        return;
    if (failure != core::SweepRunner::Failure::Cancelled) {
        s.drawn.reset();
        Q_EMIT failed(slot, field, message);
    }
    updatePending();
}

void SweepChannels::updatePending()
{
    const bool pending = isPending();
    if (pending == m_saidPending)
        return;
    m_saidPending = pending;
    Q_EMIT pendingChanged(pending);
}

} // namespace ropelab::ui
