#include "parallelfor.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace ropelab::numerics {

bool parallelChunks(std::int64_t total, std::int64_t chunk, const SweepControl &control,
                    const std::function<void(std::int64_t, std::int64_t)> &body,
                    std::int64_t minChunksForThreads)
{
    if (total <= 0)
        return !control.cancelled();
    chunk = std::max<std::int64_t>(1, chunk);
    const std::int64_t chunks = (total + chunk - 1) / chunk;
    std::atomic<std::int64_t> nextChunk{0};
    std::atomic<std::int64_t> doneChunks{0};
    std::atomic<bool> stopped{false};

    auto work = [&](bool reportProgress) {
        double reported = 0.0;
        for (;;) {
            if (stopped.load(std::memory_order_relaxed))
                return;
            if (control.cancelled()) {
                stopped.store(true, std::memory_order_relaxed);
                return;
            }
            const std::int64_t c = nextChunk.fetch_add(1, std::memory_order_relaxed);
            if (c >= chunks)
                return;
            const std::int64_t begin = c * chunk;
            body(begin, std::min(total, begin + chunk));
            const std::int64_t done = doneChunks.fetch_add(1, std::memory_order_relaxed) + 1;
            if (reportProgress) {
                const double fraction = double(done) / double(chunks);
                if (fraction - reported >= 0.01) {
                    reported = fraction;
                    control.progress(fraction);
                }
            }
        }
    };

    const unsigned hardware = std::max(1u, std::thread::hardware_concurrency());
    const std::int64_t helpers = chunks >= minChunksForThreads
            ? std::min<std::int64_t>(std::int64_t(hardware) - 1, chunks - 1)
            : 0;
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(std::max<std::int64_t>(0, helpers)));
    for (std::int64_t t = 0; t < helpers; ++t)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread &thread : threads)
        thread.join();
    return !stopped.load() && !control.cancelled();
}

} // namespace ropelab::numerics
