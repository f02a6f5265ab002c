// TEMPORARY placeholder; replaced by the real implementation.
#include "commands.h"
namespace ropelab::app {
int runSweep(const QStringList &) { return ExitFailure; }
}
