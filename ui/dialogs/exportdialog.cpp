#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ropelab::ui {

ExportDialog::ExportDialog(const QString &baseName, QWidget *parent)
    : QDialog(parent), m_format(new QComboBox(this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this)), m_path(new QLineEdit(this)),
      m_summary(new QLabel(this))
{
    setWindowTitle(tr("Export view"));
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector image"), QStringLiteral("svg"));
    m_format->addItem(tr("CSV data"), QStringLiteral("csv"));
    m_format->setToolTip(tr("PNG for slides, SVG for papers, CSV for the plotted numbers."));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setValue(1200);
    m_height->setValue(800);
    m_width->setToolTip(tr("Logical width of the rendered view."));
    m_height->setToolTip(tr("Logical height of the rendered view."));
    m_scale->setRange(0.25, 8.0);
    m_scale->setDecimals(2);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_scale->setSuffix(tr("\u00d7"));
    m_scale->setToolTip(tr("PNG pixel ratio: the image is size \u00d7 scale pixels."));
    m_path->setText(QDir::home().filePath(baseName + QStringLiteral(".png")));
    m_path->setToolTip(tr("The file to write."));
    auto *browseButton = new QPushButton(tr("Browse\u2026"), this);

    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Size:"), sizeRow);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("File:"), pathRow);
    form->addRow(QString(), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_width, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_height, &QSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updateSummary);
    updateSummary();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

QString ExportDialog::path() const
{
    QString text = m_path->text().trimmed();
    const QString suffix = QLatin1Char('.') + format();
    if (!text.endsWith(suffix, Qt::CaseInsensitive)) {
        const QFileInfo info(text);
        text = info.dir().filePath(info.completeBaseName() + suffix);
    }
    return text;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.size = QSize(m_width->value(), m_height->value());
    options.scale = m_scale->value();
    return options;
}

void ExportDialog::setOptions(const ExportOptions &options)
{
    m_width->setValue(options.size.width());
    m_height->setValue(options.size.height());
    m_scale->setValue(options.scale);
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int index = m_format->findData(suffix);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

void ExportDialog::browse()
{
    const QString filter = m_format->currentText() + QStringLiteral(" (*.") + format() + QLatin1Char(')');
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export to"), path(), filter);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportDialog::formatChanged()
{
    m_path->setText(path());
    const bool raster = format() == QLatin1String("png");
    const bool image = format() != QLatin1String("csv");
    m_width->setEnabled(image);
    m_height->setEnabled(image);
    m_scale->setEnabled(raster);
    updateSummary();
}

void ExportDialog::updateSummary()
{
    if (format() == QLatin1String("png"))
        m_summary->setText(tr("%1 \u00d7 %2 pixels")
                                   .arg(qRound(m_width->value() * m_scale->value()))
                                   .arg(qRound(m_height->value() * m_scale->value())));
    else if (format() == QLatin1String("svg"))
        m_summary->setText(tr("Vector image, %1 \u00d7 %2 units").arg(m_width->value()).arg(m_height->value()));
    else
        m_summary->setText(tr("The plotted data at full precision"));
}

} // namespace ropelab::ui
