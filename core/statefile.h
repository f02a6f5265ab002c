#pragma once

// RoPE Lab's own state format: a small JSON object with the method and every parameter,
// saved and loaded losslessly (doubles round-trip exactly). Example:
//   {"format": "ropelab-state", "version": 1, "method": "yarn",
//    "params": {"head_dim": 128, "rope_theta": 10000, "factor": 4, ...},
//    "ui": {...free-form, owned by the window...}}

#include "numerics/rope.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace ropelab::core {

inline constexpr char StateFormatName[] = "ropelab-state";

QJsonObject paramsToJson(const numerics::RopeParams &params);
numerics::Result<numerics::RopeParams> paramsFromJson(const QJsonObject &object);

QByteArray saveState(const numerics::RopeParams &params, const QJsonObject &ui = {});
// Returns the params; `ui` (if non-null) receives the "ui" object.
numerics::Result<numerics::RopeParams> loadState(const QByteArray &json, QJsonObject *ui = nullptr);

// Writes `data` atomically (QSaveFile): on failure the old file is untouched and the returned
// string names the path and the reason; empty on success.
QString writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace ropelab::core
