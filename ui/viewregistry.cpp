#include "viewregistry.h"

#include "charts/chartviews.h"
#include "controllers/bandscontroller.h"
#include "controllers/decaycontroller.h"
#include "controllers/heatmapcontroller.h"
#include "controllers/rotationcontroller.h"
#include "controllers/temperaturecontroller.h"
#include "widgets/rotationview.h"

namespace ropelab::ui {

ViewRegistry::ViewRegistry(ParamsController *params, QObject *parent)
    : QObject(parent), m_params(params)
{
}

ViewRegistry::~ViewRegistry() = default;

QStringList ViewRegistry::viewIds()
{
    return QStringList{QStringLiteral("rotation")} + chartViewIds();
}

ViewEntry ViewRegistry::createView(const QString &id, QWidget *parent)
{
    if (id == QLatin1String("rotation")) {
        auto *view = new RotationView(m_params, parent);
        return ViewEntry{view, view, view->viewId(), view->viewTitle()};
    }
    return createChartView(id, *this, parent);
}

RotationController *ViewRegistry::rotation()
{
    if (!m_rotation) {
        m_rotation = new RotationController(m_params, this);
        m_rotation->setSpeed(m_pending.rotation.speed);
        connect(m_rotation, &RotationController::speedChanged, this, &ViewRegistry::forwardOptionsChanged);
    }
    return m_rotation;
}

BandsController *ViewRegistry::bands()
{
    if (!m_bands)
        m_bands = new BandsController(m_params, this);
    return m_bands;
}

DecayController *ViewRegistry::decay()
{
    if (!m_decay) {
        m_decay = new DecayController(m_params, this);
        m_decay->setOptions(m_pending.decay);
        connect(m_decay, &DecayController::optionsChanged, this, &ViewRegistry::forwardOptionsChanged);
    }
    return m_decay;
}

TemperatureController *ViewRegistry::temperature()
{
    if (!m_temperature)
        m_temperature = new TemperatureController(m_params, this);
    return m_temperature;
}

HeatmapController *ViewRegistry::heatmap()
{
    if (!m_heatmap) {
        m_heatmap = new HeatmapController(m_params, this);
        m_heatmap->setOptions(m_pending.heatmap);
        connect(m_heatmap, &HeatmapController::optionsChanged, this, &ViewRegistry::forwardOptionsChanged);
    }
    return m_heatmap;
}

ViewOptionsSet ViewRegistry::options() const
{
    ViewOptionsSet options = m_pending;
    if (m_decay)
        options.decay = m_decay->options();
    if (m_heatmap)
        options.heatmap = m_heatmap->options();
    if (m_rotation)
        options.rotation.speed = m_rotation->speed();
    return options;
}

void ViewRegistry::setOptions(const ViewOptionsSet &options)
{
    const bool changed = options != this->options();
    m_pending = options;
    m_applying = true; // one optionsChanged for the whole set
    if (m_decay)
        m_decay->setOptions(options.decay);
    if (m_heatmap)
        m_heatmap->setOptions(options.heatmap);
    if (m_rotation)
        m_rotation->setSpeed(options.rotation.speed);
    m_applying = false;
    if (changed)
        Q_EMIT optionsChanged();
}

void ViewRegistry::forwardOptionsChanged()
{
    if (!m_applying)
        Q_EMIT optionsChanged();
}

QString ViewRegistry::loadOptions(const QJsonObject &views)
{
    const auto options = viewOptionsFromJson(views, this->options());
    if (!options)
        return QString::fromStdString(options.error().message);
    setOptions(*options);
    return {};
}

} // namespace ropelab::ui
