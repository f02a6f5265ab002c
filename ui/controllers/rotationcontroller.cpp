#include "rotationcontroller.h"

#include "paramscontroller.h"

#include <QTimer>

#include <cmath>

namespace ropelab::ui {

namespace {
constexpr int FrameMs = 16;
constexpr double MaxPosition = 2147483648.0;
} // namespace

RotationController::RotationController(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params), m_timer(new QTimer(this))
{
    m_timer->setInterval(FrameMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &RotationController::tick);
}

bool RotationController::isPlaying() const
{
    return m_timer->isActive();
}

void RotationController::play()
{
    setPlaying(true);
}

void RotationController::pause()
{
    setPlaying(false);
}

void RotationController::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        m_clock.start();
        m_timer->start();
    } else {
        m_timer->stop();
    }
    Q_EMIT playingChanged(playing);
}

void RotationController::setSpeed(double positionsPerSecond)
{
    if (!std::isfinite(positionsPerSecond) || positionsPerSecond == m_speed)
        return;
    m_speed = positionsPerSecond;
    Q_EMIT speedChanged(m_speed);
}

void RotationController::advance(double seconds)
{
    double next = m_params->position() + m_speed * seconds;
    if (next > MaxPosition || next < 0.0)
        next = 0.0; // wrap around rather than run off the end
    m_params->setPosition(next);
}

void RotationController::tick()
{
    const double seconds = double(m_clock.restart()) / 1000.0;
    // After a stall (window moved, machine busy) do not jump ahead by more than a few frames.
    advance(std::min(seconds, 0.1));
}

} // namespace ropelab::ui
