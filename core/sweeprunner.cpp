#include "sweeprunner.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <exception>
#include <new>
#include <optional>
#include <utility>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#if defined(__SANITIZE_THREAD__)
#define ROPELAB_HAS_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ROPELAB_HAS_TSAN 1
#endif
#endif
#ifdef ROPELAB_HAS_TSAN
#include <sanitizer/tsan_interface.h>
#endif

namespace ropelab::core {

namespace {

// Progress travels as QPromise progress values in [0, ProgressSteps].
constexpr int ProgressSteps = 10000;
// Progress is only reported for jobs that have run at least this long ...
constexpr qint64 ProgressAfterMs = 200;
// ... and at most once per this interval (~30 per second).
constexpr qint64 ProgressIntervalMs = 33;
constexpr int DefaultCancelAfterMs = 100;

// What a job hands back to the GUI thread. Errors are values: exceptions never cross threads.
struct Outcome
{
    numerics::SweepResult result;
    std::optional<numerics::Error> error;
    double elapsedMs = 0.0;
};

// The only state a job shares with the runner: its cancel flag. Owned jointly, so a job that
// outlives the bookkeeping for it never touches freed memory.
struct JobState
{
    std::atomic<bool> cancel { false };
};

// A job reaches its pool thread through QThreadPool's QMutex inside QtCore, which
// ThreadSanitizer cannot see unless Qt itself is instrumented. handOver() (GUI thread, before
// QtConcurrent::run) and takeOver() (first thing in the job) state that real happens-before
// edge for everything the GUI thread built for the job. No-ops in normal builds. What
// QtConcurrent::run builds itself is covered by tests/core/tst_sweeprunner.tsan-suppressions.
void handOver([[maybe_unused]] JobState *state)
{
#ifdef ROPELAB_HAS_TSAN
    __tsan_release(state);
#endif
}

void takeOver([[maybe_unused]] JobState *state)
{
#ifdef ROPELAB_HAS_TSAN
    __tsan_acquire(state);
#endif
}

Outcome runJob(const SweepRunner::SweepFunction &function, const numerics::SweepRequest &request,
               const JobState &state, QPromise<std::shared_ptr<Outcome>> &promise)
{
    Outcome outcome;
    QElapsedTimer clock;
    clock.start();
    const numerics::SweepControl control(&state.cancel, [&promise](double fraction) {
        const double clamped = std::isnan(fraction) ? 0.0 : std::clamp(fraction, 0.0, 1.0);
        promise.setProgressValue(int(clamped * ProgressSteps));
    });
    try {
        numerics::Result<numerics::SweepResult> result = function(request, control);
        if (result.ok())
            outcome.result = std::move(result).value();
        else
            outcome.error = result.error();
    } catch (const std::bad_alloc &) {
        outcome.error = numerics::Error { "sweep", "out of memory while computing the sweep" };
    } catch (const std::exception &e) {
        outcome.error = numerics::Error { "sweep", std::string("unexpected error: ") + e.what() };
    } catch (...) {
        outcome.error = numerics::Error { "sweep", "unexpected error of unknown type" };
    }
    outcome.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return outcome;
}

} // namespace

struct SweepRunner::Private
{
    struct Running
    {
        quint64 generation = 0;
        numerics::SweepRequest request;
        std::shared_ptr<JobState> state;
        QElapsedTimer age;
        bool cancelRequested = false; // GUI-side truth: a cancelled job's outcome is dropped
        qint64 lastProgressMs = -1;
    };
    struct Pending
    {
        quint64 generation = 0;
        numerics::SweepRequest request;
    };

    QThreadPool pool;
    // Results travel as shared pointers: result() copies a pointer, never a sweep. (takeResult()
    // clears the result store while the pool thread may be destroying the task: TSan race.)
    QFutureWatcher<std::shared_ptr<Outcome>> watcher;
    QTimer startTimer; // zero-delay kick: requests of one event-loop iteration coalesce
    QTimer ageTimer; // cancels a running job once it reaches cancelAfterMs with a request waiting
    std::optional<Running> running;
    std::optional<Pending> pending;
    quint64 latestGeneration = 0;
    quint64 lastEmittedGeneration = 0;
    int cancelAfterMs = DefaultCancelAfterMs;
    bool busyReported = false;
    SweepFunction function;
};

SweepRunner::SweepRunner(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<ropelab::core::SweepAnswer>();
    d->pool.setMaxThreadCount(1);
    d->function = &numerics::runSweep;
    d->startTimer.setSingleShot(true);
    d->startTimer.setInterval(0);
    d->ageTimer.setSingleShot(true);
    d->ageTimer.setTimerType(Qt::PreciseTimer);

    // Connected once, before any setFuture().
    connect(&d->watcher, &QFutureWatcherBase::finished, this, &SweepRunner::handleFinished);
    connect(&d->watcher, &QFutureWatcherBase::progressValueChanged, this,
            &SweepRunner::handleProgress);
    connect(&d->startTimer, &QTimer::timeout, this, &SweepRunner::startPending);
    connect(&d->ageTimer, &QTimer::timeout, this, &SweepRunner::checkRunningAge);
}

SweepRunner::~SweepRunner()
{
    // Nothing reaches this object any more; the job only holds its own state and copies.
    disconnect(&d->watcher, nullptr, this, nullptr);
    d->startTimer.stop();
    d->ageTimer.stop();
    d->pending.reset();
    if (d->running)
        d->running->state->cancel.store(true, std::memory_order_relaxed);
    d->pool.waitForDone();
}

quint64 SweepRunner::request(const numerics::SweepRequest &request)
{
    const quint64 generation = ++d->latestGeneration;
    d->pending = Private::Pending { generation, request }; // an older pending one is dropped
    setBusy(true);
    if (!d->running) {
        d->startTimer.start();
        return generation;
    }
    Private::Running &job = *d->running;
    if (job.cancelRequested)
        return generation;
    const qint64 age = job.age.elapsed();
    if (request.kind != job.request.kind || age >= d->cancelAfterMs)
        cancelRunning();
    else if (!d->ageTimer.isActive())
        d->ageTimer.start(int(d->cancelAfterMs - age));
    return generation;
}

void SweepRunner::cancel()
{
    d->pending.reset();
    d->startTimer.stop();
    if (d->running)
        cancelRunning();
    else
        setBusy(false);
}

bool SweepRunner::isBusy() const
{
    return d->running.has_value() || d->pending.has_value();
}

quint64 SweepRunner::latestGeneration() const
{
    return d->latestGeneration;
}

void SweepRunner::setCancelAfterMs(int ms)
{
    d->cancelAfterMs = std::max(ms, 0);
}

int SweepRunner::cancelAfterMs() const
{
    return d->cancelAfterMs;
}

void SweepRunner::setSweepFunction(SweepFunction function)
{
    d->function = function ? std::move(function) : SweepFunction(&numerics::runSweep);
}

void SweepRunner::cancelRunning()
{
    d->ageTimer.stop();
    if (!d->running || d->running->cancelRequested)
        return;
    d->running->cancelRequested = true;
    d->running->state->cancel.store(true, std::memory_order_relaxed);
}

void SweepRunner::startPending()
{
    if (d->running || !d->pending)
        return;
    Private::Pending next = std::move(*d->pending);
    d->pending.reset();

    auto state = std::make_shared<JobState>();
    // Everything the job needs is captured by value; never `this`.
    auto job = [function = d->function, request = next.request,
                state](QPromise<std::shared_ptr<Outcome>> &promise) {
        takeOver(state.get());
        promise.setProgressRange(0, ProgressSteps);
        promise.addResult(std::make_shared<Outcome>(runJob(function, request, *state, promise)));
    };
    handOver(state.get());
    QFuture<std::shared_ptr<Outcome>> future = QtConcurrent::run(&d->pool, std::move(job));
    d->running = Private::Running {
        next.generation, std::move(next.request), std::move(state), QElapsedTimer(), false, -1
    };
    d->running->age.start();
    d->watcher.setFuture(future); // drops anything still queued from the previous job
}

void SweepRunner::checkRunningAge()
{
    if (!d->running || !d->pending || d->running->cancelRequested)
        return;
    const qint64 age = d->running->age.elapsed();
    if (age >= d->cancelAfterMs)
        cancelRunning();
    else
        d->ageTimer.start(int(d->cancelAfterMs - age));
}

void SweepRunner::handleProgress(int value)
{
    if (!d->running || d->running->cancelRequested)
        return;
    Private::Running &job = *d->running;
    const qint64 age = job.age.elapsed();
    if (age < ProgressAfterMs)
        return;
    if (job.lastProgressMs >= 0 && age - job.lastProgressMs < ProgressIntervalMs)
        return;
    job.lastProgressMs = age;
    Q_EMIT progressChanged(job.generation, double(value) / ProgressSteps);
}

void SweepRunner::handleFinished()
{
    if (!d->running)
        return;
    d->ageTimer.stop();
    const Private::Running job = std::move(*d->running);
    d->running.reset();

    // The job has finished: from here on only this thread touches its outcome.
    const QFuture<std::shared_ptr<Outcome>> future = d->watcher.future();
    const std::shared_ptr<Outcome> outcome
        = future.resultCount() > 0 ? future.result() : std::shared_ptr<Outcome>();

    // Start the newest request before telling anyone about this one: the worker never idles.
    if (d->pending)
        startPending();

    QPointer<SweepRunner> self(this);
    const bool emitIt
        = !job.cancelRequested && outcome && job.generation > d->lastEmittedGeneration;
    if (emitIt) {
        d->lastEmittedGeneration = job.generation;
        if (outcome->error) {
            Q_EMIT failed(job.generation, QString::fromStdString(outcome->error->field),
                          QString::fromStdString(outcome->error->message),
                          outcome->error->code == numerics::ErrorCode::Cancelled
                              ? Failure::Cancelled
                              : Failure::Invalid);
        } else {
            SweepAnswer answer;
            answer.generation = job.generation;
            answer.request = job.request;
            answer.result = std::move(outcome->result);
            answer.elapsedMs = outcome->elapsedMs;
            Q_EMIT resultReady(answer);
        }
    }
    if (self && !isBusy())
        setBusy(false);
}

void SweepRunner::setBusy(bool busy)
{
    if (d->busyReported == busy)
        return;
    d->busyReported = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace ropelab::core
