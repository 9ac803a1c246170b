#pragma once
// One article as a journalist reads it: title and metadata above, the legend of highlight
// kinds, and the text with its metadata lines in grey and every finding highlighted in the
// colour of its kind. Hover shows a finding's normalised value; a click selects it.

#include "core/store/storetypes.h"
#include "core/text/article.h"
#include "ui/highlightspans.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QLabel;
class QTextBrowser;
class QTextDocument;

namespace dealdesk {

class FindBar;
class LegendBar;
class SpanOutlines;

class ArticleView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article, const QList<FindingRecord> &records = {});
    // The same article's findings after an edit: scroll kept, the finding `selectId` (or, when
    // 0, the one selected before, if still there) selected.
    void updateRecords(const QList<FindingRecord> &records, qint64 selectId = 0);
    void clear();
    // A widget shown under the metadata line (the article's review state and note).
    void addHeaderWidget(QWidget *widget);

    [[nodiscard]] const Article &article() const { return m_article; }
    [[nodiscard]] const QList<FindingRecord> &records() const { return m_records; }
    // The document shown (for tests and the benchmark: formats at exact positions).
    [[nodiscard]] QTextDocument *document() const;
    // The text shown on hover over document position `position`; empty off every finding.
    [[nodiscard]] QString toolTipAt(qsizetype position) const;
    // The selected finding (an index into records()), -1 when none.
    [[nodiscard]] int selectedRecord() const;
    [[nodiscard]] const FindingRecord *selectedFinding() const;
    // Selects the finding with this store id; false when the article has none.
    bool selectFinding(qint64 findingId);
    // The text the reader selected, spaces at its ends left out; empty when none.
    [[nodiscard]] TextRange textSelection() const;
    // Selects the text `range` (as a reader's drag would).
    void setTextSelection(TextRange range);
    // Where the text cursor stands (the start of the selection, if any).
    [[nodiscard]] qsizetype cursorPosition() const;
    [[nodiscard]] QTextBrowser *textBrowser() const { return m_text; }

    void setKindVisible(HighlightKind kind, bool visible);
    // Selects the finding records()[index], scrolls to it and reports it.
    void selectRecord(int index);
    // F3 / Shift+F3, n / p: the next visible finding after the selected one.
    void nextFinding();
    void previousFinding();
    // The next mention of this entity after the selection, wrapping; false when none.
    bool jumpToEntity(EntityType type, const QString &canonical);
    void openFindBar();
    // Selects the next (previous) occurrence of `text` in the article; false when none.
    bool find(const QString &text, bool backward = false);

signals:
    // A finding was selected (click, keys, jump); index into records(), -1 for none.
    void recordSelected(int index);
    // Right click on the text: the annotation menu is built by whoever edits.
    void contextMenuRequested(const QPoint &globalPos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setRecords(const QList<FindingRecord> &records);
    void repaintHighlights();
    void selectSpan(int span);
    [[nodiscard]] int positionAt(const QPoint &viewportPoint) const;

    Article m_article;
    QList<FindingRecord> m_records;
    HighlightSpans m_spans;
    QSet<HighlightKind> m_hidden;
    int m_selectedSpan = -1;
    int m_selectedRecord = -1;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    LegendBar *m_legend = nullptr;
    FindBar *m_findBar = nullptr;
    QTextBrowser *m_text = nullptr;
    SpanOutlines *m_outlines = nullptr;
    int m_headerInsert = 2; // layout position of the next header widget
};

} // namespace dealdesk
