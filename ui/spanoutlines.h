#pragma once
// What a character format cannot draw, painted over the article text: a solid outline around
// hand-made findings, and a bar above a span that holds other spans (nested or overlapping
// mentions), so the outer one stays visible where the inner one's fill covers it.
// A transparent child of the text's viewport; mouse events pass through.

#include "ui/highlightspans.h"

#include <QWidget>

class QTextEdit;

namespace dealdesk {

class SpanOutlines : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanOutlines)

public:
    explicit SpanOutlines(QTextEdit *edit);
    ~SpanOutlines() override;

    void setSpans(const QList<HighlightSpan> &spans, const QSet<HighlightKind> &hidden);
    // The rectangles (viewport coordinates), one per line, a range covers (for tests too).
    [[nodiscard]] QList<QRect> lineRects(TextRange range) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QTextEdit *m_edit;
    QList<HighlightSpan> m_spans; // only those that need drawing
};

} // namespace dealdesk
