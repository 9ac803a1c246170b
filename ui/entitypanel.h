#pragma once
// The entity dock: the corpus's entities by type, most mentioned first, with a filter box.
// A click asks for the articles that mention one; a double-click asks to jump to its next
// mention in the article on screen.

#include "core/extract/findings.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace dealdesk {

class EntityModel;
struct EntityCount;

class EntityPanel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    explicit EntityPanel(QWidget *parent = nullptr);
    ~EntityPanel() override;

    void setEntities(const QList<EntityCount> &entities);
    [[nodiscard]] EntityModel *model() const { return m_model; }
    [[nodiscard]] QSortFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    // Wide enough for a type name and a company's name beside the counts.
    [[nodiscard]] QSize sizeHint() const override { return {290, 400}; }

signals:
    void entityChosen(dealdesk::EntityType type, const QString &canonical);
    void entityJumpRequested(dealdesk::EntityType type, const QString &canonical);
    // The context menu's "Rename or merge…" and "Add alias…" on one entity.
    void renameRequested(dealdesk::EntityType type, const QString &canonical);
    void aliasRequested(dealdesk::EntityType type, const QString &canonical);

private:
    void applyColumnModes();

    EntityModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace dealdesk
