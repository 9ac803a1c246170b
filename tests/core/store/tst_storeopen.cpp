// Opening corpus files: new, existing, upgraded from schema 1, and refused (damaged, not
// SQLite, another program's database, a newer schema) without changing a byte. Two
// instances on one file, one writing while the other reads.

#include "storetestutil.h"

#include "core/store/articlefilter.h"
#include "core/store/sqlitedialect.h"

#include <QRandomGenerator>
#include <QThread>

#include <atomic>

using namespace dealdesk;
using namespace dealdesk::testutil;

namespace {

// The schema as the version 1 code wrote it, statement for statement. Deliberately a copy,
// not a call into the store: the migration must work on what old files really hold.
const QStringList schemaV1{
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs,
    u"INSERT INTO meta (key, value) VALUES ('application', 'dealdesk'), ('schema_version', '1')"_qs,
    u"CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', "
    "author TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '', "
    "published TEXT NOT NULL DEFAULT '', language TEXT NOT NULL DEFAULT '', body TEXT NOT NULL, "
    "metadata_ranges TEXT NOT NULL DEFAULT '[]', source_path TEXT NOT NULL DEFAULT '', "
    "format TEXT NOT NULL DEFAULT '', content_hash BLOB NOT NULL UNIQUE, "
    "imported_at TEXT NOT NULL)"_qs,
    u"CREATE INDEX articles_published ON articles (published)"_qs,
    u"CREATE INDEX articles_outlet ON articles (outlet)"_qs,
    u"CREATE INDEX articles_language ON articles (language)"_qs,
    u"CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_qs,
    u"CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts "
    "(rowid, title, body) VALUES (new.id, new.title, new.body); END"_qs,
    u"CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN INSERT INTO articles_fts "
    "(articles_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body); END"_qs,
    u"CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN "
    "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
    "VALUES ('delete', old.id, old.title, old.body); INSERT INTO articles_fts (rowid, title, body) "
    "VALUES (new.id, new.title, new.body); END"_qs,
};

QString buildV1Corpus(const QString &path)
{
    QStringList sql = schemaV1;
    sql << u"INSERT INTO articles (title, author, outlet, published, language, body, "
           "metadata_ranges, source_path, format, content_hash, imported_at) VALUES "
           "('Vecchio articolo già importato', 'Anna Bianchi', 'Il Foglio Finto', '2024-06-01', "
           "'it', 'Vecchio articolo già importato\nDi: Anna Bianchi\nIl consorzio Gabbiano "
           "raccoglie 7 milioni.', '[[31,47]]', '/vecchio/uno.txt', 'txt', x'0102', "
           "'2024-06-02T08:00:00.000Z')"_qs
        << u"INSERT INTO articles (title, body, source_path, format, content_hash, imported_at) "
           "VALUES ('Second 🚀 item', 'Second 🚀 item\nA short English body.', "
           "'/old/feed.xml', 'rss', x'0304', '2024-06-02T08:00:01.000Z')"_qs;
    return runRawSql(path, sql);
}

// The steps the version 2 code added, statement for statement (a copy, like schemaV1).
const QStringList schemaV2Steps{
    u"ALTER TABLE articles ADD COLUMN source_id TEXT NOT NULL DEFAULT ''"_qs,
    u"UPDATE articles SET source_id = source_path"_qs,
    u"ALTER TABLE articles ADD COLUMN review_state TEXT NOT NULL DEFAULT 'unreviewed'"_qs,
    u"CREATE INDEX articles_title ON articles (title COLLATE NOCASE)"_qs,
    u"CREATE INDEX articles_outlet_nocase ON articles (outlet COLLATE NOCASE)"_qs,
    u"DROP INDEX articles_language"_qs,
    u"DROP INDEX articles_outlet"_qs,
    u"CREATE INDEX articles_language_published ON articles (language, published)"_qs,
    u"CREATE INDEX articles_outlet_published ON articles (outlet, published)"_qs,
    u"CREATE TABLE findings (id INTEGER PRIMARY KEY, "
    "article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
    "kind TEXT NOT NULL CHECK (kind IN ('entity', 'amount', 'date', 'deal')), "
    "range_start INTEGER NOT NULL, range_end INTEGER NOT NULL, text TEXT NOT NULL DEFAULT '', "
    "payload TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending' "
    "CHECK (state IN ('pending', 'accepted', 'rejected')), origin TEXT NOT NULL DEFAULT 'machine' "
    "CHECK (origin IN ('machine', 'person')), created_at TEXT NOT NULL)"_qs,
    u"CREATE INDEX findings_article ON findings (article_id, kind, state)"_qs,
};

// A corpus as the version 2 code left it: two articles, one reviewed, with findings a
// journalist has decided on.
QString buildV2Corpus(const QString &path)
{
    QStringList sql = schemaV1;
    sql << schemaV2Steps
        << u"UPDATE meta SET value = '2' WHERE key = 'schema_version'"_qs
        << u"INSERT INTO articles (id, source_id, title, body, source_path, format, content_hash, "
           "imported_at, review_state) VALUES (1, 'a', 'Corvo compra Gufo', 'Corvo compra Gufo per "
           "3 milioni.', '/a.txt', 'txt', x'01', '2025-01-01T00:00:00.000Z', 'reviewed')"_qs
        << u"INSERT INTO articles (id, source_id, title, body, source_path, format, content_hash, "
           "imported_at) VALUES (2, 'b', 'Gufo 🦉 cresce', 'Gufo 🦉 cresce ancora.', '/b.txt', 'txt', "
           "x'02', '2025-01-02T00:00:00.000Z')"_qs
        << u"INSERT INTO findings (article_id, kind, range_start, range_end, text, payload, state, "
           "origin, created_at) VALUES "
           "(1, 'entity', 0, 5, 'Corvo', '{\"canonical\":\"Corvo\",\"type\":\"ORG\"}', 'accepted', "
           "'machine', '2025-01-01T00:00:00.000Z'), "
           "(1, 'entity', 13, 17, 'Gufo', '{\"canonical\":\"Gufo\",\"type\":\"ORG\"}', 'pending', "
           "'machine', '2025-01-01T00:00:00.000Z'), "
           "(2, 'entity', 0, 4, 'Gufo', '{\"canonical\":\"Gufo\",\"type\":\"ORG\"}', 'rejected', "
           "'machine', '2025-01-01T00:00:00.000Z'), "
           "(2, 'entity', 0, 4, 'Gufo', '{\"canonical\":\"Gufo\",\"type\":\"ORG\"}', 'accepted', "
           "'person', '2025-01-01T00:00:00.000Z')"_qs;
    return runRawSql(path, sql);
}

// The rows of EXPLAIN QUERY PLAN for `sql` with `values` bound, on a connection of its own.
QStringList queryPlan(const QString &path, const QString &sql, const QVariantList &values)
{
    QStringList plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"plan"_qs);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.prepare(u"EXPLAIN QUERY PLAN "_qs + sql)) {
                for (const QVariant &v : values)
                    q.addBindValue(v);
                if (q.exec()) {
                    while (q.next())
                        plan << q.value(3).toString();
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plan"_qs);
    return plan;
}

QByteArray randomBytes(qsizetype n, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray bytes(n, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(gen.bounded(256));
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestStoreOpen : public QObject
{
    Q_OBJECT

private slots:
    void newCorpus();
    void reopenKeepsData();
    void emptyFileBecomesACorpus();
    void migrationV1toV2();
    void migrationV2toV3();
    void entityFilterUsesItsIndex_data();
    void entityFilterUsesItsIndex();
    void refusedPaths_data();
    void refusedPaths();
    void damagedFilesAreUntouched_data();
    void damagedFilesAreUntouched();
    void foreignDatabasesAreUntouched_data();
    void foreignDatabasesAreUntouched();
    void newerSchemaIsRefused();
    void connectionsAreRemoved();
    void twoInstancesOneThread();
    void writerThreadAndReader();
    void twoWriterThreads();
};

void TestStoreOpen::newCorpus()
{
    QTemporaryDir dir;
    auto store = openStore(dir);
    QVERIFY(store);
    QCOMPARE(store->schemaVersion(), 3);
    QCOMPARE(SqliteCorpusStore::currentSchemaVersion(), 3);
    QCOMPARE(store->path(), dir.filePath(u"test.dealdesk"_qs));
    QCOMPARE(store->articleCount(), qint64(0));
    // WAL is a property of the file: it stays after the store is gone.
    store.reset();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check-wal"_qs);
    db.setDatabaseName(dir.filePath(u"test.dealdesk"_qs));
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_qs);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"check-wal"_qs);
}

void TestStoreOpen::reopenKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.dealdesk"_qs);
    {
        auto store = openStore(dir, u"keep.dealdesk"_qs);
        QVERIFY(store);
        QVERIFY(store->addArticles({makeArticle(u"Resta"_qs, u"Questo articolo resta."_qs)}).ok());
    }
    auto reopened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->articleCount(), qint64(1));
    QCOMPARE(reopened.value()->search(u"resta"_qs).size(), 1);
}

void TestStoreOpen::emptyFileBecomesACorpus()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.dealdesk"_qs);
    QVERIFY(writeFile(path, {}));
    auto store = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message()));
    QCOMPARE(store.value()->schemaVersion(), 3);
}

void TestStoreOpen::migrationV1toV2()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.dealdesk"_qs);
    QCOMPARE(buildV1Corpus(path), QString());

    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    auto &store = opened.value();
    QCOMPARE(store->schemaVersion(), 3);
    QCOMPARE(store->articleCount(), qint64(2));

    ArticleQuery byTitle;
    byTitle.sort = ArticleQuery::Sort::Title;
    byTitle.descending = false;
    const QList<ArticleSummary> list = store->articles(byTitle);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].title, u"Second 🚀 item"_qs);
    QCOMPARE(toString(list[0].reviewState), toString(ReviewState::Unreviewed));
    QCOMPARE(list[1].dealCount, 0);

    const auto old = store->article(list[1].id);
    QVERIFY(old);
    QCOMPARE(old->title, u"Vecchio articolo già importato"_qs);
    QCOMPARE(old->author, u"Anna Bianchi"_qs);
    QCOMPARE(old->outlet, u"Il Foglio Finto"_qs);
    QCOMPARE(old->published, u"2024-06-01"_qs);
    QCOMPARE(old->language, u"it"_qs);
    QVERIFY(old->text.endsWith(u"raccoglie 7 milioni."_qs));
    QCOMPARE(old->metadataRanges, (QList<TextRange>{{31, 47}}));
    QCOMPARE(old->sourcePath, u"/vecchio/uno.txt"_qs);
    QCOMPARE(old->id, u"/vecchio/uno.txt"_qs); // version 1 had no id: the path stands in
    QCOMPARE(old->format, u"txt"_qs);
    QCOMPARE(old->contentHash, QByteArray::fromHex("0102"));

    // The old full-text index still answers, and the new tables work.
    QCOMPARE(store->search(u"Gabbiano"_qs).size(), 1);
    Findings f;
    f.amounts = {{{70, 80}, u"7 milioni"_qs, Money{u"EUR"_qs, 7e6, 7e6, Qualifier::Exact},
                  MoneyRole::Investment}};
    QVERIFY(store->saveFindings(list[1].id, f).ok());
    QCOMPARE(store->articles(byTitle)[1].amountCount, 1);
    // A new article with an old article's hash is still a duplicate after the upgrade.
    Article again = makeArticle(u"x"_qs, u"y"_qs);
    again.contentHash = QByteArray::fromHex("0304");
    QCOMPARE(store->addArticles({again}).value(), (ImportCounts{0, 1}));

    // Opening again finds the current version and migrates nothing.
    store.reset();
    auto again2 = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(again2.ok());
    QCOMPARE(again2.value()->schemaVersion(), 3);
    QCOMPARE(again2.value()->findings(list[1].id).amounts.size(), 1);
}

void TestStoreOpen::migrationV2toV3()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.dealdesk"_qs);
    QCOMPARE(buildV2Corpus(path), QString());

    auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message()));
    auto &store = opened.value();
    QCOMPARE(store->schemaVersion(), 3);
    QCOMPARE(store->articleCount(), qint64(2));

    // What version 2 held is all there; the new columns start empty.
    ArticleQuery byTitle;
    byTitle.sort = ArticleQuery::Sort::Title;
    byTitle.descending = false;
    const QList<ArticleSummary> list = store->articles(byTitle);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].title, u"Corvo compra Gufo"_qs);
    QCOMPARE(toString(list[0].reviewState), toString(ReviewState::Reviewed));
    QCOMPARE(list[0].reviewedBy, QString());
    QCOMPARE(list[0].reviewedAt, QString());
    QCOMPARE(store->articleNote(1), QString());
    QCOMPARE(store->history(1).size(), 0);
    const QList<FindingRecord> one = store->findingRecords(1);
    QCOMPARE(one.size(), 2);
    QCOMPARE(toString(one[0].state), toString(FindingState::Accepted));
    QCOMPARE(one[0].note, QString());
    QCOMPARE(one[0].editedBy, QString());
    QCOMPARE(store->findingRecords(2).size(), 2);

    // The new parts work on the old data: learned names from its decisions, edits with history.
    const QList<LearnedName> learned = store->learnedNames();
    QCOMPARE(learned.size(), 2);
    QCOMPARE(learned[0].canonical, u"Corvo"_qs);
    QCOMPARE(learned[1].canonical, u"Gufo"_qs); // the person-made one of article 2
    QCOMPARE(store->canonicalNames(), (QStringList{u"Corvo"_qs, u"Gufo"_qs}));
    store->setEditor(u"Lena"_qs);
    QVERIFY(store->setFindingState(one[1].id, FindingState::Accepted).ok());
    const auto renamed = store->renameEntity(EntityType::Org, u"Gufo"_qs, u"Gufo Spa"_qs);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.value().findings, 3);
    QCOMPARE(store->history(1).size(), 2);
    QCOMPARE(store->history(2).size(), 1);

    // Opening again finds version 3 and migrates nothing.
    store.reset();
    auto again = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(again.ok());
    QCOMPARE(again.value()->schemaVersion(), 3);
    QCOMPARE(again.value()->history(1).size(), 2);
    QCOMPARE(again.value()->findingRecords(1)[1].editedBy, u"Lena"_qs);
}

void TestStoreOpen::entityFilterUsesItsIndex_data()
{
    QTest::addColumn<QString>("type"); // empty: any type
    QTest::addColumn<QString>("text"); // a full-text filter besides
    QTest::addRow("name") << QString() << QString();
    QTest::addRow("name and type") << u"ORG"_qs << QString();
    QTest::addRow("name and search") << QString() << u"compra"_qs;
}

void TestStoreOpen::entityFilterUsesItsIndex()
{
    QFETCH(QString, type);
    QFETCH(QString, text);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"plan.dealdesk"_qs);
    QCOMPARE(buildV2Corpus(path), QString());
    {
        auto store = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        QVERIFY(store.ok());
        ArticleQuery q;
        q.entity = u"Gufo"_qs;
        q.entityType = entityTypeFromString(type);
        q.text = text;
        // Same answer as before the index: article 1 names Gufo; article 2's mention that
        // counts was rejected, its person-made one is not.
        QCOMPARE(store.value()->articleCount(q), qint64(text.isEmpty() ? 2 : 1));
        // A corpus names many entities: with the planner's statistics (PRAGMA optimize on
        // closing) taken on a handful of rows, a scan would look as good as the index.
        Findings many;
        for (int i = 0; i < 400; ++i)
            many.entities.append({{0, 4}, u"Gufo"_qs, EntityType::Org, u"Nome %1"_qs.arg(i)});
        QVERIFY(store.value()->addArticlesWithFindings({makeArticle(u"Molti"_qs, u"Gufo e altri."_qs)},
                                                       {many})
                    .ok());
        QCOMPARE(store.value()->articleCount(q), qint64(text.isEmpty() ? 2 : 1));
    }
    ArticleQuery q;
    q.entity = u"Gufo"_qs;
    q.entityType = entityTypeFromString(type);
    q.text = text;
    const ArticleFilterSql filter = articleFilterSql(q, SqliteDialect());
    const QStringList plan = queryPlan(path, u"SELECT a.id"_qs + filter.fromWhere, filter.values);
    QVERIFY2(!plan.isEmpty(), "no plan");
    QVERIFY2(plan.join(u'\n').contains(u"findings_entity"), qPrintable(plan.join(u'\n')));
}

void TestStoreOpen::refusedPaths_data()
{
    QTest::addColumn<QString>("relative");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("reason");
    QTest::addRow("missing, existing only") << u"nope.dealdesk"_qs
                                            << int(SqliteCorpusStore::OpenMode::ExistingOnly)
                                            << u"no such corpus file"_qs;
    QTest::addRow("missing folder") << u"no/such/dir/x.dealdesk"_qs
                                    << int(SqliteCorpusStore::OpenMode::CreateIfMissing)
                                    << u"folder"_qs;
    QTest::addRow("a folder") << u"adir"_qs << int(SqliteCorpusStore::OpenMode::CreateIfMissing)
                              << u"folder"_qs;
}

void TestStoreOpen::refusedPaths()
{
    QFETCH(QString, relative);
    QFETCH(int, mode);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"adir"_qs));
    const QString path = dir.filePath(relative);
    const auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode(mode));
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().file, path);
    QVERIFY2(opened.error().reason.contains(reason), qPrintable(opened.error().reason));
    if (relative != u"adir"_qs)
        QVERIFY(!QFileInfo::exists(path));
}

void TestStoreOpen::damagedFilesAreUntouched_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    const QByteArray magic("SQLite format 3\0", 16);
    QTest::addRow("random bytes") << randomBytes(64 * 1024, 7) << u"not an SQLite database"_qs;
    QTest::addRow("a text file") << QByteArray("Questo non è un corpus.\n")
                                 << u"not an SQLite database"_qs;
    QTest::addRow("header only") << magic << u"not an SQLite database"_qs;
    QTest::addRow("SQLite header, garbage after")
        << QByteArray(magic + randomBytes(8192, 11)) << u"damaged"_qs;
}

void TestStoreOpen::damagedFilesAreUntouched()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.dealdesk"_qs);
    QVERIFY(writeFile(path, bytes));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    // An mtime in the past, so that a write within the same second would still show.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    f.close();
    const FileSnapshot before = FileSnapshot::of(path);

    for (auto mode : {SqliteCorpusStore::OpenMode::CreateIfMissing,
                      SqliteCorpusStore::OpenMode::ExistingOnly}) {
        const auto opened = SqliteCorpusStore::open(path, mode);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().file, path);
        QVERIFY2(opened.error().reason.contains(reason), qPrintable(opened.error().reason));
        QVERIFY(opened.error().message().startsWith(path));
    }
    QVERIFY(FileSnapshot::of(path) == before);
}

void TestStoreOpen::foreignDatabasesAreUntouched_data()
{
    QTest::addColumn<QStringList>("sql");
    QTest::addColumn<QString>("reason");
    QTest::addRow("another program's tables")
        << QStringList{u"CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)"_qs,
                       u"CREATE TABLE ingredients (recipe INTEGER, what TEXT)"_qs,
                       u"INSERT INTO recipes (name) VALUES ('risotto')"_qs}
        << u"another program's database (tables: ingredients, recipes)"_qs;
    QTest::addRow("a meta table that is not ours")
        << QStringList{u"CREATE TABLE meta (key TEXT, value TEXT)"_qs,
                       u"INSERT INTO meta VALUES ('owner', 'someone')"_qs}
        << u"another program's database (tables: meta)"_qs;
    QTest::addRow("a meta table of another shape")
        << QStringList{u"CREATE TABLE meta (k INTEGER)"_qs}
        << u"another program's database"_qs;
    QTest::addRow("our application, broken version")
        << QStringList{u"CREATE TABLE meta (key TEXT, value TEXT)"_qs,
                       u"INSERT INTO meta VALUES ('application', 'dealdesk')"_qs,
                       u"INSERT INTO meta VALUES ('schema_version', 'due')"_qs}
        << u"not a number"_qs;
}

void TestStoreOpen::foreignDatabasesAreUntouched()
{
    QFETCH(QStringList, sql);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_qs);
    QCOMPARE(runRawSql(path, sql), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    f.close();
    const FileSnapshot before = FileSnapshot::of(path);
    QVERIFY(!before.sidecars);

    const auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().file, path);
    QVERIFY2(opened.error().reason.contains(reason), qPrintable(opened.error().reason));
    QVERIFY(FileSnapshot::of(path) == before);
}

void TestStoreOpen::newerSchemaIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.dealdesk"_qs);
    {
        auto store = openStore(dir, u"future.dealdesk"_qs);
        QVERIFY(store);
        QVERIFY(store->addArticles({makeArticle(u"Dal futuro"_qs, u"testo"_qs)}).ok());
    }
    QCOMPARE(runRawSql(path, {u"UPDATE meta SET value = '4' WHERE key = 'schema_version'"_qs,
                              u"PRAGMA wal_checkpoint(TRUNCATE)"_qs}),
             QString());
    const FileSnapshot before = FileSnapshot::of(path);
    const auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().reason.contains(u"newer Dealdesk (schema version 4; this version "
                                            "reads up to 3)"_qs),
             qPrintable(opened.error().reason));
    QVERIFY(FileSnapshot::of(path).bytes == before.bytes);
    QCOMPARE(FileSnapshot::of(path).modified, before.modified);
}

void TestStoreOpen::connectionsAreRemoved()
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto a = openStore(dir);
        auto b = openStore(dir);
        QVERIFY(a && b);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
    }
    const auto refused = SqliteCorpusStore::open(dir.filePath(u"nope"_qs),
                                                 SqliteCorpusStore::OpenMode::ExistingOnly);
    QVERIFY(!refused.ok());
    QCOMPARE(QSqlDatabase::connectionNames(), before);
}

void TestStoreOpen::twoInstancesOneThread()
{
    QTemporaryDir dir;
    auto writer = openStore(dir);
    auto reader = openStore(dir);
    QVERIFY(writer && reader);
    QVERIFY(writer->addArticles({makeArticle(u"Visibile"_qs, u"subito all'altro"_qs)}).ok());
    QCOMPARE(reader->articleCount(), qint64(1));
    QCOMPARE(reader->search(u"subito"_qs).size(), 1);
    const qint64 id = reader->articles({}).first().id;
    Findings f;
    f.entities = {{{0, 8}, u"Visibile"_qs, EntityType::Org, u"Visibile"_qs}};
    QVERIFY(reader->saveFindings(id, f).ok()); // either may write
    QVERIFY(writer->findings(id) == f);
}

void TestStoreOpen::writerThreadAndReader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.dealdesk"_qs);
    auto reader = openStore(dir, u"shared.dealdesk"_qs);
    QVERIFY(reader);
    QTest::failOnWarning(QRegularExpression(u".*"_qs)); // no read may fail while writing

    constexpr int batches = 20;
    constexpr int perBatch = 50;
    std::atomic<int> written{0};
    QString writerError;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        // The worker's own instance, connection and thread.
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        if (!opened.ok()) {
            writerError = opened.error().message();
            return;
        }
        for (int b = 0; b < batches; ++b) {
            QList<Article> batch;
            for (int i = 0; i < perBatch; ++i)
                batch << makeArticle(u"Lotto %1 pezzo %2"_qs.arg(b).arg(i),
                                     u"Testo scritto dal lavoratore numero %1."_qs.arg(b * perBatch + i));
            const auto added = opened.value()->addArticles(batch);
            if (!added.ok()) {
                writerError = added.error().message();
                return;
            }
            written += added.value().added;
        }
    }));
    thread->start();
    qint64 last = 0;
    int reads = 0;
    while (!thread->isFinished()) {
        const qint64 now = reader->articleCount();
        QVERIFY(now >= last);   // a reader sees whole batches, never fewer than before
        QCOMPARE(now % perBatch, 0);
        last = now;
        QVERIFY(reader->articles({}).size() <= 200);
        ++reads;
    }
    QVERIFY(thread->wait(60000));
    QCOMPARE(writerError, QString());
    QCOMPARE(written.load(), batches * perBatch);
    QCOMPARE(reader->articleCount(), qint64(batches * perBatch));
    QCOMPARE(reader->search(u"lavoratore"_qs, 5000).size(), batches * perBatch);
    QVERIFY(reads > 0);
}

void TestStoreOpen::twoWriterThreads()
{
    // Two importers at once: each write transaction waits for the other (BEGIN IMMEDIATE and
    // the busy timeout) instead of failing with "database is locked".
    QTemporaryDir dir;
    const QString path = dir.filePath(u"busy.dealdesk"_qs);
    QVERIFY(openStore(dir, u"busy.dealdesk"_qs));
    QString errors[2];
    auto work = [&path, &errors](int who) {
        auto opened = SqliteCorpusStore::open(path, SqliteCorpusStore::OpenMode::ExistingOnly);
        if (!opened.ok()) {
            errors[who] = opened.error().message();
            return;
        }
        auto &store = *opened.value();
        for (int b = 0; b < 15; ++b) {
            QList<Article> batch;
            for (int i = 0; i < 40; ++i)
                batch << makeArticle(u"Scrittore %1 lotto %2 voce %3"_qs.arg(who).arg(b).arg(i),
                                     u"corpo %1 %2 %3"_qs.arg(who).arg(b).arg(i));
            const auto added = store.addArticles(batch);
            if (!added.ok()) {
                errors[who] = added.error().message();
                return;
            }
            // Read-then-write in one transaction is where a deferred BEGIN would fail.
            const qint64 id = store.articles({}).first().id;
            Findings f;
            f.dates = {{{0, 4}, u"2027"_qs, u"2027"_qs, DateGrain::Year}};
            const auto saved = store.saveFindings(id, f);
            if (!saved.ok()) {
                errors[who] = saved.error().message();
                return;
            }
        }
    };
    std::unique_ptr<QThread> first(QThread::create(work, 0));
    std::unique_ptr<QThread> second(QThread::create(work, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(120000));
    QVERIFY(second->wait(120000));
    QCOMPARE(errors[0], QString());
    QCOMPARE(errors[1], QString());
    auto check = openStore(dir, u"busy.dealdesk"_qs);
    QVERIFY(check);
    QCOMPARE(check->articleCount(), qint64(2 * 15 * 40));
}

QTEST_GUILESS_MAIN(TestStoreOpen)
#include "tst_storeopen.moc"
