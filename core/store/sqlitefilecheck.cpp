#include "core/store/sqlitefilecheck.h"

#include "core/store/migrator.h"
#include "core/store/sqlcontext.h"
#include "core/store/sqlitedialect.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dealdesk {
namespace {

// Every SQLite 3 database starts with these 16 bytes; its header is 100 bytes long.
constexpr QByteArrayView sqliteMagic("SQLite format 3\0", 16);
constexpr qint64 sqliteHeaderSize = 100;

StoreResult<int> inspectOpen(const SqlContext &context)
{
    QSqlQuery q(context.db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "ORDER BY name"))) {
        return StoreError{context.file, QStringLiteral("the file is damaged or not a database (%1)")
                                            .arg(q.lastError().text().trimmed())};
    }
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (tables.isEmpty())
        return 0;
    const QString notOurs = QStringLiteral(
        "this is not a Dealdesk corpus but another program's database (tables: %1)");
    if (!tables.contains(QStringLiteral("meta")))
        return StoreError{context.file, notOurs.arg(tables.join(QStringLiteral(", ")))};
    QSqlQuery app(context.db);
    if (!app.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'application'"))
        || !app.next() || app.value(0).toString() != QStringLiteral("dealdesk"))
        return StoreError{context.file, notOurs.arg(tables.join(QStringLiteral(", ")))};
    return readSchemaVersion(context);
}

} // namespace

StoreResult<int> inspectSqliteCorpus(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{path, QStringLiteral("cannot read the file: ") + file.errorString()};
    if (file.size() == 0)
        return 0;
    const QByteArray header = file.read(sqliteHeaderSize);
    file.close();
    if (header.size() < sqliteHeaderSize || !header.startsWith(sqliteMagic))
        return StoreError{path, QStringLiteral("this is not a Dealdesk corpus: the file is not "
                                               "an SQLite database (damaged, or another kind "
                                               "of file)")};

    const QString name = uniqueConnectionName();
    StoreResult<int> result = 0;
    {
        SqlContext context{QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name), nullptr,
                           path};
        context.db.setConnectOptions(SqliteDialect::connectOptions(true));
        context.db.setDatabaseName(path);
        if (!context.db.open()) {
            result = StoreError{path, QStringLiteral("cannot open the database: ")
                                          + context.db.lastError().text().trimmed()};
        } else {
            result = inspectOpen(context);
        }
        context.db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace dealdesk
