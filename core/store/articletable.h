#pragma once
// The articles of a corpus in portable SQL: import, the list a view pages through, one full
// article, full-text search. What differs per backend comes from the SqlDialect.

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"
#include "core/text/article.h"

#include <QList>

#include <optional>

namespace dealdesk {

class ArticleTable
{
public:
    explicit ArticleTable(const SqlContext &context) : m_context(context) {}

    // Inserts within the caller's transaction; a stored content hash counts as a duplicate.
    // `ids`, when given, receives the new id of each article, 0 for a duplicate.
    [[nodiscard]] StoreResult<ImportCounts> insert(const QList<Article> &batch,
                                                   QList<qint64> *ids = nullptr) const;
    [[nodiscard]] StoreResult<qint64> count(const ArticleQuery &filter) const;
    [[nodiscard]] StoreResult<QList<ArticleSummary>> page(const ArticleQuery &query) const;
    [[nodiscard]] StoreResult<std::optional<Article>> fetch(qint64 id) const;
    [[nodiscard]] StoreResult<QList<SearchHit>> search(const QString &text, int limit) const;
    // The marked snippet of one article for a search; empty when it does not match.
    [[nodiscard]] StoreResult<QString> snippet(qint64 id, const QString &text) const;
    // The whole text of one article; nullopt when the id is unknown.
    [[nodiscard]] StoreResult<std::optional<QString>> body(qint64 id) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
