#include "core/store/dealquery.h"

#include "core/store/articlefilter.h"
#include "core/store/findingtable.h"

#include <QSqlQuery>
#include <QVariant>

namespace dealdesk {

StoreResult<QList<StoredDeal>> DealQuery::deals(const ArticleQuery &filter, bool acceptedOnly) const
{
    const ArticleFilterSql articles = articleFilterSql(filter, *m_context.dialect);
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // The filter as a subquery on the article id: the list's own SQL, and a deal is read once
    // however many rows the filter's joins give its article.
    const QString sql = QStringLiteral("SELECT %1 FROM findings f JOIN articles a ON a.id = f.article_id "
                                       "WHERE f.kind = 'deal' AND %2 AND f.article_id IN (SELECT a.id%3) "
                                       "ORDER BY a.published, f.id")
                            .arg(FindingTable::storedDealColumns(),
                                 acceptedOnly ? QStringLiteral("f.state = 'accepted'")
                                              : QStringLiteral("f.state <> 'rejected'"),
                                 articles.fromWhere);
    const QString what = QStringLiteral("reading the deals of the filtered articles");
    if (!q.prepare(sql))
        return m_context.error(what, q);
    for (const QVariant &v : articles.values)
        q.addBindValue(v);
    if (auto failed = m_context.exec(q, what))
        return *failed;
    QList<StoredDeal> deals;
    while (q.next()) {
        if (auto deal = FindingTable::storedDealAt(q))
            deals.append(std::move(*deal)); // a damaged row is skipped: the chart shows the others
    }
    return deals;
}

} // namespace dealdesk
