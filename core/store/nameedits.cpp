#include "core/store/nameedits.h"

#include "core/store/editjson.h"
#include "core/store/edittable.h"
#include "core/store/nametable.h"
#include "core/store/storecodec.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dealdesk {
namespace {

// Deals name their investor and target, which are companies or people: a place or a product
// renamed leaves them alone.
bool dealsFollow(EntityType type)
{
    return type == EntityType::Org || type == EntityType::Person;
}

QList<qint64> articlesOf(const QList<NamedFinding> &findings)
{
    QList<qint64> articles;
    QSet<qint64> seen;
    for (const NamedFinding &f : findings) {
        if (!seen.contains(f.articleId)) {
            seen.insert(f.articleId);
            articles << f.articleId;
        }
    }
    return articles;
}

std::optional<StoreError> badNames(const QString &file, const QString &a, const QString &b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return StoreError{file, QStringLiteral("a name cannot be empty")};
    if (a == b)
        return StoreError{file, QStringLiteral("\"%1\" is already that name").arg(a)};
    return std::nullopt;
}

// What a rename's record holds to be undone exactly: each finding's payload and stamp before
// it, what `from` meant as an alias before, and the aliases that moved from `from` to `to`.
QString renameBefore(EntityType type, const QString &from, const QList<NamedFinding> &changed,
                     const QString &aliasWas, const QStringList &moved)
{
    QJsonArray findings;
    for (const NamedFinding &f : changed) {
        findings.append(QJsonObject{{u"id"_qs, f.id},
                                    {u"payload"_qs, f.payload},
                                    {u"editedBy"_qs, f.editedBy},
                                    {u"editedAt"_qs, f.editedAt}});
    }
    QJsonObject o = parseJsonObject(nameEditJson(type, from)).value_or(QJsonObject());
    o.insert(u"findings"_qs, findings);
    o.insert(u"aliasWas"_qs, aliasWas);
    o.insert(u"movedAliases"_qs, QJsonArray::fromStringList(moved));
    return compactJson(o);
}

} // namespace

StoreResult<NameChange> NameEdits::rename(EntityType type, const QString &from, const QString &to) const
{
    if (auto bad = badNames(m_context.file, from, to))
        return *bad;
    return inWriteTransaction<NameChange>(m_context, [&]() -> StoreResult<NameChange> {
        const NameTable names(m_context);
        const auto found = names.findingsNamed(type, from, dealsFollow(type));
        if (!found.ok())
            return found.error();
        const EditStamp stamp = EditStamp::now(m_editor);
        NameChange change;
        QList<NamedFinding> changed;
        for (const NamedFinding &f : found.value()) {
            const auto payload = renamedPayload(f.kind, f.payload, from, to);
            if (!payload)
                continue; // damaged, or matched by the SQL but not by the decoded JSON
            const auto set = names.setPayload(f.id, *payload, stamp.editor, stamp.at);
            if (!set.ok())
                return set.error();
            changed << f;
            change.findingIds << f.id;
            if (f.kind == FindingKind::Deal)
                ++change.deals;
            else
                ++change.findings;
        }
        const auto aliasWas = names.setAlias(type, to, from);
        if (!aliasWas.ok())
            return aliasWas.error();
        const auto moved = names.moveAliases(type, from, to);
        if (!moved.ok())
            return moved.error();
        const auto recorded = EditTable(m_context).append(
            {0, 0, 0, EditAction::Rename,
             renameBefore(type, from, changed, aliasWas.value(), moved.value()),
             nameEditJson(type, to), stamp.editor, stamp.at},
            articlesOf(changed));
        if (!recorded.ok())
            return recorded.error();
        return change;
    });
}

StoreResult<bool> NameEdits::revert(const NameChange &change, EntityType type, const QString &from,
                                    const QString &to) const
{
    if (auto bad = badNames(m_context.file, from, to))
        return *bad;
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const NameTable names(m_context);
        const EditTable edits(m_context);
        // The newest rename of (type, from) into `to` holds the state to go back to.
        const auto befores = edits.beforesOf(EditAction::Rename, nameEditJson(type, to));
        if (!befores.ok())
            return befores.error();
        QJsonObject before;
        for (const QString &json : befores.value()) {
            const auto o = parseJsonObject(json);
            if (o && o->value(u"name").toString() == from && o->value(u"findings").isArray()) {
                before = *o;
                break;
            }
        }
        QHash<qint64, QJsonObject> was;
        for (const QJsonValue &v : before.value(u"findings").toArray())
            was.insert(v.toObject().value(u"id").toInteger(), v.toObject());

        // Findings that re-extraction replaced since are gone; the others go back.
        const auto current = names.findings(change.findingIds);
        if (!current.ok())
            return current.error();
        for (const NamedFinding &f : current.value()) {
            const auto old = was.constFind(f.id);
            std::optional<QString> payload;
            QString by, at;
            if (old != was.constEnd()) {
                payload = old->value(u"payload").toString();
                by = old->value(u"editedBy").toString();
                at = old->value(u"editedAt").toString();
            } else {
                // No record of it (a history from elsewhere): write the name back at least.
                payload = renamedPayload(f.kind, f.payload, to, from);
                by = f.editedBy;
                at = f.editedAt;
            }
            if (!payload)
                continue;
            const auto set = names.setPayload(f.id, *payload, by, at);
            if (!set.ok())
                return set.error();
        }

        const QString aliasWas = before.value(u"aliasWas").toString();
        // `from` means again what it meant before the rename: nothing, or another name.
        if (aliasWas.isEmpty()) {
            const auto removed = names.removeAlias(type, from);
            if (!removed.ok())
                return removed.error();
        } else {
            const auto restored = names.setAlias(type, aliasWas, from);
            if (!restored.ok())
                return restored.error();
        }
        for (const QJsonValue &v : before.value(u"movedAliases").toArray()) {
            const auto back = names.setAlias(type, from, v.toString());
            if (!back.ok())
                return back.error();
        }

        const EditStamp stamp = EditStamp::now(m_editor);
        const auto recorded = edits.append({0, 0, 0, EditAction::Rename, nameEditJson(type, to),
                                            nameEditJson(type, from), stamp.editor, stamp.at},
                                           articlesOf(current.value()));
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> NameEdits::addAlias(EntityType type, const QString &canonical, const QString &alias) const
{
    if (auto bad = badNames(m_context.file, canonical, alias))
        return *bad;
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const auto was = NameTable(m_context).setAlias(type, canonical, alias);
        if (!was.ok())
            return was.error();
        const EditStamp stamp = EditStamp::now(m_editor);
        const auto recorded = EditTable(m_context).append(
            {0, 0, 0, EditAction::Alias,
             was.value().isEmpty() ? QString() : aliasEditJson(type, was.value(), alias),
             aliasEditJson(type, canonical, alias), stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

StoreResult<bool> NameEdits::removeAlias(EntityType type, const QString &canonical,
                                         const QString &alias) const
{
    if (canonical.trimmed().isEmpty() || alias.trimmed().isEmpty())
        return StoreError{m_context.file, QStringLiteral("a name cannot be empty")};
    return inWriteTransaction<bool>(m_context, [&]() -> StoreResult<bool> {
        const auto removed = NameTable(m_context).removeAlias(type, canonical, alias);
        if (!removed.ok())
            return removed.error();
        // Said, not ignored: an undo that finds nothing to undo is out of step with the corpus.
        if (!removed.value())
            return StoreError{m_context.file, QStringLiteral("\"%1\" is not an alias of \"%2\"")
                                                  .arg(alias, canonical)};
        const EditStamp stamp = EditStamp::now(m_editor);
        // `before` says what the alias meant, as Alias's `after` does; nothing after it.
        const auto recorded = EditTable(m_context).append(
            {0, 0, 0, EditAction::Unalias, aliasEditJson(type, canonical, alias), QString(),
             stamp.editor, stamp.at});
        if (!recorded.ok())
            return recorded.error();
        return true;
    });
}

} // namespace dealdesk
