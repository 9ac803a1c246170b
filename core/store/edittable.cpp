#include "core/store/edittable.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace dealdesk {

EditStamp EditStamp::now(const QString &editor)
{
    return {editor, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
}

StoreResult<qint64> EditTable::append(const EditRecord &record, const QList<qint64> &touched) const
{
    const QString doing = QStringLiteral("recording an edit");
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("INSERT INTO edits (article_id, finding_id, action, before, after, "
                                  "editor, at) VALUES (?, ?, ?, ?, ?, ?, ?)")))
        return m_context.error(doing, q);
    // NULL, not 0, for a corpus-wide edit: the foreign key accepts no article 0.
    q.addBindValue(record.articleId > 0 ? QVariant(record.articleId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(record.findingId);
    q.addBindValue(toString(record.action));
    q.addBindValue(SqlContext::text(record.before));
    q.addBindValue(SqlContext::text(record.after));
    q.addBindValue(SqlContext::text(record.editor));
    q.addBindValue(SqlContext::text(record.at));
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    const qint64 id = q.lastInsertId().toLongLong();
    if (touched.isEmpty())
        return id;
    QSqlQuery link(m_context.db);
    if (!link.prepare(QStringLiteral("INSERT INTO edit_articles (article_id, edit_id) VALUES (?, ?) "
                                     "ON CONFLICT DO NOTHING")))
        return m_context.error(doing, link);
    for (const qint64 articleId : touched) {
        link.addBindValue(articleId);
        link.addBindValue(id);
        if (auto failed = m_context.exec(link, doing))
            return *failed;
    }
    return id;
}

StoreResult<QList<EditRecord>> EditTable::history(qint64 articleId) const
{
    const QString doing = QStringLiteral("reading an article's history");
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT id, article_id, finding_id, action, before, after, editor, at FROM edits "
            "WHERE article_id = ? OR id IN (SELECT edit_id FROM edit_articles WHERE article_id = ?) "
            "ORDER BY id")))
        return m_context.error(doing, q);
    q.addBindValue(articleId);
    q.addBindValue(articleId);
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    QList<EditRecord> records;
    while (q.next()) {
        const auto action = editActionFromString(q.value(3).toString());
        if (!action) {
            qWarning().noquote() << m_context.file << ": edit" << q.value(0).toLongLong()
                                 << "has an unknown action, skipped";
            continue;
        }
        records.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        *action, q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                        q.value(7).toString()});
    }
    return records;
}

StoreResult<QStringList> EditTable::beforesOf(EditAction action, const QString &after) const
{
    const QString doing = QStringLiteral("reading the history");
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT before FROM edits WHERE action = ? AND after = ? "
                                  "ORDER BY id DESC")))
        return m_context.error(doing, q);
    q.addBindValue(toString(action));
    q.addBindValue(after);
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    QStringList befores;
    while (q.next())
        befores << q.value(0).toString();
    return befores;
}

} // namespace dealdesk
