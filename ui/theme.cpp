#include "theme.h"

#include <QCoreApplication>

namespace ropelab::ui::theme {

QColor bandColor(numerics::Band band)
{
    switch (band) {
    case numerics::Band::High:
        return QColor(0x00, 0x72, 0xB2); // blue
    case numerics::Band::Medium:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case numerics::Band::Low:
        return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return QColor(0x00, 0x72, 0xB2);
}

QColor bandFillColor(numerics::Band band)
{
    QColor color = bandColor(band);
    color.setAlpha(40);
    return color;
}

QString temperaturePlacementText(numerics::TemperaturePlacement placement)
{
    switch (placement) {
    case numerics::TemperaturePlacement::None:
        return QCoreApplication::translate("ropelab::ui::theme", "nowhere (1/t = 1)");
    case numerics::TemperaturePlacement::CosSin:
        return QCoreApplication::translate("ropelab::ui::theme", "on cos and sin (attention factor)");
    case numerics::TemperaturePlacement::SoftmaxScale:
        return QCoreApplication::translate("ropelab::ui::theme", "in the softmax scale (cos, sin unscaled)");
    case numerics::TemperaturePlacement::CosSinAndSoftmaxScale:
        return QCoreApplication::translate("ropelab::ui::theme", "on cos and sin and in the softmax scale");
    }
    return {};
}

QColor unscaledColor()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor scaledColor()
{
    return QColor(0xCC, 0x33, 0x11);
}

QColor contextMarkerColor()
{
    return QColor(0x20, 0x20, 0x20);
}

QColor scaledContextMarkerColor()
{
    return QColor(0x88, 0x44, 0xAA);
}

QColor currentPointColor()
{
    return QColor(0xCC, 0x33, 0x11);
}

QColor gridColor()
{
    return QColor(0xD0, 0xD0, 0xD0);
}

QColor textColor()
{
    return QColor(0x20, 0x20, 0x20);
}

namespace {

// The translatable method names (numerics::methodTable() holds them in English), so that
// lupdate finds them.
[[maybe_unused]] constexpr const char *MethodNames[] = {
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "Default RoPE"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "Linear (position interpolation)"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "NTK-aware"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "Dynamic NTK"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "NTK-by-parts"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "YaRN"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "Llama 3"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "LongRoPE"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "MiniMind"),
    QT_TRANSLATE_NOOP("ropelab::numerics::Method", "MiniMind (legacy)"),
};

} // namespace

QString methodName(numerics::Method method)
{
    return QCoreApplication::translate("ropelab::numerics::Method",
                                       numerics::methodInfo(method).displayName.data());
}

} // namespace ropelab::ui::theme
