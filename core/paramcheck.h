#pragma once

// Warnings about parameter values that are unusual but computable (factor < 1,
// beta_fast <= beta_slow, high_freq_factor <= low_freq_factor, ...), each naming the key and
// the value. Used by the window for values set with sliders; the config importer reports
// HF's own messages for imported files.

#include "numerics/rope.h"

#include <QStringList>

namespace ropelab::core {

QStringList parameterWarnings(const numerics::RopeParams &params);

} // namespace ropelab::core
