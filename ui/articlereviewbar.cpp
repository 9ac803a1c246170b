#include "ui/articlereviewbar.h"

#include "ui/findingtext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace dealdesk {

ArticleReviewBar::ArticleReviewBar(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_note(new QLineEdit(this)), m_history(new QToolButton(this))
{
    setObjectName(u"articleReviewBar"_qs);
    m_state->setObjectName(u"articleReviewState"_qs);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_note->setObjectName(u"articleNote"_qs);
    m_note->setPlaceholderText(tr("Note on this article"));
    m_note->setClearButtonEnabled(true);
    m_history->setObjectName(u"articleHistoryButton"_qs);
    m_history->setText(tr("History…"));
    m_history->setAutoRaise(true);
    connect(m_history, &QToolButton::clicked, this, &ArticleReviewBar::historyRequested);
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        const QString after = m_note->text().trimmed();
        if (after == m_noteText)
            return;
        const QString before = m_noteText;
        m_noteText = after; // Enter then focus out is one edit
        emit noteEdited(before, after);
    });
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_history);
    setReview(ReviewState::Unreviewed, {}, {}, {});
}

ArticleReviewBar::~ArticleReviewBar() = default;

void ArticleReviewBar::setReview(ReviewState state, const QString &by, const QString &at, const QString &note)
{
    QString text = tr("Review: %1").arg(reviewStateName(state));
    if (!by.isEmpty()) {
        const QDateTime when = QDateTime::fromString(at, Qt::ISODateWithMs).toLocalTime();
        text = tr("Review: %1 (%2, %3)")
                   .arg(reviewStateName(state), by,
                        when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : at);
    }
    m_state->setText(text);
    m_noteText = note;
    m_note->setText(note);
}

QString ArticleReviewBar::reviewText() const
{
    return m_state->text();
}

} // namespace dealdesk
