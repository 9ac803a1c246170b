#pragma once
// The AnnotatorNotes text of our brat files: the normalised fields brat has no place for,
// written "key=value; key=value" with '\' escaping ';', '\', tabs and line breaks, so a note
// stays on its one .ann line and reads back exactly. A note that is not in this form (one a
// person typed into brat) is the journalist's free note.

#include <QList>
#include <QPair>
#include <QString>

namespace dealdesk {

using NoteFields = QList<QPair<QString, QString>>;

[[nodiscard]] QString encodeNoteFields(const NoteFields &fields);
// The fields of `text`; nullopt when it is not entirely key=value pairs of `knownKeys`.
[[nodiscard]] std::optional<NoteFields> decodeNoteFields(const QString &text, const QStringList &knownKeys);
[[nodiscard]] QString noteField(const NoteFields &fields, const QString &key);
[[nodiscard]] bool hasNoteField(const NoteFields &fields, const QString &key);

} // namespace dealdesk
