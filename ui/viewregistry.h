#pragma once

// The composition root of the views: creates each view's controller (once, on first use) and
// the views that mirror them, and holds the options of every view (ViewOptionsSet, through
// the table in controllers/viewoptions.h) for the state file, lessons and the command line.
// Options set before a controller exists are kept and applied when it is created, so a
// single-view export only starts the sweeps of that view.

#include "controllers/viewoptions.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace ropelab::ui {

class BandsController;
class DecayController;
class ExportableView;
class HeatmapController;
class ParamsController;
class RotationController;
class TemperatureController;

struct ViewEntry
{
    QWidget *widget = nullptr;            // owned by the parent given to createView
    ExportableView *exportable = nullptr; // the same object seen as exportable
    QString id;                           // "rotation", "bands", "decay", "temperature", "heatmap"
    QString title;                        // translated tab title
};

class ViewRegistry : public QObject
{
    Q_OBJECT
public:
    explicit ViewRegistry(ParamsController *params, QObject *parent = nullptr);
    ~ViewRegistry() override;

    // The view ids in display order ("rotation" first).
    static QStringList viewIds();
    // Creates the view `id` (its controller too, if new); an entry with widget == nullptr for
    // an unknown id. "rotation" gives the bare RotationView (the window wraps it in a panel).
    ViewEntry createView(const QString &id, QWidget *parent);

    ParamsController *params() const { return m_params; }
    RotationController *rotation();
    BandsController *bands();
    DecayController *decay();
    TemperatureController *temperature();
    HeatmapController *heatmap();

    // Every view's options: the controllers' where they exist, else the ones kept for them.
    ViewOptionsSet options() const;
    void setOptions(const ViewOptionsSet &options);
    QJsonObject saveOptions() const { return viewOptionsToJson(options()); }
    // Reads a state file's "views" object over the current options. Returns "" or one
    // translated line naming the key ("views.decay.mode") and the value; nothing changes then.
    QString loadOptions(const QJsonObject &views);

Q_SIGNALS:
    // Any view option changed (from a view, a state file, a lesson or the command line).
    void optionsChanged();

private:
    void forwardOptionsChanged();

    ParamsController *m_params;
    bool m_applying = false;
    ViewOptionsSet m_pending; // options of controllers not created yet
    RotationController *m_rotation = nullptr;
    BandsController *m_bands = nullptr;
    DecayController *m_decay = nullptr;
    TemperatureController *m_temperature = nullptr;
    HeatmapController *m_heatmap = nullptr;
};

} // namespace ropelab::ui
