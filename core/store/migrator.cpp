#include "core/store/migrator.h"

#include "core/store/sqldialect.h"

#include <QSqlQuery>
#include <QVariant>

namespace dealdesk {

StoreResult<int> readSchemaVersion(const SqlContext &context)
{
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")))
        return context.error(QStringLiteral("reading the schema version"), q);
    if (!q.next())
        return StoreError{context.file, QStringLiteral("the corpus has no schema version")};
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 0)
        return StoreError{context.file, QStringLiteral("the schema version \"%1\" is not a number")
                                            .arg(q.value(0).toString())};
    return version;
}

StoreResult<int> migrate(const SqlContext &context, int fromVersion)
{
    const QList<QStringList> steps = context.dialect->migrations();
    if (fromVersion >= steps.size())
        return fromVersion;
    WriteTransaction transaction(context);
    if (auto failed = transaction.begin())
        return *failed;
    // Another instance may have migrated between our look and the write lock.
    int version = fromVersion;
    if (fromVersion > 0) {
        auto current = readSchemaVersion(context);
        if (!current.ok())
            return current.error();
        version = current.value();
    }
    for (; version < steps.size(); ++version) {
        const QString doing = QStringLiteral("upgrading the corpus to schema version %1")
                                  .arg(version + 1);
        for (const QString &statement : steps[version]) {
            if (auto failed = context.exec(statement, doing))
                return *failed;
        }
        QSqlQuery setVersion(context.db);
        if (!setVersion.prepare(
                QStringLiteral("UPDATE meta SET value = ? WHERE key = 'schema_version'")))
            return context.error(doing, setVersion);
        setVersion.addBindValue(QString::number(version + 1));
        if (auto failed = context.exec(setVersion, doing))
            return *failed;
    }
    if (auto failed = transaction.commit())
        return *failed;
    return version;
}

} // namespace dealdesk
