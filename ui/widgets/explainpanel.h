#pragma once

// "What am I looking at?": a collapsible panel above a view that says in a few sentences what
// the view plots, how to read it, what to look for and the formula behind it. The texts are
// data, not code: rich text in Qt's HTML subset, one file per view and language,
// resources/explain/<language>/<view id>.html, compiled into ropelab_ui as
// ":/explain/<language>/<view id>.html". The language follows the locale the translators load
// for (Chinese -> "zh_CN", else "en"); a missing text falls back to English. Whether a view's
// panel is expanded is remembered in QSettings ("explain/<view id>/expanded"). Until the user
// chooses, it is expanded where the screen has room for it (a learner sees the explanation at
// once) and collapsed on small screens, where the text would squeeze the charts until their
// axis titles are cut (the temperature view at 1366x768): there the toggle stays in sight.

#include <QString>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLocale;
class QToolButton;

namespace ropelab::ui {

class ExplainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(const QString &viewId, QWidget *parent = nullptr);

    // A container with the explanation panel of `viewId` above `view` (the view gets all the
    // extra room). Returns `view` itself, unchanged, when `viewId` has no explanation.
    static QWidget *wrap(QWidget *view, const QString &viewId, QWidget *parent);

    // Screens at least this tall (available logical pixels) show the panels expanded until the
    // user collapses them.
    static constexpr int RoomyScreenHeight = 1000;
    static bool expandedByDefault(int availableScreenHeight)
    {
        return availableScreenHeight >= RoomyScreenHeight;
    }

    // The languages with explanation texts, English (the fallback) first.
    static QStringList languages();
    // The explanation language for `locale`: "zh_CN" when its name or one of its UI languages
    // is Chinese (what QTranslator::load(locale, ...) picks the Chinese translation for), else
    // "en".
    static QString languageFor(const QLocale &locale);
    // The resource path of the explanation of `viewId` in `language`.
    static QString resourcePath(const QString &viewId, const QString &language);
    // The explanation (rich text) of `viewId` in `language`, else in English; "" if neither
    // exists.
    static QString explanation(const QString &viewId, const QString &language);

    QString viewId() const { return m_viewId; }
    // The language of the text shown ("en" or "zh_CN"; English when the locale's is missing).
    QString language() const { return m_language; }
    bool isExpanded() const { return m_expanded; }
    // Shows or hides the text and remembers the choice for this view.
    void setExpanded(bool expanded);
    QToolButton *toggleButton() const { return m_toggle; }
    QLabel *textLabel() const { return m_text; }

Q_SIGNALS:
    void expandedChanged(bool expanded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadText();
    void retranslate();
    QString settingsKey() const;

    QString m_viewId;
    QString m_language;
    bool m_expanded = true;
    QToolButton *m_toggle;
    QLabel *m_text;
};

} // namespace ropelab::ui
