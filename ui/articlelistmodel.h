#pragma once
// The corpus's articles as a table, read from the store a page at a time (fetchMore), so a
// corpus of 100,000 articles opens as fast as one of ten. Sorting and filtering happen in SQL;
// further pages are read on the event loop's next turn after a view asks for them.

#include "core/store/corpusstore.h"

#include <QAbstractTableModel>

namespace dealdesk {

class ArticleListModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListModel)

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, LanguageColumn, ColumnCount };
    enum Role { ArticleIdRole = Qt::UserRole + 1 };

    explicit ArticleListModel(QObject *parent = nullptr);
    ~ArticleListModel() override;

    // The store is not owned; nullptr empties the model.
    void setStore(const CorpusStore *store);
    // Full-text filter (FTS5); empty shows every article.
    void setSearchText(const QString &text);
    [[nodiscard]] QString searchText() const { return m_query.text; }
    // Rows matching the current filter in the whole corpus, not only those fetched.
    [[nodiscard]] qint64 totalCount() const { return m_total; }

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

    const CorpusStore *m_store = nullptr;
    ArticleQuery m_query;
    QList<ArticleSummary> m_rows;
    qint64 m_total = 0;
    bool m_fetchPending = false;
    static constexpr int pageSize = 200;
};

} // namespace dealdesk
