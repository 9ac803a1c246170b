#include "core/store/sqlitedialect.h"

#include "core/store/fts5query.h"

namespace dealdesk {
namespace {

// Version 1: articles with their full-text index. Kept exactly as first released: files
// written by that code are upgraded from here, so this list never changes.
QStringList schemaV1()
{
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('application', 'dealdesk'), "
                       "('schema_version', '0')"),
        QStringLiteral("CREATE TABLE articles ("
                       "id INTEGER PRIMARY KEY, "
                       "title TEXT NOT NULL DEFAULT '', "
                       "author TEXT NOT NULL DEFAULT '', "
                       "outlet TEXT NOT NULL DEFAULT '', "
                       "published TEXT NOT NULL DEFAULT '', "
                       "language TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL, "
                       "metadata_ranges TEXT NOT NULL DEFAULT '[]', "
                       "source_path TEXT NOT NULL DEFAULT '', "
                       "format TEXT NOT NULL DEFAULT '', "
                       "content_hash BLOB NOT NULL UNIQUE, "
                       "imported_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX articles_published ON articles (published)"),
        QStringLiteral("CREATE INDEX articles_outlet ON articles (outlet)"),
        QStringLiteral("CREATE INDEX articles_language ON articles (language)"),
        // External content: the text lives once, in articles; the index holds only tokens,
        // and snippet() reads the text back from articles. remove_diacritics lets "perche"
        // find "perché".
        QStringLiteral("CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, "
                       "content='articles', content_rowid='id', "
                       "tokenize='unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN "
                       "INSERT INTO articles_fts (rowid, title, body) "
                       "VALUES (new.id, new.title, new.body); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN "
                       "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
                       "VALUES ('delete', old.id, old.title, old.body); END"),
        QStringLiteral("CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles "
                       "BEGIN "
                       "INSERT INTO articles_fts (articles_fts, rowid, title, body) "
                       "VALUES ('delete', old.id, old.title, old.body); "
                       "INSERT INTO articles_fts (rowid, title, body) "
                       "VALUES (new.id, new.title, new.body); END"),
    };
}

// Version 2: findings with their review state, the article's own id and its review state.
QStringList schemaV2()
{
    return {
        // Version 1 kept no Article::id; for files it was the path as given.
        QStringLiteral("ALTER TABLE articles ADD COLUMN source_id TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("UPDATE articles SET source_id = source_path"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN review_state TEXT NOT NULL "
                       "DEFAULT 'unreviewed'"),
        // Lists sort case-blind and filter by language or outlet, then show newest first:
        // these indices answer a page without sorting the whole corpus (measured at 100,000
        // articles: a language page from 35 ms to a few, an outlet-sorted page from 120 ms).
        QStringLiteral("CREATE INDEX articles_title ON articles (title COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX articles_outlet_nocase ON articles (outlet COLLATE NOCASE)"),
        QStringLiteral("DROP INDEX articles_language"),
        QStringLiteral("DROP INDEX articles_outlet"),
        QStringLiteral("CREATE INDEX articles_language_published ON articles (language, published)"),
        QStringLiteral("CREATE INDEX articles_outlet_published ON articles (outlet, published)"),
        QStringLiteral("CREATE TABLE findings ("
                       "id INTEGER PRIMARY KEY, "
                       "article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "kind TEXT NOT NULL CHECK (kind IN ('entity', 'amount', 'date', 'deal')), "
                       "range_start INTEGER NOT NULL, "
                       "range_end INTEGER NOT NULL, "
                       "text TEXT NOT NULL DEFAULT '', "
                       "payload TEXT NOT NULL, "
                       "state TEXT NOT NULL DEFAULT 'pending' "
                       "CHECK (state IN ('pending', 'accepted', 'rejected')), "
                       "origin TEXT NOT NULL DEFAULT 'machine' "
                       "CHECK (origin IN ('machine', 'person')), "
                       "created_at TEXT NOT NULL)"),
        // Serves findings(id), the per-article counts of the list and saveFindings' delete.
        QStringLiteral("CREATE INDEX findings_article ON findings (article_id, kind, state)"),
    };
}

// Version 3: a journalist's work (issue 6): who changed what and when, notes, the reviewer,
// the names learned from renames and aliases; and an index for the list's entity filter.
QStringList schemaV3()
{
    return {
        QStringLiteral("ALTER TABLE articles ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN reviewed_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE articles ADD COLUMN reviewed_at TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE findings ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE findings ADD COLUMN edited_by TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE findings ADD COLUMN edited_at TEXT NOT NULL DEFAULT ''"),
        // The history: appended in the transaction of each edit, never updated. article_id is
        // NULL for a corpus-wide edit (rename, alias); finding_id has no foreign key because
        // the history of a removed finding outlives it.
        QStringLiteral("CREATE TABLE edits ("
                       "id INTEGER PRIMARY KEY, "
                       "article_id INTEGER REFERENCES articles (id) ON DELETE CASCADE, "
                       "finding_id INTEGER NOT NULL DEFAULT 0, "
                       "action TEXT NOT NULL, "
                       "before TEXT NOT NULL DEFAULT '', "
                       "after TEXT NOT NULL DEFAULT '', "
                       "editor TEXT NOT NULL DEFAULT '', "
                       "at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX edits_article ON edits (article_id, id)"),
        // The articles whose findings a corpus-wide edit touched, so that an article's history
        // shows the rename that changed it.
        QStringLiteral("CREATE TABLE edit_articles ("
                       "article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE, "
                       "edit_id INTEGER NOT NULL REFERENCES edits (id) ON DELETE CASCADE, "
                       "PRIMARY KEY (article_id, edit_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX edit_articles_edit ON edit_articles (edit_id)"),
        // Other ways of writing a canonical name (a rename leaves the old name here): one
        // canonical per (type, alias), so a name is never learned two ways.
        QStringLiteral("CREATE TABLE names ("
                       "id INTEGER PRIMARY KEY, "
                       "type TEXT NOT NULL, "
                       "canonical TEXT NOT NULL, "
                       "alias TEXT NOT NULL, "
                       "UNIQUE (type, alias))"),
        QStringLiteral("CREATE INDEX names_canonical ON names (type, canonical)"),
        // The list's entity filter and the renames look findings up by canonical name. The
        // expression is exactly what jsonText() writes, or SQLite would not use the index.
        QStringLiteral("CREATE INDEX findings_entity ON findings "
                       "(json_extract(payload, '$.canonical'), article_id) WHERE kind = 'entity'"),
    };
}

} // namespace

QList<QStringList> SqliteDialect::migrations() const { return {schemaV1(), schemaV2(), schemaV3()}; }

// IMMEDIATE takes the write lock at BEGIN: in WAL mode a deferred transaction that reads and
// then writes can fail with SQLITE_BUSY_SNAPSHOT, which no busy timeout retries.
QString SqliteDialect::beginWrite() const { return QStringLiteral("BEGIN IMMEDIATE"); }

QString SqliteDialect::textJoin() const
{
    return QStringLiteral("JOIN articles_fts ON articles_fts.rowid = a.id");
}

QString SqliteDialect::textCondition() const { return QStringLiteral("articles_fts MATCH ?"); }

// bm25 is lower for better matches; a word in the title counts as much as five in the body.
QString SqliteDialect::relevanceOrder() const
{
    return QStringLiteral("bm25(articles_fts, 5.0, 1.0)");
}

// Column -1: the column with the best match, title or body; about 16 tokens around it.
QString SqliteDialect::snippet() const
{
    return QStringLiteral("snippet(articles_fts, -1, '«', '»', '…', 16)");
}

std::optional<QString> SqliteDialect::matchExpression(QStringView userText) const
{
    return fts5MatchExpression(userText);
}

// Every row of the external-content index has its article (the triggers keep them in step),
// so counting the index is counting the articles; at 100,000 articles 2 ms instead of 190.
QString SqliteDialect::textMatchCount() const
{
    return QStringLiteral("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH ?");
}

QString SqliteDialect::textMatchPage() const
{
    return QStringLiteral("SELECT rowid AS pid, ") + relevanceOrder()
           + QStringLiteral(" AS k FROM articles_fts WHERE articles_fts MATCH ?");
}

// SQLite's JSON1 (built in since 3.38, and in Debian's build before that).
QString SqliteDialect::jsonText(const QString &column, const QString &key) const
{
    return QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString SqliteDialect::caseInsensitive(const QString &column) const
{
    return column + QStringLiteral(" COLLATE NOCASE");
}

QStringList SqliteDialect::connectionPragmas()
{
    return {
        // WAL: a reader (the GUI) and a writer (an import thread) do not block each other.
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // In WAL mode NORMAL is still safe against corruption; it only may lose the last
        // transactions on power loss, and saves an fsync per commit.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
    };
}

QStringList SqliteDialect::closingPragmas()
{
    // Gathers the statistics the query planner uses to choose between the list indices, as
    // SQLite advises doing before a connection closes; cheap when nothing changed.
    return {QStringLiteral("PRAGMA optimize")};
}

QString SqliteDialect::connectOptions(bool readOnly)
{
    // A writer holding the lock makes others wait up to 10 s rather than fail at once.
    return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
}

} // namespace dealdesk
