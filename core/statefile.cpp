// TEMPORARY placeholder; the config-import work replaces this file.
#include "statefile.h"
namespace ropelab::core {
QJsonObject paramsToJson(const numerics::RopeParams &) { return {}; }
numerics::Result<numerics::RopeParams> paramsFromJson(const QJsonObject &) { return numerics::Error{"params", "not implemented yet"}; }
QByteArray saveState(const numerics::RopeParams &, const QJsonObject &) { return {}; }
numerics::Result<numerics::RopeParams> loadState(const QByteArray &, QJsonObject *) { return numerics::Error{"format", "not implemented yet"}; }
QString writeFileAtomically(const QString &path, const QByteArray &) { return path; }
}
