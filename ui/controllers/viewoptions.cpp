#include "viewoptions.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <array>
#include <cmath>

namespace ropelab::ui {

namespace {

constexpr std::array<const char *, 3> DecayModes { "self-score", "bound", "random" };
constexpr std::array<const char *, 2> DistanceScales { "log", "linear" };
constexpr std::array<const char *, 2> OnOff { "on", "off" };

QString tr(const char *text)
{
    return QCoreApplication::translate("ropelab::ui", text); // the context lupdate gives tr() here
}

QString shown(const QJsonValue &value)
{
    if (value.isString())
        return QStringLiteral("'%1'").arg(value.toString().left(80));
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isNull())
        return QStringLiteral("null");
    return QString::fromUtf8(
               QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact))
        .left(80);
}

const std::array<ViewOption, 7> Table { {
    { "decay", "mode", "decay-mode", "mode",
      QT_TRANSLATE_NOOP("ViewOption", "Score vs distance: self-score, bound or random."),
      ViewOption::Type::Choice, DecayModes, 0, 0, false,
      [](const ViewOptionsSet &o) {
          return QJsonValue(QLatin1String(DecayModes[std::size_t(o.decay.kind)]));
      },
      [](ViewOptionsSet &o, const QJsonValue &v) {
          for (std::size_t i = 0; i < DecayModes.size(); ++i) {
              if (v.toString() == QLatin1String(DecayModes[i]))
                  o.decay.kind = DecayKind(i);
          }
      } },
    { "decay", "distance", "distance", "scale",
      QT_TRANSLATE_NOOP("ViewOption", "Score vs distance: log or linear distance axis."),
      ViewOption::Type::Choice, DistanceScales, 0, 0, false,
      [](const ViewOptionsSet &o) {
          return QJsonValue(QLatin1String(o.decay.logX ? "log" : "linear"));
      },
      // A range still at the old scale's default follows the scale (DecayOptions::setScale);
      // a "range" given as well is applied after this row.
      [](ViewOptionsSet &o, const QJsonValue &v) {
          o.decay.setScale(v.toString() == QLatin1String("log"));
      } },
    { "decay",
      "range",
      "range",
      "tokens",
      QT_TRANSLATE_NOOP("ViewOption", "Score vs distance: largest relative distance (16 to 2^31)."),
      ViewOption::Type::Number,
      {},
      16,
      double(numerics::MaxLength),
      true,
      [](const ViewOptionsSet &o) { return QJsonValue(o.decay.maxDistance); },
      [](ViewOptionsSet &o, const QJsonValue &v) { o.decay.maxDistance = v.toDouble(); } },
    { "decay",
      "overlay_bases",
      "overlay-bases",
      "",
      QT_TRANSLATE_NOOP("ViewOption",
                        "Score vs distance: also draw plain RoPE at bases 1, 100, 500, 10000."),
      ViewOption::Type::Flag,
      {},
      0,
      0,
      false,
      [](const ViewOptionsSet &o) { return QJsonValue(o.decay.overlayBases); },
      [](ViewOptionsSet &o, const QJsonValue &v) { o.decay.overlayBases = v.toBool(); } },
    { "decay", "envelope", "envelope", "on|off",
      QT_TRANSLATE_NOOP("ViewOption",
                        "Score vs distance: draw the rolling max |score| envelope where the curve "
                        "is denser than the pixels."),
      ViewOption::Type::Choice, OnOff, 0, 0, false,
      [](const ViewOptionsSet &o) {
          return QJsonValue(QLatin1String(o.decay.envelope ? "on" : "off"));
      },
      [](ViewOptionsSet &o, const QJsonValue &v) {
          o.decay.envelope = v.toString() == QLatin1String("on");
      } },
    { "heatmap",
      "range",
      "heatmap-range",
      "tokens",
      QT_TRANSLATE_NOOP("ViewOption", "Angle heatmap: positions 0 .. N (16 to 2^31)."),
      ViewOption::Type::Number,
      {},
      16,
      double(numerics::MaxLength),
      true,
      [](const ViewOptionsSet &o) { return QJsonValue(o.heatmap.maxPosition); },
      [](ViewOptionsSet &o, const QJsonValue &v) { o.heatmap.maxPosition = v.toDouble(); } },
    { "rotation",
      "speed",
      "speed",
      "positions/s",
      QT_TRANSLATE_NOOP("ViewOption", "Rotating pairs: positions per second while playing."),
      ViewOption::Type::Number,
      {},
      0.01,
      1e7,
      false,
      [](const ViewOptionsSet &o) { return QJsonValue(o.rotation.speed); },
      [](ViewOptionsSet &o, const QJsonValue &v) { o.rotation.speed = v.toDouble(); } },
} };

} // namespace

std::span<const ViewOption> viewOptionTable()
{
    return Table;
}

numerics::Result<QJsonValue> checkViewOption(const ViewOption &option, const QJsonValue &value,
                                             const QString &where)
{
    auto error = [&](const QString &message) {
        return numerics::Error { where.toStdString(), message.toStdString() };
    };
    switch (option.type) {
    case ViewOption::Type::Choice: {
        QStringList ids;
        for (const char *id : option.choices) {
            ids.append(QLatin1String(id));
            if (value.isString() && value.toString() == QLatin1String(id))
                return value;
        }
        return error(
            tr("%1 is %2; use one of %3").arg(where, shown(value), ids.join(QStringLiteral(", "))));
    }
    case ViewOption::Type::Flag:
        if (value.isBool())
            return value;
        return error(tr("%1 is %2; use true or false").arg(where, shown(value)));
    case ViewOption::Type::Number: {
        const double number = value.toDouble(std::nan(""));
        if (value.isDouble() && std::isfinite(number) && number >= option.min
            && number <= option.max && (!option.integer || number == std::floor(number)))
            return value;
        return error(
            tr("%1 is %2; use %3 from %4 to %5")
                .arg(where, shown(value), option.integer ? tr("a whole number") : tr("a number"))
                .arg(option.min, 0, 'g', 10)
                .arg(option.max, 0, 'g', 10));
    }
    }
    return error(where);
}

QJsonObject viewOptionsToJson(const ViewOptionsSet &options)
{
    QJsonObject views;
    for (const ViewOption &option : Table) {
        const QString view = QLatin1String(option.view);
        QJsonObject object = views.value(view).toObject();
        object.insert(QLatin1String(option.key), option.get(options));
        views.insert(view, object);
    }
    return views;
}

numerics::Result<ViewOptionsSet> viewOptionsFromJson(const QJsonObject &json, ViewOptionsSet base)
{
    for (auto view = json.begin(); view != json.end(); ++view) {
        const QString viewPath = QStringLiteral("views.") + view.key().left(80);
        if (!view.value().isObject())
            return numerics::Error { viewPath.toStdString(),
                                     tr("%1 must be an object").arg(viewPath).toStdString() };
        const QJsonObject object = view.value().toObject();
        for (auto entry = object.begin(); entry != object.end(); ++entry) {
            const ViewOption *found = nullptr;
            for (const ViewOption &option : Table) {
                if (view.key() == QLatin1String(option.view)
                    && entry.key() == QLatin1String(option.key))
                    found = &option;
            }
            const QString where = viewPath + QLatin1Char('.') + entry.key().left(80);
            if (!found)
                return numerics::Error { where.toStdString(),
                                         tr("%1: unknown view option").arg(where).toStdString() };
            const auto checked = checkViewOption(*found, entry.value(), where);
            if (!checked)
                return checked.error();
            found->set(base, *checked);
        }
    }
    return base;
}

} // namespace ropelab::ui
