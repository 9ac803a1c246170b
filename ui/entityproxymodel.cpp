#include "ui/entityproxymodel.h"

#include "ui/entitymodel.h"

namespace dealdesk {

EntityProxyModel::EntityProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(EntityModel::SortRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setRecursiveFilteringEnabled(true); // a matching name keeps its type group
    setFilterKeyColumn(EntityModel::NameColumn);
}

EntityProxyModel::~EntityProxyModel() = default;

bool EntityProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid() && !right.parent().isValid()) {
        // The view reverses the answer for a descending sort: answer so that it comes out
        // in the model's order either way.
        return sortOrder() == Qt::AscendingOrder ? left.row() < right.row() : left.row() > right.row();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dealdesk
