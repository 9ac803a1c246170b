#include "ui/legendbar.h"

#include "ui/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSettings>
#include <QToolButton>

namespace dealdesk {
namespace {

QIcon swatch(HighlightKind kind, const QPalette &palette)
{
    QPixmap pixmap(28, 28);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(accentColor(kind), 3));
    p.setBrush(highlightBackground(kind, palette));
    p.drawRoundedRect(QRectF(3, 3, 22, 22), 6, 6);
    return QIcon(pixmap);
}

QString settingsKey(HighlightKind kind)
{
    return u"articleView/hide/"_qs + highlightKindKey(kind);
}

} // namespace

LegendBar::LegendBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"legendBar"_qs);
    auto *layout = new FlowLayout(this, 2);
    const QSettings settings;
    for (HighlightKind kind : allHighlightKinds()) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"legend-"_qs + highlightKindKey(kind));
        button->setCheckable(true);
        button->setChecked(!settings.value(settingsKey(kind), false).toBool());
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(swatch(kind, palette()));
        button->setIconSize(QSize(14, 14));
        connect(button, &QToolButton::toggled, this, [this, kind](bool on) {
            QSettings().setValue(settingsKey(kind), !on);
            emit hiddenKindsChanged(hiddenKinds());
        });
        m_buttons.insert(kind, button);
        layout->addWidget(button);
    }
    retranslate();
}

LegendBar::~LegendBar() = default;

void LegendBar::setCounts(const QHash<HighlightKind, int> &counts)
{
    m_counts = counts;
    retranslate();
}

QSet<HighlightKind> LegendBar::hiddenKinds() const
{
    QSet<HighlightKind> hidden;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (!it.value()->isChecked())
            hidden.insert(it.key());
    }
    return hidden;
}

void LegendBar::setKindVisible(HighlightKind kind, bool visible)
{
    m_buttons.value(kind)->setChecked(visible);
}

void LegendBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange) {
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
            it.value()->setIcon(swatch(it.key(), palette()));
    }
    QWidget::changeEvent(event);
}

void LegendBar::retranslate()
{
    const QLocale locale;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const int n = m_counts.value(it.key());
        it.value()->setText(highlightKindName(it.key()) + u' ' + locale.toString(n));
        it.value()->setToolTip(tr("Show or hide the highlights of this kind"));
    }
}

} // namespace dealdesk
