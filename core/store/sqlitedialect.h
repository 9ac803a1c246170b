#pragma once
// The SQLite side of SqlDialect: the schema as SQLite DDL, FTS5 (external content table kept
// in step by triggers, bm25, snippet) and the PRAGMAs every connection starts with.

#include "core/store/sqldialect.h"

namespace dealdesk {

class SqliteDialect final : public SqlDialect
{
public:
    [[nodiscard]] QList<QStringList> migrations() const override;
    [[nodiscard]] QString beginWrite() const override;
    [[nodiscard]] QString textJoin() const override;
    [[nodiscard]] QString textCondition() const override;
    [[nodiscard]] QString relevanceOrder() const override;
    [[nodiscard]] QString snippet() const override;
    [[nodiscard]] std::optional<QString> matchExpression(QStringView userText) const override;
    [[nodiscard]] QString textMatchCount() const override;
    [[nodiscard]] QString textMatchPage() const override;
    [[nodiscard]] QString jsonText(const QString &column, const QString &key) const override;
    [[nodiscard]] QString caseInsensitive(const QString &column) const override;

    // Run on every read-write connection before anything else.
    [[nodiscard]] static QStringList connectionPragmas();
    // Run on a read-write connection before it closes.
    [[nodiscard]] static QStringList closingPragmas();
    // QSqlDatabase::setConnectOptions() for a read-write and for a read-only connection.
    [[nodiscard]] static QString connectOptions(bool readOnly);
};

} // namespace dealdesk
