#pragma once
// What the portable query code needs to talk to one database: the connection, the dialect
// of its backend and the corpus file to name in errors. Plus the few helpers every table
// class uses to run a statement and turn a failure into a StoreError.

#include "core/store/storeresult.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace dealdesk {

class SqlDialect;

struct SqlContext
{
    QSqlDatabase db;
    const SqlDialect *dialect = nullptr;
    QString file;

    // A StoreError naming the file, what we were doing and the driver's reason.
    [[nodiscard]] StoreError error(const QString &doing, const QSqlQuery &query) const;
    // Executes an already prepared and bound query.
    [[nodiscard]] std::optional<StoreError> exec(QSqlQuery &query, const QString &doing) const;
    // Prepares and executes one statement without bound values.
    [[nodiscard]] std::optional<StoreError> exec(const QString &sql, const QString &doing) const;
    // A QString that binds as '' rather than NULL (a null QString binds as NULL).
    [[nodiscard]] static QString text(const QString &s);
};

// A connection name no other QSqlDatabase in the process uses ("dealdesk-store-N").
[[nodiscard]] QString uniqueConnectionName();

// A write transaction that rolls back unless committed, so an early return cannot leave one
// open. begin() uses the dialect's write-lock form.
class WriteTransaction
{
public:
    explicit WriteTransaction(const SqlContext &context) : m_context(context) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    [[nodiscard]] std::optional<StoreError> begin();
    [[nodiscard]] std::optional<StoreError> commit();

private:
    const SqlContext &m_context;
    bool m_open = false;
};

// Runs `edit` (returning a StoreResult<T>) inside one write transaction: everything it wrote
// is committed, or nothing when it (or the commit) fails.
template<class T, class Edit>
[[nodiscard]] StoreResult<T> inWriteTransaction(const SqlContext &context, Edit &&edit)
{
    WriteTransaction transaction(context);
    if (auto failed = transaction.begin())
        return *failed;
    StoreResult<T> result = edit();
    if (!result.ok())
        return result;
    if (auto failed = transaction.commit())
        return *failed;
    return result;
}

} // namespace dealdesk
