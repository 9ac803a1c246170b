#pragma once
// What differs between the SQL backends, kept small so that the queries in articletable.cpp,
// findingtable.cpp and migrator.cpp stay portable: schema DDL, full-text search, case-folded
// ordering and how a write transaction begins. SqliteDialect is the one implementation today;
// a PostgreSQL one (tsvector, ts_rank, ts_headline) plugs in beside it.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // Schema steps: element i brings a corpus from version i to version i + 1, one statement
    // per string. The meta table (key, value) with "schema_version" is created by step 0.
    [[nodiscard]] virtual QList<QStringList> migrations() const = 0;
    // Starts a transaction that will write, taking the write lock up front.
    [[nodiscard]] virtual QString beginWrite() const = 0;

    // The full-text part of a query over `articles a`: a join clause, a condition taking
    // one bound value (matchExpression's result), an expression ordering best matches first
    // when ascending, and a snippet with matches inside « ».
    [[nodiscard]] virtual QString textJoin() const = 0;
    [[nodiscard]] virtual QString textCondition() const = 0;
    [[nodiscard]] virtual QString relevanceOrder() const = 0;
    [[nodiscard]] virtual QString snippet() const = 0;
    // A person's search text as the backend's match syntax, safe against its operators;
    // nullopt when it holds nothing searchable (only punctuation, say).
    [[nodiscard]] virtual std::optional<QString> matchExpression(QStringView userText) const = 0;

    // A statement counting the articles whose text matches one bound expression, when no
    // other filter applies: the index alone answers it.
    [[nodiscard]] virtual QString textMatchCount() const = 0;
    // The same for a page ranked by relevance: SELECT of the article ids as `pid` and
    // relevanceOrder() as `k` for the bound expression, to which ORDER BY and LIMIT are added.
    [[nodiscard]] virtual QString textMatchPage() const = 0;

    // The text at top-level `key` of the JSON object in `column` (a finding's payload), as
    // an expression; `key` is a constant of the code, never user text.
    [[nodiscard]] virtual QString jsonText(const QString &column, const QString &key) const = 0;

    // `column` as an ORDER BY term that ignores letter case.
    [[nodiscard]] virtual QString caseInsensitive(const QString &column) const = 0;
};

} // namespace dealdesk
