#include "parameterspanel.h"

#include "theme.h"

#include "controllers/paramscontroller.h"
#include "exactspinbox.h"
#include "numerics/rope.h"
#include "numerics/methodeffect.h"
#include "numerics/ropemethod.h"
#include "presets.h"
#include "sliderrow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>
#include <optional>
#include <span>

namespace ropelab::ui {

namespace {

constexpr QChar ZeroWidthSpace(0x200B);

// A message as the dock shows it: a zero-width space after '_', '/', '=' and a '.' before a letter
// (not in numbers) lets word wrap
// break long keys and paths ("rope_scaling.original_max_position_embeddings"), which would
// otherwise widen the dock.
QString wrappable(QString text)
{
    static const QRegularExpression breakAfter(QStringLiteral("([_/=]|\\.(?=[A-Za-z]))"));
    return text.replace(breakAfter, QStringLiteral("\\1") + ZeroWidthSpace);
}

// The message as written (the break opportunities removed).
QString written(QString text)
{
    return text.remove(ZeroWidthSpace);
}

using numerics::RopeParams;

enum class Section { Model, Scaling, Temperature, Llama3, Runtime };

struct Descriptor
{
    const char *key; // HF field name
    Section section;
    const char *label; // English, translated with tr()
    const char *tooltip; // one sentence
    SliderScale scale;
    std::uint32_t flag; // numerics::ParamFlag that enables the row; 0 = always
    const char *specialText; // shown at the spin box minimum (unset optional), or nullptr
    double (*get)(const RopeParams &);
    void (*set)(RopeParams &, double);
};

constexpr double MaxLen = 2147483648.0; // numerics::MaxLength

const Descriptor Descriptors[] = {
    { "rope_theta",
      Section::Model,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Base (rope_theta)"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "The RoPE base: pair i turns by base^(-2i/d) radians per position."),
      { 1e2, 1e8, 1.0001, 1e12, true, false, 0.0, 3 },
      0,
      nullptr,
      [](const RopeParams &p) { return p.base; },
      [](RopeParams &p, double v) { p.base = v; } },
    { "head_dim",
      Section::Model,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Head dim"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "The attention head dimension; the rotary dim is head_dim times the "
                        "partial rotary factor."),
      { 8, 512, 2, 8192, false, true, 2.0, 3 },
      0,
      nullptr,
      [](const RopeParams &p) { return double(p.headDim); },
      [](RopeParams &p, double v) { p.headDim = int(std::lround(v)); } },
    { "partial_rotary_factor",
      Section::Model,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Partial rotary factor"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "The fraction of each head's dimensions that is rotated (1 = all)."),
      { 0.05, 1.0, 0.001, 1.0, false, false, 0.01, 3 },
      0,
      nullptr,
      [](const RopeParams &p) { return p.partialRotaryFactor; },
      [](RopeParams &p, double v) { p.partialRotaryFactor = v; } },
    { "factor",
      Section::Scaling,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Factor s"),
      QT_TRANSLATE_NOOP(
          "ropelab::ui::ParametersPanel",
          "The context extension factor s: the new context is about s times the original one."),
      { 1, 256, 0.01, 1e6, true, false, 0.0, 3 },
      numerics::ReadsFactor,
      nullptr,
      [](const RopeParams &p) { return p.factor; },
      [](RopeParams &p, double v) { p.factor = v; } },
    { "original_max_position_embeddings",
      Section::Scaling,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Original context L"),
      QT_TRANSLATE_NOOP(
          "ropelab::ui::ParametersPanel",
          "original_max_position_embeddings: the context length the model was trained with."),
      { 128, 2097152, 1, MaxLen, true, true, 0.0, 3 },
      numerics::ReadsOriginalContext,
      nullptr,
      [](const RopeParams &p) { return double(p.originalMaxPositions); },
      [](RopeParams &p, double v) { p.originalMaxPositions = std::llround(v); } },
    { "max_position_embeddings",
      Section::Scaling,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Max positions"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "max_position_embeddings: the context length the config declares (dynamic "
                        "NTK, LongRoPE, MiniMind)."),
      { 128, 4194304, 1, MaxLen, true, true, 0.0, 3 },
      numerics::ReadsMaxPositions,
      nullptr,
      [](const RopeParams &p) { return double(p.maxPositions); },
      [](RopeParams &p, double v) { p.maxPositions = std::llround(v); } },
    { "beta_fast",
      Section::Scaling,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "beta_fast"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "Pairs that turn more than beta_fast times over L are kept unscaled (0 "
                        "means HF's default 32)."),
      { 0, 128, 0, 1e4, false, false, 0.5, 3 },
      numerics::ReadsBetaFast,
      nullptr,
      [](const RopeParams &p) { return p.betaFast; },
      [](RopeParams &p, double v) { p.betaFast = v; } },
    { "beta_slow",
      Section::Scaling,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "beta_slow"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "Pairs that turn fewer than beta_slow times over L are fully interpolated "
                        "(0 means HF's default 1)."),
      { 0, 32, 0, 1e4, false, false, 0.125, 3 },
      numerics::ReadsBetaSlow,
      nullptr,
      [](const RopeParams &p) { return p.betaSlow; },
      [](RopeParams &p, double v) { p.betaSlow = v; } },
    { "attention_factor",
      Section::Temperature,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Attention factor"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "An explicit attention_factor multiplying cos and sin; auto uses the "
                        "method's own formula."),
      { 0, 4, 0, 100, false, false, 0.01, 3 },
      numerics::ReadsAttentionFactor,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "auto"),
      [](const RopeParams &p) { return p.attentionFactor.value_or(0.0); },
      [](RopeParams &p, double v) {
          if (v > 0.0)
              p.attentionFactor = v;
          else
              p.attentionFactor.reset();
      } },
    { "mscale",
      Section::Temperature,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "mscale"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "DeepSeek-style mscale: with mscale_all_dim the attention factor is their "
                        "get_mscale ratio."),
      { 0, 4, 0, 100, false, false, 0.01, 3 },
      numerics::ReadsMscale,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "unset"),
      [](const RopeParams &p) { return p.mscale; },
      [](RopeParams &p, double v) { p.mscale = v; } },
    { "mscale_all_dim",
      Section::Temperature,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "mscale_all_dim"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "DeepSeek-style mscale_all_dim: also sets the softmax-scale multiplier "
                        "get_mscale(s, m)^2."),
      { 0, 4, 0, 100, false, false, 0.01, 3 },
      numerics::ReadsMscaleAllDim,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "unset"),
      [](const RopeParams &p) { return p.mscaleAllDim; },
      [](RopeParams &p, double v) { p.mscaleAllDim = v; } },
    { "low_freq_factor",
      Section::Llama3,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Low freq factor"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "Llama 3: wavelengths above L / low_freq_factor are divided by s."),
      { 0, 16, 0, 1e4, false, false, 0.05, 3 },
      numerics::ReadsLowFreqFactor,
      nullptr,
      [](const RopeParams &p) { return p.lowFreqFactor; },
      [](RopeParams &p, double v) { p.lowFreqFactor = v; } },
    { "high_freq_factor",
      Section::Llama3,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "High freq factor"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "Llama 3: wavelengths below L / high_freq_factor are kept unscaled."),
      { 0, 32, 0, 1e4, false, false, 0.05, 3 },
      numerics::ReadsHighFreqFactor,
      nullptr,
      [](const RopeParams &p) { return p.highFreqFactor; },
      [](RopeParams &p, double v) { p.highFreqFactor = v; } },
    { "seq_len",
      Section::Runtime,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "Sequence length"),
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel",
                        "The current sequence length (dynamic NTK rescales beyond it; LongRoPE "
                        "switches to long factors)."),
      { 128, 4194304, 0, MaxLen, true, true, 0.0, 3 },
      numerics::ReadsSeqLen,
      QT_TRANSLATE_NOOP("ropelab::ui::ParametersPanel", "not given"),
      [](const RopeParams &p) { return p.seqLen ? double(*p.seqLen) : 0.0; },
      [](RopeParams &p, double v) {
          if (v >= 1.0)
              p.seqLen = std::llround(v);
          else
              p.seqLen.reset();
      } },
};

QString sectionTitle(Section section)
{
    switch (section) {
    case Section::Model:
        return QCoreApplication::translate("ropelab::ui::ParametersPanel", "Model");
    case Section::Scaling:
        return QCoreApplication::translate("ropelab::ui::ParametersPanel", "Scaling");
    case Section::Temperature:
        return QCoreApplication::translate("ropelab::ui::ParametersPanel",
                                           "Attention temperature (YaRN)");
    case Section::Llama3:
        return QCoreApplication::translate("ropelab::ui::ParametersPanel", "Llama 3");
    case Section::Runtime:
        return QCoreApplication::translate("ropelab::ui::ParametersPanel", "Runtime");
    }
    return {};
}

} // namespace

struct ParametersPanel::Row
{
    const Descriptor *descriptor = nullptr;
    SliderRow *slider = nullptr;
};

ParametersPanel::ParametersPanel(ParamsController *params, QWidget *parent)
    : QWidget(parent), m_params(params)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto *top = new QFormLayout;
    m_methodCombo = new QComboBox(this);
    m_methodCombo->setObjectName(QStringLiteral("methodCombo"));
    m_methodCombo->setToolTip(tr("The scaling method whose frequencies every view shows."));
    for (const numerics::MethodInfo &info : numerics::methodTable())
        m_methodCombo->addItem(theme::methodName(info.method),
                               QString::fromLatin1(info.id.data(), qsizetype(info.id.size())));
    top->addRow(tr("&Method"), m_methodCombo);

    m_presetCombo = new QComboBox(this);
    m_presetCombo->setObjectName(QStringLiteral("presetCombo"));
    m_presetCombo->setToolTip(tr("Load the RoPE settings of a published model."));
    m_presetCombo->addItem(tr("Choose a model preset..."), QString());
    const QList<core::PresetInfo> presets = core::presetList();
    for (const core::PresetInfo &preset : presets) {
        if (const auto loaded = core::loadPreset(preset.name))
            m_presetParams.append({ preset.name, loaded->params });
        m_presetCombo->addItem(preset.title, preset.name);
        m_presetCombo->setItemData(m_presetCombo->count() - 1, preset.source, Qt::ToolTipRole);
    }
    top->addRow(tr("&Preset"), m_presetCombo);
    layout->addLayout(top);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    // The dock's width comes from the controls; a long message wraps inside it.
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #e8f0fb; border: 1px solid #8fb3e0; padding: 4px; }"));
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; "
                                               "border: 1px solid #e0a39c; padding: 4px; }"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("warningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_warningLabel->setTextFormat(Qt::PlainText);
    m_warningLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff6e0; color: #6b4a00; "
                                                 "border: 1px solid #e6c46e; padding: 4px; }"));
    m_warningLabel->hide();
    layout->addWidget(m_warningLabel);

    buildRows(layout);

    layout->addStretch(1);

    connect(m_methodCombo, &QComboBox::activated, this, &ParametersPanel::methodActivated);
    connect(m_presetCombo, &QComboBox::activated, this, &ParametersPanel::presetActivated);
    connect(m_params, &ParamsController::paramsChanged, this, &ParametersPanel::updateControls);
    connect(m_params, &ParamsController::positionChanged, this,
            [this](double position) { m_positionRow->setValue(position); });
    updateControls();
}

ParametersPanel::~ParametersPanel() = default;

void ParametersPanel::buildRows(QVBoxLayout *layout)
{
    QGridLayout *grid = nullptr;
    std::optional<Section> current;
    auto addToGrid = [](QGridLayout *g, SliderRow *row) {
        const int r = g->rowCount();
        g->addWidget(row->label(), r, 0);
        g->addWidget(row->slider(), r, 1);
        g->addWidget(row->spinBox(), r, 2);
    };
    auto newSection = [&](Section section) {
        auto *box = new QGroupBox(sectionTitle(section), this);
        grid = new QGridLayout(box);
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(0);
        grid->setContentsMargins(6, 2, 6, 2);
        layout->addWidget(box);
        current = section;
    };
    for (const Descriptor &descriptor : Descriptors) {
        if (current != descriptor.section)
            newSection(descriptor.section);
        auto *row = new SliderRow(tr(descriptor.label), tr(descriptor.tooltip), descriptor.scale,
                                  grid->parentWidget());
        row->setObjectName(QString::fromLatin1(descriptor.key));
        row->spinBox()->setObjectName(QString::fromLatin1(descriptor.key));
        if (descriptor.specialText)
            row->setSpecialValueText(tr(descriptor.specialText));
        addToGrid(grid, row);
        const int index = int(m_rows.size());
        connect(row, &SliderRow::valueEdited, this,
                [this, index](double value) { rowEdited(index, value); });
        m_rows.push_back(Row { &descriptor, row });
        if (descriptor.section == Section::Scaling && qstrcmp(descriptor.key, "beta_slow") == 0) {
            m_truncate = new QCheckBox(tr("Truncate (floor/ceil the correction range)"),
                                       grid->parentWidget());
            m_truncate->setObjectName(QStringLiteral("truncate"));
            m_truncate->setToolTip(tr("YaRN truncate: round the correction range outward to whole "
                                      "pairs (HF default true; gpt-oss uses false)."));
            grid->addWidget(m_truncate, grid->rowCount(), 0, 1, 3);
            connect(m_truncate, &QCheckBox::toggled, this, &ParametersPanel::truncateToggled);
        }
    }
    // The position m is not a RoPE parameter: it lives in the controller on its own.
    m_positionRow = new SliderRow(tr("Position m"),
                                  tr("The position whose rotation angles m * inv_freq the "
                                     "rotating-pairs view shows."),
                                  SliderScale { 1, 1048576, 0, MaxLen, true, false, 0.0, 3 },
                                  grid->parentWidget());
    m_positionRow->setObjectName(QStringLiteral("position"));
    m_positionRow->spinBox()->setObjectName(QStringLiteral("position"));
    addToGrid(grid, m_positionRow);
    connect(m_positionRow, &SliderRow::valueEdited, m_params, &ParamsController::setPosition);
}

SliderRow *ParametersPanel::row(const QString &key) const
{
    if (key == QLatin1String("position"))
        return m_positionRow;
    for (const Row &row : m_rows) {
        if (QLatin1String(row.descriptor->key) == key)
            return row.slider;
    }
    return nullptr;
}

QStringList ParametersPanel::rowKeys() const
{
    QStringList keys;
    for (const Row &row : m_rows)
        keys.append(QString::fromLatin1(row.descriptor->key));
    keys.append(QStringLiteral("position"));
    return keys;
}

QString ParametersPanel::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : written(m_errorLabel->text());
}

QString ParametersPanel::warningText() const
{
    return m_warningLabel->isHidden() ? QString() : written(m_warningLabel->text());
}

QString ParametersPanel::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : written(m_messageLabel->text());
}

void ParametersPanel::showMessage(const QString &message)
{
    m_messageLabel->setText(wrappable(message));
    m_messageLabel->setVisible(!message.isEmpty());
}

void ParametersPanel::rowEdited(int index, double value)
{
    numerics::RopeParams next = m_params->params();
    m_rows[std::size_t(index)].descriptor->set(next, value);
    showMessage(QString());
    m_params->setParams(next);
}

void ParametersPanel::methodActivated(int index)
{
    const auto method
        = numerics::methodFromId(m_methodCombo->itemData(index).toString().toStdString());
    if (!method)
        return;
    showMessage(QString());
    numerics::RopeParams next = m_params->params();
    next.method = *method;
    // A method that changes nothing at the current values (factor 1, or dynamic NTK within
    // max_position_embeddings) starts from values that show its effect, and says so.
    if (const auto demo = numerics::paramsShowingEffect(next)) {
        m_params->setParams(demo->params);
        QStringList changes;
        for (const auto &[key, value] : demo->changed) {
            for (const Row &row : m_rows) {
                if (QLatin1String(row.descriptor->key) == QLatin1String(key.data(), key.size()))
                    changes.append(tr("%1 = %2").arg(tr(row.descriptor->label),
                                                     QLocale().toString(value, 'g', 10)));
            }
        }
        showMessage(tr("%1 changes nothing at the previous values, so it starts from %2. "
                       "Edit > Undo goes back.")
                        .arg(m_methodCombo->itemText(index), changes.join(QStringLiteral(", "))));
        return;
    }
    m_params->setMethod(*method);
}

void ParametersPanel::presetActivated(int index)
{
    const QString name = m_presetCombo->itemData(index).toString();
    if (!name.isEmpty())
        Q_EMIT presetRequested(name);
}

void ParametersPanel::truncateToggled(bool checked)
{
    numerics::RopeParams next = m_params->params();
    next.truncate = checked;
    m_params->setParams(next);
}

void ParametersPanel::updateControls()
{
    const numerics::RopeParams &params = m_params->params();
    const std::uint32_t reads = numerics::methodInfo(params.method).reads;
    {
        const QSignalBlocker blocker(m_methodCombo);
        const int index = m_methodCombo->findData(
            QString::fromLatin1(numerics::methodInfo(params.method).id.data(),
                                qsizetype(numerics::methodInfo(params.method).id.size())));
        m_methodCombo->setCurrentIndex(index);
    }
    for (const Row &row : m_rows) {
        row.slider->setValue(row.descriptor->get(params));
        row.slider->setEnabled(row.descriptor->flag == 0 || (reads & row.descriptor->flag) != 0);
    }
    {
        const QSignalBlocker blocker(m_truncate);
        m_truncate->setChecked(params.truncate);
        m_truncate->setEnabled((reads & numerics::ReadsTruncate) != 0);
    }
    m_positionRow->setValue(m_params->position());
    showMatchingPreset();
    updateMessages();
}

void ParametersPanel::showMatchingPreset()
{
    // The box names a preset only while the parameters are exactly that preset's (loaded from
    // the menu, the box, a file or the command line); after an edit it asks again.
    QString name;
    for (const auto &[preset, params] : std::as_const(m_presetParams)) {
        if (params == m_params->params())
            name = preset;
    }
    const QSignalBlocker blocker(m_presetCombo);
    m_presetCombo->setCurrentIndex(std::max(0, m_presetCombo->findData(name)));
}

void ParametersPanel::updateMessages()
{
    const QString error = m_params->error();
    m_errorLabel->setText(error.isEmpty() ? QString() : wrappable(tr("Error: %1").arg(error)));
    m_errorLabel->setVisible(!error.isEmpty());
    const QStringList warnings = m_params->warnings();
    QStringList lines;
    for (const QString &warning : warnings)
        lines.append(tr("Warning: %1").arg(warning));
    m_warningLabel->setText(wrappable(lines.join(QLatin1Char('\n'))));
    m_warningLabel->setVisible(!lines.isEmpty());
}

} // namespace ropelab::ui
