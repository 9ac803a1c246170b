#pragma once
// Corpus-wide name edits, each in ONE transaction with its history record: rename or merge
// a canonical name (entity findings and deals follow, the old name stays as an alias), its
// exact undo, and an alias added by hand or forgotten again (its undo).

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

namespace dealdesk {

class NameEdits
{
public:
    NameEdits(const SqlContext &context, const QString &editor) : m_context(context), m_editor(editor) {}

    [[nodiscard]] StoreResult<NameChange> rename(EntityType type, const QString &from,
                                                 const QString &to) const;
    [[nodiscard]] StoreResult<bool> revert(const NameChange &change, EntityType type,
                                           const QString &from, const QString &to) const;
    [[nodiscard]] StoreResult<bool> addAlias(EntityType type, const QString &canonical,
                                             const QString &alias) const;
    [[nodiscard]] StoreResult<bool> removeAlias(EntityType type, const QString &canonical,
                                                const QString &alias) const;

private:
    const SqlContext &m_context;
    QString m_editor;
};

} // namespace dealdesk
