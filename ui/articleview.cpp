#include "ui/articleview.h"

#include "core/text/article.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace dealdesk {
namespace {

// "9 April 2024 · Osservatorio · Paolo Conti · it", each part only when known, the date in
// the user's locale at the precision the article gives.
QString metadataLine(const Article &a)
{
    QStringList parts;
    const QLocale locale;
    if (a.published.size() >= 10) {
        const QDate day = QDate::fromString(a.published.left(10), Qt::ISODate);
        QString text = locale.toString(day, QLocale::LongFormat);
        if (a.published.size() >= 16)
            text += u' ' + a.published.mid(11, 5);
        parts << text;
    } else if (!a.published.isEmpty()) {
        parts << a.published;
    }
    for (const QString &s : {a.outlet, a.author, a.language}) {
        if (!s.isEmpty())
            parts << s;
    }
    return parts.join(u"  ·  "_qs);
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_text(new QTextBrowser(this))
{
    setObjectName(u"articleView"_qs);
    m_title->setObjectName(u"articleTitle"_qs);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta->setObjectName(u"articleMeta"_qs);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(u"articleText"_qs);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    QFont bodyFont = m_text->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_text->setFont(bodyFont);
    m_text->document()->setDocumentMargin(12);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(6);
    layout->addWidget(m_text, 1);
    clear();
}

ArticleView::~ArticleView() = default;

void ArticleView::showArticle(const Article &article)
{
    m_title->setText(article.title.isEmpty() ? article.id : article.title);
    m_meta->setText(metadataLine(article));
    m_text->setPlainText(article.text);
    QTextCursor cursor(m_text->document());
    QTextCharFormat grey;
    grey.setForeground(palette().color(QPalette::PlaceholderText));
    for (const TextRange &r : article.metadataRanges) {
        cursor.setPosition(int(r.start));
        cursor.setPosition(int(r.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(grey);
    }
    m_text->moveCursor(QTextCursor::Start);
}

void ArticleView::clear()
{
    m_title->setText(tr("No article selected"));
    m_meta->clear();
    m_text->clear();
}

} // namespace dealdesk
