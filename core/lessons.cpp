#include "lessons.h"

#include "configimport.h"
#include "presets.h"
#include "statefile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <numbers>

namespace ropelab::core {

using numerics::Error;
using numerics::Result;
using numerics::RopeParams;

namespace {

constexpr int LessonsVersion = 1;

double frequencyValue(const RopeParams &p, double (*pick)(const numerics::RopeFrequencies &))
{
    const auto f = numerics::computeFrequencies(p);
    return f ? pick(*f) : std::numeric_limits<double>::quiet_NaN();
}

// The worked 2-D example (RoFormer Sec. 3.2): q = (0.5, -1.0), k = (1.2, 0.3), theta = 0.1.
constexpr double ExQ[2] = { 0.5, -1.0 };
constexpr double ExK[2] = { 1.2, 0.3 };
constexpr double ExTheta = 0.1;

// Component `c` of v rotated by angle a.
double rotated(const double (&v)[2], double a, int c)
{
    return c == 0 ? v[0] * std::cos(a) - v[1] * std::sin(a)
                  : v[0] * std::sin(a) + v[1] * std::cos(a);
}

// (R(m theta) q) . (R(n theta) k)
double exampleScore(double m, double n)
{
    return rotated(ExQ, m * ExTheta, 0) * rotated(ExK, n * ExTheta, 0)
        + rotated(ExQ, m * ExTheta, 1) * rotated(ExK, n * ExTheta, 1);
}

const LessonQuantity Quantities[] = {
    { "ex_q_rot_x", "2-D example: q rotated to m = 2, x", 4,
      [](const RopeParams &) { return rotated(ExQ, 2 * ExTheta, 0); } },
    { "ex_q_rot_y", "2-D example: q rotated to m = 2, y", 4,
      [](const RopeParams &) { return rotated(ExQ, 2 * ExTheta, 1); } },
    { "ex_k_rot_x", "2-D example: k rotated to n = 2, x", 4,
      [](const RopeParams &) { return rotated(ExK, 2 * ExTheta, 0); } },
    { "ex_k_rot_y", "2-D example: k rotated to n = 2, y", 4,
      [](const RopeParams &) { return rotated(ExK, 2 * ExTheta, 1); } },
    { "ex_score_2_0", "2-D example: q at m = 2, k at n = 0", 4,
      [](const RopeParams &) { return exampleScore(2, 0); } },
    { "ex_score_5_3", "2-D example: q at m = 5, k at n = 3", 4,
      [](const RopeParams &) { return exampleScore(5, 3); } },
    { "ex_score_2_2", "2-D example: both at 2 (= q . k)", 4,
      [](const RopeParams &) { return exampleScore(2, 2); } },
    { "bound_0", "RoFormer bound at distance 0, (d/2 + 1)/2", 1,
      [](const RopeParams &p) {
          return (double(numerics::rotaryDim(p.headDim, p.partialRotaryFactor) / 2) + 1.0) / 2.0;
      } },
    { "beta_fast", "beta_fast as used (0 means 32)", -1,
      [](const RopeParams &p) { return numerics::effectiveBetaFast(p.betaFast); } },
    { "beta_slow", "beta_slow as used (0 means 1)", -1,
      [](const RopeParams &p) { return numerics::effectiveBetaSlow(p.betaSlow); } },
    { "seq_len", "current sequence length n", -1,
      [](const RopeParams &p) { return p.seqLen ? double(*p.seqLen) : 0.0; } },
    { "rotary_dim", "rotary dimension d", -1,
      [](const RopeParams &p) {
          return double(numerics::rotaryDim(p.headDim, p.partialRotaryFactor));
      } },
    { "pairs", "number of pairs d/2", -1,
      [](const RopeParams &p) {
          return double(numerics::rotaryDim(p.headDim, p.partialRotaryFactor) / 2);
      } },
    { "base", "rope_theta", -1, [](const RopeParams &p) { return p.base; } },
    { "factor", "scale factor s", -1, [](const RopeParams &p) { return p.factor; } },
    { "L", "original context L (tokens)", -1,
      [](const RopeParams &p) { return double(numerics::originalContext(p)); } },
    { "sL", "scaled context s x L (tokens)", -1,
      [](const RopeParams &p) { return numerics::scaledContext(p); } },
    { "critical_dims", "Liu et al. 2023 critical dimension", -1,
      [](const RopeParams &p) { return criticalDimension(p); } },
    { "effective_base", "the base the method uses", 0,
      [](const RopeParams &p) {
          return frequencyValue(p,
                                [](const numerics::RopeFrequencies &f) { return f.effectiveBase; });
      } },
    { "ntk_base", "NTK-aware base b * s^(d/(d-2))", 1,
      [](const RopeParams &p) {
          return numerics::ntkAwareBase(p.base, p.factor,
                                        numerics::rotaryDim(p.headDim, p.partialRotaryFactor));
      } },
    { "inv_sqrt_t", "YaRN 0.1 ln s + 1", 4,
      [](const RopeParams &p) { return numerics::yarnGetMscale(p.factor); } },
    { "t", "YaRN temperature t = 1 / (0.1 ln s + 1)^2", 4,
      [](const RopeParams &p) {
          const double m = numerics::yarnGetMscale(p.factor);
          return 1.0 / (m * m);
      } },
    { "attention_factor", "attention factor on cos and sin", 4,
      [](const RopeParams &p) {
          return frequencyValue(
              p, [](const numerics::RopeFrequencies &f) { return f.attentionFactor; });
      } },
    { "logit_multiplier", "total multiplier of the logits 1/t", 4,
      [](const RopeParams &p) {
          return frequencyValue(
              p, [](const numerics::RopeFrequencies &f) { return f.logitMultiplier; });
      } },
    { "softmax_scale_multiplier", "DeepSeek softmax-scale multiplier", 4,
      [](const RopeParams &p) {
          return frequencyValue(
              p, [](const numerics::RopeFrequencies &f) { return f.softmaxScaleMultiplier; });
      } },
    { "correction_low", "first pair of the YaRN ramp", -2,
      [](const RopeParams &p) {
          return frequencyValue(p,
                                [](const numerics::RopeFrequencies &f) { return f.correctionLow; });
      } },
    { "correction_high", "last pair of the YaRN ramp", -2,
      [](const RopeParams &p) {
          return frequencyValue(
              p, [](const numerics::RopeFrequencies &f) { return f.correctionHigh; });
      } },
    { "longest_wavelength", "wavelength of the slowest pair (tokens)", -1,
      [](const RopeParams &p) {
          return frequencyValue(p, [](const numerics::RopeFrequencies &f) {
              return f.wavelength.size() > 0 ? f.wavelength.maxCoeff() : 0.0;
          });
      } },
    { "shortest_wavelength", "wavelength of pair 0 (tokens)", 2,
      [](const RopeParams &p) {
          return frequencyValue(p, [](const numerics::RopeFrequencies &f) {
              return f.wavelength.size() > 0 ? f.wavelength.minCoeff() : 0.0;
          });
      } },
};

Error stepError(int index, const QString &id, const QString &key, const QString &message)
{
    const QString where = id.isEmpty() ? QStringLiteral("steps[%1]").arg(index)
                                       : QStringLiteral("steps[%1] (%2)").arg(index).arg(id);
    return Error { QStringLiteral("%1.%2").arg(where, key).toStdString(),
                   QStringLiteral("%1.%2: %3").arg(where, key, message).toStdString() };
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\}\\}"));
    return pattern;
}

const LessonQuantity *findQuantity(const QString &id)
{
    for (const LessonQuantity &q : Quantities) {
        if (id == QLatin1String(q.id))
            return &q;
    }
    return nullptr;
}

// Title and text by language; every listed language present, non-empty, known placeholders.
std::optional<Error> readTexts(const QJsonObject &step, const char *key,
                               const QStringList &languages, int index, const QString &id,
                               QMap<QString, QString> &out)
{
    const QJsonValue value = step.value(QLatin1String(key));
    if (!value.isObject())
        return stepError(index, id, QLatin1String(key),
                         QStringLiteral("must be an object of languages"));
    const QJsonObject byLanguage = value.toObject();
    for (const QString &language : languages) {
        const QString text = byLanguage.value(language).toString();
        if (text.trimmed().isEmpty())
            return stepError(index, id, QStringLiteral("%1.%2").arg(QLatin1String(key), language),
                             QStringLiteral("is missing or empty"));
        auto it = placeholderPattern().globalMatch(text);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!findQuantity(name))
                return stepError(index, id,
                                 QStringLiteral("%1.%2").arg(QLatin1String(key), language),
                                 QStringLiteral("unknown quantity {{%1}}").arg(name));
        }
        out.insert(language, text);
    }
    return std::nullopt;
}

} // namespace

std::span<const LessonQuantity> lessonQuantities()
{
    return Quantities;
}

double criticalDimension(const RopeParams &params)
{
    const int d = numerics::rotaryDim(params.headDim, params.partialRotaryFactor);
    const double L = double(numerics::originalContext(params));
    const double turns = std::log(L / (2.0 * std::numbers::pi)) / std::log(params.base);
    return 2.0 * std::ceil(double(d / 2) * turns);
}

Result<Lessons> loadLessons(const QByteArray &json, const QStringList &viewIds)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error { "(json)",
                       QStringLiteral("(json): not a JSON object: %1 at offset %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                           .toStdString() };
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(LessonsFormatName))
        return Error { "format",
                       QStringLiteral("format: expected \"%1\"")
                           .arg(QLatin1String(LessonsFormatName))
                           .toStdString() };
    if (root.value(QStringLiteral("version")).toInt() != LessonsVersion)
        return Error { "version",
                       QStringLiteral("version: expected %1").arg(LessonsVersion).toStdString() };
    Lessons lessons;
    for (const QJsonValue &language : root.value(QStringLiteral("languages")).toArray())
        lessons.languages.append(language.toString());
    if (!lessons.languages.contains(QLatin1String("en")))
        return Error { "languages", "languages: must list \"en\"" };

    const QJsonArray steps = root.value(QStringLiteral("steps")).toArray();
    if (steps.isEmpty())
        return Error { "steps", "steps: must be a non-empty array" };
    QSet<QString> ids;
    for (int i = 0; i < steps.size(); ++i) {
        if (!steps[i].isObject())
            return stepError(i, {}, QStringLiteral("(step)"), QStringLiteral("must be an object"));
        const QJsonObject object = steps[i].toObject();
        LessonStep step;
        step.id = object.value(QStringLiteral("id")).toString();
        if (step.id.isEmpty() || ids.contains(step.id))
            return stepError(i, step.id, QStringLiteral("id"),
                             QStringLiteral("must be present and unique"));
        ids.insert(step.id);
        step.view = object.value(QStringLiteral("view")).toString();
        if (!viewIds.contains(step.view))
            return stepError(i, step.id, QStringLiteral("view"),
                             QStringLiteral("'%1' is not one of %2")
                                 .arg(step.view, viewIds.join(QStringLiteral(", "))));

        // The parameters: a preset, then the state's params over it (the state file's keys).
        QJsonObject state = object.value(QStringLiteral("state")).toObject();
        QJsonObject params = state.value(QStringLiteral("params")).toObject();
        const QString preset = object.value(QStringLiteral("preset")).toString();
        if (!preset.isEmpty()) {
            const auto loaded = loadPreset(preset);
            if (!loaded)
                return stepError(i, step.id, QStringLiteral("preset"),
                                 QString::fromStdString(loaded.error().message));
            step.sourceName = loaded->sourceName;
            QJsonObject merged = paramsToJson(loaded->params);
            for (auto it = params.begin(); it != params.end(); ++it)
                merged.insert(it.key(), it.value());
            params = merged;
        }
        state.insert(QStringLiteral("format"), QLatin1String(StateFormatName));
        if (!state.contains(QStringLiteral("version")))
            state.insert(QStringLiteral("version"), 1);
        state.insert(QStringLiteral("params"), params);
        state.remove(QStringLiteral("method")); // params.method decides
        const auto loaded
            = loadState(QJsonDocument(state).toJson(QJsonDocument::Compact), &step.ui);
        if (!loaded)
            return stepError(i, step.id, QStringLiteral("state"),
                             QString::fromStdString(loaded.error().message));
        step.params = loaded.value();
        if (!numerics::computeFrequencies(step.params))
            return stepError(i, step.id, QStringLiteral("state.params"),
                             QStringLiteral("the parameters are not usable"));

        if (auto error = readTexts(object, "title", lessons.languages, i, step.id, step.title))
            return *error;
        if (auto error = readTexts(object, "text", lessons.languages, i, step.id, step.text))
            return *error;
        lessons.steps.append(step);
    }
    return lessons;
}

Result<Lessons> builtInLessons(const QStringList &viewIds)
{
    QFile file(QStringLiteral(":/lessons/lessons.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error { "lessons", "the built-in lessons are missing" };
    return loadLessons(file.readAll(), viewIds);
}

QString fillLessonText(const QString &text, const RopeParams &params, const QLocale &locale)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += text.mid(last, match.capturedStart() - last);
        if (const LessonQuantity *q = findQuantity(match.captured(1))) {
            const double value = q->value(params);
            out += q->decimals == -2 ? locale.toString(value, 'g', 6) // as it is, 6 digits
                : q->decimals < 0    ? locale.toString(qlonglong(std::llround(value)))
                                     : locale.toString(value, 'f', q->decimals);
        } else {
            out += match.captured(0);
        }
        last = match.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

QString lessonLanguage(const QLocale &locale, const QStringList &languages)
{
    if (locale.language() == QLocale::Chinese && languages.contains(QLatin1String("zh_CN")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

} // namespace ropelab::core
