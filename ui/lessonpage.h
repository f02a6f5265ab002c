#pragma once

// One lesson step as a page for slides and handouts (`ropelab lesson N --out`, the PDF): the
// step's title, its view as vectors, and its text (rich text, formulas as sub/superscripts)
// underneath. Legible at 1920x1080 and on an A4 page.

#include <QRectF>
#include <QString>

class QPainter;

namespace ropelab::ui {

class ExportableView;

// Paints the page into `target` (logical units, white background). `html` is the step's text
// with its numbers filled in.
void paintLessonPage(QPainter *painter, const QRectF &target, const QString &title,
                     const QString &html, ExportableView &view);

} // namespace ropelab::ui
