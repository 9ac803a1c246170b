#include "ui/entitypanel.h"

#include "ui/entitymodel.h"
#include "ui/entityproxymodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dealdesk {

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent), m_model(new EntityModel(this)), m_proxy(new EntityProxyModel(this)),
      m_filter(new QLineEdit(this)), m_view(new QTreeView(this))
{
    setObjectName(u"entityPanel"_qs);
    m_proxy->setSourceModel(m_model);
    m_filter->setObjectName(u"entityFilter"_qs);
    m_filter->setPlaceholderText(tr("Filter entities"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"entityTree"_qs);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityModel::MentionsColumn, Qt::DescendingOrder);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    applyColumnModes();
    m_view->setExpandsOnDoubleClick(false);
    auto choose = [this](const QModelIndex &index, bool jump) {
        const QString canonical = index.data(EntityModel::CanonicalRole).toString();
        if (canonical.isEmpty())
            return;
        const auto type = EntityType(index.data(EntityModel::EntityTypeRole).toInt());
        if (jump)
            emit entityJumpRequested(type, canonical);
        else
            emit entityChosen(type, canonical);
    };
    connect(m_view, &QTreeView::clicked, this, [choose](const QModelIndex &i) { choose(i, false); });
    connect(m_view, &QTreeView::activated, this, [choose](const QModelIndex &i) { choose(i, false); });
    connect(m_view, &QTreeView::doubleClicked, this, [choose](const QModelIndex &i) { choose(i, true); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        const QString canonical = index.data(EntityModel::CanonicalRole).toString();
        if (canonical.isEmpty())
            return;
        const auto type = EntityType(index.data(EntityModel::EntityTypeRole).toInt());
        QMenu menu;
        menu.addAction(tr("Rename or merge…"), this, [this, type, canonical] { emit renameRequested(type, canonical); });
        menu.addAction(tr("Add alias…"), this, [this, type, canonical] { emit aliasRequested(type, canonical); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
}

EntityPanel::~EntityPanel() = default;

void EntityPanel::applyColumnModes()
{
    // Per-section modes do not survive a model reset: set again after each one.
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(EntityModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(EntityModel::MentionsColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntityModel::ArticlesColumn, QHeaderView::ResizeToContents);
}

void EntityPanel::setEntities(const QList<EntityCount> &entities)
{
    m_model->setEntities(entities);
    applyColumnModes();
    // The two biggest groups open; the rest stay folded so the panel reads at a glance.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, 0);
        const auto type = EntityType(group.data(EntityModel::EntityTypeRole).toInt());
        m_view->setExpanded(group, type == EntityType::Org || type == EntityType::Person);
    }
}

} // namespace dealdesk
