#pragma once

// Runs sweeps off the GUI thread with "latest request wins" semantics (STYLE.md section 5):
// at most one job in flight and one pending request (the newest). Every result carries the
// generation of the request it answers, and emitted generations strictly increase, so an older
// result is never drawn over a newer one. Requests made in one event-loop iteration coalesce
// (a burst of N requests runs and answers only the last). A short running job is allowed to
// finish while the user drags (cancelling on every tick starves the display): its answer
// (resultReady or failed) is emitted, the freshest one there is, and the pending request starts at
// once; the final request is always answered. A job running longer than cancelAfterMs when a newer
// request is waiting, or one of a different kind, is cancelled and says nothing. Errors come back
// as values through `failed`, never as exceptions.

#include "numerics/sweeps.h"

#include <QObject>

#include <functional>
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
    // What kind of failure `failed` reports (numerics::ErrorCode): a bad request, or a sweep
    // that stopped itself (SweepControl) without the runner asking.
    enum class Failure { Invalid, Cancelled };
    Q_ENUM(Failure)

    explicit SweepRunner(QObject *parent = nullptr);
    ~SweepRunner() override; // cancels and waits for the running job

    // Queues `request`; returns its generation (strictly increasing). Supersedes any pending
    // request. Cheap: never blocks the caller.
    quint64 request(const numerics::SweepRequest &request);
    // Cancels the running job and drops the pending request.
    void cancel();

    bool isBusy() const;
    quint64 latestGeneration() const;

    // A job that has run longer than this is cancelled when a newer request arrives (or, if it
    // is younger, once it reaches this age while a newer request is still waiting). Default
    // 100 ms; 0 cancels on every newer request; negative values are treated as 0.
    void setCancelAfterMs(int ms);
    int cancelAfterMs() const;

    // What a job runs. Default numerics::runSweep; a test seam (deterministic fake jobs). Called
    // on a worker thread; takes effect for jobs started afterwards; empty restores the default.
    using SweepFunction = std::function<numerics::Result<numerics::SweepResult>(
        const numerics::SweepRequest &, const numerics::SweepControl &)>;
    void setSweepFunction(SweepFunction function);

Q_SIGNALS:
    void resultReady(const ropelab::core::SweepAnswer &answer);
    void failed(quint64 generation, const QString &field, const QString &message,
                ropelab::core::SweepRunner::Failure failure);
    void progressChanged(quint64 generation, double fraction); // for sweeps over ~200 ms
    void busyChanged(bool busy);

private:
    void startPending();
    void cancelRunning();
    void checkRunningAge();
    void handleProgress(int value);
    void handleFinished();
    void setBusy(bool busy);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ropelab::core

Q_DECLARE_METATYPE(ropelab::core::SweepAnswer)
