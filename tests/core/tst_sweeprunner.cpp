// SweepRunner: latest request wins, results in generation order, long jobs cancelled promptly,
// errors and exceptions as values, clean destruction mid-job, progress throttling. Jobs are
// fakes through the setSweepFunction() seam so their length and behaviour are deterministic;
// one test runs the real numerics::runSweep against the golden inverse frequencies.

#include "sweeprunner.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <new>
#include <stdexcept>
#include <thread>
#include <vector>

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using ropelab::core::SweepAnswer;
using ropelab::core::SweepRunner;
using namespace ropelab::numerics;

namespace {

// What a fake job does once its time is up.
enum class Ending { Result, ErrorValue, StdException, BadAlloc, UnknownException };

// Counters the fake jobs update from the worker thread.
struct Probe
{
    std::atomic<int> calls { 0 }; // jobs started
    std::atomic<int> running { 0 }; // jobs currently inside the sweep function
    std::atomic<int> cancelled { 0 }; // jobs that observed control.cancelled()
};

// A request the fake understands: `id` (grid.count) identifies it and sizes its result;
// `durationMs` (seed) is how long the fake job works.
SweepRequest makeRequest(std::int64_t id, int durationMs, SweepKind kind = SweepKind::SelfScore)
{
    SweepRequest request;
    request.kind = kind;
    request.grid.count = id;
    request.seed = std::uint64_t(durationMs);
    return request;
}

// A job that works (1 ms steps) for request.seed ms, polling control.cancelled() every step
// and reporting progress, then ends as `ending` says. Its result is derived from the request:
// one series "fake" with x = 0 .. id-1 and y = 2x, so a result can be matched to its request.
SweepRunner::SweepFunction fakeSweep(std::shared_ptr<Probe> probe, Ending ending = Ending::Result)
{
    return [probe, ending](const SweepRequest &request,
                           const SweepControl &control) -> Result<SweepResult> {
        ++probe->calls;
        ++probe->running;
        struct Leave
        {
            Probe &probe;
            ~Leave() { --probe.running; }
        } leave { *probe };

        const auto duration = std::chrono::milliseconds(request.seed);
        const auto start = std::chrono::steady_clock::now();
        for (;;) {
            if (control.cancelled()) {
                ++probe->cancelled;
                return cancelledError();
            }
            const auto elapsed = std::chrono::steady_clock::now() - start;
            if (elapsed >= duration)
                break;
            control.progress(duration.count() > 0 ? double(elapsed / std::chrono::microseconds(1))
                                     / double(duration / std::chrono::microseconds(1))
                                                  : 1.0);
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        switch (ending) {
        case Ending::ErrorValue:
            return Error { "rope_theta", "rope_theta must be > 0, got -1" };
        case Ending::StdException:
            throw std::runtime_error("fake job failure");
        case Ending::BadAlloc:
            throw std::bad_alloc();
        case Ending::UnknownException:
            throw 42;
        case Ending::Result:
            break;
        }
        SweepResult result;
        result.kind = request.kind;
        Series series;
        series.name = "fake";
        series.x = Eigen::ArrayXd::LinSpaced(Eigen::Index(request.grid.count), 0.0,
                                             double(request.grid.count - 1));
        series.y = 2.0 * series.x;
        result.series.push_back(std::move(series));
        return result;
    };
}

// The fake's result answers `request`.
bool answers(const SweepAnswer &answer, const SweepRequest &request)
{
    if (answer.result.series.size() != 1 || answer.result.kind != request.kind)
        return false;
    const Series &series = answer.result.series.front();
    return series.x.size() == request.grid.count && series.y.size() == request.grid.count
        && (request.grid.count == 0
            || series.y(series.y.size() - 1) == 2.0 * double(request.grid.count - 1));
}

SweepAnswer answerAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<SweepAnswer>();
}

Eigen::ArrayXd goldenInvFreq(const QString &file)
{
    QFile json(QStringLiteral(ROPELAB_TEST_DATA_DIR "/") + file);
    if (!json.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray values
        = QJsonDocument::fromJson(json.readAll()).object().value(u"inv_freq_float64").toArray();
    Eigen::ArrayXd invFreq(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        invFreq(Eigen::Index(i)) = values.at(i).toDouble();
    return invFreq;
}

constexpr int LongJobMs = 5000;
constexpr qint64 PromptMs = 500; // generous on a loaded 2-core machine; the job alone takes 5 s

} // namespace

class TestSweepRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstOfRequestsGivesOneResult_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("jobMs");
        QTest::newRow("1 request, instant job") << 1 << 0;
        QTest::newRow("50 requests, instant job") << 50 << 0;
        QTest::newRow("50 requests, 40 ms job") << 50 << 40;
        QTest::newRow("500 requests, 20 ms job") << 500 << 20;
    }

    void burstOfRequestsGivesOneResult()
    {
        QFETCH(int, count);
        QFETCH(int, jobMs);
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(fakeSweep(probe));
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QSignalSpy busy(&runner, &SweepRunner::busyChanged);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());
        QVERIFY(busy.isValid());

        quint64 previous = runner.latestGeneration();
        SweepRequest last;
        quint64 lastGeneration = 0;
        for (int i = 0; i < count; ++i) {
            last = makeRequest(100 + i, jobMs);
            lastGeneration = runner.request(last);
            QVERIFY(lastGeneration > previous);
            previous = lastGeneration;
        }
        QCOMPARE(runner.latestGeneration(), lastGeneration);
        QVERIFY(runner.isBusy());

        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 10000);
        QCOMPARE(results.count(), 1);
        QCOMPARE(failures.count(), 0);
        const SweepAnswer answer = answerAt(results, 0);
        QCOMPARE(answer.generation, lastGeneration);
        QVERIFY(answer.request == last);
        QVERIFY(answers(answer, last));
        QVERIFY(answer.elapsedMs >= 0.0);
        QCOMPARE(probe->calls.load(), 1); // the burst coalesced into one job
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
    }

    void dragKeepsResultsFlowingInOrder()
    {
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(fakeSweep(probe));
        QCOMPARE(runner.cancelAfterMs(), 100); // the default: a 40 ms job is never cancelled
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QVERIFY(failures.isValid());

        struct Received
        {
            SweepAnswer answer;
            quint64 latestAtEmission;
        };
        std::vector<Received> received;
        connect(&runner, &SweepRunner::resultReady, this, [&](const SweepAnswer &answer) {
            received.push_back({ answer, runner.latestGeneration() });
        });

        std::map<quint64, SweepRequest> sent;
        quint64 lastGeneration = 0;
        QElapsedTimer drag;
        QTimer tick;
        tick.setInterval(16);
        tick.setTimerType(Qt::PreciseTimer);
        connect(&tick, &QTimer::timeout, this, [&] {
            if (drag.elapsed() >= 1000) {
                tick.stop();
                return;
            }
            const SweepRequest request = makeRequest(std::int64_t(sent.size()) + 10, 40);
            lastGeneration = runner.request(request);
            sent.emplace(lastGeneration, request);
        });
        drag.start();
        tick.start();
        QTRY_VERIFY_WITH_TIMEOUT(!tick.isActive() && !runner.isBusy(), 10000);

        QVERIFY2(sent.size() >= 30, qPrintable(QString::number(sent.size())));
        QCOMPARE(failures.count(), 0);
        QVERIFY2(received.size() >= 10, qPrintable(QString::number(received.size())));
        quint64 previous = 0;
        for (const Received &r : received) {
            QVERIFY(r.answer.generation > previous); // never out of order, never an older one
            previous = r.answer.generation;
            QVERIFY(r.answer.generation <= r.latestAtEmission);
            const auto it = sent.find(r.answer.generation);
            QVERIFY(it != sent.end());
            QVERIFY(r.answer.request == it->second);
            QVERIFY(answers(r.answer, it->second));
        }
        QCOMPARE(received.back().answer.generation, lastGeneration);
        QCOMPARE(received.back().latestAtEmission, lastGeneration);
        QCOMPARE(probe->cancelled.load(), 0);
        // Every job ran for a newest request: far fewer jobs than requests.
        QVERIFY(probe->calls.load() < int(sent.size()));
    }

    void longJobIsCancelledPromptly_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("cancel()") << QStringLiteral("cancel");
        QTest::newRow("newer request past cancelAfterMs") << QStringLiteral("old");
        QTest::newRow("newer request before cancelAfterMs") << QStringLiteral("young");
        QTest::newRow("burst while running") << QStringLiteral("burst");
        QTest::newRow("request of another kind") << QStringLiteral("kind");
        QTest::newRow("cancel() then request") << QStringLiteral("cancelThenRequest");
    }

    void longJobIsCancelledPromptly()
    {
        QFETCH(QString, how);
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(fakeSweep(probe));
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QSignalSpy busy(&runner, &SweepRunner::busyChanged);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());
        QVERIFY(busy.isValid());

        const quint64 longGeneration = runner.request(makeRequest(7, LongJobMs));
        QVERIFY(longGeneration > 0);
        QTRY_COMPARE(probe->running.load(), 1);

        QElapsedTimer clock;
        SweepRequest next = makeRequest(11, 0);
        quint64 nextGeneration = 0;
        if (how == u"cancel") {
            clock.start();
            runner.cancel();
            QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);
            QVERIFY2(clock.elapsed() < PromptMs, qPrintable(QString::number(clock.elapsed())));
            QCOMPARE(results.count(), 0);
            QCOMPARE(failures.count(), 0); // a cancelled job says nothing
            QCOMPARE(probe->cancelled.load(), 1);
            QCOMPARE(busy.count(), 2);
            QCOMPARE(busy.last().at(0).toBool(), false);
            return;
        }
        if (how == u"old") {
            runner.setCancelAfterMs(50);
            QElapsedTimer age; // the job is running (above) ...
            age.start();
            QTRY_VERIFY(age.elapsed() > 60); // ... and is now older than cancelAfterMs
            clock.start();
            nextGeneration = runner.request(next);
        } else if (how == u"young") {
            runner.setCancelAfterMs(150); // the age check cancels it 150 ms after it started
            clock.start();
            nextGeneration = runner.request(next);
        } else if (how == u"burst") {
            clock.start();
            for (int i = 0; i < 50; ++i) {
                next = makeRequest(20 + i, 0);
                nextGeneration = runner.request(next);
            }
        } else if (how == u"kind") {
            runner.setCancelAfterMs(60000); // only the kind change can cancel it
            next = makeRequest(11, 0, SweepKind::Bound);
            clock.start();
            nextGeneration = runner.request(next);
        } else if (how == u"cancelThenRequest") {
            clock.start();
            runner.cancel();
            nextGeneration = runner.request(next);
        } else {
            QFAIL("unknown row");
        }
        QTRY_VERIFY_WITH_TIMEOUT(results.count() == 1 && !runner.isBusy(), 10000);
        QVERIFY2(clock.elapsed() < PromptMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(failures.count(), 0);
        const SweepAnswer answer = answerAt(results, 0);
        QCOMPARE(answer.generation, nextGeneration);
        QVERIFY(answer.request == next);
        QVERIFY(answers(answer, next));
        QCOMPARE(probe->cancelled.load(), 1);
        QCOMPARE(probe->calls.load(), 2);
    }

    void failuresArriveAsValues_data()
    {
        QTest::addColumn<int>("ending");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("error value") << int(Ending::ErrorValue) << QStringLiteral("rope_theta")
                                     << QStringLiteral("rope_theta must be > 0, got -1");
        QTest::newRow("std::exception") << int(Ending::StdException) << QStringLiteral("sweep")
                                        << QStringLiteral("fake job failure");
        QTest::newRow("bad_alloc")
            << int(Ending::BadAlloc) << QStringLiteral("sweep") << QStringLiteral("out of memory");
        QTest::newRow("unknown exception") << int(Ending::UnknownException)
                                           << QStringLiteral("sweep") << QStringLiteral("unknown");
    }

    void failuresArriveAsValues()
    {
        QFETCH(int, ending);
        QFETCH(QString, field);
        QFETCH(QString, messagePart);
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(fakeSweep(probe, Ending(ending)));
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());

        const quint64 generation = runner.request(makeRequest(5, 5));
        QVERIFY(failures.wait(5000));
        QTRY_VERIFY(!runner.isBusy());
        QCOMPARE(failures.count(), 1);
        QCOMPARE(results.count(), 0);
        QCOMPARE(failures.at(0).at(0).value<quint64>(), generation);
        QCOMPARE(failures.at(0).at(1).toString(), field);
        const QString message = failures.at(0).at(2).toString();
        QVERIFY2(message.contains(messagePart), qPrintable(message));

        // The runner is still usable: the next request after a failure gets its answer.
        runner.setSweepFunction(fakeSweep(probe));
        const SweepRequest request = makeRequest(9, 0);
        const quint64 nextGeneration = runner.request(request);
        QVERIFY(results.wait(5000));
        QCOMPARE(answerAt(results, 0).generation, nextGeneration);
        QVERIFY(answers(answerAt(results, 0), request));
        QCOMPARE(failures.count(), 1);
    }

    void failureOfSupersededJobIsNotReportedOutOfOrder()
    {
        // A superseded job that fails still reports (it ran for a newer request than anything
        // shown), but never after a newer answer; the last request is answered.
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(
            [probe, fail = fakeSweep(probe, Ending::ErrorValue),
             ok = fakeSweep(probe)](const SweepRequest &request, const SweepControl &control) {
                return request.grid.count == 1 ? fail(request, control) : ok(request, control);
            });
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());
        runner.setCancelAfterMs(60000); // the failing job runs to its end
        const quint64 first = runner.request(makeRequest(1, 300));
        QTRY_COMPARE(probe->running.load(), 1);
        const SweepRequest last = makeRequest(2, 0);
        const quint64 second = runner.request(last);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 5000);
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).value<quint64>(), first);
        QCOMPARE(results.count(), 1);
        QCOMPARE(answerAt(results, 0).generation, second);
    }

    void progressIsThrottledAndOnlyForLongJobs_data()
    {
        QTest::addColumn<int>("jobMs");
        QTest::addColumn<bool>("expectProgress");
        QTest::newRow("50 ms job: none") << 50 << false;
        QTest::newRow("700 ms job: some") << 700 << true;
    }

    void progressIsThrottledAndOnlyForLongJobs()
    {
        QFETCH(int, jobMs);
        QFETCH(bool, expectProgress);
        auto probe = std::make_shared<Probe>();
        SweepRunner runner;
        runner.setSweepFunction(fakeSweep(probe));
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy progress(&runner, &SweepRunner::progressChanged);
        QVERIFY(results.isValid());
        QVERIFY(progress.isValid());

        QElapsedTimer clock;
        clock.start();
        const quint64 generation = runner.request(makeRequest(3, jobMs));
        QVERIFY(results.wait(10000));
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(answerAt(results, 0).generation, generation);

        // The fake reports progress every millisecond; at most ~30 of them per second pass.
        QVERIFY2(progress.count() <= 1 + elapsed * 31 / 1000,
                 qPrintable(QStringLiteral("%1 in %2 ms").arg(progress.count()).arg(elapsed)));
        if (!expectProgress) {
            QCOMPARE(progress.count(), 0);
            return;
        }
        QVERIFY(progress.count() >= 1);
        double previous = 0.0;
        for (const QList<QVariant> &arguments : std::as_const(progress)) {
            QCOMPARE(arguments.at(0).value<quint64>(), generation);
            const double fraction = arguments.at(1).toDouble();
            QVERIFY(fraction >= previous && fraction <= 1.0);
            QVERIFY(fraction >= 0.15); // nothing before ~200 ms of a 700 ms job
            previous = fraction;
        }
    }

    void destroyingMidJobIsClean_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("idle") << QStringLiteral("idle");
        QTest::newRow("request not started yet") << QStringLiteral("queued");
        QTest::newRow("long job running") << QStringLiteral("running");
        QTest::newRow("long job running, request pending") << QStringLiteral("pending");
        QTest::newRow("long job running, cancel requested") << QStringLiteral("cancelled");
    }

    void destroyingMidJobIsClean()
    {
        QFETCH(QString, state);
        auto probe = std::make_shared<Probe>();
        QObject observer; // outlives the runner
        int signalsAfterDestruction = 0;
        bool destroyed = false;
        auto *runner = new SweepRunner;
        runner->setSweepFunction(fakeSweep(probe));
        auto count = [&] {
            if (destroyed)
                ++signalsAfterDestruction;
        };
        connect(runner, &SweepRunner::resultReady, &observer, count);
        connect(runner, &SweepRunner::failed, &observer, count);
        connect(runner, &SweepRunner::progressChanged, &observer, count);
        connect(runner, &SweepRunner::busyChanged, &observer, count);

        if (state != u"idle") {
            runner->request(makeRequest(4, LongJobMs));
            if (state != u"queued")
                QTRY_COMPARE(probe->running.load(), 1);
            if (state == u"pending")
                runner->request(makeRequest(5, 0));
            if (state == u"cancelled")
                runner->cancel();
        }

        QElapsedTimer clock;
        clock.start();
        delete runner;
        destroyed = true;
        QVERIFY2(clock.elapsed() < PromptMs, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(probe->running.load(), 0); // the job has returned: nothing touches the runner
        QCOMPARE(probe->cancelled.load(), (state == u"idle" || state == u"queued") ? 0 : 1);
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(signalsAfterDestruction, 0);
    }

    void realSweepSelfScore()
    {
        // The default numerics::runSweep: the plain RoPE self-score (1/(d/2)) sum_i
        // cos(delta * inv_freq_i) (ROPE_SPEC.md section 9) from the golden inverse frequencies.
        const Eigen::ArrayXd invFreq
            = goldenInvFreq(QStringLiteral("a_default_base10000_hd128.json"));
        QCOMPARE(invFreq.size(), Eigen::Index(64));

        SweepRunner runner;
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());
        SweepRequest request;
        request.kind = SweepKind::SelfScore;
        request.params.method = Method::Default;
        request.params.headDim = 128;
        request.params.base = 10000.0;
        request.grid.spacing = DistanceGrid::Spacing::Linear;
        request.grid.count = 4096;
        request.displayWidth = 800;
        const quint64 generation = runner.request(request);
        QTRY_VERIFY_WITH_TIMEOUT(!runner.isBusy(), 30000);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(failures.isEmpty() ? QString() : failures.at(0).at(2).toString()));
        QCOMPARE(results.count(), 1);
        const SweepAnswer answer = answerAt(results, 0);
        QCOMPARE(answer.generation, generation);
        QVERIFY(answer.request == request);
        QCOMPARE(answer.result.kind, SweepKind::SelfScore);
        QVERIFY(!answer.result.series.empty());
        bool foundNormalised = false;
        for (const Series &series : answer.result.series) {
            QCOMPARE(series.x.size(), Eigen::Index(4096));
            QCOMPARE(series.y.size(), Eigen::Index(4096));
            QCOMPARE(series.x(0), 0.0);
            QCOMPARE(series.x(4095), 4095.0);
            QVERIFY(series.displayX.size() == series.displayY.size());
            QVERIFY(series.displayX.size() > 0 && series.displayX.size() <= 2 * 800 + 2);
            // The normalised self-score is 1 at distance 0.
            if (std::abs(series.y(0) - 1.0) > 1e-12)
                continue;
            foundNormalised = true;
            for (const Eigen::Index delta : { 1, 10, 100, 1000, 4095 }) {
                const double expected = (double(delta) * invFreq).cos().sum() / 64.0;
                QVERIFY2(std::abs(series.y(delta) - expected) < 1e-12,
                         qPrintable(QStringLiteral("%1 at %2: %3 vs %4")
                                        .arg(QString::fromStdString(series.name))
                                        .arg(delta)
                                        .arg(series.y(delta), 0, 'g', 17)
                                        .arg(expected, 0, 'g', 17)));
            }
        }
        QVERIFY(foundNormalised);
    }

    void realSweepBadInputIsAFailureNamingTheField()
    {
        SweepRunner runner;
        QSignalSpy results(&runner, &SweepRunner::resultReady);
        QSignalSpy failures(&runner, &SweepRunner::failed);
        QVERIFY(results.isValid());
        QVERIFY(failures.isValid());
        SweepRequest request;
        request.params.headDim = -4;
        const quint64 generation = runner.request(request);
        QVERIFY(failures.wait(30000));
        QCOMPARE(results.count(), 0);
        QCOMPARE(failures.at(0).at(0).value<quint64>(), generation);
        QCOMPARE(failures.at(0).at(1).toString(), QStringLiteral("head_dim"));
        QVERIFY(failures.at(0).at(2).toString().contains(QStringLiteral("-4")));
    }
};

QTEST_GUILESS_MAIN(TestSweepRunner)
#include "tst_sweeprunner.moc"
