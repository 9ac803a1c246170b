#include "ui/annotationcontroller.h"

#include "core/store/corpusstore.h"
#include "ui/annotationcommands.h"
#include "ui/findingtext.h"

#include <QUndoStack>

namespace dealdesk {
namespace {

// The finding in a few words for an undo step's name: its text, shortened.
QString shortText(const FindingRecord &record)
{
    const QString text = record.text.simplified();
    return text.size() > 32 ? text.left(30) + u'…' : text;
}

} // namespace

AnnotationController::AnnotationController(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    setObjectName(u"annotationController"_qs);
    m_stack->setObjectName(u"undoStack"_qs);
}

AnnotationController::~AnnotationController() = default;

void AnnotationController::setStore(CorpusStore *store)
{
    m_stack->clear();
    m_ids.clear();
    m_lastAdded = 0;
    m_store = store;
}

bool AnnotationController::run(std::unique_ptr<AnnotationCommand> command)
{
    if (!m_store) {
        emit storeError(tr("No corpus is open."));
        return false;
    }
    if (!command->apply(true))
        return false; // apply reported why; the stack only holds edits that are stored
    command->markApplied();
    m_stack->push(command.release()); // the stack owns its commands
    return true;
}

bool AnnotationController::setState(const FindingRecord &record, FindingState state)
{
    const QString label = state == FindingState::Accepted   ? tr("Accept “%1”").arg(shortText(record))
                          : state == FindingState::Rejected ? tr("Reject “%1”").arg(shortText(record))
                                                            : tr("Reset “%1”").arg(shortText(record));
    return setStates({record}, state, label);
}

bool AnnotationController::setStates(const QList<FindingRecord> &records, FindingState state,
                                     const QString &label)
{
    QList<QPair<qint64, FindingState>> before;
    qint64 articleId = 0;
    for (const FindingRecord &r : records) {
        if (r.state != state)
            before.append({r.id, r.state});
        articleId = r.articleId;
    }
    if (before.isEmpty())
        return false;
    return run(std::make_unique<FindingStatesCommand>(this, label, articleId, before, state));
}

bool AnnotationController::addFinding(qint64 articleId, const FindingValue &value, FindingState state)
{
    const QString text = std::visit([](const auto &v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Deal>)
            return tr("Add deal %1 → %2").arg(v.investor, v.target);
        else
            return tr("Add “%1”").arg(v.text.simplified());
    }, value);
    return run(std::make_unique<AddFindingCommand>(this, text, articleId, value, state));
}

bool AnnotationController::updateFinding(const FindingRecord &record, const FindingValue &value)
{
    if (value == record.value && record.state == FindingState::Accepted)
        return false; // nothing changes: no empty undo step
    return run(std::make_unique<UpdateFindingCommand>(this, tr("Edit “%1”").arg(shortText(record)), record, value));
}

bool AnnotationController::removeFinding(const FindingRecord &record)
{
    return run(std::make_unique<RemoveFindingCommand>(this, tr("Delete “%1”").arg(shortText(record)), record));
}

bool AnnotationController::setReviewState(qint64 articleId, ReviewState before, ReviewState after)
{
    if (before == after)
        return false;
    return run(std::make_unique<ReviewStateCommand>(this, tr("Mark article as “%1”").arg(reviewStateName(after)),
                                                    articleId, before, after));
}

bool AnnotationController::setFindingNote(const FindingRecord &record, const QString &note)
{
    if (note == record.note)
        return false;
    return run(std::make_unique<NoteCommand>(this, tr("Note on “%1”").arg(shortText(record)), record.articleId,
                                             record.id, record.note, note));
}

bool AnnotationController::setArticleNote(qint64 articleId, const QString &before, const QString &after)
{
    if (before == after)
        return false;
    return run(std::make_unique<NoteCommand>(this, tr("Note on the article"), articleId, 0, before, after));
}

bool AnnotationController::renameEntity(EntityType type, const QString &from, const QString &to)
{
    if (from == to || to.isEmpty())
        return false;
    return run(std::make_unique<RenameCommand>(this, tr("Rename “%1” to “%2”").arg(from, to), type, from, to));
}

bool AnnotationController::addAlias(EntityType type, const QString &canonical, const QString &alias)
{
    if (!m_store || alias.isEmpty() || alias == canonical)
        return false;
    // What it meant before is what the undo gives back (an alias has one canonical name).
    const QString was = aliasMeaning(type, alias);
    if (was == canonical)
        return false; // nothing changes: no empty undo step
    return run(std::make_unique<AddAliasCommand>(this, tr("Add alias “%1” to “%2”").arg(alias, canonical), type,
                                                 canonical, alias, was));
}

QString AnnotationController::aliasMeaning(EntityType type, const QString &alias) const
{
    if (!m_store)
        return {};
    for (const LearnedName &name : m_store->learnedNames()) {
        if (name.type == type && name.aliases.contains(alias))
            return name.canonical;
    }
    return {};
}

qint64 AnnotationController::currentId(qint64 findingId) const
{
    return m_ids.value(findingId, findingId);
}

void AnnotationController::remapId(qint64 oldId, qint64 newId)
{
    // Every id that reached the old one (the first id, and ids handed out since) now reaches
    // the new one.
    const qint64 was = currentId(oldId);
    for (auto it = m_ids.begin(); it != m_ids.end(); ++it) {
        if (it.value() == was)
            it.value() = newId;
    }
    m_ids.insert(oldId, newId);
    m_ids.insert(was, newId);
}

void AnnotationController::reportChanged(qint64 articleId, qint64 findingId)
{
    emit articleChanged(articleId, findingId);
}

void AnnotationController::reportReviewChanged(qint64 articleId)
{
    emit reviewChanged(articleId);
}

void AnnotationController::reportNamesChanged()
{
    emit namesChanged();
}

void AnnotationController::reportError(const QString &message)
{
    emit storeError(message);
}

} // namespace dealdesk
