#include "core/store/nametable.h"

#include "core/store/sqldialect.h"

#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <utility>

namespace dealdesk {
namespace {

NamedFinding namedAt(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            findingKindFromString(q.value(2).toString()).value_or(FindingKind::Entity),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString()};
}

const QString namedColumns = QStringLiteral("id, article_id, kind, payload, edited_by, edited_at");

} // namespace

StoreResult<QString> NameTable::setAlias(EntityType type, const QString &canonical,
                                         const QString &alias) const
{
    const QString doing = QStringLiteral("storing an alias");
    QSqlQuery old(m_context.db);
    old.setForwardOnly(true);
    if (!old.prepare(QStringLiteral("SELECT canonical FROM names WHERE type = ? AND alias = ?")))
        return m_context.error(doing, old);
    old.addBindValue(toString(type));
    old.addBindValue(alias);
    if (auto failed = m_context.exec(old, doing))
        return *failed;
    const QString before = old.next() ? old.value(0).toString() : QString();
    old.finish();

    QSqlQuery q(m_context.db);
    // ON CONFLICT ... DO UPDATE is both SQLite (3.24+) and PostgreSQL.
    if (!q.prepare(QStringLiteral("INSERT INTO names (type, canonical, alias) VALUES (?, ?, ?) "
                                  "ON CONFLICT (type, alias) DO UPDATE SET canonical = excluded.canonical")))
        return m_context.error(doing, q);
    q.addBindValue(toString(type));
    q.addBindValue(canonical);
    q.addBindValue(alias);
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    return before;
}

StoreResult<bool> NameTable::removeAlias(EntityType type, const QString &alias) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("DELETE FROM names WHERE type = ? AND alias = ?")))
        return m_context.error(QStringLiteral("removing an alias"), q);
    q.addBindValue(toString(type));
    q.addBindValue(alias);
    if (auto failed = m_context.exec(q, QStringLiteral("removing an alias")))
        return *failed;
    return q.numRowsAffected() > 0;
}

StoreResult<bool> NameTable::removeAlias(EntityType type, const QString &canonical,
                                         const QString &alias) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(
            QStringLiteral("DELETE FROM names WHERE type = ? AND canonical = ? AND alias = ?")))
        return m_context.error(QStringLiteral("removing an alias"), q);
    q.addBindValue(toString(type));
    q.addBindValue(canonical);
    q.addBindValue(alias);
    if (auto failed = m_context.exec(q, QStringLiteral("removing an alias")))
        return *failed;
    return q.numRowsAffected() > 0;
}

StoreResult<QStringList> NameTable::moveAliases(EntityType type, const QString &from,
                                                const QString &to) const
{
    const QString doing = QStringLiteral("moving aliases");
    QSqlQuery moved(m_context.db);
    moved.setForwardOnly(true);
    if (!moved.prepare(QStringLiteral("SELECT alias FROM names WHERE type = ? AND canonical = ? "
                                      "ORDER BY alias")))
        return m_context.error(doing, moved);
    moved.addBindValue(toString(type));
    moved.addBindValue(from);
    if (auto failed = m_context.exec(moved, doing))
        return *failed;
    QStringList aliases;
    while (moved.next())
        aliases << moved.value(0).toString();
    moved.finish();
    if (aliases.isEmpty())
        return aliases;

    QSqlQuery update(m_context.db);
    if (!update.prepare(QStringLiteral("UPDATE names SET canonical = ? WHERE type = ? AND canonical = ?")))
        return m_context.error(doing, update);
    update.addBindValue(to);
    update.addBindValue(toString(type));
    update.addBindValue(from);
    if (auto failed = m_context.exec(update, doing))
        return *failed;
    // `to` as an alias of itself (it was an alias of `from`) means nothing: dropped.
    QSqlQuery loop(m_context.db);
    if (!loop.prepare(QStringLiteral("DELETE FROM names WHERE type = ? AND alias = canonical")))
        return m_context.error(doing, loop);
    loop.addBindValue(toString(type));
    if (auto failed = m_context.exec(loop, doing))
        return *failed;
    return aliases;
}

StoreResult<QList<NamedFinding>> NameTable::findingsNamed(EntityType type, const QString &canonical,
                                                          bool withDeals) const
{
    const SqlDialect &dialect = *m_context.dialect;
    const QString doing = QStringLiteral("finding the mentions of a name");
    // The canonical expression is the findings_entity index's: an entity lookup is a range scan.
    QString sql = QStringLiteral("SELECT ") + namedColumns + QStringLiteral(" FROM findings WHERE kind = 'entity' AND ")
                  + dialect.jsonText(QStringLiteral("payload"), QStringLiteral("canonical"))
                  + QStringLiteral(" = ? AND ") + dialect.jsonText(QStringLiteral("payload"), QStringLiteral("type"))
                  + QStringLiteral(" = ?");
    if (withDeals) {
        sql += QStringLiteral(" UNION ALL SELECT ") + namedColumns + QStringLiteral(" FROM findings WHERE kind = 'deal' AND (")
               + dialect.jsonText(QStringLiteral("payload"), QStringLiteral("investor")) + QStringLiteral(" = ? OR ")
               + dialect.jsonText(QStringLiteral("payload"), QStringLiteral("target")) + QStringLiteral(" = ?)");
    }
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(sql + QStringLiteral(" ORDER BY id")))
        return m_context.error(doing, q);
    q.addBindValue(canonical);
    q.addBindValue(toString(type));
    if (withDeals) {
        q.addBindValue(canonical);
        q.addBindValue(canonical);
    }
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    QList<NamedFinding> found;
    while (q.next())
        found.append(namedAt(q));
    return found;
}

StoreResult<QList<NamedFinding>> NameTable::findings(const QList<qint64> &ids) const
{
    const QString doing = QStringLiteral("reading renamed findings");
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ") + namedColumns + QStringLiteral(" FROM findings WHERE id = ?")))
        return m_context.error(doing, q);
    QList<NamedFinding> found;
    for (const qint64 id : ids) {
        q.addBindValue(id);
        if (auto failed = m_context.exec(q, doing))
            return *failed;
        if (q.next())
            found.append(namedAt(q));
        q.finish();
    }
    return found;
}

StoreResult<bool> NameTable::setPayload(qint64 findingId, const QString &payload,
                                        const QString &editedBy, const QString &editedAt) const
{
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral("UPDATE findings SET payload = ?, edited_by = ?, edited_at = ? WHERE id = ?")))
        return m_context.error(QStringLiteral("renaming a finding"), q);
    q.addBindValue(payload);
    q.addBindValue(SqlContext::text(editedBy));
    q.addBindValue(SqlContext::text(editedAt));
    q.addBindValue(findingId);
    if (auto failed = m_context.exec(q, QStringLiteral("renaming a finding")))
        return *failed;
    return q.numRowsAffected() > 0;
}

StoreResult<QList<LearnedName>> NameTable::learnedNames() const
{
    const SqlDialect &dialect = *m_context.dialect;
    const QString doing = QStringLiteral("reading the learned names");
    const QString type = dialect.jsonText(QStringLiteral("payload"), QStringLiteral("type"));
    const QString canonical = dialect.jsonText(QStringLiteral("payload"), QStringLiteral("canonical"));
    // What a person confirmed: accepted findings, and the ones a person made (not rejected).
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT DISTINCT %1, %2, '' FROM findings WHERE kind = 'entity' AND "
                                  "(state = 'accepted' OR (origin = 'person' AND state <> 'rejected')) "
                                  "UNION ALL SELECT type, canonical, alias FROM names")
                       .arg(type, canonical)))
        return m_context.error(doing, q);
    if (auto failed = m_context.exec(q, doing))
        return *failed;
    // Keyed by (type, canonical) so the list comes out in one stable order.
    QMap<std::pair<int, QString>, QStringList> grouped;
    while (q.next()) {
        const auto parsed = entityTypeFromString(q.value(0).toString());
        const QString name = q.value(1).toString().trimmed();
        if (!parsed || name.isEmpty())
            continue; // a damaged payload teaches nothing
        QStringList &aliases = grouped[{int(*parsed), name}];
        const QString alias = q.value(2).toString().trimmed();
        if (!alias.isEmpty() && alias != name && !aliases.contains(alias))
            aliases << alias;
    }
    QList<LearnedName> names;
    names.reserve(grouped.size());
    for (auto it = grouped.cbegin(); it != grouped.cend(); ++it) {
        QStringList aliases = it.value();
        aliases.sort();
        names.append({it.key().second, EntityType(it.key().first), aliases});
    }
    return names;
}

StoreResult<QStringList> NameTable::canonicalNames(std::optional<EntityType> type) const
{
    const SqlDialect &dialect = *m_context.dialect;
    const QString canonical = dialect.jsonText(QStringLiteral("payload"), QStringLiteral("canonical"));
    QString sql = QStringLiteral("SELECT DISTINCT %1 FROM findings WHERE kind = 'entity' AND state <> 'rejected'")
                      .arg(canonical);
    if (type)
        sql += QStringLiteral(" AND ") + dialect.jsonText(QStringLiteral("payload"), QStringLiteral("type"))
               + QStringLiteral(" = ?");
    sql += QStringLiteral(" ORDER BY ") + dialect.caseInsensitive(canonical) + QStringLiteral(", ") + canonical;
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("listing canonical names"), q);
    if (type)
        q.addBindValue(toString(*type));
    if (auto failed = m_context.exec(q, QStringLiteral("listing canonical names")))
        return *failed;
    QStringList names;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

} // namespace dealdesk
