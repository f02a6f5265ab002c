#pragma once

// Reading a Hugging Face config.json (or a RoPE Lab state file, or a preset) into RopeParams,
// with HF's own validation (ROPE_SPEC.md sections 2 and 7): a missing required key or a value
// that makes the result meaningless is an error; out-of-range or mistyped values are warnings
// that name the key and the value. Hostile input (non-object JSON, NaN, strings for numbers,
// absurd sizes) gives an error or warning naming the field, never a crash.

#include "numerics/rope.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ropelab::core {

struct ImportOptions
{
    // Overrides the config's own rope type (reads the same keys), e.g. `--method minimind`.
    std::optional<numerics::Method> methodOverride;
    // The current sequence length for dynamic NTK / LongRoPE (`--seq-len`).
    std::optional<qint64> seqLen;
};

struct ImportedConfig
{
    numerics::RopeParams params;
    QString ropeType; // the config's rope type as written ("default", "yarn", "llama3", ...)
    QString sourceName; // file name or preset title
    // The dict of RoPE parameters as the file spells it ("rope_scaling" or "rope_parameters";
    // HF v5's "rope_parameters" when it has neither): messages name it that way.
    QString ropeKey = QStringLiteral("rope_parameters");
    QStringList warnings; // each names the key it is about (HF's messages where HF has one)
    int qkHeadDim = 0; // DeepSeek style: qk_nope_head_dim + qk_rope_head_dim (0 if absent)
};

struct ImportError
{
    QString field; // the key at fault ("rope_scaling.factor", "head_dim", "(json)", ...)
    QString message; // one line naming the field and the value
};

// Parses config.json text or RoPE Lab state JSON (detected by its "format" key).
numerics::Result<ImportedConfig> importConfigJson(const QByteArray &json,
                                                  const ImportOptions &options = {});
// Reads a file (size-limited) and calls importConfigJson; sourceName is the file name.
numerics::Result<ImportedConfig> importConfigFile(const QString &path,
                                                  const ImportOptions &options = {});

} // namespace ropelab::core
