// TEMPORARY placeholder; the charts/export work replaces this file.
#include "exporter.h"
namespace ropelab::ui {
QString exportView(ExportableView &, const QString &path, const ExportOptions &) { return path; }
QStringList exportAllViews(const QList<ExportableView *> &, const QString &folder, const ExportOptions &) { return {folder}; }
void copyViewToClipboard(ExportableView &, const ExportOptions &) { }
}
