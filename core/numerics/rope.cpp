// TEMPORARY placeholder so the tree links; the numerics work replaces this file.
#include "rope.h"
#include <cmath>
namespace ropelab::numerics {
std::string_view bandId(Band band)
{
    switch (band) {
    case Band::High: return "high";
    case Band::Medium: return "medium";
    case Band::Low: return "low";
    }
    return "high";
}
int rotaryDim(int headDim, double partialRotaryFactor) { return int(headDim * partialRotaryFactor); }
double yarnGetMscale(double scale, double mscale) { return scale <= 1 ? 1.0 : 0.1 * mscale * std::log(scale) + 1.0; }
std::optional<Error> checkParams(const RopeParams &) { return std::nullopt; }
Result<RopeFrequencies> computeFrequencies(const RopeParams &) { return Error{"method", "not implemented yet"}; }
}
