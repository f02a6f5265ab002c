#include "lessoncontroller.h"

#include "controllers/paramscontroller.h"
#include "viewregistry.h"

#include <QLocale>

#include <algorithm>

namespace ropelab::ui {

void applyLessonStep(const core::LessonStep &step, ParamsController *params, ViewRegistry *views)
{
    params->loadParams(step.params, {}, step.sourceName);
    params->setPosition(step.ui.contains(QStringLiteral("position"))
                            ? step.ui.value(QStringLiteral("position")).toDouble()
                            : ParamsController::DefaultPosition);
    // The file was checked when it was loaded (LessonController, core::loadLessons).
    views->setOptions(ViewOptionsSet {});
    views->loadOptions(step.ui.value(QStringLiteral("views")).toObject());
}

LessonController::LessonController(ParamsController *params, ViewRegistry *views, QObject *parent)
    : QObject(parent), m_params(params), m_views(views)
{
    auto lessons = core::builtInLessons(ViewRegistry::viewIds());
    if (lessons)
        m_lessons = std::move(lessons).value();
    else
        m_error = QString::fromStdString(lessons.error().message);
    // The view options through the table that reads state files (viewoptions.h).
    for (const core::LessonStep &step : std::as_const(m_lessons.steps)) {
        const auto checked = viewOptionsFromJson(step.ui.value(QStringLiteral("views")).toObject(),
                                                 ViewOptionsSet {});
        if (!checked) {
            m_error
                = tr("lesson %1: %2").arg(step.id, QString::fromStdString(checked.error().message));
            m_lessons = {};
            break;
        }
    }
    connect(m_params, &ParamsController::paramsChanged, this, &LessonController::markModified);
    connect(m_views, &ViewRegistry::optionsChanged, this, &LessonController::markModified);
}

const core::LessonStep *LessonController::step() const
{
    return m_current >= 0 && m_current < count() ? &m_lessons.steps[m_current] : nullptr;
}

QString LessonController::title() const
{
    const core::LessonStep *s = step();
    if (!s)
        return {};
    return s->title.value(core::lessonLanguage(QLocale(), m_lessons.languages));
}

QString LessonController::text() const
{
    const core::LessonStep *s = step();
    if (!s)
        return {};
    const QString language = core::lessonLanguage(QLocale(), m_lessons.languages);
    return core::fillLessonText(s->text.value(language), s->params, QLocale());
}

void LessonController::goTo(int index)
{
    if (count() == 0)
        return;
    m_current = std::clamp(index, 0, count() - 1);
    apply();
    Q_EMIT stepChanged(m_current);
}

void LessonController::next()
{
    goTo(m_current + 1);
}

void LessonController::back()
{
    goTo(m_current - 1);
}

void LessonController::restart()
{
    if (step()) {
        apply();
        Q_EMIT stepChanged(m_current);
    }
}

void LessonController::apply()
{
    const core::LessonStep *s = step();
    if (!s)
        return;
    m_applying = true;
    applyLessonStep(*s, m_params, m_views);
    m_applying = false;
    if (m_modified) {
        m_modified = false;
        Q_EMIT modifiedChanged(false);
    }
    Q_EMIT viewRequested(s->view);
}

void LessonController::markModified()
{
    if (m_applying || !step() || m_modified)
        return;
    m_modified = true;
    Q_EMIT modifiedChanged(true);
}

} // namespace ropelab::ui
