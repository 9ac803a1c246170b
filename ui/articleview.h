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

class ArticleView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void showArticle(const Article &article, const QList<FindingRecord> &records = {});
    void clear();

    [[nodiscard]] const Article &article() const { return m_article; }
    [[nodiscard]] const QList<FindingRecord> &records() const { return m_records; }
    // The document shown (for tests and the benchmark: formats at exact positions).
    [[nodiscard]] QTextDocument *document() const;
    // The text shown on hover over document position `position`; empty off every finding.
    [[nodiscard]] QString toolTipAt(qsizetype position) const;
    // The selected finding (an index into records()), -1 when none.
    [[nodiscard]] int selectedRecord() const;

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
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
};

} // namespace dealdesk
