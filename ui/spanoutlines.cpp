#include "ui/spanoutlines.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextEdit>

namespace dealdesk {

SpanOutlines::SpanOutlines(QTextEdit *edit) : QWidget(edit->viewport()), m_edit(edit)
{
    setObjectName(u"spanOutlines"_qs);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    edit->viewport()->installEventFilter(this);
    setGeometry(edit->viewport()->rect());
    // Scrolling moves the text under the overlay: repaint at the new place.
    connect(edit->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(edit->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
}

SpanOutlines::~SpanOutlines() = default;

void SpanOutlines::setSpans(const QList<HighlightSpan> &spans, const QSet<HighlightKind> &hidden)
{
    m_spans.clear();
    for (const HighlightSpan &s : spans) {
        if (!hidden.contains(s.kind) && (s.origin == FindingOrigin::Person || s.holdsOthers))
            m_spans.append(s);
    }
    update();
}

QList<QRect> SpanOutlines::lineRects(TextRange range) const
{
    // One rectangle per visual line: walk the characters and start a new one where the cursor
    // rectangle drops to another line. Spans are a few words, so this stays cheap.
    QList<QRect> rects;
    QTextCursor cursor(m_edit->document());
    const int end = int(std::min<qsizetype>(range.end, m_edit->document()->characterCount() - 1));
    QRect current;
    for (int pos = int(range.start); pos <= end; ++pos) {
        cursor.setPosition(pos);
        const QRect r = m_edit->cursorRect(cursor);
        if (current.isNull()) {
            current = r;
        } else if (r.top() >= current.bottom()) {
            rects << current;
            current = r;
        } else {
            current = current.united(r);
        }
    }
    if (!current.isNull())
        rects << current;
    return rects;
}

void SpanOutlines::paintEvent(QPaintEvent *)
{
    if (m_spans.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect visible = rect();
    for (const HighlightSpan &s : m_spans) {
        const QColor accent = accentColor(s.kind);
        for (const QRect &line : lineRects(s.range)) {
            if (!line.intersects(visible))
                continue;
            if (s.origin == FindingOrigin::Person) {
                painter.setPen(QPen(accent, 1.5));
                painter.setBrush(Qt::NoBrush);
                painter.drawRoundedRect(QRectF(line).adjusted(-1.5, 0.5, 1.5, -0.5), 3, 3);
            }
            if (s.holdsOthers)
                painter.fillRect(QRect(line.left(), line.top(), line.width(), 2), accent);
        }
    }
}

bool SpanOutlines::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_edit->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace dealdesk
