// TEMPORARY placeholder; the config-import work replaces this file.
#include "configimport.h"
namespace ropelab::core {
numerics::Result<ImportedConfig> importConfigJson(const QByteArray &, const ImportOptions &)
{
    return numerics::Error{"(json)", "not implemented yet"};
}
numerics::Result<ImportedConfig> importConfigFile(const QString &, const ImportOptions &)
{
    return numerics::Error{"(file)", "not implemented yet"};
}
}
