#pragma once
// A journalist's edits of findings and articles, each in ONE transaction with its history
// record: the store's write side of annotation. The SQL lives in the table classes; this
// class only decides what one edit writes and records.

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <QList>

namespace dealdesk {

class FindingEdits
{
public:
    FindingEdits(const SqlContext &context, const QString &editor)
        : m_context(context), m_editor(editor)
    {
    }

    [[nodiscard]] StoreResult<int> setStates(const QList<qint64> &ids, FindingState state) const;
    [[nodiscard]] StoreResult<qint64> add(qint64 articleId, const FindingValue &value,
                                          FindingState state) const;
    [[nodiscard]] StoreResult<bool> update(qint64 findingId, const FindingValue &value) const;
    [[nodiscard]] StoreResult<bool> remove(qint64 findingId) const;
    [[nodiscard]] StoreResult<bool> setNote(qint64 findingId, const QString &note) const;
    [[nodiscard]] StoreResult<bool> setReview(qint64 articleId, ReviewState state) const;
    [[nodiscard]] StoreResult<bool> setArticleNote(qint64 articleId, const QString &note) const;

private:
    // The deal's evidence text is cut from the article; other kinds need no body.
    [[nodiscard]] StoreResult<QString> bodyFor(qint64 articleId, const FindingValue &value) const;

    const SqlContext &m_context;
    QString m_editor;
};

} // namespace dealdesk
