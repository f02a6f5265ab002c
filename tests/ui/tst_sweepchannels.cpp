// SweepChannels, the sweep plumbing the decay, heatmap and temperature controllers share: a
// burst of changes becomes one request per throttle window, a request already drawn or in
// flight is not sent again, only the newest answer is handed on, a failure carries its field,
// a sweep that cancelled itself (ErrorCode::Cancelled) keeps what is drawn, and pendingChanged
// says true once and false once per burst.

#include "controllers/sweepchannels.h"

#include <QSignalSpy>
#include <QThread>
#include <QTest>

#include <atomic>
#include <memory>

using namespace ropelab;
using numerics::SweepRequest;

namespace {

enum class Ending { Result, Invalid, Cancelled };

// A fake sweep: waits request.seed ms, then ends as told. Counts its calls.
core::SweepRunner::SweepFunction fake(std::shared_ptr<std::atomic<int>> calls, Ending ending)
{
    return [calls, ending](
               const SweepRequest &request,
               const numerics::SweepControl &control) -> numerics::Result<numerics::SweepResult> {
        ++*calls;
        QThread::msleep(request.seed);
        if (ending == Ending::Cancelled || control.cancelled())
            return numerics::cancelledError();
        if (ending == Ending::Invalid)
            return numerics::Error { "rope_theta", "must be > 1" };
        numerics::SweepResult result;
        result.kind = request.kind;
        numerics::Series series;
        series.name = "fake";
        series.x
            = Eigen::ArrayXd::LinSpaced(request.grid.count, 0.0, double(request.grid.count - 1));
        series.y = 2.0 * series.x;
        result.series.push_back(series);
        return result;
    };
}

SweepRequest request(std::int64_t id, int ms = 1)
{
    SweepRequest r;
    r.kind = numerics::SweepKind::SelfScore;
    r.grid.count = id;
    r.seed = std::uint64_t(ms);
    return r;
}

} // namespace

class TestSweepChannels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstIsOneRequestAndDuplicatesAreNotSent();
    void onlyTheNewestAnswerArrives();
    void failuresNameTheFieldCancellationKeepsTheDrawing();
};

void TestSweepChannels::burstIsOneRequestAndDuplicatesAreNotSent()
{
    ui::SweepChannels channels(2, 100, nullptr);
    auto calls = std::make_shared<std::atomic<int>>(0);
    channels.runner(0)->setSweepFunction(fake(calls, Ending::Result));
    channels.runner(1)->setSweepFunction(fake(calls, Ending::Result));
    int due = 0;
    connect(&channels, &ui::SweepChannels::due, this, [&] {
        ++due;
        channels.send(0, request(10));
        channels.send(1, request(20));
    });
    QSignalSpy pending(&channels, &ui::SweepChannels::pendingChanged);
    QSignalSpy answered(&channels, &ui::SweepChannels::answered);

    // Ten changes within one throttle window: one `due`, one request per slot.
    for (int i = 0; i < 10; ++i)
        channels.schedule();
    QVERIFY(channels.isPending());
    QTRY_COMPARE(answered.count(), 2);
    QCOMPARE(due, 1);
    QCOMPARE(calls->load(), 2);
    QTRY_VERIFY(!channels.isPending());
    QCOMPARE(pending.count(), 2); // true once, false once
    QCOMPARE(pending.at(0).at(0).toBool(), true);
    QCOMPARE(pending.at(1).at(0).toBool(), false);

    // The same requests again: drawn already, nothing is sent, and nothing stays pending.
    channels.requestNow();
    QCOMPARE(due, 2);
    QVERIFY(!channels.isPending());
    QTest::qWait(50);
    QCOMPARE(calls->load(), 2);
    QCOMPARE(answered.count(), 2);

    // A slot dropped forgets its request: the same request is sent again afterwards.
    QVERIFY(channels.drop(1));
    QVERIFY(!channels.drop(1)); // nothing drawn any more
    channels.send(1, request(20));
    QTRY_COMPARE(answered.count(), 3);
    QCOMPARE(calls->load(), 3);
    QCOMPARE(answered.at(2).at(0).toInt(), 1);
}

void TestSweepChannels::onlyTheNewestAnswerArrives()
{
    ui::SweepChannels channels(1, 0, nullptr); // cancel a running job for any newer request
    auto calls = std::make_shared<std::atomic<int>>(0);
    channels.runner(0)->setSweepFunction(fake(calls, Ending::Result));
    QSignalSpy answered(&channels, &ui::SweepChannels::answered);
    channels.send(0, request(5, 200));
    QTRY_VERIFY(channels.runner(0)->isBusy());
    channels.send(0, request(7, 1));
    QTRY_VERIFY(!channels.isPending());
    QTest::qWait(50);
    QCOMPARE(answered.count(), 1);
    const auto answer = answered.at(0).at(1).value<core::SweepAnswer>();
    QCOMPARE(answer.request.grid.count, std::int64_t(7));
    QCOMPARE(answer.result.series.front().y[6], 12.0);
}

void TestSweepChannels::failuresNameTheFieldCancellationKeepsTheDrawing()
{
    ui::SweepChannels channels(1, 100, nullptr);
    auto calls = std::make_shared<std::atomic<int>>(0);
    QSignalSpy answered(&channels, &ui::SweepChannels::answered);
    QSignalSpy failed(&channels, &ui::SweepChannels::failed);

    channels.runner(0)->setSweepFunction(fake(calls, Ending::Result));
    channels.send(0, request(3));
    QTRY_COMPARE(answered.count(), 1);

    // A sweep that cancelled itself: no failure, not pending, the answer drawn before stays.
    channels.runner(0)->setSweepFunction(fake(calls, Ending::Cancelled));
    channels.send(0, request(4));
    QTRY_VERIFY(!channels.isPending());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(calls->load(), 2);
    QCOMPARE(answered.count(), 1);

    // A bad request: the failure names the field, and the slot has nothing drawn any more.
    channels.runner(0)->setSweepFunction(fake(calls, Ending::Invalid));
    channels.send(0, request(6));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toInt(), 0);
    QCOMPARE(failed.at(0).at(1).toString(), QStringLiteral("rope_theta"));
    QVERIFY(!channels.drop(0));
}

QTEST_MAIN(TestSweepChannels)
#include "tst_sweepchannels.moc"
