#pragma once
// The corpus's deals as a table (investor, target, amount, status, date, source), one row per
// deal finding not rejected. Sorted through a QSortFilterProxyModel on SortRole, which holds
// the comparable value (the amount in units, the ISO date).

#include "core/store/storetypes.h"

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
        SourceColumn,
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1, FindingIdRole, SortRole };

    explicit DealModel(QObject *parent = nullptr);
    ~DealModel() override;

    void setDeals(const QList<StoredDeal> &deals);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<StoredDeal> m_deals;
};

} // namespace dealdesk
