#pragma once
// Sorts and filters the entity tree: names within a type by the column chosen, while the type
// groups keep their fixed order (organisations first) whichever way the column sorts.

#include <QSortFilterProxyModel>

namespace dealdesk {

class EntityProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityProxyModel)

public:
    explicit EntityProxyModel(QObject *parent = nullptr);
    ~EntityProxyModel() override;

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace dealdesk
