#pragma once

// File > Export...: chooses the format (PNG, SVG, CSV), the logical size and the PNG scale
// (default 2x), and the file. The window calls exportView() with the result.

#include "exporter.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ropelab::ui {

class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `baseName` is the suggested file name without suffix (e.g. the view id).
    explicit ExportDialog(const QString &baseName, QWidget *parent = nullptr);

    QString path() const;     // with the suffix of the chosen format
    QString format() const;   // "png", "svg" or "csv"
    ExportOptions options() const;

    void setOptions(const ExportOptions &options);
    void setPath(const QString &path);

private:
    void browse();
    void formatChanged();
    void updateSummary();

    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLineEdit *m_path;
    QLabel *m_summary;
};

} // namespace ropelab::ui
