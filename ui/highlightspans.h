#pragma once
// The highlighted stretches of one article: which finding covers which characters, painted
// onto the QTextDocument that shows the text. Offsets are UTF-16, as QTextDocument positions
// are after setPlainText, so an emoji (two units) or a combining accent (its own unit) before
// a mention moves nothing.

#include "core/store/storetypes.h"
#include "ui/findingpalette.h"

#include <QList>
#include <QSet>

class QPalette;
class QTextDocument;

namespace dealdesk {

struct HighlightSpan
{
    TextRange range;
    HighlightKind kind = HighlightKind::Org;
    int record = -1; // index into the records given to setRecords
    // How it is drawn: pending suggestions lighter with a dotted underline, decided ones in
    // full, hand-made ones also outlined (SpanOutlines).
    FindingState state = FindingState::Pending;
    FindingOrigin origin = FindingOrigin::Machine;
    bool holdsOthers = false; // another span starts or ends inside it (nested, overlapping)
};

class HighlightSpans
{
public:
    // Keeps the highlightable findings of `records` (not deals, not rejected), by position.
    void setRecords(const QList<FindingRecord> &records, qsizetype textLength);
    [[nodiscard]] const QList<HighlightSpan> &spans() const { return m_spans; }

    // Paints every span whose kind is not hidden; other characters keep the format they had.
    void paint(QTextDocument &document, const QPalette &palette, const QSet<HighlightKind> &hidden) const;
    // The innermost visible span at a document position, or -1 (an index into spans()).
    [[nodiscard]] int spanAt(qsizetype position, const QSet<HighlightKind> &hidden) const;
    // The next (or previous) visible span after (before) span `from`, wrapping; -1 when none.
    // `from` -1 starts at the beginning (or end).
    [[nodiscard]] int step(int from, bool forward, const QSet<HighlightKind> &hidden) const;

private:
    QList<HighlightSpan> m_spans;
};

} // namespace dealdesk
