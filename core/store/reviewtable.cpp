#include "core/store/reviewtable.h"

#include <QSqlQuery>
#include <QVariant>

namespace dealdesk {

StoreResult<std::optional<ArticleReview>> ReviewTable::review(qint64 articleId) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT review_state, reviewed_by, reviewed_at FROM articles WHERE id = ?")))
        return m_context.error(QStringLiteral("reading the review state"), q);
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, QStringLiteral("reading the review state")))
        return *failed;
    if (!q.next())
        return std::optional<ArticleReview>();
    return std::optional<ArticleReview>(ArticleReview{
        reviewStateFromString(q.value(0).toString()).value_or(ReviewState::Unreviewed),
        q.value(1).toString(), q.value(2).toString()});
}

StoreResult<bool> ReviewTable::setReview(qint64 articleId, ReviewState state,
                                         const EditStamp &stamp) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("UPDATE articles SET review_state = ?, reviewed_by = ?, "
                                  "reviewed_at = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("setting the review state"), q);
    q.addBindValue(toString(state));
    q.addBindValue(SqlContext::text(stamp.editor));
    q.addBindValue(SqlContext::text(stamp.at));
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, QStringLiteral("setting the review state")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no article with id %1").arg(articleId)};
    return true;
}

StoreResult<std::optional<QString>> ReviewTable::note(qint64 articleId) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT note FROM articles WHERE id = ?")))
        return m_context.error(QStringLiteral("reading an article's note"), q);
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, QStringLiteral("reading an article's note")))
        return *failed;
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

StoreResult<bool> ReviewTable::setNote(qint64 articleId, const QString &note) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("UPDATE articles SET note = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("writing an article's note"), q);
    q.addBindValue(SqlContext::text(note));
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, QStringLiteral("writing an article's note")))
        return *failed;
    if (q.numRowsAffected() == 0)
        return StoreError{m_context.file, QStringLiteral("no article with id %1").arg(articleId)};
    return true;
}

} // namespace dealdesk
