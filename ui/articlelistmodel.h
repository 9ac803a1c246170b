#pragma once
// The corpus's articles as a table, read from the store a page at a time (fetchMore), so a
// corpus of 100,000 articles opens as fast as one of ten. Sorting and filtering happen in SQL;
// further pages are read on the event loop's next turn after a view asks for them. While a
// search is on, each row's tooltip is its marked snippet, read when first asked for.

#include "core/store/corpusstore.h"

#include <QAbstractTableModel>
#include <QHash>

namespace dealdesk {

// What the list keeps besides the search text (ArticleQuery's filter fields).
struct ArticleFilter
{
    QString language, outlet;
    QString publishedFrom, publishedTo; // ISO 8601 prefixes, inclusive
    QString entity;                     // canonical name; empty = any
    std::optional<EntityType> entityType;
    bool withDeals = false;
    friend bool operator==(const ArticleFilter &, const ArticleFilter &) = default;
};

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column {
        TitleColumn,
        OutletColumn,
        PublishedColumn,
        LanguageColumn,
        AmountsColumn,
        DealsColumn,
        ReviewColumn,
        ColumnCount
    };
    enum Role { ArticleIdRole = Qt::UserRole + 1, SnippetRole, PublishedRole };

    explicit ArticleListModel(QObject *parent = nullptr);
    ~ArticleListModel() override;

    // The store is not owned; nullptr empties the model.
    void setStore(const CorpusStore *store);
    // Full-text filter (FTS5); empty shows every article.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_query.text; }
    void setFilter(const ArticleFilter &filter);
    [[nodiscard]] ArticleFilter filter() const;
    // Rows matching the current filter in the whole corpus, not only those fetched.
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    // The row of an article among those fetched, -1 when not (yet) fetched.
    [[nodiscard]] int rowOf(qint64 articleId) const;
    // Whether slow filters (an entity) run off the GUI thread; on by default. Off, every
    // query answers before the call returns (for tests of the SQL, and scripts).
    void setBackgroundQueries(bool on) { m_background = on; }
    // True while a background query is running: the list is empty until it answers.
    [[nodiscard]] bool isLoading() const { return m_loading; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalCountChanged(qint64 total);

private:
    void reload();
    void fetchNextPage();
    [[nodiscard]] QString snippetOf(qint64 id) const;

    const CorpusStore *m_store = nullptr;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    mutable QHash<qint64, QString> m_snippets; // read on first hover, per search
    qint64 m_total = 0;
    quint64 m_generation = 0; // bumped per query, so a late answer to an old one is dropped
    bool m_fetchPending = false;
    bool m_loading = false;
    bool m_background = true;
    static constexpr int pageSize = 200;
};

} // namespace dealdesk
