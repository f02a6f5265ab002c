#pragma once

// The rotating-pairs tab: a small tool bar (play/pause, speed) above the RotationView.

#include <QWidget>

class QComboBox;
class QToolButton;

namespace ropelab::ui {

class ParamsController;
class RotationController;
class RotationView;

class RotationPanel : public QWidget
{
    Q_OBJECT
public:
    RotationPanel(ParamsController *params, RotationController *rotation, QWidget *parent = nullptr);

    RotationView *view() const { return m_view; }
    QToolButton *playButton() const { return m_play; }
    QComboBox *speedCombo() const { return m_speed; }

private:
    void playingChanged(bool playing);

    RotationController *m_rotation = nullptr;
    RotationView *m_view = nullptr;
    QToolButton *m_play = nullptr;
    QComboBox *m_speed = nullptr;
};

} // namespace ropelab::ui
