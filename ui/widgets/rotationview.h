#pragma once

// The rotating-pairs view: every rotary pair i as a small dial whose hand points at the angle
// m * inv_freq[i], coloured by the method's band (colours ui/theme, band meaning and legend text
// numerics::bandScheme), with a faint ghost hand at the unscaled angle when a scaling method is
// active and, under each dial when there is room, what the method did to the pair's frequency
// (ratio scaled / unscaled as "÷k" or "×k"). The title names the effective base when the method
// changes it; title and legend wrap, never elide. Custom QPainter widget: the static parts (dial
// faces, labels, legend) are cached in a pixmap rebuilt on resize or parameter change, so one
// frame only draws the hands (far below 16 ms at d = 256).

#include "exportableview.h"

#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QWidget>

#include <vector>

namespace ropelab::numerics {
struct RopeFrequencies;
}

namespace ropelab::ui {

class ParamsController;

class RotationView : public QWidget, public ExportableView
{
    Q_OBJECT
public:
    explicit RotationView(ParamsController *params, QWidget *parent = nullptr);

    QString viewId() const override;
    QString viewTitle() const override;
    void renderTo(QPainter *painter, const QRectF &target) override;
    // i, inv_freq, unscaled_inv_freq, wavelength, r, ramp, band, position, angle,
    // angle_mod_2pi, unscaled_angle (full precision).
    QString csv() const override;

    // The dial under `pos` (widget coordinates), or -1.
    int pairAt(const QPointF &pos) const;
    // The hover text of pair i (i, band, inv_freq, ratio, wavelength, r, ramp, angle).
    QString pairDescription(int pair) const;
    // The text under dial i: its frequency ratio scaled / unscaled, "÷k" (k = 1/ratio) or "×k",
    // with enough digits to differ from "1" whenever the ratio is not exactly 1.
    static QString ratioText(double ratio, int digits = 3);
    // The legend entries as drawn (band labels of the method's scheme present in the pairs, the
    // ghost hand, the ratio text, the formula).
    QStringList legendTexts() const;
    // The dial geometry of pair i in widget coordinates (empty if none).
    QRectF dialRect(int pair) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Dial
    {
        QPointF center;
        double radius = 0.0;
        QRectF cell;
    };
    struct Layout
    {
        QRectF header;
        QRectF legend;
        QRectF grid;
        std::vector<Dial> dials;
        double labelPixelSize = 0.0;
        bool withLabel = false;      // pair index above each dial
        bool withRatio = false;      // ratio text under each dial
    };
    struct LegendItem
    {
        enum Kind { Swatch, Line, Text } kind = Text;
        QColor color;
        QString text;
    };
    struct PlacedLegendItem
    {
        LegendItem item;
        QPointF origin; // left end of the item, vertical centre of its line
    };

    Layout computeLayout(const QRectF &area) const;
    std::vector<LegendItem> legendItems(bool withRatio) const;
    // Flows the legend items into lines of `width` starting at `topLeft`; `height` gets the total.
    std::vector<PlacedLegendItem> placeLegend(const QPointF &topLeft, double width, bool withRatio,
                                              double *height) const;
    QFont titleFont() const;
    double titleHeight(double width) const; // the wrapped title at the current position
    QFont legendFont() const;
    void paramsChanged();
    void invalidateBackground();
    // Recomputes the dial layout if the widget size or the title's height changed (hidden
    // widgets get no resize events until shown).
    void ensureLayout() const;
    void paintStatic(QPainter &painter, const Layout &layout) const;
    void paintDynamic(QPainter &painter, const Layout &layout, int hover) const;
    void paintEmpty(QPainter &painter, const QRectF &area) const;
    // `position` replaces the text of m (the layout measures a worst-case one).
    QString titleText(const QString &position) const;
    bool showsGhost() const;

    ParamsController *m_params = nullptr;
    mutable Layout m_layout;
    mutable QSize m_layoutSize;
    mutable double m_layoutTitleHeight = 0.0;
    mutable bool m_layoutValid = false;
    QPixmap m_background;
    mutable bool m_backgroundValid = false;
    int m_hover = -1;
};

} // namespace ropelab::ui
