#include "core/store/findingedits.h"

#include "core/store/articletable.h"
#include "core/store/editjson.h"
#include "core/store/edittable.h"
#include "core/store/findingtable.h"
#include "core/store/reviewtable.h"
#include "core/store/storecodec.h"

namespace dealdesk {
namespace {

EditAction actionFor(FindingState state)
{
    switch (state) {
    case FindingState::Accepted:
        return EditAction::Accept;
    case FindingState::Rejected:
        return EditAction::Reject;
    case FindingState::Pending:
        break;
    }
    return EditAction::Reset;
}

} // namespace

StoreResult<QString> FindingEdits::bodyFor(qint64 articleId, const FindingValue &value) const
{
    if (!std::holds_alternative<Deal>(value))
        return QString();
    const auto read = ArticleTable(m_context).body(articleId);
    if (!read.ok())
        return read.error();
    return read.value().value_or(QString());
}

StoreResult<int> FindingEdits::setStates(const QList<qint64> &ids, FindingState state) const
{
    return inWriteTransaction<int>(m_context, [&]() -> StoreResult<int> {
        const FindingTable findings(m_context);
        const EditTable edits(m_context);
        const EditStamp stamp = EditStamp::now(m_editor);
        int changed = 0;
        for (const qint64 id : ids) {
            const auto before = findings.record(id);
            if (!before.ok())
                return before.error();
            const auto set = findings.setState(id, state, stamp);
            if (!set.ok())
                return set.error();
            const auto recorded = edits.append({0, before.value().articleId, id, actionFor(state),
                                                stateEditJson(before.value().state),
                                                stateEditJson(state), stamp.editor, stamp.at});
            if (!recorded.ok())
                return recorded.error();
            ++changed;
        }
        return changed;
    });
}

StoreResult<qint64> FindingEdits::add(qint64 articleId, const FindingValue &value,
                                      FindingState state) const
{
    return inWriteTransaction<qint64>(m_context, [&]() -> StoreResult<qint64> {
        // No lookup of the article first: the foreign key refuses an unknown one.
        const auto body = bodyFor(articleId, value);
        if (!body.ok())
            return body.error();
        const FindingRow row = toRow(value, body.value());
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto id = FindingTable(m_context).addByPerson(articleId, row, state, stamp);
        if (!id.ok())
            return id;
        const auto recorded = EditTable(m_context).append(
            {0, articleId, id.value(), EditAction::Add, QString(),
             findingEditJson(row, state, FindingOrigin::Person, QString()), stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return id;
    });
}

StoreResult<bool> FindingEdits::update(qint64 findingId, const FindingValue &value) const
{
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const FindingTable findings(m_context);
        const auto before = findings.record(findingId);
        if (!before.ok())
            return before.error();
        const FindingRecord &old = before.value();
        const auto body = bodyFor(old.articleId, value);
        if (!body.ok())
            return body.error();
        const FindingRow row = toRow(value, body.value());
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto updated = findings.update(findingId, row, stamp);
        if (!updated.ok())
            return updated;
        const auto recorded = EditTable(m_context).append(
            {0, old.articleId, findingId, EditAction::Update, findingEditJson(old),
             findingEditJson(row, FindingState::Accepted, old.origin, old.note), stamp.editor,
             stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> FindingEdits::remove(qint64 findingId) const
{
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const FindingTable findings(m_context);
        const auto before = findings.record(findingId);
        if (!before.ok())
            return before.error();
        const auto removed = findings.remove(findingId);
        if (!removed.ok())
            return removed;
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto recorded = EditTable(m_context).append(
            {0, before.value().articleId, findingId, EditAction::Remove,
             findingEditJson(before.value()), QString(), stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> FindingEdits::setNote(qint64 findingId, const QString &note) const
{
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const FindingTable findings(m_context);
        const auto before = findings.record(findingId);
        if (!before.ok())
            return before.error();
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto set = findings.setNote(findingId, note, stamp);
        if (!set.ok())
            return set;
        const auto recorded = EditTable(m_context).append(
            {0, before.value().articleId, findingId, EditAction::Note,
             noteEditJson(before.value().note), noteEditJson(note), stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> FindingEdits::setReview(qint64 articleId, ReviewState state) const
{
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const ReviewTable reviews(m_context);
        const auto before = reviews.review(articleId);
        if (!before.ok())
            return before.error();
        if (!before.value())
            return StoreError{m_context.file, QStringLiteral("no article with id %1").arg(articleId)};
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto set = reviews.setReview(articleId, state, stamp);
        if (!set.ok())
            return set;
        const ArticleReview &old = *before.value();
        const auto recorded = EditTable(m_context).append(
            {0, articleId, 0, EditAction::Review, reviewEditJson(old.state, old.by, old.at),
             reviewEditJson(state, stamp.editor, stamp.at), stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> FindingEdits::setArticleNote(qint64 articleId, const QString &note) const
{
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const ReviewTable reviews(m_context);
        const auto before = reviews.note(articleId);
        if (!before.ok())
            return before.error();
        if (!before.value())
            return StoreError{m_context.file, QStringLiteral("no article with id %1").arg(articleId)};
        const auto set = reviews.setNote(articleId, note);
        if (!set.ok())
            return set;
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto recorded = EditTable(m_context).append(
            {0, articleId, 0, EditAction::Note, noteEditJson(*before.value()), noteEditJson(note),
             stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

} // namespace dealdesk
