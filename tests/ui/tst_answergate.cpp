// AnswerGate: the rule every chart controller uses to decide which sweep answers to draw.

#include "controllers/answergate.h"

#include <QTest>

using ropelab::ui::AnswerGate;

class TestAnswerGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingSentAdmitsNothing()
    {
        AnswerGate gate;
        QVERIFY(!gate.isWaiting());
        QVERIFY(!gate.admit(1));
    }

    void dragAdmitsIncreasingGenerationsOnly()
    {
        // Requests 1..3 sent during a drag; the runner reports 1, then 3 (2 was coalesced).
        AnswerGate gate;
        gate.sent(1);
        gate.sent(2);
        gate.sent(3);
        QVERIFY(gate.isWaiting());
        QVERIFY(gate.admit(1));      // newer than the screen: drawn, the chart follows
        QVERIFY(gate.isWaiting());   // but 3 is still to come
        QVERIFY(!gate.admit(1));     // a duplicate
        QVERIFY(gate.admit(3));
        QVERIFY(!gate.isWaiting());
        QVERIFY(!gate.admit(2));     // older than what is drawn: stale
        QVERIFY(!gate.admit(4));     // never asked for
    }

    void clearStopsWaitingAndRejectsLateAnswers()
    {
        AnswerGate gate;
        gate.sent(5);
        gate.clear();
        QVERIFY(!gate.isWaiting());
        QVERIFY(!gate.admit(5)); // the request was withdrawn: its late answer is not drawn
        gate.sent(6);
        QVERIFY(gate.admit(6));
        QVERIFY(!gate.isWaiting());
    }
};

QTEST_APPLESS_MAIN(TestAnswerGate)
#include "tst_answergate.moc"
