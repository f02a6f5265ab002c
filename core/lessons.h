#pragma once

// The guided lessons as data (resources/lessons/lessons.json): each step names the view that
// proves its point, the parameters and view options it starts from (the JSON of File > Save
// state, read by loadState, or a preset by name), and its title and text in every language.
// Numbers the app computes are never typed into the text: a step writes {{quantity}} and the
// value comes from the core for the step's parameters (lessonQuantities()).
//
// File shape:
//   {"format": "ropelab-lessons", "version": 1, "languages": ["en", "zh_CN"],
//    "steps": [{"id": "rotation-2d", "view": "rotation",
//               "preset": "llama2-7b",                 (optional; else "state")
//               "state": {"format": "ropelab-state", "version": 1, "params": {...},
//                         "ui": {"position": 2, "views": {...}}},
//               "title": {"en": "...", "zh_CN": "..."},
//               "text": {"en": "... {{critical_dims}} ...", "zh_CN": "..."}}]}
// "state.params" may list only the keys that differ from the defaults (or from the preset,
// when both are given).

#include "numerics/result.h"
#include "numerics/rope.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

#include <span>

namespace ropelab::core {

inline constexpr char LessonsFormatName[] = "ropelab-lessons";

struct LessonStep
{
    QString id;
    QString view; // a ViewRegistry id
    numerics::RopeParams params;
    QString sourceName; // the preset's title, or "" (a hand-made example)
    QJsonObject ui; // the state's "ui": "position", "views" (view options)
    QMap<QString, QString> title; // language ("en", "zh_CN") -> plain text
    QMap<QString, QString> text; // language -> rich text with {{quantity}} placeholders
};

struct Lessons
{
    QStringList languages;
    QList<LessonStep> steps;
};

// One number a lesson text may quote: {{id}} becomes value(params) written with `decimals`
// decimals (-1: as an integer with group separators; -2: up to 6 significant digits, so a
// whole number stays whole and 8.09278 keeps its fraction).
struct LessonQuantity
{
    const char *id;
    const char *description; // English, for the data file's authors
    int decimals;
    double (*value)(const numerics::RopeParams &params);
};
std::span<const LessonQuantity> lessonQuantities();

// Liu et al. 2023, "Scaling Laws of RoPE-based Extrapolation", Eq. 3: the dimensions whose pairs
// complete a whole turn within the training length L, 2 * ceil((d/2) * log_base(L / 2 pi)).
// Llama 2 (d = 128, base 10000, L = 4096): 92.
double criticalDimension(const numerics::RopeParams &params);

// Reads and checks a lessons file: format and version, every step's id (unique), view (one of
// `viewIds`), preset or state (loadState's checks), and title and text in every listed
// language with only known {{quantities}}. An Error names the step and the key.
numerics::Result<Lessons> loadLessons(const QByteArray &json, const QStringList &viewIds);
// The lessons built into the app (":/lessons/lessons.json").
numerics::Result<Lessons> builtInLessons(const QStringList &viewIds);

// `text` with every {{quantity}} replaced by its value for `params`, in `locale`'s digits.
QString fillLessonText(const QString &text, const numerics::RopeParams &params,
                       const QLocale &locale);
// The language key of `locale` among `languages`: "zh_CN" for any Chinese locale, else "en".
QString lessonLanguage(const QLocale &locale, const QStringList &languages);

} // namespace ropelab::core
