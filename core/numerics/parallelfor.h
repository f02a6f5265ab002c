#pragma once

// A tiny data-parallel loop for the sweeps (the numerics library has no Qt): splits [0, total)
// into chunks handed out dynamically to up to hardware_concurrency threads (the caller's
// thread works too). Polls SweepControl::cancelled() before every chunk and reports progress
// from the caller's thread only, so a progress callback never runs on a helper thread.

#include "sweeps.h"

#include <cstdint>
#include <functional>

namespace ropelab::numerics {

// Calls body(begin, end) for consecutive chunks covering [0, total). body must be safe to
// call concurrently on disjoint ranges and must not throw. Returns false when cancelled (some
// chunks then never ran). Runs on the caller's thread alone when there are fewer than
// `minChunksForThreads` chunks.
bool parallelChunks(std::int64_t total, std::int64_t chunk, const SweepControl &control,
                    const std::function<void(std::int64_t, std::int64_t)> &body,
                    std::int64_t minChunksForThreads = 4);

} // namespace ropelab::numerics
