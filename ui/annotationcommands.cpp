#include "ui/annotationcommands.h"

#include "core/store/corpusstore.h"
#include "ui/annotationcontroller.h"

namespace dealdesk {

AnnotationCommand::AnnotationCommand(AnnotationController *controller, const QString &text)
    : m_controller(controller)
{
    setText(text);
}

void AnnotationCommand::redo()
{
    if (m_applied) {
        m_applied = false; // pushed after the controller applied it: nothing to do this once
        return;
    }
    (void)apply(true); // a refusal is reported by apply
}

void AnnotationCommand::undo()
{
    (void)apply(false);
}

CorpusStore &AnnotationCommand::store() const
{
    return *m_controller->store();
}

bool AnnotationCommand::failed(const QString &message) const
{
    m_controller->reportError(message);
    return false;
}

FindingStatesCommand::FindingStatesCommand(AnnotationController *controller, const QString &text,
                                           qint64 articleId, const QList<QPair<qint64, FindingState>> &before,
                                           FindingState after)
    : AnnotationCommand(controller, text), m_articleId(articleId), m_before(before), m_after(after)
{
}

bool FindingStatesCommand::apply(bool forward)
{
    // One store call (one transaction) per target state: forward all of them at once, back
    // each group that had the same state before.
    QHash<int, QList<qint64>> groups;
    for (const auto &[id, before] : m_before)
        groups[int(forward ? m_after : before)].append(controller().currentId(id));
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const auto done = store().setFindingStates(it.value(), FindingState(it.key()));
        if (!done.ok())
            return failed(done.error().message());
    }
    controller().reportChanged(m_articleId,
                               m_before.size() == 1 ? controller().currentId(m_before.first().first) : 0);
    return true;
}

AddFindingCommand::AddFindingCommand(AnnotationController *controller, const QString &text, qint64 articleId,
                                     const FindingValue &value, FindingState state)
    : AnnotationCommand(controller, text), m_articleId(articleId), m_value(value), m_state(state)
{
}

bool AddFindingCommand::apply(bool forward)
{
    if (!forward) {
        const auto removed = store().removeFinding(controller().currentId(m_id));
        if (!removed.ok())
            return failed(removed.error().message());
        controller().reportChanged(m_articleId, 0);
        return true;
    }
    const auto added = store().addFinding(m_articleId, m_value, m_state);
    if (!added.ok())
        return failed(added.error().message());
    if (m_id == 0)
        m_id = added.value();
    else
        controller().remapId(m_id, added.value());
    controller().setLastAdded(added.value());
    controller().reportChanged(m_articleId, added.value());
    return true;
}

RemoveFindingCommand::RemoveFindingCommand(AnnotationController *controller, const QString &text,
                                           const FindingRecord &record)
    : AnnotationCommand(controller, text), m_record(record)
{
}

bool RemoveFindingCommand::apply(bool forward)
{
    if (forward) {
        const auto removed = store().removeFinding(controller().currentId(m_record.id));
        if (!removed.ok())
            return failed(removed.error().message());
        controller().reportChanged(m_record.articleId, 0);
        return true;
    }
    // Put back as it was: the value and the state (only person-made findings are removed, so
    // the origin is the same); the store gives it a new id.
    const auto added = store().addFinding(m_record.articleId, m_record.value, m_record.state);
    if (!added.ok())
        return failed(added.error().message());
    controller().remapId(m_record.id, added.value());
    if (!m_record.note.isEmpty()) {
        const auto noted = store().setFindingNote(added.value(), m_record.note);
        if (!noted.ok())
            return failed(noted.error().message());
    }
    controller().reportChanged(m_record.articleId, added.value());
    return true;
}

UpdateFindingCommand::UpdateFindingCommand(AnnotationController *controller, const QString &text,
                                           const FindingRecord &record, const FindingValue &after)
    : AnnotationCommand(controller, text), m_record(record), m_after(after)
{
}

bool UpdateFindingCommand::apply(bool forward)
{
    const qint64 id = controller().currentId(m_record.id);
    const auto updated = store().updateFinding(id, forward ? m_after : m_record.value);
    if (!updated.ok())
        return failed(updated.error().message());
    // updateFinding accepts the finding: undone, a pending (or rejected) one goes back.
    if (!forward && m_record.state != FindingState::Accepted) {
        const auto state = store().setFindingState(id, m_record.state);
        if (!state.ok())
            return failed(state.error().message());
    }
    controller().reportChanged(m_record.articleId, id);
    return true;
}

ReviewStateCommand::ReviewStateCommand(AnnotationController *controller, const QString &text,
                                       qint64 articleId, ReviewState before, ReviewState after)
    : AnnotationCommand(controller, text), m_articleId(articleId), m_before(before), m_after(after)
{
}

bool ReviewStateCommand::apply(bool forward)
{
    const auto done = store().setReviewState(m_articleId, forward ? m_after : m_before);
    if (!done.ok())
        return failed(done.error().message());
    controller().reportReviewChanged(m_articleId);
    return true;
}

} // namespace dealdesk

namespace dealdesk {

NoteCommand::NoteCommand(AnnotationController *controller, const QString &text, qint64 articleId,
                         qint64 findingId, const QString &before, const QString &after)
    : AnnotationCommand(controller, text), m_articleId(articleId), m_findingId(findingId), m_before(before),
      m_after(after)
{
}

bool NoteCommand::apply(bool forward)
{
    const QString &note = forward ? m_after : m_before;
    const qint64 id = controller().currentId(m_findingId);
    const auto done = m_findingId != 0 ? store().setFindingNote(id, note) : store().setArticleNote(m_articleId, note);
    if (!done.ok())
        return failed(done.error().message());
    if (m_findingId != 0)
        controller().reportChanged(m_articleId, id);
    else
        controller().reportReviewChanged(m_articleId);
    return true;
}

RenameCommand::RenameCommand(AnnotationController *controller, const QString &text, EntityType type,
                             const QString &from, const QString &to)
    : AnnotationCommand(controller, text), m_type(type), m_from(from), m_to(to)
{
}

bool RenameCommand::apply(bool forward)
{
    if (forward) {
        const auto renamed = store().renameEntity(m_type, m_from, m_to);
        if (!renamed.ok())
            return failed(renamed.error().message());
        m_change = renamed.value();
    } else {
        const auto reverted = store().revertRename(m_change, m_type, m_from, m_to);
        if (!reverted.ok())
            return failed(reverted.error().message());
    }
    controller().reportNamesChanged();
    return true;
}

AddAliasCommand::AddAliasCommand(AnnotationController *controller, const QString &text, EntityType type,
                                 const QString &canonical, const QString &alias, const QString &was)
    : AnnotationCommand(controller, text), m_type(type), m_canonical(canonical), m_alias(alias), m_was(was)
{
}

bool AddAliasCommand::apply(bool forward)
{
    // One store call each way, so each direction is one transaction with its record.
    const auto done = forward          ? store().addAlias(m_type, m_canonical, m_alias)
                      : m_was.isEmpty() ? store().removeAlias(m_type, m_canonical, m_alias)
                                        : store().addAlias(m_type, m_was, m_alias);
    if (!done.ok())
        return failed(done.error().message());
    controller().reportNamesChanged();
    return true;
}

} // namespace dealdesk
