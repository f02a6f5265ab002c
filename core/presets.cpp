// TEMPORARY placeholder; the config-import work replaces this file.
#include "presets.h"
namespace ropelab::core {
QList<PresetInfo> presetList() { return {}; }
numerics::Result<ImportedConfig> loadPreset(const QString &name, const ImportOptions &)
{
    return numerics::Error{"preset", "unknown preset " + name.toStdString()};
}
}
