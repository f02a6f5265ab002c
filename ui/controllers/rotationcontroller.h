#pragma once

// Animates the position m of the rotating-pairs view: a 16 ms timer advances m by
// speed * elapsed time (frame-rate independent) through ParamsController::setPosition.

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace ropelab::ui {

class ParamsController;

class RotationController : public QObject
{
    Q_OBJECT
public:
    explicit RotationController(ParamsController *params, QObject *parent = nullptr);

    bool isPlaying() const;
    // Positions per second.
    double speed() const { return m_speed; }

public Q_SLOTS:
    void play();
    void pause();
    void setPlaying(bool playing);
    void setSpeed(double positionsPerSecond);
    // Advances m by speed * seconds (what one timer tick does); public for tests.
    void advance(double seconds);

Q_SIGNALS:
    void playingChanged(bool playing);
    void speedChanged(double positionsPerSecond);

private:
    void tick();

    ParamsController *m_params = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    double m_speed = 20.0;
};

} // namespace ropelab::ui
