#pragma once

// Every view option that a state file, a lesson or a command line can set, as one table: the
// JSON key inside the state file's "views" object, the command-line option that `export`,
// `sweep` and the window take, the accepted values, and how it reads and writes the options of
// the controllers. The state file, the CLI and the view registry all read this table; adding a
// view option is one row here.

#include "decaycontroller.h"
#include "heatmapcontroller.h"
#include "numerics/result.h"

#include <QJsonObject>
#include <QJsonValue>

#include <span>

namespace ropelab::ui {

struct RotationOptions
{
    double speed = 20.0; // positions per second while playing

    bool operator==(const RotationOptions &) const = default;
};

// The options of every view, as the controllers hold them.
struct ViewOptionsSet
{
    DecayOptions decay;
    HeatmapOptions heatmap;
    RotationOptions rotation;

    bool operator==(const ViewOptionsSet &) const = default;
};

struct ViewOption
{
    enum class Type { Choice, Flag, Number };
    const char *view;      // "decay", "heatmap", "rotation": the object inside "views"
    const char *key;       // JSON key inside it
    const char *cliName;   // command-line option, without "--"
    const char *valueName; // shown in --help ("" for a flag)
    const char *help;      // --help text (translated in context "ViewOption")
    Type type;
    std::span<const char *const> choices; // Type::Choice: the accepted ids
    double min = 0.0, max = 0.0;          // Type::Number: the accepted range (inclusive)
    bool integer = false;                 // Type::Number: whole numbers only
    QJsonValue (*get)(const ViewOptionsSet &);
    void (*set)(ViewOptionsSet &, const QJsonValue &); // called with a checked value only
};

std::span<const ViewOption> viewOptionTable();

// A value for `option`, checked against its type, choices and range; an Error names
// `where` (the JSON path or the command-line option as written) and the value.
numerics::Result<QJsonValue> checkViewOption(const ViewOption &option, const QJsonValue &value,
                                             const QString &where);

// {"decay": {"mode": "bound", ...}, "heatmap": {...}, "rotation": {...}}: every option.
QJsonObject viewOptionsToJson(const ViewOptionsSet &options);
// Reads the keys present in `json` over `base` (absent keys keep base's values, so older state
// files load). An unknown view or key, or a bad value, is an Error naming
// "views.<view>.<key>" and the value.
numerics::Result<ViewOptionsSet> viewOptionsFromJson(const QJsonObject &json, ViewOptionsSet base);

} // namespace ropelab::ui
