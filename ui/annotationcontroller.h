#pragma once
// The one way the desk edits a corpus: every edit is an undoable command on one QUndoStack per
// open corpus, applied to the store at once (one transaction per store call; nothing waits
// for a Save). A command the store refuses is reported and never pushed, so the stack only
// holds edits that are in the corpus.
//
// A finding that is removed and put back gets a new id from the store; the controller keeps
// the mapping, so older commands on the stack still reach it (currentId).

#include "core/store/storetypes.h"

#include <QHash>
#include <QObject>

#include <memory>

class QUndoStack;

namespace dealdesk {

class AnnotationCommand;
class CorpusStore;

class AnnotationController : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    explicit AnnotationController(QObject *parent = nullptr);
    ~AnnotationController() override;

    // Not owned. A new corpus starts a new history (the stack is cleared).
    void setStore(CorpusStore *store);
    [[nodiscard]] CorpusStore *store() const { return m_store; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_stack; }

    // Applies the command; pushes it when the store took it. False (and storeError) when not.
    bool run(std::unique_ptr<AnnotationCommand> command);

    // The edits, each one command (one undo step).
    bool setState(const FindingRecord &record, FindingState state);
    // One undo step for the batch; records already in `state` are skipped. False when none left.
    bool setStates(const QList<FindingRecord> &records, FindingState state, const QString &label);
    bool addFinding(qint64 articleId, const FindingValue &value,
                    FindingState state = FindingState::Accepted);
    bool updateFinding(const FindingRecord &record, const FindingValue &value);
    bool removeFinding(const FindingRecord &record);
    bool setReviewState(qint64 articleId, ReviewState before, ReviewState after);
    bool setFindingNote(const FindingRecord &record, const QString &note);
    bool setArticleNote(qint64 articleId, const QString &before, const QString &after);
    bool renameEntity(EntityType type, const QString &from, const QString &to);
    // Undone, the alias is forgotten (or means again the name it meant before). False, and no
    // undo step, when it already means `canonical`.
    bool addAlias(EntityType type, const QString &canonical, const QString &alias);
    // The canonical name `alias` is stored as an alias of; empty when none.
    [[nodiscard]] QString aliasMeaning(EntityType type, const QString &alias) const;

    // The id a finding has now (it changes when an undo or redo puts a removed one back).
    [[nodiscard]] qint64 currentId(qint64 findingId) const;
    void remapId(qint64 oldId, qint64 newId);
    // The article of the last finding added by a command (tests, and selecting it after).
    [[nodiscard]] qint64 lastAddedId() const { return m_lastAdded; }

    // Called by commands after each apply.
    void reportChanged(qint64 articleId, qint64 findingId);
    void reportReviewChanged(qint64 articleId);
    void reportNamesChanged();
    void reportError(const QString &message);
    void setLastAdded(qint64 id) { m_lastAdded = id; }

signals:
    // An edit (or its undo) touched this article; findingId is the finding to select, 0 none.
    void articleChanged(qint64 articleId, qint64 findingId);
    void reviewChanged(qint64 articleId);
    // A rename, merge or alias: the entity and deal panels read the corpus again.
    void namesChanged();
    void storeError(const QString &message);

private:
    CorpusStore *m_store = nullptr;
    QUndoStack *m_stack = nullptr;
    QHash<qint64, qint64> m_ids; // id a command knows -> id in the store now
    qint64 m_lastAdded = 0;
};

} // namespace dealdesk
