#pragma once
// The findings of a corpus in portable SQL: the machine's suggestions, replaced on each
// extraction, and a journalist's decisions, which re-extraction never touches.

#include "core/store/edittable.h"
#include "core/store/sqlcontext.h"
#include "core/store/storecodec.h"
#include "core/store/storetypes.h"

#include <QList>

#include <optional>

class QSqlQuery;

namespace dealdesk {

class FindingTable
{
public:
    explicit FindingTable(const SqlContext &context) : m_context(context) {}

    // Within the caller's transaction: drops the article's pending machine rows, then adds
    // `rows` as pending machine suggestions, except where a remaining row of the same kind
    // lies on or across it (a decision already made there; for deals: the same evidence
    // sentence). Returns how many were added.
    [[nodiscard]] StoreResult<int> replaceSuggestions(qint64 articleId,
                                                      const QList<FindingRow> &rows) const;
    // Within the caller's transaction: `rows` as pending machine suggestions of an article
    // that has none yet (one just imported).
    [[nodiscard]] StoreResult<int> addSuggestions(qint64 articleId,
                                                  const QList<FindingRow> &rows) const;
    // In stored order (by kind as Findings lists them, then insertion).
    [[nodiscard]] StoreResult<QList<FindingRecord>> records(qint64 articleId,
                                                            bool withRejected) const;
    // One finding; an error when there is no such finding or it is damaged.
    [[nodiscard]] StoreResult<FindingRecord> record(qint64 findingId) const;
    // Every deal of the corpus not rejected (only accepted ones when asked), with its
    // article's metadata, ordered by article date then id.
    [[nodiscard]] StoreResult<QList<StoredDeal>> deals(bool acceptedOnly) const;
    // The edits below stamp the finding with `stamp` (edited_by, edited_at).
    [[nodiscard]] StoreResult<bool> setState(qint64 findingId, FindingState state,
                                             const EditStamp &stamp) const;
    // A journalist's own finding; the article must exist (a foreign key checks it).
    [[nodiscard]] StoreResult<qint64> addByPerson(qint64 articleId, const FindingRow &row,
                                                  FindingState state, const EditStamp &stamp,
                                                  const QString &note = {}) const;
    // Replaces the value of one finding and marks it Accepted.
    [[nodiscard]] StoreResult<bool> update(qint64 findingId, const FindingRow &row,
                                           const EditStamp &stamp) const;
    [[nodiscard]] StoreResult<bool> setNote(qint64 findingId, const QString &note,
                                            const EditStamp &stamp) const;
    [[nodiscard]] StoreResult<bool> remove(qint64 findingId) const;

    // The columns a deal row is read from, in the order storedDealAt() expects; the query
    // names findings "f" and articles "a".
    [[nodiscard]] static QString storedDealColumns();
    // The current row of such a query; nullopt when its payload is damaged.
    [[nodiscard]] static std::optional<StoredDeal> storedDealAt(const QSqlQuery &q);

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
