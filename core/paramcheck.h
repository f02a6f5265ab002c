#pragma once

// Warnings about parameter values that are unusual but computable (factor < 1,
// beta_fast <= beta_slow, high_freq_factor <= low_freq_factor, ...), each naming the key and
// the value. Used by the window for values set with sliders; the config importer reports
// HF's own messages for imported files.

#include "numerics/rope.h"

#include <QStringList>

namespace ropelab::core {

QStringList parameterWarnings(const numerics::RopeParams &params);

// A double as Python's repr() prints it ("4.0", "0.5", "1e-05", "1e+16", "nan"), so that
// warnings read exactly like Hugging Face's messages.
QString pythonFloat(double value);

} // namespace ropelab::core
