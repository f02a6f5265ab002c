#pragma once

// Warnings about parameter values that are unusual but computable (factor < 1,
// beta_fast <= beta_slow, high_freq_factor <= low_freq_factor, ...), each naming the key and
// the value. Used by the window for values set with sliders; the config importer reports
// HF's own messages for imported files, naming the RoPE dict as the file spells it.

#include "numerics/rope.h"

#include <QStringList>

#include <optional>

namespace ropelab::core {

// `ropeKey` is the dict of RoPE parameters as the config file spells it ("rope_scaling" or
// "rope_parameters"); HF-worded messages name it ("`rope_scaling`'s factor field ...").
// Without a file (values set in the window) it is HF v5's "rope_parameters".
QStringList parameterWarnings(const numerics::RopeParams &params,
                              const QString &ropeKey = QStringLiteral("rope_parameters"));

// "`rope_scaling`'s ": the prefix of HF's messages for the dict `ropeKey`.
QString ropeDictPrefix(const QString &ropeKey);

// `first`, then the warnings of `more` that `first` does not already give. Two warnings that
// differ only in how the RoPE dict is spelled (`rope_scaling` / `rope_parameters`) are the
// same warning; the one in `first` (as the file spells it) is kept.
QStringList mergeWarnings(QStringList first, const QStringList &more);

// The one rule for the scale factor s, worded once for the config importer, the command
// line's --factor and the window. HF's rule (transformers modeling_rope_utils,
// _validate_linear_scaling_rope_parameters and the other _validate_*_parameters): "factor field
// must be a float or int >= 1"; HF only warns and computes on. So does RoPE Lab for a number
// in [1e-6, 1): a Warning. What it cannot compute is an Error with the same sentence: not a
// number, not finite, below 1e-6 (zero, negative) or above 1e6 (numerics::MaxFactor).
enum class Severity { Ok, Warning, Error };
struct FactorCheck
{
    Severity severity = Severity::Ok;
    QString message; // empty when Ok
};
// `field` names the field as the user wrote it ("`rope_scaling`'s factor field", "--factor");
// `value` is empty when the text is not a number; `shown` is the value as written.
FactorCheck checkFactor(const QString &field, std::optional<double> value, const QString &shown);
// The rule's sentence alone: "<field> must be a float or int >= 1, got <shown>" (HF also says
// it for a factor written as a string, "4").
QString factorRule(const QString &field, const QString &shown);

// A double as Python's repr() prints it ("4.0", "0.5", "1e-05", "1e+16", "nan"), so that
// warnings read exactly like Hugging Face's messages.
QString pythonFloat(double value);

} // namespace ropelab::core
