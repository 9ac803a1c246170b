#include "ui/articlelistmodel.h"

#include <QLocale>

namespace dealdesk {

ArticleListModel::ArticleListModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_query.limit = pageSize;
}

ArticleListModel::~ArticleListModel() = default;

void ArticleListModel::setStore(const CorpusStore *store)
{
    m_store = store;
    reload();
}

void ArticleListModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query.text)
        return;
    m_query.text = trimmed;
    // A search lists the best matches first until the user picks another order.
    if (!trimmed.isEmpty())
        m_query.sort = ArticleQuery::Sort::Relevance;
    else if (m_query.sort == ArticleQuery::Sort::Relevance)
        m_query.sort = ArticleQuery::Sort::Published;
    reload();
}

void ArticleListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_query.offset = 0;
    m_total = 0;
    if (m_store) {
        m_total = m_store->articleCount(m_query);
        m_rows = m_store->articles(m_query);
    }
    endResetModel();
    emit totalCountChanged(m_total);
}

int ArticleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ArticleListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArticleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return a.title.isEmpty() ? a.sourcePath.section(u'/', -1) : a.title;
        case OutletColumn:
            return a.outlet;
        case PublishedColumn:
            return a.published.left(10);
        case LanguageColumn:
            return a.language;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return a.title;
        break;
    case ArticleIdRole:
        return a.id;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && m_rows.size() < m_total;
}

void ArticleListModel::fetchMore(const QModelIndex &parent)
{
    // Views ask from inside layout and paint, and several times in a row: the page is read
    // once, on the next turn of the event loop, never while a reset is still being handled.
    if (!canFetchMore(parent) || m_fetchPending)
        return;
    m_fetchPending = true;
    QMetaObject::invokeMethod(this, &ArticleListModel::fetchNextPage, Qt::QueuedConnection);
}

void ArticleListModel::fetchNextPage()
{
    m_fetchPending = false;
    if (!canFetchMore({}))
        return;
    ArticleQuery page = m_query;
    page.offset = int(m_rows.size());
    const QList<ArticleSummary> more = m_store->articles(page);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the corpus shrank under us: stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

void ArticleListModel::sort(int column, Qt::SortOrder order)
{
    using Sort = ArticleQuery::Sort;
    static constexpr Sort byColumn[] = {Sort::Title, Sort::Outlet, Sort::Published, Sort::Language};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = byColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace dealdesk
