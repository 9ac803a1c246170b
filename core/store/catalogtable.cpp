#include "core/store/catalogtable.h"

#include "core/store/findingtable.h"
#include "core/store/sqldialect.h"
#include "core/store/storecodec.h"

#include <QSqlQuery>
#include <QVariant>

namespace dealdesk {

StoreResult<QList<EntityCount>> CatalogTable::entityCounts() const
{
    const SqlDialect &dialect = *m_context.dialect;
    const QString type = dialect.jsonText(QStringLiteral("payload"), QStringLiteral("type"));
    const QString canonical = dialect.jsonText(QStringLiteral("payload"), QStringLiteral("canonical"));
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1, %2, COUNT(*), COUNT(DISTINCT article_id) "
                                       "FROM findings WHERE kind = 'entity' AND state <> 'rejected' "
                                       "GROUP BY %1, %2 ORDER BY %1, %2")
                            .arg(type, canonical);
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("counting entities"), q);
    if (auto failed = m_context.exec(q, QStringLiteral("counting entities")))
        return *failed;
    QList<EntityCount> counts;
    while (q.next()) {
        const auto parsed = entityTypeFromString(q.value(0).toString());
        const QString name = q.value(1).toString();
        if (!parsed || name.isEmpty())
            continue; // a damaged payload: the panel shows what it can
        counts.append({*parsed, name, q.value(2).toInt(), q.value(3).toInt()});
    }
    return counts;
}

StoreResult<QList<StoredDeal>> CatalogTable::recentDeals(int limit) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // Newest first through the published index: a panel's worth without reading every deal
    // of a large corpus (400,000 at 100,000 articles).
    if (!q.prepare(QStringLiteral(
            "SELECT %1 FROM articles a JOIN findings f ON f.article_id = a.id "
            "WHERE f.kind = 'deal' AND f.state <> 'rejected' ORDER BY a.published DESC, a.id DESC, f.id "
            "LIMIT ?")
                       .arg(FindingTable::storedDealColumns())))
        return m_context.error(QStringLiteral("reading recent deals"), q);
    q.addBindValue(std::max(0, limit));
    if (auto failed = m_context.exec(q, QStringLiteral("reading recent deals")))
        return *failed;
    QList<StoredDeal> deals;
    while (q.next()) {
        if (auto deal = FindingTable::storedDealAt(q))
            deals.append(std::move(*deal)); // a damaged row is skipped: the panel shows the others
    }
    return deals;
}

StoreResult<QStringList> CatalogTable::distinctValues(Column column) const
{
    const QString name = column == Column::Outlet ? QStringLiteral("outlet") : QStringLiteral("language");
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // Both columns are indexed, so DISTINCT walks an index rather than the table.
    const QString sql = QStringLiteral("SELECT DISTINCT %1 FROM articles WHERE %1 <> '' ORDER BY %2, %1")
                            .arg(name, m_context.dialect->caseInsensitive(name));
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("listing the %1s").arg(name), q);
    if (auto failed = m_context.exec(q, QStringLiteral("listing the %1s").arg(name)))
        return *failed;
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace dealdesk
