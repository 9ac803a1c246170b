#pragma once
// The history of a corpus in portable SQL: one row per edit, appended inside the edit's own
// transaction and never changed afterwards.

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <QList>

namespace dealdesk {

// Who makes the edits of one store call and when: the same for the data and its record.
struct EditStamp
{
    QString editor;
    QString at; // ISO 8601 UTC with milliseconds

    [[nodiscard]] static EditStamp now(const QString &editor);
};

class EditTable
{
public:
    explicit EditTable(const SqlContext &context) : m_context(context) {}

    // Within the caller's transaction. `record.id` is ignored; a corpus-wide record
    // (articleId 0) lists the articles it touched in `touched`. Returns the new id.
    [[nodiscard]] StoreResult<qint64> append(const EditRecord &record,
                                             const QList<qint64> &touched = {}) const;
    // Oldest first: the article's own records and the corpus-wide ones that touched it.
    [[nodiscard]] StoreResult<QList<EditRecord>> history(qint64 articleId) const;
    // The `before` of every record of `action` whose `after` is exactly `after`, newest first.
    [[nodiscard]] StoreResult<QStringList> beforesOf(EditAction action, const QString &after) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
