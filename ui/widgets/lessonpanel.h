#pragma once

// The Lessons dock: the step list, "Step k of n", the step's title and text (rich text with
// the formulas typeset as sub/superscripts), Back / Next, and "Restore step" once the user has
// tried something of their own. Mirrors a LessonController; owns no lesson state.

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace ropelab::ui {

class LessonController;

class LessonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LessonPanel(LessonController *controller, QWidget *parent = nullptr);

    QString titleText() const;
    QString bodyText() const; // plain text of what is shown
    QString progressText() const;
    QPushButton *backButton() const { return m_back; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void showStep();
    void showModified(bool modified);

    LessonController *m_controller;
    QComboBox *m_steps;
    QLabel *m_progress;
    QLabel *m_title;
    QTextBrowser *m_text;
    QLabel *m_tryIt;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_restore;
};

} // namespace ropelab::ui
