#pragma once

// The sweeps of one view controller (decay, heatmap, temperature), in one place: a throttle
// that turns a burst of parameter changes into one request every ThrottleMs (throttle, not
// debounce: a drag keeps updating), and per slot (one curve or table each) a core::SweepRunner,
// an AnswerGate (a stale answer is never drawn) and de-duplication (a request that is already
// drawn or in flight on its slot is not sent again). The controller builds the requests when
// `due` fires and turns answers into its data; pendingChanged follows every slot.

#include "answergate.h"
#include "sweeprunner.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QTimer;

namespace ropelab::ui {

class SweepChannels : public QObject
{
    Q_OBJECT
public:
    static constexpr int ThrottleMs = 30;

    // `cancelAfterMs`: see core::SweepRunner::setCancelAfterMs.
    SweepChannels(int slotCount, int cancelAfterMs, QObject *parent);

    int slotCount() const { return int(m_slots.size()); }
    core::SweepRunner *runner(int slot) const;

    // Something changed: `due` fires within ThrottleMs (the first change of a burst starts the
    // timer, later ones ride along), and the channels are pending until it is answered.
    void schedule();
    // `due` now (and the throttle stopped): the controller sends its requests at once.
    void requestNow();
    // Sends `request` on `slot` unless that exact request is drawn or in flight there.
    void send(int slot, const numerics::SweepRequest &request);
    // Cancels `slot`'s sweep and forgets its requests. True if an answer was drawn from it.
    bool drop(int slot);

    // A scheduled request not yet sent, or a sent one not yet answered.
    bool isPending() const;

Q_SIGNALS:
    // Build the requests now and send() them (drop() the slots not needed).
    void due();
    // A fresh answer for `slot` (older answers and duplicates never arrive here).
    void answered(int slot, const ropelab::core::SweepAnswer &answer);
    // A fresh failure for `slot` (a bad request: field and message as numerics::Error). The
    // slot's drawn answer is forgotten. A sweep that cancelled itself keeps what is drawn and
    // says nothing.
    void failed(int slot, const QString &field, const QString &message);
    void pendingChanged(bool pending);

private:
    struct Slot
    {
        core::SweepRunner *runner = nullptr;
        AnswerGate gate;
        std::optional<numerics::SweepRequest> sent; // the last request sent
        std::optional<numerics::SweepRequest> drawn; // the request the drawn answer answers
    };

    void handleAnswer(int slot, const core::SweepAnswer &answer);
    void handleFailure(int slot, quint64 generation, const QString &field, const QString &message,
                       core::SweepRunner::Failure failure);
    // Emits pendingChanged when isPending() differs from what was last said.
    void updatePending();

    QTimer *m_throttle = nullptr;
    QList<Slot> m_slots;
    bool m_saidPending = false;
};

} // namespace ropelab::ui
