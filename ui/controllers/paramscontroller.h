#pragma once

// The single source of truth for the parameters under study. Views and other controllers
// listen to it; the parameters panel writes to it. Computing the frequencies is O(d) and
// happens here synchronously; heavy sweeps go through per-view controllers and SweepRunner.

#include "numerics/rope.h"

#include <QObject>
#include <QStringList>

#include <optional>

namespace ropelab::ui {

class ParamsController : public QObject
{
    Q_OBJECT
public:
    explicit ParamsController(QObject *parent = nullptr);

    // Position m of the rotation view until something sets another.
    static constexpr double DefaultPosition = 500.0;

    const numerics::RopeParams &params() const { return m_params; }
    // The frequencies for params(), or nullptr when the parameters are meaningless (see error()).
    const numerics::RopeFrequencies *frequencies() const;
    // Empty when the parameters are usable; otherwise one translated line naming the field.
    QString error() const { return m_error; }
    // Warnings about the current parameters plus those from the last import (each names a key).
    QStringList warnings() const;

    // Position m used by the rotation view (and the angle read-outs).
    double position() const { return m_position; }
    // The model (preset or config file) the parameters came from, for titles; may be empty.
    QString sourceName() const { return m_sourceName; }
    // What titles, legends and exported headings call the parameters: sourceName() while they
    // are as loaded, "<source> (edited)" once any parameter differs, "" without a source. A
    // legend that says "DeepSeek-V3: YaRN s=8" after s was changed from 40 would be untrue.
    QString modelLabel() const;
    // The parameters as the last loadParams() got them.
    const numerics::RopeParams &loadedParams() const { return m_loadedParams; }

public Q_SLOTS:
    void setParams(const ropelab::numerics::RopeParams &params);
    // Replaces the parameters with imported ones and remembers the importer's warnings.
    void loadParams(const ropelab::numerics::RopeParams &params, const QStringList &importWarnings,
                    const QString &sourceName);
    void setMethod(ropelab::numerics::Method method);
    void setPosition(double position);

Q_SIGNALS:
    // Emitted after every change of params() (already recomputed).
    void paramsChanged(const ropelab::numerics::RopeParams &params);
    void positionChanged(double position);

private:
    void recompute();

    numerics::RopeParams m_loadedParams; // as loadParams() got them (for modelLabel)
    numerics::RopeParams m_params;
    std::optional<numerics::RopeFrequencies> m_frequencies;
    QString m_error;
    QStringList m_importWarnings;
    QString m_sourceName;
    double m_position = DefaultPosition;
};

} // namespace ropelab::ui
