#pragma once
// Helpers shared by the store suites: articles written for these tests (never taken from the
// dev corpus), a fresh corpus in a temporary folder, and printing for QCOMPARE.

#include "core/store/sqlitecorpusstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dealdesk::testutil {

inline Article makeArticle(const QString &title, const QString &body, const QString &outlet = {},
                           const QString &published = {}, const QString &language = {})
{
    Article a;
    a.title = title;
    a.text = title.isEmpty() ? body : title + u'\n' + body;
    a.outlet = outlet;
    a.published = published;
    a.language = language;
    a.sourcePath = QStringLiteral("/corpus/") + title.toLower().replace(u' ', u'-')
                   + QStringLiteral(".txt");
    a.id = a.sourcePath;
    a.format = QStringLiteral("txt");
    a.contentHash = QCryptographicHash::hash(a.text.toUtf8(), QCryptographicHash::Sha256);
    return a;
}

// Opens (creating) `name` inside `dir`; fails the calling test when that is not possible.
inline std::unique_ptr<SqliteCorpusStore> openStore(const QTemporaryDir &dir,
                                                    const QString &name = QStringLiteral(
                                                        "test.dealdesk"))
{
    auto opened = SqliteCorpusStore::open(dir.filePath(name),
                                          SqliteCorpusStore::OpenMode::CreateIfMissing);
    if (!opened.ok()) {
        qWarning().noquote() << opened.error().message();
        return nullptr;
    }
    return std::move(opened).value();
}

// Runs raw SQL on the file through a connection of its own, as another program (or older
// Dealdesk code) would; returns the first error text, empty when all statements ran.
inline QString runRawSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-test-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            error = QStringLiteral("cannot open");
        } else {
            for (const QString &sql : statements) {
                QSqlQuery q(db);
                if (!q.exec(sql)) {
                    error = sql + QStringLiteral(": ") + q.lastError().text();
                    break;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// The bytes and modification time of a file, to prove that opening it changed nothing.
struct FileSnapshot
{
    QByteArray bytes;
    QDateTime modified;
    qint64 size = -1;
    bool sidecars = false; // a -wal or -shm file beside it

    static FileSnapshot of(const QString &path)
    {
        FileSnapshot s;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            s.bytes = f.readAll();
        const QFileInfo info(path);
        s.modified = info.lastModified();
        s.size = info.size();
        s.sidecars = QFileInfo::exists(path + QStringLiteral("-wal"))
                     || QFileInfo::exists(path + QStringLiteral("-shm"));
        return s;
    }
    friend bool operator==(const FileSnapshot &, const FileSnapshot &) = default;
};

} // namespace dealdesk::testutil

namespace dealdesk {

inline char *toString(const ImportCounts &c)
{
    return QTest::toString(QStringLiteral("{added %1, duplicates %2}").arg(c.added).arg(c.duplicates));
}

inline char *toString(const TextRange &r)
{
    return QTest::toString(QStringLiteral("[%1, %2)").arg(r.start).arg(r.end));
}

inline char *toString(const Article &a)
{
    return QTest::toString(QStringLiteral("Article{id=%1 title=%2 author=%3 outlet=%4 "
                                          "published=%5 language=%6 format=%7 ranges=%8 "
                                          "text=%9}")
                               .arg(a.id, a.title, a.author, a.outlet, a.published, a.language,
                                    a.format, QString::number(a.metadataRanges.size()),
                                    a.text.left(60)));
}

} // namespace dealdesk
