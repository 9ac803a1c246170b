#pragma once
// The lines of a brat .ann file as written, before they mean anything to us: text-bound
// spans (T), events (E), relations (R), attributes (A/M) and notes (#), each with its line
// number so a problem names it. Offsets are still code points here.

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dealdesk::brat {

struct Span
{
    QString id, type, text;
    qsizetype start = 0, end = 0; // code points
    int line = 0;
};

struct Argument
{
    QString role, target;
};

struct Event
{
    QString id, type, trigger;
    QList<Argument> arguments;
    int line = 0;
};

struct Relation
{
    QString id, type, arg1, arg2;
    int line = 0;
};

struct Attribute
{
    QString name, value;
    int line = 0;
};

struct Note
{
    QString text;
    int line = 0;
};

struct AnnFile
{
    QList<Span> spans;
    QList<Event> events;
    QList<Relation> relations;
    QHash<QString, QList<Attribute>> attributes; // by the annotation id they apply to
    QHash<QString, Note> notes;                  // AnnotatorNotes, by annotation id
};

// Parses `ann`; every line it cannot read is an error "FILE:LINE: reason" in `errors` and is
// left out, the others are kept. Lines brat writes that carry nothing we keep (normalisations,
// equivalences) are named in `notes`.
[[nodiscard]] AnnFile parseAnn(const QString &ann, const QString &fileName, QStringList &errors,
                               QStringList &notes);

} // namespace dealdesk::brat
