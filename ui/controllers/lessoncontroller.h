#pragma once

// Walks the guided lessons (core/lessons.h). Each step sets the parameters (ParamsController,
// as File > Open does) and every view option (ViewRegistry: the defaults, then the step's
// "views"), the position m, and asks for the step's view. "Try it yourself" leaves the
// parameters free while the step's text stays; restart() puts the step's settings back.

#include "lessons.h"

#include <QObject>
#include <QString>

namespace ropelab::ui {

class ParamsController;
class ViewRegistry;

// Puts `step`'s settings into `params` and `views`: its parameters (as File > Open), its
// position m (else the default), and every view option from its default, then the step's, so a
// step looks the same whatever came before it. The window's lessons and `ropelab lesson` both
// use it.
void applyLessonStep(const core::LessonStep &step, ParamsController *params, ViewRegistry *views);

class LessonController : public QObject
{
    Q_OBJECT
public:
    LessonController(ParamsController *params, ViewRegistry *views, QObject *parent = nullptr);

    // The built-in lessons; an error (one line) if they failed to load (then count() is 0).
    QString loadError() const { return m_error; }
    int count() const { return int(m_lessons.steps.size()); }
    int current() const { return m_current; } // -1 before the first step
    const core::LessonStep *step() const;
    const core::Lessons &lessons() const { return m_lessons; }
    // The current step's title and text in the UI's language, numbers filled in.
    QString title() const;
    QString text() const;
    // True once the user changed a parameter or view option since the step was applied.
    bool isModified() const { return m_modified; }

public Q_SLOTS:
    void goTo(int index); // applies step `index` (clamped)
    void next();
    void back();
    void restart(); // the current step's settings again

Q_SIGNALS:
    void stepChanged(int index);
    void viewRequested(const QString &viewId);
    void modifiedChanged(bool modified);

private:
    void apply();
    void markModified();

    ParamsController *m_params;
    ViewRegistry *m_views;
    core::Lessons m_lessons;
    QString m_error;
    int m_current = -1;
    bool m_applying = false;
    bool m_modified = false;
};

} // namespace ropelab::ui
