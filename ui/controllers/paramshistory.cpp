#include "paramshistory.h"

#include "paramscontroller.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUndoCommand>
#include <QUndoStack>

namespace ropelab::ui {

namespace {

// Which fields differ, one bit each: a drag of one slider merges, a different edit does not.
quint32 changedFields(const numerics::RopeParams &a, const numerics::RopeParams &b)
{
    quint32 mask = 0;
    int bit = 0;
    auto check = [&](bool differs) {
        if (differs)
            mask |= 1u << bit;
        ++bit;
    };
    check(a.method != b.method);
    check(a.headDim != b.headDim);
    check(a.partialRotaryFactor != b.partialRotaryFactor);
    check(a.base != b.base);
    check(a.factor != b.factor);
    check(a.betaFast != b.betaFast);
    check(a.betaSlow != b.betaSlow);
    check(a.originalMaxPositions != b.originalMaxPositions);
    check(a.maxPositions != b.maxPositions);
    check(a.attentionFactor != b.attentionFactor);
    check(a.mscale != b.mscale);
    check(a.mscaleAllDim != b.mscaleAllDim);
    check(a.truncate != b.truncate);
    check(a.lowFreqFactor != b.lowFreqFactor);
    check(a.highFreqFactor != b.highFreqFactor);
    check(a.seqLen != b.seqLen);
    check(a.shortFactor != b.shortFactor);
    check(a.longFactor != b.longFactor);
    return mask;
}

class ParamsCommand : public QUndoCommand
{
public:
    ParamsCommand(ParamsHistory *history, const numerics::RopeParams &before,
                  const numerics::RopeParams &after)
        : m_history(history), m_before(before), m_after(after),
          m_time(QDateTime::currentMSecsSinceEpoch())
    {
        setText(QCoreApplication::translate("ropelab::ui::ParamsHistory", "parameter change"));
    }

    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ParamsCommand *>(other);
        if (m_sealed || next->m_time - m_time > ParamsHistory::MergeWindowMs
            || changedFields(m_before, m_after) != changedFields(next->m_before, next->m_after))
            return false;
        m_after = next->m_after;
        m_time = next->m_time;
        return true;
    }
    void undo() override
    {
        m_sealed = true; // once undone or redone, a step never grows again
        m_history->apply(m_before);
    }
    void redo() override
    {
        if (m_first) { // the change has already happened when the command is pushed
            m_first = false;
            return;
        }
        m_sealed = true;
        m_history->apply(m_after);
    }

private:
    ParamsHistory *m_history;
    numerics::RopeParams m_before;
    numerics::RopeParams m_after;
    qint64 m_time;
    bool m_first = true;
    bool m_sealed = false;
};

} // namespace

ParamsHistory::ParamsHistory(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_stack(new QUndoStack(this)), m_last(params->params())
{
    connect(m_params, &ParamsController::paramsChanged, this, &ParamsHistory::paramsChanged);
}

void ParamsHistory::apply(const numerics::RopeParams &params)
{
    m_applying = true;
    m_params->setParams(params);
    m_last = m_params->params();
    m_applying = false;
}

void ParamsHistory::paramsChanged(const numerics::RopeParams &params)
{
    if (m_applying || params == m_last)
        return;
    const numerics::RopeParams before = m_last;
    m_last = params;
    m_stack->push(new ParamsCommand(this, before, params));
}

} // namespace ropelab::ui
