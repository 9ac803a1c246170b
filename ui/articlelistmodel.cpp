#include "ui/articlelistmodel.h"

#include "ui/findingtext.h"

#include "core/store/sqlitecorpusstore.h"

#include <QDate>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QLocale>

namespace dealdesk {
namespace {

// The snippet's « » marks as bold, for a rich-text tooltip.
QString snippetHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(u"«"_qs, u"<b>"_qs).replace(u"»"_qs, u"</b>"_qs);
    return u"<p style='white-space:normal'>"_qs + html + u"</p>"_qs;
}

QString shortDate(const QString &published, const QLocale &locale)
{
    if (published.size() >= 10) {
        const QDate d = QDate::fromString(published.left(10), Qt::ISODate);
        if (d.isValid())
            return locale.toString(d, QLocale::ShortFormat);
    }
    return published;
}

} // namespace

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

void ArticleListModel::setFilter(const ArticleFilter &filter)
{
    if (filter == this->filter())
        return;
    m_query.language = filter.language;
    m_query.outlet = filter.outlet;
    m_query.publishedFrom = filter.publishedFrom;
    m_query.publishedTo = filter.publishedTo;
    m_query.entity = filter.entity;
    m_query.entityType = filter.entityType;
    m_query.withDeals = filter.withDeals;
    reload();
}

ArticleFilter ArticleListModel::filter() const
{
    return {m_query.language, m_query.outlet,     m_query.publishedFrom, m_query.publishedTo,
            m_query.entity,   m_query.entityType, m_query.withDeals};
}

int ArticleListModel::rowOf(qint64 articleId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == articleId)
            return i;
    }
    return -1;
}

namespace {

struct FirstPage
{
    QList<ArticleSummary> rows;
    qint64 total = 0;
};

FirstPage readFirstPage(const CorpusStore &store, const ArticleQuery &query, int pageSize)
{
    FirstPage page;
    page.rows = store.articles(query);
    // A short first page is the whole answer: no count query needed.
    page.total = page.rows.size() < pageSize ? page.rows.size() : store.articleCount(query);
    return page;
}

} // namespace

void ArticleListModel::reload()
{
    ++m_generation;
    const ArticleQuery query = [this] {
        ArticleQuery q = m_query;
        q.offset = 0;
        return q;
    }();
    // An entity filter scans the findings (seconds at 100,000 articles): it runs on a store
    // instance of its own off the GUI thread, and the list fills when it is done.
    if (m_store && !query.entity.isEmpty() && m_background) {
        beginResetModel();
        m_rows.clear();
        m_snippets.clear();
        m_total = 0;
        m_loading = true;
        endResetModel();
        const QString path = m_store->path();
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<FirstPage>(this);
        connect(watcher, &QFutureWatcher<FirstPage>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return; // a newer query replaced this one
            const FirstPage page = watcher->result();
            beginResetModel();
            m_rows = page.rows;
            m_total = page.total;
            m_loading = false;
            endResetModel();
            emit totalCountChanged(m_total);
        });
        watcher->setFuture(QtConcurrent::run([path, query] {
            auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
            return opened.ok() ? readFirstPage(*opened.value(), query, pageSize) : FirstPage{};
        }));
        return;
    }
    beginResetModel();
    m_snippets.clear();
    m_loading = false;
    const FirstPage page = m_store ? readFirstPage(*m_store, query, pageSize) : FirstPage{};
    m_rows = page.rows;
    m_total = page.total;
    endResetModel();
    emit totalCountChanged(m_total);
}

QString ArticleListModel::snippetOf(qint64 id) const
{
    if (m_query.text.isEmpty() || !m_store)
        return {};
    auto it = m_snippets.constFind(id);
    if (it == m_snippets.cend())
        it = m_snippets.insert(id, m_store->snippet(id, m_query.text));
    return *it;
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
            return shortDate(a.published, QLocale());
        case LanguageColumn:
            return a.language;
        case AmountsColumn:
            return a.amountCount > 0 ? QVariant(QLocale().toString(a.amountCount)) : QVariant();
        case DealsColumn:
            return a.dealCount > 0 ? QVariant(QLocale().toString(a.dealCount)) : QVariant();
        case ReviewColumn:
            return reviewStateName(a.reviewState);
        }
        break;
    case Qt::ToolTipRole:
        if (!m_query.text.isEmpty()) {
            const QString snippet = snippetOf(a.id);
            if (!snippet.isEmpty())
                return snippetHtml(snippet);
        }
        if (index.column() == TitleColumn)
            return a.title;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountsColumn || index.column() == DealsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == LanguageColumn)
            return int(Qt::AlignCenter);
        break;
    case ArticleIdRole:
        return a.id;
    case SnippetRole:
        return snippetOf(a.id);
    case PublishedRole:
        return a.published;
    }
    return {};
}

QVariant ArticleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case LanguageColumn:
            return tr("Language of the article");
        case AmountsColumn:
            return tr("Amounts of money found (not rejected)");
        case DealsColumn:
            return tr("Deals found (not rejected)");
        case ReviewColumn:
            return tr("Where the review of the article stands");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    // Short headings: the numbers under them are short, and the title needs the width.
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Date");
    case LanguageColumn:
        return tr("Lang.");
    case AmountsColumn:
        return tr("Amt.");
    case DealsColumn:
        return tr("Deals", "short column heading");
    case ReviewColumn:
        return tr("Review", "short column heading");
    }
    return {};
}

bool ArticleListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_store && !m_loading && m_rows.size() < m_total;
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
    static constexpr Sort byColumn[] = {Sort::Title,   Sort::Outlet, Sort::Published, Sort::Language,
                                        Sort::Amounts, Sort::Deals,  Sort::Review};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = byColumn[column];
    m_query.descending = order == Qt::DescendingOrder;
    reload();
}

} // namespace dealdesk
