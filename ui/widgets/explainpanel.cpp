#include "explainpanel.h"

#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QToolButton>
#include <QVBoxLayout>

namespace ropelab::ui {

namespace {

const QString English = QStringLiteral("en");
const QString Chinese = QStringLiteral("zh_CN");

bool isChinese(const QString &name)
{
    return name.startsWith(QLatin1String("zh"), Qt::CaseInsensitive);
}

} // namespace

QStringList ExplainPanel::languages()
{
    return { English, Chinese };
}

QString ExplainPanel::languageFor(const QLocale &locale)
{
    if (isChinese(locale.name()))
        return Chinese;
    const QStringList uiLanguages = locale.uiLanguages();
    for (const QString &language : uiLanguages) {
        if (isChinese(language))
            return Chinese;
    }
    return English;
}

QString ExplainPanel::resourcePath(const QString &viewId, const QString &language)
{
    return QStringLiteral(":/explain/%1/%2.html").arg(language, viewId);
}

QString ExplainPanel::explanation(const QString &viewId, const QString &language)
{
    for (const QString &candidate : { language, English }) {
        QFile file(resourcePath(viewId, candidate));
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll()).trimmed();
    }
    return {};
}

QWidget *ExplainPanel::wrap(QWidget *view, const QString &viewId, QWidget *parent)
{
    if (explanation(viewId, English).isEmpty())
        return view;
    auto *container = new QWidget(parent);
    container->setObjectName(QStringLiteral("explained_%1").arg(viewId));
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(new ExplainPanel(viewId, container));
    layout->addWidget(view, 1);
    return container;
}

ExplainPanel::ExplainPanel(const QString &viewId, QWidget *parent)
    : QWidget(parent), m_viewId(viewId), m_toggle(new QToolButton(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("explainPanel_%1").arg(viewId));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    m_toggle->setObjectName(QStringLiteral("explainToggle"));
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setContentsMargins(8, 2, 8, 6);
    m_text->setBackgroundRole(QPalette::AlternateBase);
    m_text->setAutoFillBackground(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_text);

    const QScreen *screen = QGuiApplication::primaryScreen();
    m_expanded = QSettings()
                     .value(settingsKey(),
                            expandedByDefault(screen ? screen->availableGeometry().height() : 0))
                     .toBool();
    m_toggle->setArrowType(m_expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(m_expanded);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });

    loadText();
    retranslate();
}

void ExplainPanel::setExpanded(bool expanded)
{
    if (m_expanded == expanded)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(expanded);
    QSettings().setValue(settingsKey(), expanded);
    Q_EMIT expandedChanged(expanded);
}

void ExplainPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange) {
        loadText();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ExplainPanel::loadText()
{
    const QString wanted = languageFor(QLocale());
    m_language = QFile::exists(resourcePath(m_viewId, wanted)) ? wanted : English;
    m_text->setText(explanation(m_viewId, m_language));
}

void ExplainPanel::retranslate()
{
    m_toggle->setText(tr("What am I looking at?"));
    m_toggle->setToolTip(tr("Show or hide a short explanation of this view: what it plots, how "
                            "to read it and the formula behind it."));
}

QString ExplainPanel::settingsKey() const
{
    return QStringLiteral("explain/%1/expanded").arg(m_viewId);
}

} // namespace ropelab::ui
