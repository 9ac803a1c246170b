#include "ui/legendbar.h"

#include "ui/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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

// A word-sized sample of how a finding in `state` is drawn in the article (0 pending,
// 1 accepted, 2 hand-made), as HighlightSpans and SpanOutlines draw it.
QPixmap stateSample(int state, const QPalette &palette)
{
    QPixmap pixmap(30, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const HighlightKind kind = HighlightKind::Org;
    p.fillRect(QRect(2, 1, 26, 13), highlightBackground(kind, palette, state == 0));
    p.setPen(QPen(accentColor(kind), 1.2, state == 0 ? Qt::DotLine : Qt::SolidLine));
    p.drawLine(2, 13, 27, 13);
    if (state == 2) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(accentColor(kind), 1.5));
        p.drawRoundedRect(QRectF(1, 0.75, 28, 14.5), 3, 3);
    }
    return pixmap;
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
    for (int state = 0; state < 3; ++state) {
        auto *sample = new QLabel(this);
        sample->setObjectName(u"legend-state%1"_qs.arg(state));
        sample->setForegroundRole(QPalette::PlaceholderText);
        sample->setContentsMargins(6, 0, 2, 0);
        m_states << sample;
        layout->addWidget(sample);
    }
    paintStateSamples();
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
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        paintStateSamples();
    }
    else if (event->type() == QEvent::PaletteChange) {
        for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
            it.value()->setIcon(swatch(it.key(), palette()));
        paintStateSamples();
    }
    QWidget::changeEvent(event);
}

void LegendBar::paintStateSamples()
{
    // Sample and word in one label (rich text with an inline image would need a resource).
    const QStringList words = {tr("to review"), tr("accepted"), tr("by hand")};
    for (int state = 0; state < m_states.size(); ++state) {
        QPixmap sample = stateSample(state, palette());
        const QFontMetrics metrics(font());
        QPixmap withText(sample.width() + 4 + metrics.horizontalAdvance(words[state]),
                         std::max(sample.height(), metrics.height()));
        withText.fill(Qt::transparent);
        QPainter p(&withText);
        p.drawPixmap(0, (withText.height() - sample.height()) / 2, sample);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.setFont(font());
        p.drawText(QRect(sample.width() + 4, 0, withText.width(), withText.height()), Qt::AlignVCenter,
                   words[state]);
        m_states[state]->setPixmap(withText);
        m_states[state]->setAccessibleName(words[state]);
    }
    m_states[0]->setToolTip(tr("A suggestion of the extractor waiting for a decision: lighter, dotted underline (a, r)"));
    m_states[1]->setToolTip(tr("Accepted: full colour, solid underline"));
    m_states[2]->setToolTip(tr("Made by hand: full colour and an outline; a bar above a span that holds others"));
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
