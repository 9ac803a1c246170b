#include "core/store/articletable.h"

#include "core/store/articlefilter.h"
#include "core/store/sqldialect.h"
#include "core/store/storecodec.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace dealdesk {
namespace {

// The list columns: never the body. The counts skip what a journalist rejected.
QString countOf(const char *kind)
{
    return QStringLiteral("(SELECT COUNT(*) FROM findings f WHERE f.article_id = a.id AND f.kind = '%1' "
                          "AND f.state <> 'rejected')")
        .arg(QLatin1String(kind));
}
const QString amountCount = countOf("amount");
const QString dealCount = countOf("deal");
const QString summaryColumns = QStringLiteral(
    "a.id, a.title, a.outlet, a.published, a.language, a.author, a.source_path, a.review_state, ")
    + amountCount + QStringLiteral(", ") + dealCount + QStringLiteral(", a.reviewed_by, a.reviewed_at");
constexpr int summaryColumnCount = 12;

ArticleSummary summaryFrom(const QSqlQuery &q)
{
    ArticleSummary s;
    s.id = q.value(0).toLongLong();
    s.title = q.value(1).toString();
    s.outlet = q.value(2).toString();
    s.published = q.value(3).toString();
    s.language = q.value(4).toString();
    s.author = q.value(5).toString();
    s.sourcePath = q.value(6).toString();
    s.reviewState = reviewStateFromString(q.value(7).toString()).value_or(ReviewState::Unreviewed);
    s.amountCount = q.value(8).toInt();
    s.dealCount = q.value(9).toInt();
    s.reviewedBy = q.value(10).toString();
    s.reviewedAt = q.value(11).toString();
    return s;
}

// FROM and WHERE of a list or count query, with the values to bind in order. `match` is the
// backend's full-text expression, absent when the query has no searchable text.
struct Filter
{
    QString fromWhere;
    QVariantList values;
    bool textJoined = false;
    bool textOnly = false; // the full-text condition and nothing else: the index alone answers
};

Filter filterFor(const ArticleQuery &q, const SqlDialect &dialect)
{
    Filter f;
    QStringList conditions;
    f.fromWhere = QStringLiteral(" FROM articles a");
    if (const auto match = dialect.matchExpression(q.text)) {
        f.fromWhere += u' ' + dialect.textJoin();
        conditions << dialect.textCondition();
        f.values << *match;
        f.textJoined = true;
    }
    if (!q.language.isEmpty()) {
        conditions << QStringLiteral("a.language = ?");
        f.values << q.language;
    }
    if (!q.outlet.isEmpty()) {
        conditions << QStringLiteral("a.outlet = ?");
        f.values << q.outlet;
    }
    if (!q.entity.isEmpty()) {
        // A subquery, not a join: an article that names the entity twice is listed once.
        QString mentions = QStringLiteral(
            "a.id IN (SELECT e.article_id FROM findings e WHERE e.kind = 'entity' "
            "AND e.state <> 'rejected' AND ")
                           + dialect.jsonText(QStringLiteral("e.payload"), QStringLiteral("canonical"))
                           + QStringLiteral(" = ?");
        f.values << q.entity;
        if (q.entityType) {
            mentions += QStringLiteral(" AND ")
                        + dialect.jsonText(QStringLiteral("e.payload"), QStringLiteral("type"))
                        + QStringLiteral(" = ?");
            f.values << toString(*q.entityType);
        }
        conditions << mentions + u')';
    }
    if (q.withDeals) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM findings d WHERE d.article_id = a.id "
                                     "AND d.kind = 'deal' AND d.state <> 'rejected')");
    }
    if (!q.publishedTo.isEmpty() && q.publishedFrom.isEmpty()) {
        // An undated article ('' sorts before every date) is in no date range.
        conditions << QStringLiteral("a.published <> ''");
    }
    if (!q.publishedFrom.isEmpty()) {
        conditions << QStringLiteral("a.published >= ?");
        f.values << q.publishedFrom;
    }
    if (!q.publishedTo.isEmpty()) {
        // "2025-02" keeps everything it prefixes: '~' sorts after every ISO 8601 character.
        conditions << QStringLiteral("a.published < ?");
        f.values << QString(q.publishedTo + u'~');
    }
    f.textOnly = f.textJoined && conditions.size() == 1;
    if (!conditions.isEmpty())
        f.fromWhere += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return f;
}

// What a list is sorted on: one key expression, whether it compares case-blind, and the
// directions of the key and of the id that breaks ties.
struct Order
{
    QString key;
    bool caseBlind = false;
    QString keyDir, idDir;

    // " ORDER BY key dir, id dir" with `key` and `id` standing for the key and the id columns.
    [[nodiscard]] QString clause(const QString &keyColumn, const QString &idColumn,
                                 const SqlDialect &dialect) const
    {
        // The id breaks ties so that pages neither repeat nor skip rows.
        return QStringLiteral(" ORDER BY ") + (caseBlind ? dialect.caseInsensitive(keyColumn) : keyColumn)
               + keyDir + QStringLiteral(", ") + idColumn + idDir;
    }
};

Order orderFor(const ArticleQuery &q, const Filter &filter, const SqlDialect &dialect)
{
    const QString dir = q.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    switch (q.sort) {
    case ArticleQuery::Sort::Title:
        return {QStringLiteral("a.title"), true, dir, dir};
    case ArticleQuery::Sort::Outlet:
        return {QStringLiteral("a.outlet"), true, dir, dir};
    case ArticleQuery::Sort::Language:
        return {QStringLiteral("a.language"), false, dir, dir};
    // The counts are computed for every row the filter keeps (the findings index makes each
    // one a short range scan): slower than a column, about 0.3 s for 100,000 articles once the
    // file is in the page cache.
    case ArticleQuery::Sort::Amounts:
        return {amountCount, false, dir, dir};
    case ArticleQuery::Sort::Deals:
        return {dealCount, false, dir, dir};
    case ArticleQuery::Sort::Review:
        return {QStringLiteral("CASE a.review_state WHEN 'unreviewed' THEN 0 WHEN 'in_progress' THEN 1 "
                               "ELSE 2 END"),
                false, dir, dir};
    case ArticleQuery::Sort::Relevance:
        if (filter.textJoined) {
            // The relevance expression is smallest for the best match.
            return {dialect.relevanceOrder(), false,
                    q.descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"), dir};
        }
        [[fallthrough]];
    case ArticleQuery::Sort::Published:
        break;
    }
    return {QStringLiteral("a.published"), false, dir, dir};
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(v);
}

QByteArray hashOf(const Article &a)
{
    if (!a.contentHash.isEmpty())
        return a.contentHash;
    return QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

StoreResult<ImportCounts> ArticleTable::insert(const QList<Article> &batch,
                                               QList<qint64> *ids) const
{
    // ON CONFLICT DO NOTHING is both SQLite (3.24+) and PostgreSQL; it also catches a hash
    // repeated inside the batch, since earlier rows are already in the table.
    QSqlQuery q(m_context.db);
    if (!q.prepare(QStringLiteral(
            "INSERT INTO articles (source_id, title, author, outlet, published, language, body, "
            "metadata_ranges, source_path, format, content_hash, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (content_hash) DO NOTHING")))
        return m_context.error(QStringLiteral("preparing the import"), q);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    ImportCounts counts;
    for (const Article &a : batch) {
        q.addBindValue(SqlContext::text(a.id));
        q.addBindValue(SqlContext::text(a.title));
        q.addBindValue(SqlContext::text(a.author));
        q.addBindValue(SqlContext::text(a.outlet));
        q.addBindValue(SqlContext::text(a.published));
        q.addBindValue(SqlContext::text(a.language));
        q.addBindValue(SqlContext::text(a.text));
        q.addBindValue(encodeRanges(a.metadataRanges));
        q.addBindValue(SqlContext::text(a.sourcePath));
        q.addBindValue(SqlContext::text(a.format));
        q.addBindValue(hashOf(a));
        q.addBindValue(now);
        if (auto failed = m_context.exec(q, QStringLiteral("importing ") + a.sourcePath))
            return *failed;
        const bool added = q.numRowsAffected() > 0;
        if (added)
            ++counts.added;
        else
            ++counts.duplicates;
        if (ids)
            ids->append(added ? q.lastInsertId().toLongLong() : 0);
    }
    return counts;
}

StoreResult<qint64> ArticleTable::count(const ArticleQuery &filter) const
{
    const Filter f = filterFor(filter, *m_context.dialect);
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(f.textOnly ? m_context.dialect->textMatchCount() : QStringLiteral("SELECT COUNT(*)") + f.fromWhere))
        return m_context.error(QStringLiteral("counting articles"), q);
    bindAll(q, f.values);
    if (auto failed = m_context.exec(q, QStringLiteral("counting articles")))
        return *failed;
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

StoreResult<QList<ArticleSummary>> ArticleTable::page(const ArticleQuery &query) const
{
    const SqlDialect &dialect = *m_context.dialect;
    const Filter f = filterFor(query, dialect);
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // The page's ids first, then their list columns: the per-article counts are computed for
    // the rows of the page only, not for every match a sort has to look at (a search sorted
    // by relevance at 100,000 articles went from 1.4 s to a few hundred ms).
    const Order order = orderFor(query, f, dialect);
    // A search alone, by relevance: ranked in the full-text index without joining each match to
    // its article row first (100,000 articles, 52,000 matches: 160-200 ms down to 60-70 ms).
    const bool rankedInIndex = f.textOnly && query.sort == ArticleQuery::Sort::Relevance;
    const QString page = (rankedInIndex ? dialect.textMatchPage()
                                        : QStringLiteral("SELECT a.id AS pid, ") + order.key
                                              + QStringLiteral(" AS k") + f.fromWhere)
                         + order.clause(order.key, rankedInIndex ? QStringLiteral("rowid") : QStringLiteral("a.id"),
                                        dialect)
                         + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString sql = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM (") + page
                        + QStringLiteral(") p JOIN articles a ON a.id = p.pid")
                        + order.clause(QStringLiteral("p.k"), QStringLiteral("a.id"), dialect);
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("listing articles"), q);
    bindAll(q, f.values);
    q.addBindValue(std::max(0, query.limit));
    q.addBindValue(std::max(0, query.offset));
    if (auto failed = m_context.exec(q, QStringLiteral("listing articles")))
        return *failed;
    QList<ArticleSummary> rows;
    rows.reserve(std::min(std::max(0, query.limit), 1000));
    while (q.next())
        rows.append(summaryFrom(q));
    return rows;
}

StoreResult<std::optional<Article>> ArticleTable::fetch(qint64 id) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral(
            "SELECT source_id, title, author, outlet, published, language, body, "
            "metadata_ranges, source_path, format, content_hash FROM articles WHERE id = ?")))
        return m_context.error(QStringLiteral("reading an article"), q);
    q.addBindValue(id);
    if (auto failed = m_context.exec(q, QStringLiteral("reading an article")))
        return *failed;
    if (!q.next())
        return std::optional<Article>();
    Article a;
    a.id = q.value(0).toString();
    a.title = q.value(1).toString();
    a.author = q.value(2).toString();
    a.outlet = q.value(3).toString();
    a.published = q.value(4).toString();
    a.language = q.value(5).toString();
    a.text = q.value(6).toString();
    const auto ranges = decodeRanges(q.value(7).toString());
    if (!ranges) {
        return StoreError{m_context.file, QStringLiteral("article %1 has damaged metadata ranges")
                                              .arg(id)};
    }
    a.metadataRanges = *ranges;
    a.sourcePath = q.value(8).toString();
    a.format = q.value(9).toString();
    a.contentHash = q.value(10).toByteArray();
    return std::optional<Article>(std::move(a));
}

StoreResult<QList<SearchHit>> ArticleTable::search(const QString &text, int limit) const
{
    const SqlDialect &dialect = *m_context.dialect;
    const auto match = dialect.matchExpression(text);
    if (!match || limit <= 0)
        return QList<SearchHit>();
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(", ")
                        + dialect.snippet() + QStringLiteral(", ") + dialect.relevanceOrder()
                        + QStringLiteral(" FROM articles a ") + dialect.textJoin()
                        + QStringLiteral(" WHERE ") + dialect.textCondition()
                        + QStringLiteral(" ORDER BY ") + dialect.relevanceOrder()
                        + QStringLiteral(", a.id LIMIT ?");
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("searching"), q);
    q.addBindValue(*match);
    q.addBindValue(limit);
    if (auto failed = m_context.exec(q, QStringLiteral("searching for ") + text))
        return *failed;
    QList<SearchHit> hits;
    while (q.next()) {
        hits.append({summaryFrom(q), q.value(summaryColumnCount).toString(),
                     -q.value(summaryColumnCount + 1).toDouble()});
    }
    return hits;
}

StoreResult<QString> ArticleTable::snippet(qint64 id, const QString &text) const
{
    const SqlDialect &dialect = *m_context.dialect;
    const auto match = dialect.matchExpression(text);
    if (!match)
        return QString();
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    // The rowid condition first lets the index answer one row instead of every match.
    const QString sql = QStringLiteral("SELECT ") + dialect.snippet()
                        + QStringLiteral(" FROM articles a ") + dialect.textJoin()
                        + QStringLiteral(" WHERE a.id = ? AND ") + dialect.textCondition();
    if (!q.prepare(sql))
        return m_context.error(QStringLiteral("reading a snippet"), q);
    q.addBindValue(id);
    q.addBindValue(*match);
    if (auto failed = m_context.exec(q, QStringLiteral("reading a snippet")))
        return *failed;
    return q.next() ? q.value(0).toString() : QString();
}

StoreResult<std::optional<QString>> ArticleTable::body(qint64 id) const
{
    QSqlQuery q(m_context.db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT body FROM articles WHERE id = ?")))
        return m_context.error(QStringLiteral("reading an article"), q);
    q.addBindValue(id);
    if (auto failed = m_context.exec(q, QStringLiteral("reading an article")))
        return *failed;
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

ArticleFilterSql articleFilterSql(const ArticleQuery &filter, const SqlDialect &dialect)
{
    Filter f = filterFor(filter, dialect);
    return {std::move(f.fromWhere), std::move(f.values)};
}

} // namespace dealdesk
