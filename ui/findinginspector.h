#pragma once
// The inspector dock: every field of the selected finding and the sentence it came from,
// then the article's deals, each with its evidence sentence. Choosing a deal selects it in
// the article view.

#include "core/store/storetypes.h"
#include "core/text/article.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dealdesk {

class FindingEditor;

class FindingInspector : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingInspector)

public:
    explicit FindingInspector(QWidget *parent = nullptr);
    ~FindingInspector() override;

    void setArticle(const Article &article, const QList<FindingRecord> &records);
    // records()[index] of the article last set; -1 clears the finding part.
    void showRecord(int index);

    // The sentence of `text` around `range` (a deal's evidence is its own sentence).
    [[nodiscard]] static TextRange sentenceAround(QStringView text, TextRange range);
    // What the inspector shows now, as plain text (for tests).
    [[nodiscard]] QString fieldsText() const;
    [[nodiscard]] QString sentenceText() const;
    [[nodiscard]] QSize sizeHint() const override { return {340, 400}; }
    // The fields a journalist corrects (its signals carry each edit).
    [[nodiscard]] FindingEditor *editor() const { return m_editor; }

signals:
    void recordChosen(int index);
    // The deal list's context menu: correct (in the deal dialog) or delete deal records()[index].
    void dealEditRequested(int index);
    void dealRemoveRequested(int index);

private:
    Article m_article;
    QList<FindingRecord> m_records;
    QLabel *m_heading = nullptr;
    QLabel *m_fields = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_editHeading = nullptr;
    FindingEditor *m_editor = nullptr;
    QTreeWidget *m_deals = nullptr;
};

} // namespace dealdesk
