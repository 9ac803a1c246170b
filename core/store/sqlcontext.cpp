#include "core/store/sqlcontext.h"

#include "core/store/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <atomic>

namespace dealdesk {

QString uniqueConnectionName()
{
    static std::atomic<quint64> next{0};
    return QStringLiteral("dealdesk-store-%1").arg(next.fetch_add(1));
}

StoreError SqlContext::error(const QString &doing, const QSqlQuery &query) const
{
    QString reason = query.lastError().text().trimmed();
    if (reason.isEmpty())
        reason = QStringLiteral("unknown database error");
    return StoreError{file, doing + QStringLiteral(" failed: ") + reason};
}

std::optional<StoreError> SqlContext::exec(QSqlQuery &query, const QString &doing) const
{
    if (query.exec())
        return std::nullopt;
    return error(doing, query);
}

std::optional<StoreError> SqlContext::exec(const QString &sql, const QString &doing) const
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return error(doing, query);
    return exec(query, doing);
}

QString SqlContext::text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    if (auto failed = m_context.exec(QStringLiteral("ROLLBACK"), QStringLiteral("rollback")))
        qWarning().noquote() << failed->message();
}

std::optional<StoreError> WriteTransaction::begin()
{
    auto failed = m_context.exec(m_context.dialect->beginWrite(), QStringLiteral("begin"));
    m_open = !failed;
    return failed;
}

std::optional<StoreError> WriteTransaction::commit()
{
    auto failed = m_context.exec(QStringLiteral("COMMIT"), QStringLiteral("commit"));
    if (!failed)
        m_open = false;
    return failed;
}

} // namespace dealdesk
