#pragma once

// Runs sweeps off the GUI thread with "latest request wins" semantics (STYLE.md section 5):
// at most one job in flight and one pending request (the newest). Every result carries the
// generation of the request it answers, and only the newest generation is ever emitted, so a
// stale result is never drawn. A short running job is allowed to finish while the user drags
// (cancelling on every tick starves the display); a long one, or one of a different kind, is
// cancelled. Errors come back as values through `failed`, never as exceptions.

#include "numerics/sweeps.h"

#include <QObject>

#include <memory>

namespace ropelab::core {

struct SweepAnswer
{
    quint64 generation = 0;
    numerics::SweepRequest request;
    numerics::SweepResult result;
    double elapsedMs = 0.0;
};

class SweepRunner : public QObject
{
    Q_OBJECT
public:
    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override; // cancels and waits for the running job

    // Queues `request`; returns its generation (strictly increasing). Supersedes any pending
    // request. Cheap: never blocks the caller.
    quint64 request(const numerics::SweepRequest &request);
    // Cancels the running job and drops the pending request.
    void cancel();

    bool isBusy() const;
    quint64 latestGeneration() const;

    // A job that has run longer than this is cancelled when a newer request arrives.
    void setCancelAfterMs(int ms);

Q_SIGNALS:
    void resultReady(const ropelab::core::SweepAnswer &answer);
    void failed(quint64 generation, const QString &field, const QString &message);
    void progressChanged(quint64 generation, double fraction); // for sweeps over ~200 ms
    void busyChanged(bool busy);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ropelab::core

Q_DECLARE_METATYPE(ropelab::core::SweepAnswer)
