#pragma once
// The corpus's entities as a tree: type -> canonical name, with mention and article counts.
// Filled from CorpusOverview (read in the background); sorting and the filter box go through
// a QSortFilterProxyModel over it.

#include "core/store/storetypes.h"

#include <QAbstractItemModel>

namespace dealdesk {

class EntityModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityModel)

public:
    enum Column { NameColumn, MentionsColumn, ArticlesColumn, ColumnCount };
    enum Role { EntityTypeRole = Qt::UserRole + 1, CanonicalRole, SortRole };

    explicit EntityModel(QObject *parent = nullptr);
    ~EntityModel() override;

    void setEntities(const QList<EntityCount> &entities);

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    // Five groups, one per EntityType; a child's internalId is its group + 1, a group's is 0.
    QList<EntityCount> m_groups[5];
};

} // namespace dealdesk
