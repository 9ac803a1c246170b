#include "ui/entitymodel.h"

#include "ui/findingpalette.h"

#include <QLocale>
#include <QPixmap>

namespace dealdesk {
namespace {

constexpr int groupCount = 5;

QPixmap dot(HighlightKind kind)
{
    QPixmap p(12, 12);
    p.fill(accentColor(kind));
    return p;
}

} // namespace

EntityModel::EntityModel(QObject *parent) : QAbstractItemModel(parent) {}

EntityModel::~EntityModel() = default;

void EntityModel::setEntities(const QList<EntityCount> &entities)
{
    beginResetModel();
    for (auto &g : m_groups)
        g.clear();
    for (const EntityCount &e : entities)
        m_groups[int(e.type)].append(e);
    // Most mentioned first: the panel opens on what the corpus is about.
    for (auto &g : m_groups) {
        std::stable_sort(g.begin(), g.end(), [](const EntityCount &a, const EntityCount &b) {
            return a.mentions > b.mentions;
        });
    }
    endResetModel();
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < groupCount ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || row >= m_groups[parent.row()].size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QLocale locale;
    if (index.internalId() == 0) {
        const auto type = EntityType(index.row());
        const QList<EntityCount> &group = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (%2)", "entity type, how many").arg(highlightKindName(HighlightKind(index.row())),
                                                                 locale.toString(group.size()));
            return {};
        case Qt::DecorationRole:
            return index.column() == NameColumn ? QVariant(dot(HighlightKind(index.row()))) : QVariant();
        case EntityTypeRole:
            return int(type);
        case SortRole:
            // Groups keep their fixed order whatever the column sorted.
            return index.row();
        }
        return {};
    }
    const EntityCount &e = m_groups[index.internalId() - 1][index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.canonical;
        case MentionsColumn:
            return locale.toString(e.mentions);
        case ArticlesColumn:
            return locale.toString(e.articles);
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole:
        return tr("%1: %2 mentions in %3 articles. Click to list them; double-click to jump "
                  "to the next mention in the article.")
            .arg(e.canonical, locale.toString(e.mentions), locale.toString(e.articles));
    case EntityTypeRole:
        return int(e.type);
    case CanonicalRole:
        return e.canonical;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return e.canonical.toLower();
        case MentionsColumn:
            return e.mentions;
        case ArticlesColumn:
            return e.articles;
        }
    }
    return {};
}

QVariant EntityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Entity");
    case MentionsColumn:
        return tr("Mentions");
    case ArticlesColumn:
        return tr("Articles");
    }
    return {};
}

} // namespace dealdesk
