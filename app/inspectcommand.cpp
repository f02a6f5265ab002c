// TEMPORARY placeholder; replaced by the real implementation.
#include "commands.h"
namespace ropelab::app {
int runInspect(const QStringList &) { return ExitFailure; }
int runPresets(const QStringList &) { return ExitFailure; }
}
