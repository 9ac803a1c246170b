#include "core/store/sqlitecorpusstore.h"

#include "core/store/articletable.h"
#include "core/store/catalogtable.h"
#include "core/store/dealquery.h"
#include "core/store/edittable.h"
#include "core/store/findingedits.h"
#include "core/store/findingtable.h"
#include "core/store/migrator.h"
#include "core/store/nameedits.h"
#include "core/store/nametable.h"
#include "core/store/reviewtable.h"
#include "core/store/sqlitefilecheck.h"
#include "core/store/storecodec.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtDebug>

namespace dealdesk {
namespace {

// Reads that fail give an empty answer (the interface returns plain values there); the
// reason still reaches the log.
template<class T>
T valueOrWarn(StoreResult<T> &&result)
{
    if (result.ok())
        return std::move(result).value();
    qWarning().noquote() << result.error().message();
    return T{};
}

StoreResult<int> versionOnDisk(const QString &path, SqliteCorpusStore::OpenMode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == SqliteCorpusStore::OpenMode::ExistingOnly)
            return StoreError{path, QStringLiteral("no such corpus file")};
        if (!info.absoluteDir().exists())
            return StoreError{path, QStringLiteral("the folder for the corpus does not exist")};
        return 0;
    }
    if (!info.isFile())
        return StoreError{path, QStringLiteral("this is a folder, not a corpus file")};
    return inspectSqliteCorpus(path);
}

// The person at the keyboard until the desk says otherwise: the login name.
QString defaultEditor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

int SqliteCorpusStore::currentSchemaVersion()
{
    return int(SqliteDialect().migrations().size());
}

StoreResult<std::unique_ptr<SqliteCorpusStore>> SqliteCorpusStore::open(const QString &path,
                                                                        OpenMode mode)
{
    if (path.isEmpty())
        return StoreError{path, QStringLiteral("no corpus file given")};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return StoreError{path, QStringLiteral("Qt's SQLite driver (QSQLITE) is not installed")};
    const auto onDisk = versionOnDisk(path, mode);
    if (!onDisk.ok())
        return onDisk.error();
    const int current = currentSchemaVersion();
    if (onDisk.value() > current) {
        return StoreError{path, QStringLiteral("this corpus was written by a newer Dealdesk "
                                               "(schema version %1; this version reads up to %2)")
                                    .arg(onDisk.value())
                                    .arg(current)};
    }

    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setConnectOptions(SqliteDialect::connectOptions(false));
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString reason = db.lastError().text().trimmed();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return StoreError{path, QStringLiteral("cannot open the database: ") + reason};
        }
    }
    // From here the store owns the connection, and its destructor removes it on every path.
    auto store = std::make_unique<SqliteCorpusStore>(Key(), path, name, onDisk.value());
    const SqlContext &context = store->m_context;
    for (const QString &pragma : SqliteDialect::connectionPragmas()) {
        if (auto failed = context.exec(pragma, QStringLiteral("setting up the connection")))
            return *failed;
    }
    auto migrated = migrate(context, onDisk.value());
    if (!migrated.ok())
        return migrated.error();
    store->m_schemaVersion = migrated.value();
    return store;
}

SqliteCorpusStore::SqliteCorpusStore(Key, const QString &path, const QString &connectionName,
                                     int version)
    : m_context{QSqlDatabase::database(connectionName, false), &m_dialect, path},
      m_connectionName(connectionName), m_schemaVersion(version), m_editor(defaultEditor())
{
}

SqliteCorpusStore::~SqliteCorpusStore()
{
    for (const QString &pragma : SqliteDialect::closingPragmas()) {
        if (auto failed = m_context.exec(pragma, QStringLiteral("closing the corpus")))
            qWarning().noquote() << failed->message();
    }
    // removeDatabase() wants no QSqlDatabase handle left on the connection.
    m_context.db.close();
    m_context.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

StoreResult<ImportCounts> SqliteCorpusStore::addArticles(const QList<Article> &batch)
{
    WriteTransaction transaction(m_context);
    if (auto failed = transaction.begin())
        return *failed;
    auto counts = ArticleTable(m_context).insert(batch);
    if (!counts.ok())
        return counts;
    if (auto failed = transaction.commit())
        return *failed;
    return counts;
}

StoreResult<ImportCounts> SqliteCorpusStore::addArticlesWithFindings(const QList<Article> &batch,
                                                                     const QList<Findings> &findings)
{
    if (findings.size() != batch.size()) {
        return StoreError{m_context.file, QStringLiteral("%1 articles but %2 sets of findings")
                                              .arg(batch.size())
                                              .arg(findings.size())};
    }
    WriteTransaction transaction(m_context);
    if (auto failed = transaction.begin())
        return *failed;
    QList<qint64> ids;
    ids.reserve(batch.size());
    auto counts = ArticleTable(m_context).insert(batch, &ids);
    if (!counts.ok())
        return counts;
    const FindingTable table(m_context);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (ids[i] == 0)
            continue; // a duplicate: its stored findings (and decisions) stay as they are
        const auto added = table.addSuggestions(ids[i], toRows(findings[i], batch[i].text));
        if (!added.ok())
            return added.error();
    }
    if (auto failed = transaction.commit())
        return *failed;
    return counts;
}

qint64 SqliteCorpusStore::articleCount(const ArticleQuery &filter) const
{
    return valueOrWarn(ArticleTable(m_context).count(filter));
}

QList<ArticleSummary> SqliteCorpusStore::articles(const ArticleQuery &query) const
{
    return valueOrWarn(ArticleTable(m_context).page(query));
}

std::optional<Article> SqliteCorpusStore::article(qint64 id) const
{
    return valueOrWarn(ArticleTable(m_context).fetch(id));
}

QList<StoredDeal> SqliteCorpusStore::deals(bool acceptedOnly) const
{
    return valueOrWarn(FindingTable(m_context).deals(acceptedOnly));
}

QList<StoredDeal> SqliteCorpusStore::deals(const ArticleQuery &filter, bool acceptedOnly) const
{
    return valueOrWarn(DealQuery(m_context).deals(filter, acceptedOnly));
}

QString SqliteCorpusStore::snippet(qint64 articleId, const QString &query) const
{
    return valueOrWarn(ArticleTable(m_context).snippet(articleId, query));
}

QList<EntityCount> SqliteCorpusStore::entityCounts() const
{
    return valueOrWarn(CatalogTable(m_context).entityCounts());
}

QList<StoredDeal> SqliteCorpusStore::recentDeals(int limit) const
{
    return valueOrWarn(CatalogTable(m_context).recentDeals(limit));
}

QStringList SqliteCorpusStore::outlets() const
{
    return valueOrWarn(CatalogTable(m_context).distinctValues(CatalogTable::Column::Outlet));
}

QStringList SqliteCorpusStore::languages() const
{
    return valueOrWarn(CatalogTable(m_context).distinctValues(CatalogTable::Column::Language));
}

QList<SearchHit> SqliteCorpusStore::search(const QString &query, int limit) const
{
    return valueOrWarn(ArticleTable(m_context).search(query, limit));
}

StoreResult<bool> SqliteCorpusStore::saveFindings(qint64 articleId, const Findings &findings)
{
    WriteTransaction transaction(m_context);
    if (auto failed = transaction.begin())
        return *failed;
    // The body gives a deal its evidence text, and tells an unknown id from a known one.
    const auto body = ArticleTable(m_context).body(articleId);
    if (!body.ok())
        return body.error();
    if (!body.value())
        return StoreError{m_context.file, QStringLiteral("no article with id %1").arg(articleId)};
    const auto added = FindingTable(m_context).replaceSuggestions(
        articleId, toRows(findings, *body.value()));
    if (!added.ok())
        return added.error();
    if (auto failed = transaction.commit())
        return *failed;
    return true;
}

Findings SqliteCorpusStore::findings(qint64 articleId) const
{
    Findings result;
    for (const FindingRecord &r :
         valueOrWarn(FindingTable(m_context).records(articleId, false)))
        appendTo(result, r.value);
    return result;
}

QList<FindingRecord> SqliteCorpusStore::findingRecords(qint64 articleId) const
{
    return valueOrWarn(FindingTable(m_context).records(articleId, true));
}

StoreResult<bool> SqliteCorpusStore::setFindingState(qint64 findingId, FindingState state)
{
    const auto set = FindingEdits(m_context, m_editor).setStates({findingId}, state);
    if (!set.ok())
        return set.error();
    return true;
}

StoreResult<int> SqliteCorpusStore::setFindingStates(const QList<qint64> &ids, FindingState state)
{
    return FindingEdits(m_context, m_editor).setStates(ids, state);
}

StoreResult<qint64> SqliteCorpusStore::addFinding(qint64 articleId, const FindingValue &value,
                                                  FindingState state)
{
    return FindingEdits(m_context, m_editor).add(articleId, value, state);
}

StoreResult<bool> SqliteCorpusStore::updateFinding(qint64 findingId, const FindingValue &value)
{
    return FindingEdits(m_context, m_editor).update(findingId, value);
}

StoreResult<bool> SqliteCorpusStore::removeFinding(qint64 findingId)
{
    return FindingEdits(m_context, m_editor).remove(findingId);
}

StoreResult<bool> SqliteCorpusStore::setReviewState(qint64 articleId, ReviewState state)
{
    return FindingEdits(m_context, m_editor).setReview(articleId, state);
}

StoreResult<bool> SqliteCorpusStore::setFindingNote(qint64 findingId, const QString &note)
{
    return FindingEdits(m_context, m_editor).setNote(findingId, note);
}

StoreResult<bool> SqliteCorpusStore::setArticleNote(qint64 articleId, const QString &note)
{
    return FindingEdits(m_context, m_editor).setArticleNote(articleId, note);
}

QString SqliteCorpusStore::articleNote(qint64 articleId) const
{
    return valueOrWarn(ReviewTable(m_context).note(articleId)).value_or(QString());
}

QList<EditRecord> SqliteCorpusStore::history(qint64 articleId) const
{
    return valueOrWarn(EditTable(m_context).history(articleId));
}

StoreResult<NameChange> SqliteCorpusStore::renameEntity(EntityType type, const QString &from,
                                                        const QString &to)
{
    return NameEdits(m_context, m_editor).rename(type, from, to);
}

StoreResult<bool> SqliteCorpusStore::revertRename(const NameChange &change, EntityType type,
                                                  const QString &from, const QString &to)
{
    return NameEdits(m_context, m_editor).revert(change, type, from, to);
}

StoreResult<bool> SqliteCorpusStore::addAlias(EntityType type, const QString &canonical,
                                              const QString &alias)
{
    return NameEdits(m_context, m_editor).addAlias(type, canonical, alias);
}

StoreResult<bool> SqliteCorpusStore::removeAlias(EntityType type, const QString &canonical,
                                                 const QString &alias)
{
    return NameEdits(m_context, m_editor).removeAlias(type, canonical, alias);
}

QList<LearnedName> SqliteCorpusStore::learnedNames() const
{
    return valueOrWarn(NameTable(m_context).learnedNames());
}

QStringList SqliteCorpusStore::canonicalNames(std::optional<EntityType> type) const
{
    return valueOrWarn(NameTable(m_context).canonicalNames(type));
}

} // namespace dealdesk
