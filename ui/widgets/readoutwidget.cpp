#include "readoutwidget.h"

#include "controllers/bandscontroller.h"
#include "controllers/paramscontroller.h"
#include "numerics/rope.h"
#include "theme.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace ropelab::ui {

namespace {

QString number(double value, int digits = 6)
{
    return QString::number(value, 'g', digits);
}

QString rangeBound(double value)
{
    if (value == std::round(value))
        return QString::number(static_cast<qlonglong>(value));
    return QString::number(value, 'f', 3);
}

QString bandSwatch(numerics::Band band, int count)
{
    return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
        .arg(theme::bandColor(band).name())
        .arg(count);
}

} // namespace

ReadoutWidget::ReadoutWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setLabelAlignment(Qt::AlignLeft);
    layout->setVerticalSpacing(1);
    addRow(QStringLiteral("rotaryDim"), tr("Rotary dim d"),
           tr("d = int(head_dim * partial_rotary_factor): the number of rotated dimensions."));
    addRow(QStringLiteral("effectiveBase"), tr("Effective base"),
           tr("The base actually used after the method rescales it (NTK-aware, dynamic NTK)."));
    addRow(QStringLiteral("attentionFactor"), tr("Attention factor (cos, sin)"),
           tr("Multiplies cos and sin, so the rotary q.k logits scale by its square; for YaRN it "
              "is 0.1 ln s + 1 unless set explicitly (DeepSeek's config makes it 1)."));
    addRow(QStringLiteral("softmaxScale"), tr("Softmax scale \u00d7"),
           tr("DeepSeek style get_mscale(s, mscale_all_dim)^2 multiplying the softmax scale "
              "(the whole q.k, non-rotary dims included); 1 for other methods."));
    addRow(QStringLiteral("logitMultiplier"), tr("Logit multiplier 1/t"),
           tr("The total temperature: attention factor^2 x softmax-scale multiplier, how much "
              "the q.k logits are scaled."));
    addRow(QStringLiteral("temperature"), tr("Temperature applied"),
           tr("Where the method puts 1/t: into cos and sin (attention factor) or into the "
              "softmax scale (DeepSeek), or both."));
    addRow(QStringLiteral("correctionRange"), tr("Correction range"),
           tr("YaRN pair indices [low, high] of the ramp: with low < high, pairs up to low are "
              "kept (ramp 0) and pairs from high on divided by s (ramp 1)."));
    addRow(QStringLiteral("bands"), tr("Pairs per band"), QString());
    addRow(
        QStringLiteral("longestWavelength"), tr("Longest wavelength"),
        tr("The wavelength 2 pi / inv_freq of the slowest pair, against the original context L."));
}

void ReadoutWidget::follow(ParamsController *params)
{
    const auto show = [this, params] { showFrequencies(params->params(), params->frequencies()); };
    connect(params, &ParamsController::paramsChanged, this, show);
    show();
}

QLabel *ReadoutWidget::addRow(const QString &key, const QString &label, const QString &tooltip)
{
    auto *layout = static_cast<QFormLayout *>(this->layout());
    auto *name = new QLabel(label, this);
    name->setObjectName(key + QStringLiteral("Label"));
    name->setToolTip(tooltip);
    auto *value = new QLabel(QStringLiteral("-"), this);
    value->setObjectName(key);
    value->setToolTip(tooltip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    layout->addRow(name, value);
    m_values.append(value);
    m_names.append(name);
    return value;
}

QLabel *ReadoutWidget::nameLabel(const QString &key) const
{
    const QString name = key + QStringLiteral("Label");
    for (QLabel *label : m_names) {
        if (label->objectName() == name)
            return label;
    }
    return nullptr;
}

QString ReadoutWidget::labelText(const QString &key) const
{
    const QLabel *label = nameLabel(key);
    return label ? label->text() : QString();
}

QString ReadoutWidget::valueText(const QString &key) const
{
    for (const QLabel *label : m_values) {
        if (label->objectName() == key) {
            QString text = label->text();
            // The band row is rich text: strip the markup for callers.
            static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
            text.remove(tags);
            text.replace(QStringLiteral("&#9632;"), QString());
            text.replace(QStringLiteral("&nbsp;"), QString());
            return text.simplified();
        }
    }
    return {};
}

void ReadoutWidget::showFrequencies(const numerics::RopeParams & /*params*/,
                                    const numerics::RopeFrequencies *frequencies)
{
    auto set = [this](const QString &key, const QString &text) {
        for (QLabel *label : std::as_const(m_values)) {
            if (label->objectName() == key)
                label->setText(text);
        }
    };
    if (!frequencies) {
        for (QLabel *label : std::as_const(m_values))
            label->setText(QStringLiteral("-"));
        return;
    }
    const numerics::RopeFrequencies &f = *frequencies;
    set(QStringLiteral("rotaryDim"), tr("%1 (%2 pairs)").arg(f.rotaryDim).arg(f.invFreq.size()));
    set(QStringLiteral("effectiveBase"), number(f.effectiveBase, 10));
    set(QStringLiteral("attentionFactor"), number(f.attentionFactor, 10));
    set(QStringLiteral("softmaxScale"), number(f.softmaxScaleMultiplier, 10));
    set(QStringLiteral("logitMultiplier"), number(f.logitMultiplier, 10));
    set(QStringLiteral("temperature"), theme::temperaturePlacementText(f.temperaturePlacement));
    if (std::isnan(f.correctionLow) || std::isnan(f.correctionHigh))
        set(QStringLiteral("correctionRange"), tr("n/a for this method"));
    else
        set(QStringLiteral("correctionRange"),
            QStringLiteral("[%1, %2]")
                .arg(rangeBound(f.correctionLow), rangeBound(f.correctionHigh)));

    int counts[3] = { 0, 0, 0 };
    for (numerics::Band band : f.band)
        ++counts[static_cast<int>(band)];
    set(QStringLiteral("bands"),
        QStringLiteral("%1 / %2 / %3")
            .arg(bandSwatch(numerics::Band::High, counts[0]),
                 bandSwatch(numerics::Band::Medium, counts[1]),
                 bandSwatch(numerics::Band::Low, counts[2])));
    // The row names the method's bands (numerics::bandScheme), the tooltip each band's meaning.
    QStringList meanings;
    for (numerics::Band band :
         { numerics::Band::High, numerics::Band::Medium, numerics::Band::Low })
        meanings.append(tr("%1: %2 pairs").arg(bandLabel(f.method, band)).arg(counts[int(band)]));
    if (QLabel *name = nameLabel(QStringLiteral("bands"))) {
        name->setText(bandCountsHeading(f.method));
        name->setToolTip(meanings.join(QLatin1Char('\n')));
    }
    for (QLabel *label : std::as_const(m_values)) {
        if (label->objectName() == QLatin1String("bands"))
            label->setToolTip(meanings.join(QLatin1Char('\n')));
    }

    if (f.wavelength.size() > 0) {
        const double longest = f.wavelength.maxCoeff();
        const double context = f.originalContext; // L (dynamic NTK: max_position_embeddings)
        set(QStringLiteral("longestWavelength"),
            tr("%1 positions = %2 \u00d7 L")
                .arg(QLocale().toString(longest, 'f', 0), number(longest / context, 4)));
    } else {
        set(QStringLiteral("longestWavelength"), QStringLiteral("-"));
    }
}

} // namespace ropelab::ui
