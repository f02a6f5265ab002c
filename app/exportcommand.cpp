// TEMPORARY placeholder; replaced by the real implementation.
#include "commands.h"
namespace ropelab::app {
int runExport(const QStringList &) { return ExitFailure; }
}
