#pragma once
// The corpus's deals as a table (investor, target, amount, status, date, sources): one row per
// deal merged across the articles that report it. Sorted through a QSortFilterProxyModel on
// SortRole, which holds the comparable value (the amount in units, the ISO date, the count).

#include "core/corpus/corpusdeals.h"

#include <QAbstractTableModel>

namespace dealdesk {

class DealModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealModel)

public:
    enum Column {
        InvestorColumn,
        TargetColumn,
        AmountColumn,
        StatusColumn,
        DateColumn,
        SourcesColumn,
        ColumnCount
    };
    // ArticleIdRole: the store id of the first source's article.
    enum Role { ArticleIdRole = Qt::UserRole + 1, SortRole };

    explicit DealModel(QObject *parent = nullptr);
    ~DealModel() override;

    void setDeals(const CorpusDeals &deals);
    [[nodiscard]] const MergedDeal &deal(int row) const { return m_deals.deals[row]; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString sourcesTip(const MergedDeal &deal) const;

    CorpusDeals m_deals;
};

} // namespace dealdesk
