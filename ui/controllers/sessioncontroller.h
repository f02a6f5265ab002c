#pragma once

// Opening and saving what the user studies: config.json files, presets, RoPE Lab state files
// and the last session in QSettings. Feeds the ParamsController; no widgets. Every method
// returns an empty string on success, else one translated line naming the file/field.

#include <QJsonObject>
#include <QObject>
#include <QString>

class QSettings;

namespace ropelab::ui {

class ParamsController;

class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(ParamsController *params, QObject *parent = nullptr);

    // A config.json (HF style) or a RoPE Lab state file. A state file's "ui" object is
    // reported through stateUiLoaded.
    QString openFile(const QString &path);
    QString loadPreset(const QString &name);
    // Writes the current params (+ the window's `ui` object) atomically.
    QString saveStateFile(const QString &path, const QJsonObject &ui = {}) const;

    // The last session's parameters, position and source name.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

Q_SIGNALS:
    void stateUiLoaded(const QJsonObject &ui);

private:
    ParamsController *m_params = nullptr;
};

} // namespace ropelab::ui
