#pragma once
// The undoable edits of a corpus (see AnnotationController). Each command calls the store in
// both directions and undoes exactly: an undone add removes, an undone remove adds the
// finding back (the store gives it a new id, which the controller maps), a state or value
// goes back to what it was, Pending included.

#include "core/store/storetypes.h"

#include <QList>
#include <QPair>
#include <QUndoCommand>

namespace dealdesk {

class AnnotationController;
class CorpusStore;

class AnnotationCommand : public QUndoCommand
{
public:
    AnnotationCommand(AnnotationController *controller, const QString &text);

    // Applies the edit (forward) or its undo; false when the store refused (reported).
    [[nodiscard]] virtual bool apply(bool forward) = 0;
    // The controller applied it once already: the push must not apply it again.
    void markApplied() { m_applied = true; }

    void redo() override;
    void undo() override;

protected:
    [[nodiscard]] CorpusStore &store() const;
    [[nodiscard]] AnnotationController &controller() const { return *m_controller; }
    // Reports a store error; returns false so `return failed(result)` reads.
    bool failed(const QString &message) const;

private:
    AnnotationController *m_controller;
    bool m_applied = false;
};

// Accept, reject or reset (Pending) one or many findings of an article: one undo step.
class FindingStatesCommand : public AnnotationCommand
{
public:
    FindingStatesCommand(AnnotationController *controller, const QString &text, qint64 articleId,
                         const QList<QPair<qint64, FindingState>> &before, FindingState after);
    [[nodiscard]] bool apply(bool forward) override;

private:
    qint64 m_articleId;
    QList<QPair<qint64, FindingState>> m_before; // id, state before
    FindingState m_after;
};

class AddFindingCommand : public AnnotationCommand
{
public:
    AddFindingCommand(AnnotationController *controller, const QString &text, qint64 articleId,
                      const FindingValue &value, FindingState state);
    [[nodiscard]] bool apply(bool forward) override;
    [[nodiscard]] qint64 findingId() const { return m_id; }

private:
    qint64 m_articleId;
    FindingValue m_value;
    FindingState m_state;
    qint64 m_id = 0; // the id the first add got: the key the controller maps
};

class RemoveFindingCommand : public AnnotationCommand
{
public:
    RemoveFindingCommand(AnnotationController *controller, const QString &text, const FindingRecord &record);
    [[nodiscard]] bool apply(bool forward) override;

private:
    FindingRecord m_record;
};

// A new value (fields, boundaries); undone, the value and the state before come back.
class UpdateFindingCommand : public AnnotationCommand
{
public:
    UpdateFindingCommand(AnnotationController *controller, const QString &text, const FindingRecord &record,
                         const FindingValue &after);
    [[nodiscard]] bool apply(bool forward) override;

private:
    FindingRecord m_record;
    FindingValue m_after;
};

class ReviewStateCommand : public AnnotationCommand
{
public:
    ReviewStateCommand(AnnotationController *controller, const QString &text, qint64 articleId,
                       ReviewState before, ReviewState after);
    [[nodiscard]] bool apply(bool forward) override;

private:
    qint64 m_articleId;
    ReviewState m_before, m_after;
};

// The note on a finding (findingId set) or on an article.
class NoteCommand : public AnnotationCommand
{
public:
    NoteCommand(AnnotationController *controller, const QString &text, qint64 articleId, qint64 findingId,
                const QString &before, const QString &after);
    [[nodiscard]] bool apply(bool forward) override;

private:
    qint64 m_articleId, m_findingId;
    QString m_before, m_after;
};

// Rename or merge a canonical name in the whole corpus; undone with exactly what it touched.
class RenameCommand : public AnnotationCommand
{
public:
    RenameCommand(AnnotationController *controller, const QString &text, EntityType type, const QString &from,
                  const QString &to);
    [[nodiscard]] bool apply(bool forward) override;
    [[nodiscard]] NameChange change() const { return m_change; }

private:
    EntityType m_type;
    QString m_from, m_to;
    NameChange m_change;
};

// An alias added by hand. Undone, the alias is forgotten, or means again the name it meant
// before (`was`, when the add moved it from another canonical name).
class AddAliasCommand : public AnnotationCommand
{
public:
    AddAliasCommand(AnnotationController *controller, const QString &text, EntityType type,
                    const QString &canonical, const QString &alias, const QString &was);
    [[nodiscard]] bool apply(bool forward) override;

private:
    EntityType m_type;
    QString m_canonical, m_alias, m_was;
};

} // namespace dealdesk
