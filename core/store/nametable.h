#pragma once
// The names of a corpus in portable SQL: the aliases journalists taught it (the names table)
// and the canonical names inside findings' payloads, which a rename rewrites.

#include "core/extract/entities/learnedname.h"
#include "core/store/edittable.h"
#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace dealdesk {

// A finding as a rename sees it: its payload and its stamp, to rewrite or to put back.
struct NamedFinding
{
    qint64 id = 0;
    qint64 articleId = 0;
    FindingKind kind = FindingKind::Entity;
    QString payload;
    QString editedBy, editedAt;
};

class NameTable
{
public:
    explicit NameTable(const SqlContext &context) : m_context(context) {}

    // Within the caller's transaction: `alias` now means `canonical`. Returns the canonical
    // it meant before (empty when it was new).
    [[nodiscard]] StoreResult<QString> setAlias(EntityType type, const QString &canonical,
                                                const QString &alias) const;
    [[nodiscard]] StoreResult<bool> removeAlias(EntityType type, const QString &alias) const;
    // Only while `alias` means `canonical`: false when it does not (unknown, or another name's).
    [[nodiscard]] StoreResult<bool> removeAlias(EntityType type, const QString &canonical,
                                                const QString &alias) const;
    // The aliases of `from` become aliases of `to` (a merge); an alias equal to its new
    // canonical is dropped. Returns the aliases moved.
    [[nodiscard]] StoreResult<QStringList> moveAliases(EntityType type, const QString &from,
                                                       const QString &to) const;

    // Entity findings of (type, canonical), and when `withDeals` the deals naming `canonical`
    // as investor or target.
    [[nodiscard]] StoreResult<QList<NamedFinding>> findingsNamed(EntityType type, const QString &canonical,
                                                                 bool withDeals) const;
    // The findings of `ids` that still exist.
    [[nodiscard]] StoreResult<QList<NamedFinding>> findings(const QList<qint64> &ids) const;
    [[nodiscard]] StoreResult<bool> setPayload(qint64 findingId, const QString &payload,
                                               const QString &editedBy, const QString &editedAt) const;

    [[nodiscard]] StoreResult<QList<LearnedName>> learnedNames() const;
    [[nodiscard]] StoreResult<QStringList> canonicalNames(std::optional<EntityType> type) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
