#pragma once
// A deal made (or corrected) by hand from one sentence of an article: investor and target
// picked from the article's entities (or typed), the amount from its amounts (or none),
// status and date. The sentence is the deal's evidence.

#include "core/store/storetypes.h"
#include "core/text/article.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace dealdesk {

class DealDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealDialog)

public:
    // `initial` set: editing that deal (its evidence is kept unless `sentence` differs).
    DealDialog(const Article &article, const QList<FindingRecord> &records, TextRange sentence,
               const std::optional<Deal> &initial = {}, QWidget *parent = nullptr);
    ~DealDialog() override;

    [[nodiscard]] Deal deal() const;

    [[nodiscard]] QComboBox *investorBox() const { return m_investor; }
    [[nodiscard]] QComboBox *targetBox() const { return m_target; }
    [[nodiscard]] QComboBox *amountBox() const { return m_amount; }
    [[nodiscard]] QComboBox *statusBox() const { return m_status; }
    [[nodiscard]] QComboBox *dateBox() const { return m_date; }

private:
    TextRange m_sentence;
    QList<Money> m_amounts; // index i + 1 of the amount box (0 is "none")
    QComboBox *m_investor = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_amount = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_date = nullptr;
    QLabel *m_evidence = nullptr;
};

} // namespace dealdesk
