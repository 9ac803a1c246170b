#pragma once
// The corpus: every imported article, its full-text index and the findings on it, behind one
// interface so the SQLite file (the default, one *.dealdesk file) and a shared PostgreSQL
// database later are interchangeable. Errors are values; nothing throws.
//
// An instance owns one database connection and is used from the thread that opened it; a
// worker thread opens its own instance on the same corpus.

#include "core/extract/entities/learnedname.h"
#include "core/extract/findings.h"
#include "core/store/storeresult.h"
#include "core/store/storetypes.h"
#include "core/text/article.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dealdesk {

class CorpusStore
{
public:
    virtual ~CorpusStore() = default;

    // Stores the batch in ONE transaction: all of it or none. An article whose contentHash is
    // already stored (or earlier in the batch) is counted as a duplicate, not added. An empty
    // contentHash is computed (SHA-256 of the text) so the rule holds for every article.
    [[nodiscard]] virtual StoreResult<ImportCounts> addArticles(const QList<Article> &batch) = 0;
    // The same, and findings[i] stored as pending machine suggestions of batch[i] when that
    // article is new (a duplicate's findings are dropped). One transaction for all of it; the
    // two lists must be as long as each other.
    [[nodiscard]] virtual StoreResult<ImportCounts>
    addArticlesWithFindings(const QList<Article> &batch, const QList<Findings> &findings) = 0;

    // How many articles `filter` keeps (its sort and paging are ignored).
    [[nodiscard]] virtual qint64 articleCount(const ArticleQuery &filter = {}) const = 0;
    // One page of the list, filtered and sorted by the database; bodies are never loaded.
    [[nodiscard]] virtual QList<ArticleSummary> articles(const ArticleQuery &query) const = 0;
    // The full article as imported (metadataRanges included); nullopt for an unknown id.
    [[nodiscard]] virtual std::optional<Article> article(qint64 id) const = 0;
    // Best matches first (bm25, title weighted above body), each with a marked snippet.
    [[nodiscard]] virtual QList<SearchHit> search(const QString &query, int limit = 50) const = 0;

    // Stores the extractor's suggestions for one article. Replaces only its pending machine
    // findings: a journalist's decisions (accepted, rejected, added, edited) survive
    // re-extraction, and a suggestion on or across a decided finding of its kind (a deal: in
    // its evidence sentence) is not re-added, so a corrected boundary stays the only one.
    [[nodiscard]] virtual StoreResult<bool> saveFindings(qint64 articleId,
                                                         const Findings &findings) = 0;
    // The findings of an article that a journalist has not rejected, in stored order.
    [[nodiscard]] virtual Findings findings(qint64 articleId) const = 0;
    // Every stored finding of an article, rejected ones included, with its review state.
    [[nodiscard]] virtual QList<FindingRecord> findingRecords(qint64 articleId) const = 0;
    // Edits. Each one is ONE transaction that also appends its EditRecord to the history and
    // stamps the finding (or article) with the editor and the time, so a crash loses at most
    // the edit in flight and the history is never out of step with the data.

    // Who the edits from now on are recorded as; $USER until set.
    virtual void setEditor(const QString &person) = 0;
    [[nodiscard]] virtual QString editor() const = 0;

    // A journalist's decision on one finding; saveFindings never overwrites it. Setting it back
    // to Pending (an undo) hands it back to re-extraction. Records Accept, Reject or Reset.
    [[nodiscard]] virtual StoreResult<bool> setFindingState(qint64 findingId,
                                                            FindingState state) = 0;
    // The same for many findings at once (a whole article or a selection): one transaction,
    // one record per finding. Returns how many were set; an unknown id fails the whole call.
    [[nodiscard]] virtual StoreResult<int> setFindingStates(const QList<qint64> &ids,
                                                            FindingState state) = 0;
    // A finding a journalist adds by hand (origin person); returns its id. Records Add.
    [[nodiscard]] virtual StoreResult<qint64> addFinding(qint64 articleId, const FindingValue &value,
                                                         FindingState state) = 0;
    // A journalist's correction of a finding's value; the finding becomes Accepted. Records
    // Update with the finding before and after.
    [[nodiscard]] virtual StoreResult<bool> updateFinding(qint64 findingId,
                                                          const FindingValue &value) = 0;
    // Deletes one finding (the undo of addFinding). Records Remove, whose `before` holds the
    // whole finding (findingFromEditJson() reads it back) so an undo can add it again.
    [[nodiscard]] virtual StoreResult<bool> removeFinding(qint64 findingId) = 0;
    // Also stores who set it and when (ArticleSummary::reviewedBy/At). Records Review.
    [[nodiscard]] virtual StoreResult<bool> setReviewState(qint64 articleId, ReviewState state) = 0;
    // A note on one finding or one article; an empty note removes it. Records Note.
    [[nodiscard]] virtual StoreResult<bool> setFindingNote(qint64 findingId, const QString &note) = 0;
    [[nodiscard]] virtual StoreResult<bool> setArticleNote(qint64 articleId, const QString &note) = 0;
    [[nodiscard]] virtual QString articleNote(qint64 articleId) const = 0;
    // An article's history, oldest first, with the corpus-wide records (rename, alias) that
    // touched its findings.
    [[nodiscard]] virtual QList<EditRecord> history(qint64 articleId) const = 0;

    // Renames (or merges, when `to` exists already) a canonical name in the whole corpus: every
    // entity finding of (type, from) becomes `to`, its state kept (machine pending ones too),
    // and every deal whose investor or target is `from` follows. `from` is stored as an alias
    // of `to`, so re-extraction and import recognise it. One transaction, one Rename record.
    [[nodiscard]] virtual StoreResult<NameChange> renameEntity(EntityType type, const QString &from,
                                                               const QString &to) = 0;
    // The undo of renameEntity: the findings `change` lists go back from `to` to `from` with
    // the state, editor and time they had before, and the alias the rename stored (with the
    // aliases of `from` that moved to `to`) goes back too. Records Rename (to -> from).
    [[nodiscard]] virtual StoreResult<bool> revertRename(const NameChange &change, EntityType type,
                                                         const QString &from, const QString &to) = 0;
    // `alias` is another way of writing `canonical`. Records Alias.
    [[nodiscard]] virtual StoreResult<bool> addAlias(EntityType type, const QString &canonical,
                                                     const QString &alias) = 0;
    // Forgets that `alias` means `canonical` (the undo of addAlias); an error when it does not
    // mean it (unknown, or an alias of another name). Records Unalias.
    [[nodiscard]] virtual StoreResult<bool> removeAlias(EntityType type, const QString &canonical,
                                                        const QString &alias) = 0;
    // The corpus's learned names, what ExtractorOptions::learnedNames takes: the canonical
    // names of accepted or hand-made entity findings (not rejected) and the stored aliases,
    // one entry per (canonical, type).
    [[nodiscard]] virtual QList<LearnedName> learnedNames() const = 0;
    // The canonical names of the entity findings not rejected (of one type when given),
    // sorted and distinct: what the inspector completes from.
    [[nodiscard]] virtual QStringList canonicalNames(std::optional<EntityType> type = {}) const = 0;

    // The corpus-level deal view: every deal finding not rejected (only accepted ones when
    // asked) with its article, for merging across articles (core/corpus/corpusdeals.h).
    [[nodiscard]] virtual QList<StoredDeal> deals(bool acceptedOnly = false) const = 0;
    // The same for the articles `filter` keeps (the article list's filter; its sort and paging
    // are ignored): what a chart following the list reads.
    [[nodiscard]] virtual QList<StoredDeal> deals(const ArticleQuery &filter, bool acceptedOnly) const = 0;

    // One article's marked snippet (« ») for a search, for the list's tooltip; empty when the
    // article does not match.
    [[nodiscard]] virtual QString snippet(qint64 articleId, const QString &query) const = 0;
    // Every entity of the corpus (mentions not rejected), by type then canonical name.
    [[nodiscard]] virtual QList<EntityCount> entityCounts() const = 0;
    // The deals (not rejected) of the newest reports, at most `limit`, newest first: what a
    // panel shows of a corpus too large to merge every deal of it interactively.
    [[nodiscard]] virtual QList<StoredDeal> recentDeals(int limit) const = 0;
    // The distinct outlets and languages of the corpus, sorted, for the list's filters.
    [[nodiscard]] virtual QStringList outlets() const = 0;
    [[nodiscard]] virtual QStringList languages() const = 0;

    [[nodiscard]] virtual int schemaVersion() const = 0;
    [[nodiscard]] virtual QString path() const = 0;
};

} // namespace dealdesk
