#include "paramcheck.h"

namespace ropelab::core {

// TEMPORARY: the config-import work fills this in.
QStringList parameterWarnings(const numerics::RopeParams &)
{
    return {};
}

} // namespace ropelab::core
