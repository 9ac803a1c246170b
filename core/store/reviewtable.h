#pragma once
// A journalist's marks on whole articles in portable SQL: the review state with who set it
// and when, and the article's note. Changed only through the edits of SqliteCorpusStore,
// which record each change in the history.

#include "core/store/edittable.h"
#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <optional>

namespace dealdesk {

struct ArticleReview
{
    ReviewState state = ReviewState::Unreviewed;
    QString by, at; // empty when never set
};

class ReviewTable
{
public:
    explicit ReviewTable(const SqlContext &context) : m_context(context) {}

    // nullopt for an unknown article.
    [[nodiscard]] StoreResult<std::optional<ArticleReview>> review(qint64 articleId) const;
    [[nodiscard]] StoreResult<bool> setReview(qint64 articleId, ReviewState state,
                                              const EditStamp &stamp) const;
    // nullopt for an unknown article.
    [[nodiscard]] StoreResult<std::optional<QString>> note(qint64 articleId) const;
    [[nodiscard]] StoreResult<bool> setNote(qint64 articleId, const QString &note) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
