#pragma once
// The default corpus backend: one SQLite file (*.dealdesk) through Qt SQL's QSQLITE driver,
// in WAL mode with foreign keys on. Each instance owns its own, uniquely named connection, so
// a worker thread opens a second instance on the same file while the GUI reads from its own.

#include "core/store/corpusstore.h"
#include "core/store/sqlcontext.h"
#include "core/store/sqlitedialect.h"

#include <memory>

namespace dealdesk {

class SqliteCorpusStore final : public CorpusStore
{
    struct Key
    {
        explicit Key() = default;
    };

public:
    enum class OpenMode { CreateIfMissing, ExistingOnly };

    // Opens (and creates or upgrades) the corpus at `path`. A file that is not a corpus
    // (damaged, not SQLite, another program's tables) or one written by a newer schema is
    // refused with an error naming it, and is left untouched.
    [[nodiscard]] static StoreResult<std::unique_ptr<SqliteCorpusStore>> open(const QString &path,
                                                                              OpenMode mode);
    // The schema version this code writes.
    [[nodiscard]] static int currentSchemaVersion();

    SqliteCorpusStore(Key, const QString &path, const QString &connectionName, int version);
    ~SqliteCorpusStore() override;
    SqliteCorpusStore(const SqliteCorpusStore &) = delete;
    SqliteCorpusStore &operator=(const SqliteCorpusStore &) = delete;

    [[nodiscard]] StoreResult<ImportCounts> addArticles(const QList<Article> &batch) override;
    [[nodiscard]] StoreResult<ImportCounts>
    addArticlesWithFindings(const QList<Article> &batch, const QList<Findings> &findings) override;
    [[nodiscard]] qint64 articleCount(const ArticleQuery &filter = {}) const override;
    [[nodiscard]] QList<ArticleSummary> articles(const ArticleQuery &query) const override;
    [[nodiscard]] std::optional<Article> article(qint64 id) const override;
    [[nodiscard]] QList<SearchHit> search(const QString &query, int limit = 50) const override;
    [[nodiscard]] StoreResult<bool> saveFindings(qint64 articleId,
                                                 const Findings &findings) override;
    [[nodiscard]] Findings findings(qint64 articleId) const override;
    [[nodiscard]] QList<FindingRecord> findingRecords(qint64 articleId) const override;
    void setEditor(const QString &person) override { m_editor = person; }
    [[nodiscard]] QString editor() const override { return m_editor; }
    [[nodiscard]] StoreResult<bool> setFindingState(qint64 findingId, FindingState state) override;
    [[nodiscard]] StoreResult<int> setFindingStates(const QList<qint64> &ids,
                                                    FindingState state) override;
    [[nodiscard]] StoreResult<qint64> addFinding(qint64 articleId, const FindingValue &value,
                                                 FindingState state) override;
    [[nodiscard]] StoreResult<bool> updateFinding(qint64 findingId,
                                                  const FindingValue &value) override;
    [[nodiscard]] StoreResult<bool> removeFinding(qint64 findingId) override;
    [[nodiscard]] StoreResult<bool> setReviewState(qint64 articleId, ReviewState state) override;
    [[nodiscard]] StoreResult<bool> setFindingNote(qint64 findingId, const QString &note) override;
    [[nodiscard]] StoreResult<bool> setArticleNote(qint64 articleId, const QString &note) override;
    [[nodiscard]] QString articleNote(qint64 articleId) const override;
    [[nodiscard]] QList<EditRecord> history(qint64 articleId) const override;
    [[nodiscard]] StoreResult<NameChange> renameEntity(EntityType type, const QString &from,
                                                       const QString &to) override;
    [[nodiscard]] StoreResult<bool> revertRename(const NameChange &change, EntityType type,
                                                 const QString &from, const QString &to) override;
    [[nodiscard]] StoreResult<bool> addAlias(EntityType type, const QString &canonical,
                                             const QString &alias) override;
    [[nodiscard]] StoreResult<bool> removeAlias(EntityType type, const QString &canonical,
                                                const QString &alias) override;
    [[nodiscard]] QList<LearnedName> learnedNames() const override;
    [[nodiscard]] QStringList canonicalNames(std::optional<EntityType> type = {}) const override;
    [[nodiscard]] QList<StoredDeal> deals(bool acceptedOnly = false) const override;
    [[nodiscard]] QList<StoredDeal> deals(const ArticleQuery &filter, bool acceptedOnly) const override;
    [[nodiscard]] QString snippet(qint64 articleId, const QString &query) const override;
    [[nodiscard]] QList<EntityCount> entityCounts() const override;
    [[nodiscard]] QList<StoredDeal> recentDeals(int limit) const override;
    [[nodiscard]] QStringList outlets() const override;
    [[nodiscard]] QStringList languages() const override;
    [[nodiscard]] int schemaVersion() const override { return m_schemaVersion; }
    [[nodiscard]] QString path() const override { return m_context.file; }

private:
    SqliteDialect m_dialect;
    SqlContext m_context;
    QString m_connectionName;
    int m_schemaVersion = 0;
    QString m_editor; // recorded with every edit
};

} // namespace dealdesk
