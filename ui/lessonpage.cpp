#include "lessonpage.h"

#include "exportableview.h"
#include "theme.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace ropelab::ui {

void paintLessonPage(QPainter *painter, const QRectF &target, const QString &title,
                     const QString &html, ExportableView &view)
{
    painter->save();
    painter->fillRect(target, Qt::white);
    const double margin = std::max(12.0, target.width() * 0.02);
    const QRectF inner = target.adjusted(margin, margin, -margin, -margin);

    // Title: bold, about 1/40 of the page height (18 px at 720 high).
    QFont titleFont = QGuiApplication::font();
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(14, int(std::lround(target.height() / 40.0))));
    const QFontMetricsF titleMetrics(titleFont);
    painter->setFont(titleFont);
    painter->setPen(theme::textColor());
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), titleMetrics.height() * 1.4);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, title);

    // Text: laid out first at the page's width, so the chart gets what is left.
    QTextDocument document;
    QFont textFont = QGuiApplication::font();
    textFont.setPixelSize(std::max(12, int(std::lround(target.height() / 52.0))));
    document.setDefaultFont(textFont);
    document.setDocumentMargin(0);
    document.setHtml(html);
    document.setTextWidth(inner.width());
    const double textHeight = std::min(document.size().height(), inner.height() * 0.45);

    const double chartTop = titleRect.bottom() + margin / 2.0;
    const double chartBottom = inner.bottom() - textHeight - margin / 2.0;
    const QRectF chart(inner.left(), chartTop, inner.width(),
                       std::max(50.0, chartBottom - chartTop));
    // The chart as it looks at 720 lines, scaled up: at 1920x1080 its text is as large,
    // relative to the page, as in a 1280x720 window (legible on a slide and in print).
    const double zoom = std::max(1.0, target.height() / 720.0);
    painter->save();
    painter->translate(chart.topLeft());
    painter->scale(zoom, zoom);
    view.renderTo(painter, QRectF(0, 0, chart.width() / zoom, chart.height() / zoom));
    painter->restore();

    painter->save();
    painter->translate(inner.left(), chart.bottom() + margin / 2.0);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, theme::textColor());
    context.clip = QRectF(0, 0, inner.width(), textHeight);
    document.documentLayout()->draw(painter, context);
    painter->restore();
    painter->restore();
}

} // namespace ropelab::ui
