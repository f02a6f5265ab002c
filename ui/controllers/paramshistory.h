#pragma once

// Undo/redo of parameter changes: every ParamsController change becomes a QUndoCommand;
// a burst of changes to the same fields (a slider drag) within MergeWindowMs of each other
// merges into one step.

#include <QObject>

#include "numerics/rope.h"

class QUndoStack;

namespace ropelab::ui {

class ParamsController;

class ParamsHistory : public QObject
{
    Q_OBJECT
public:
    static constexpr int MergeWindowMs = 600;

    explicit ParamsHistory(ParamsController *params, QObject *parent = nullptr);

    QUndoStack *undoStack() const { return m_stack; }
    // Applies `params` as an undo/redo step (used by the commands).
    void apply(const numerics::RopeParams &params);

private:
    void paramsChanged(const numerics::RopeParams &params);

    ParamsController *m_params = nullptr;
    QUndoStack *m_stack = nullptr;
    numerics::RopeParams m_last;
    bool m_applying = false;
};

} // namespace ropelab::ui
