#pragma once

// Built-in presets: the RoPE settings of real models from their published config.json values,
// stored as config.json excerpts in resources/presets/*.json (compiled into the binary).

#include "configimport.h"

#include <QList>
#include <QString>

namespace ropelab::core {

struct PresetInfo
{
    QString name;   // "llama2-7b", "codellama-7b", "llama3.1-8b", "mistral-7b", "qwen2.5-7b-yarn",
                    // "deepseek-v3", "gpt-oss-20b", "phi3-mini-128k", "minimind"
    QString title;  // "Llama 2 7B", ...
    QString source; // where the numbers come from (model card / config.json)
};

QList<PresetInfo> presetList();
// Imports preset `name` exactly like a config file (warnings included).
numerics::Result<ImportedConfig> loadPreset(const QString &name, const ImportOptions &options = {});

} // namespace ropelab::core
