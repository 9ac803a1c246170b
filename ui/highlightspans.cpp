#include "ui/highlightspans.h"

#include <QPalette>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace dealdesk {

void HighlightSpans::setRecords(const QList<FindingRecord> &records, qsizetype textLength)
{
    m_spans.clear();
    for (int i = 0; i < records.size(); ++i) {
        const FindingRecord &r = records[i];
        const auto kind = highlightKindOf(r);
        // A range outside the text (a stale finding after a re-import) is dropped, not clamped:
        // painting it somewhere else would be worse than not painting it.
        if (!kind || r.state == FindingState::Rejected || r.range.start < 0
            || r.range.end > textLength || r.range.length() <= 0)
            continue;
        m_spans.append({r.range, *kind, i, r.state, r.origin, false});
    }
    // Longer first at the same start, so the inner (shorter) span is painted last, on top.
    std::stable_sort(m_spans.begin(), m_spans.end(), [](const HighlightSpan &a, const HighlightSpan &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start
                                              : a.range.end > b.range.end;
    });
    // A span with another inside or across it: its extent is drawn above the text, since the
    // inner span's fill covers its own. Spans start in order, so only the next few are looked at.
    for (int i = 0; i < m_spans.size(); ++i) {
        for (int j = i + 1; j < m_spans.size() && m_spans[j].range.start < m_spans[i].range.end; ++j)
            m_spans[i].holdsOthers = true;
    }
}

void HighlightSpans::paint(QTextDocument &document, const QPalette &palette,
                           const QSet<HighlightKind> &hidden) const
{
    QTextCursor cursor(&document);
    cursor.beginEditBlock();
    for (const HighlightSpan &s : m_spans) {
        if (hidden.contains(s.kind))
            continue;
        QTextCharFormat format;
        const bool pending = s.state == FindingState::Pending;
        format.setBackground(highlightBackground(s.kind, palette, pending));
        // The underline carries the hue at full strength, for readers who see tints poorly;
        // dotted while the finding waits for a decision, so the state does not hang on colour.
        format.setUnderlineStyle(pending ? QTextCharFormat::DotLine : QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(accentColor(s.kind));
        cursor.setPosition(int(s.range.start));
        cursor.setPosition(int(s.range.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

int HighlightSpans::spanAt(qsizetype position, const QSet<HighlightKind> &hidden) const
{
    int best = -1;
    for (int i = 0; i < m_spans.size(); ++i) {
        const HighlightSpan &s = m_spans[i];
        if (s.range.start > position)
            break;
        if (s.range.contains(position) && !hidden.contains(s.kind)
            && (best < 0 || s.range.length() <= m_spans[best].range.length()))
            best = i;
    }
    return best;
}

int HighlightSpans::step(int from, bool forward, const QSet<HighlightKind> &hidden) const
{
    const int n = int(m_spans.size());
    if (n == 0)
        return -1;
    int i = from;
    for (int tried = 0; tried < n; ++tried) {
        if (forward)
            i = (i < 0 || i + 1 >= n) ? 0 : i + 1;
        else
            i = (i <= 0) ? n - 1 : i - 1;
        if (from >= 0 && i == from && tried > 0)
            break;
        if (!hidden.contains(m_spans[i].kind))
            return i;
    }
    return -1;
}

} // namespace dealdesk
