#include "rotationpanel.h"

#include "controllers/rotationcontroller.h"
#include "rotationview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ropelab::ui {

RotationPanel::RotationPanel(ParamsController *params, RotationController *rotation, QWidget *parent)
    : QWidget(parent), m_rotation(rotation)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 0, 8, 0);
    m_play = new QToolButton(this);
    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setCheckable(true);
    m_play->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_play->setToolTip(tr("Animate the position m (the hands turn at their own frequencies)."));
    bar->addWidget(m_play);

    auto *speedLabel = new QLabel(tr("&Speed:"), this);
    m_speed = new QComboBox(this);
    m_speed->setObjectName(QStringLiteral("speedCombo"));
    m_speed->setToolTip(tr("How many positions m advances per second while playing."));
    speedLabel->setBuddy(m_speed);
    for (double speed : {1.0, 5.0, 20.0, 100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
        m_speed->addItem(tr("%1 positions/s").arg(QString::number(speed, 'f', 0)), speed);
    m_speed->setCurrentIndex(m_speed->findData(rotation->speed()));
    bar->addWidget(speedLabel);
    bar->addWidget(m_speed);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_view = new RotationView(params, this);
    layout->addWidget(m_view, 1);

    connect(m_play, &QToolButton::toggled, rotation, &RotationController::setPlaying);
    connect(rotation, &RotationController::playingChanged, this, &RotationPanel::playingChanged);
    connect(m_speed, &QComboBox::activated, this,
            [this](int index) { m_rotation->setSpeed(m_speed->itemData(index).toDouble()); });
    connect(rotation, &RotationController::speedChanged, this, [this](double speed) {
        const int index = m_speed->findData(speed);
        if (index >= 0)
            m_speed->setCurrentIndex(index);
    });
    playingChanged(rotation->isPlaying());
}

void RotationPanel::playingChanged(bool playing)
{
    m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
}

} // namespace ropelab::ui
