#include "lessonpanel.h"

#include "controllers/lessoncontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ropelab::ui {

LessonPanel::LessonPanel(LessonController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_steps(new QComboBox(this)),
      m_progress(new QLabel(this)), m_title(new QLabel(this)), m_text(new QTextBrowser(this)),
      m_tryIt(new QLabel(this)), m_back(new QPushButton(tr("\u25c0 &Back"), this)),
      m_next(new QPushButton(tr("&Next \u25b6"), this)),
      m_restore(new QPushButton(tr("&Restore step"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    m_steps->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_steps->setMinimumContentsLength(12);
    m_steps->setToolTip(tr("Jump to a step."));
    layout->addWidget(m_steps);
    layout->addWidget(m_progress);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_text->setOpenExternalLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_text, 1);
    m_tryIt->setWordWrap(true);
    m_tryIt->setText(tr("You changed the settings: try it yourself. The text still describes "
                        "the step's settings; Restore step puts them back."));
    m_tryIt->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f0fb; border: 1px solid #8fb3e0; padding: 4px; }"));
    m_tryIt->hide();
    layout->addWidget(m_tryIt);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_next);
    layout->addLayout(buttons);

    if (!m_controller->loadError().isEmpty()) {
        m_title->setText(tr("The lessons could not be loaded"));
        m_text->setPlainText(m_controller->loadError());
    }
    const QString language = core::lessonLanguage(QLocale(), m_controller->lessons().languages);
    for (const core::LessonStep &step : m_controller->lessons().steps)
        m_steps->addItem(step.title.value(language), step.id);

    connect(m_back, &QPushButton::clicked, m_controller, &LessonController::back);
    connect(m_next, &QPushButton::clicked, m_controller, &LessonController::next);
    connect(m_restore, &QPushButton::clicked, m_controller, &LessonController::restart);
    connect(m_steps, &QComboBox::activated, m_controller, &LessonController::goTo);
    connect(m_controller, &LessonController::stepChanged, this, &LessonPanel::showStep);
    connect(m_controller, &LessonController::modifiedChanged, this, &LessonPanel::showModified);
    showStep();
}

QString LessonPanel::titleText() const
{
    return m_title->text();
}

QString LessonPanel::bodyText() const
{
    return m_text->toPlainText();
}

QString LessonPanel::progressText() const
{
    return m_progress->text();
}

void LessonPanel::showStep()
{
    const int index = m_controller->current();
    const int count = m_controller->count();
    m_back->setEnabled(index > 0);
    m_next->setEnabled(count > 0 && index < count - 1);
    m_restore->setEnabled(index >= 0);
    if (index < 0) {
        m_progress->setText(tr("%n step(s)", nullptr, count));
        if (m_controller->loadError().isEmpty()) {
            m_title->setText(tr("Guided lessons"));
            m_text->setHtml(tr("<p>From a rotation in two dimensions to YaRN and real model "
                               "configs, one step at a time. Each step sets the parameters and "
                               "the view that shows its point.</p><p>Press <b>Next</b> to "
                               "start.</p>"));
        }
        m_next->setEnabled(count > 0);
        return;
    }
    m_steps->setCurrentIndex(index);
    m_progress->setText(tr("Step %1 of %2").arg(index + 1).arg(count));
    m_title->setText(m_controller->title());
    m_text->setHtml(m_controller->text());
    showModified(m_controller->isModified());
}

void LessonPanel::showModified(bool modified)
{
    m_tryIt->setVisible(modified);
}

} // namespace ropelab::ui
