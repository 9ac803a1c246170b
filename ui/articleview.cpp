#include "ui/articleview.h"

#include "ui/findbar.h"
#include "ui/findingtext.h"
#include "ui/legendbar.h"
#include "ui/spanoutlines.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolTip>
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
        QString text = locale.toString(day, u"d MMMM yyyy"_qs);
        if (a.published.size() >= 16)
            text += u' ' + a.published.mid(11, 5);
        parts << text;
    } else if (!a.published.isEmpty()) {
        parts << a.published;
    }
    for (const QString &s : {a.outlet, a.author}) {
        if (!s.isEmpty())
            parts << s;
    }
    if (!a.language.isEmpty())
        parts << QLocale(a.language).nativeLanguageName(); // "italiano", "Deutsch": as the article speaks
    return parts.join(u"  ·  "_qs);
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_meta(new QLabel(this)), m_legend(new LegendBar(this)),
      m_findBar(new FindBar(this)), m_text(new QTextBrowser(this))
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
    m_text->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    // A caret and Shift+arrows, so text can be selected for labelling without a mouse.
    m_text->setTextInteractionFlags(m_text->textInteractionFlags() | Qt::TextSelectableByKeyboard);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { emit contextMenuRequested(m_text->viewport()->mapToGlobal(pos)); });
    m_outlines = new SpanOutlines(m_text);
    QFont bodyFont = m_text->font();
    bodyFont.setPointSizeF(bodyFont.pointSizeF() * 1.15);
    m_text->setFont(bodyFont);
    m_text->document()->setDocumentMargin(12);
    m_hidden = m_legend->hiddenKinds();
    connect(m_legend, &LegendBar::hiddenKindsChanged, this, [this](const QSet<HighlightKind> &hidden) {
        m_hidden = hidden;
        repaintHighlights();
    });
    connect(m_findBar, &FindBar::findRequested, this, [this](const QString &text, bool backward) {
        m_findBar->setFound(find(text, backward));
    });
    connect(m_findBar, &FindBar::closed, m_text, qOverload<>(&QWidget::setFocus));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addSpacing(4);
    layout->addWidget(m_legend);
    layout->addWidget(m_findBar);
    layout->addWidget(m_text, 1);
    clear();
}

ArticleView::~ArticleView() = default;

QTextDocument *ArticleView::document() const
{
    return m_text->document();
}

void ArticleView::showArticle(const Article &article, const QList<FindingRecord> &records)
{
    m_article = article;
    m_records = records;
    m_selectedSpan = -1;
    m_selectedRecord = -1;
    m_title->setText(article.title.isEmpty() ? article.id : article.title);
    m_meta->setText(metadataLine(article));
    setRecords(records);
    repaintHighlights();
    m_text->moveCursor(QTextCursor::Start);
    emit recordSelected(-1);
}

void ArticleView::setRecords(const QList<FindingRecord> &records)
{
    m_records = records;
    m_spans.setRecords(records, m_article.text.size());
    QHash<HighlightKind, int> counts;
    for (const HighlightSpan &s : m_spans.spans())
        ++counts[s.kind];
    m_legend->setCounts(counts);
}

void ArticleView::updateRecords(const QList<FindingRecord> &records, qint64 selectId)
{
    const FindingRecord *selected = selectedFinding();
    if (selectId == 0 && selected)
        selectId = selected->id;
    setRecords(records);
    m_selectedSpan = -1; // indexes changed: found again by id below
    m_selectedRecord = -1;
    repaintHighlights();
    if (selectId == 0 || !selectFinding(selectId))
        emit recordSelected(-1);
}

void ArticleView::addHeaderWidget(QWidget *widget)
{
    static_cast<QVBoxLayout *>(layout())->insertWidget(m_headerInsert++, widget);
}

const FindingRecord *ArticleView::selectedFinding() const
{
    return m_selectedRecord >= 0 && m_selectedRecord < m_records.size() ? &m_records[m_selectedRecord] : nullptr;
}

bool ArticleView::selectFinding(qint64 findingId)
{
    for (int i = 0; i < m_records.size(); ++i) {
        if (m_records[i].id == findingId) {
            selectRecord(i);
            return true;
        }
    }
    return false;
}

TextRange ArticleView::textSelection() const
{
    const QTextCursor cursor = m_text->textCursor();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    const QString &text = m_article.text;
    end = std::min(end, text.size());
    while (start < end && text[start].isSpace())
        ++start;
    while (end > start && text[end - 1].isSpace())
        --end;
    return {start, end};
}

void ArticleView::setTextSelection(TextRange range)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(range.start));
    cursor.setPosition(int(range.end), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
}

qsizetype ArticleView::cursorPosition() const
{
    return m_text->textCursor().selectionStart();
}

void ArticleView::repaintHighlights()
{
    // setPlainText resets every format, so toggling a kind repaints from the plain text: at
    // a few hundred findings this is a few milliseconds, and it keeps one painting path.
    const int scroll = m_text->verticalScrollBar()->value();
    // setPlainText writes in the editor's current format, which is a highlight's whenever the
    // cursor last stood on one: the whole next article would come out in that colour.
    m_text->setCurrentCharFormat(QTextCharFormat());
    m_text->setPlainText(m_article.text);
    QTextCursor cursor(m_text->document());
    QTextCharFormat grey;
    grey.setForeground(palette().color(QPalette::PlaceholderText));
    cursor.beginEditBlock();
    for (const TextRange &r : m_article.metadataRanges) {
        cursor.setPosition(int(std::min(r.start, m_article.text.size())));
        cursor.setPosition(int(std::min(r.end, m_article.text.size())), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(grey);
    }
    cursor.endEditBlock();
    m_spans.paint(*m_text->document(), palette(), m_hidden);
    m_outlines->setSpans(m_spans.spans(), m_hidden);
    m_text->verticalScrollBar()->setValue(scroll);
    if (m_selectedSpan >= 0 && m_hidden.contains(m_spans.spans()[m_selectedSpan].kind))
        m_selectedSpan = -1;
    selectSpan(m_selectedSpan);
}

void ArticleView::clear()
{
    showArticle(Article{}, {});
    m_title->setText(tr("No article selected"));
}

QString ArticleView::toolTipAt(qsizetype position) const
{
    const int span = m_spans.spanAt(position, m_hidden);
    if (span < 0)
        return {};
    return hoverText(m_records[m_spans.spans()[span].record], m_records);
}

int ArticleView::selectedRecord() const
{
    return m_selectedRecord;
}

void ArticleView::setKindVisible(HighlightKind kind, bool visible)
{
    m_legend->setKindVisible(kind, visible);
}

void ArticleView::selectRecord(int index)
{
    for (int i = 0; i < m_spans.spans().size(); ++i) {
        if (m_spans.spans()[i].record == index) {
            selectSpan(i);
            return;
        }
    }
    // Not painted (a deal, or a hidden kind): scroll to its range all the same.
    if (index >= 0 && index < m_records.size()) {
        m_selectedSpan = -1;
        m_selectedRecord = index;
        QTextCursor cursor(m_text->document());
        cursor.setPosition(int(std::min(m_records[index].range.start, m_article.text.size())));
        cursor.setPosition(int(std::min(m_records[index].range.end, m_article.text.size())),
                           QTextCursor::KeepAnchor);
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
        m_text->setExtraSelections({});
        emit recordSelected(index);
    }
}

void ArticleView::selectSpan(int span)
{
    m_selectedSpan = span;
    QList<QTextEdit::ExtraSelection> extra;
    if (span >= 0) {
        const HighlightSpan &s = m_spans.spans()[span];
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_text->document());
        selection.cursor.setPosition(int(s.range.start));
        selection.cursor.setPosition(int(s.range.end), QTextCursor::KeepAnchor);
        // The selected finding in its own colour at full strength, text in the base colour.
        selection.format.setBackground(accentColor(s.kind));
        selection.format.setForeground(palette().color(QPalette::Base).lightnessF() < 0.5
                                           ? QColor(Qt::black)
                                           : QColor(Qt::white));
        extra << selection;
        QTextCursor visible(m_text->document());
        visible.setPosition(int(s.range.start));
        m_text->setTextCursor(visible);
        m_text->ensureCursorVisible();
    }
    m_text->setExtraSelections(extra);
    const int record = span >= 0 ? m_spans.spans()[span].record : -1;
    if (record != m_selectedRecord) {
        m_selectedRecord = record;
        emit recordSelected(record);
    }
}

void ArticleView::nextFinding()
{
    const int span = m_spans.step(m_selectedSpan, true, m_hidden);
    if (span >= 0)
        selectSpan(span);
}

void ArticleView::previousFinding()
{
    const int span = m_spans.step(m_selectedSpan, false, m_hidden);
    if (span >= 0)
        selectSpan(span);
}

bool ArticleView::jumpToEntity(EntityType type, const QString &canonical)
{
    const QList<HighlightSpan> &spans = m_spans.spans();
    const int n = int(spans.size());
    for (int k = 1; k <= n; ++k) {
        const int i = ((m_selectedSpan < 0 ? -1 : m_selectedSpan) + k + n) % n;
        const auto *e = std::get_if<EntityMention>(&m_records[spans[i].record].value);
        if (e && e->type == type && e->canonical == canonical) {
            if (m_hidden.contains(spans[i].kind))
                setKindVisible(spans[i].kind, true);
            selectSpan(i);
            return true;
        }
    }
    return false;
}

void ArticleView::openFindBar()
{
    m_findBar->open();
}

bool ArticleView::find(const QString &text, bool backward)
{
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_text->find(text, flags))
        return true;
    // Wrap around once, from the other end.
    QTextCursor restart(m_text->document());
    restart.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    const QTextCursor before = m_text->textCursor();
    m_text->setTextCursor(restart);
    if (m_text->find(text, flags))
        return true;
    m_text->setTextCursor(before);
    return false;
}

int ArticleView::positionAt(const QPoint &viewportPoint) const
{
    const QPoint content = viewportPoint + QPoint(m_text->horizontalScrollBar()->value(),
                                                  m_text->verticalScrollBar()->value());
    return m_text->document()->documentLayout()->hitTest(content, Qt::ExactHit);
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        if (event->type() == QEvent::ToolTip) {
            const auto *help = static_cast<QHelpEvent *>(event);
            const int position = positionAt(help->pos());
            const QString text = position >= 0 ? toolTipAt(position) : QString();
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, m_text->viewport());
            return true;
        }
        if (event->type() == QEvent::MouseButtonRelease) {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            // A drag selects text; only a plain click selects a finding.
            if (mouse->button() == Qt::LeftButton && !m_text->textCursor().hasSelection()) {
                const int position = positionAt(mouse->position().toPoint());
                const int span = position >= 0 ? m_spans.spanAt(position, m_hidden) : -1;
                if (span >= 0)
                    selectSpan(span);
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        repaintHighlights();
    QWidget::changeEvent(event);
}

} // namespace dealdesk
