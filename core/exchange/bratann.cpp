#include "core/exchange/bratann.h"

#include <QSet>

namespace dealdesk::brat {
namespace {

struct LineReader
{
    const QString &fileName;
    QStringList &errors;
    int line = 0;

    void error(const QString &reason) const
    {
        errors << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(reason);
    }
};

bool parseOffset(QStringView s, qsizetype &out)
{
    bool ok = false;
    const qlonglong v = s.toLongLong(&ok);
    if (!ok || v < 0)
        return false;
    out = qsizetype(v);
    return true;
}

} // namespace

AnnFile parseAnn(const QString &ann, const QString &fileName, QStringList &errors, QStringList &notes)
{
    AnnFile file;
    LineReader r{fileName, errors};
    QSet<QString> seen;
    bool toldNormalisations = false;
    for (QStringView raw : QStringView(ann).split(u'\n')) {
        ++r.line;
        if (raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        const QList<QStringView> cols = raw.split(u'\t');
        const QString id = cols[0].toString();
        if (cols.size() < 2 || id.isEmpty()) {
            r.error(QStringLiteral("not a brat annotation line (ID, a tab, then the annotation)"));
            continue;
        }
        if (id != u"#" && seen.contains(id)) {
            r.error(QStringLiteral("the id %1 is used twice; this line is skipped").arg(id));
            continue;
        }
        const QList<QStringView> words = cols[1].split(u' ', Qt::SkipEmptyParts);
        const QChar kind = id[0];
        if (kind == u'T') {
            const qsizetype space = cols[1].indexOf(u' ');
            if (space <= 0) {
                r.error(QStringLiteral("a span needs TYPE START END"));
                continue;
            }
            const QStringView offsets = cols[1].sliced(space + 1);
            if (offsets.contains(u';')) {
                r.error(QStringLiteral("discontinuous spans (START END;START END) are not supported"));
                continue;
            }
            Span s{id, cols[1].first(space).toString(), cols.size() > 2 ? cols[2].toString() : QString(), 0, 0,
                   r.line};
            const QList<QStringView> se = offsets.split(u' ', Qt::SkipEmptyParts);
            if (se.size() != 2 || !parseOffset(se[0], s.start) || !parseOffset(se[1], s.end) || s.end < s.start) {
                r.error(QStringLiteral("the offsets \"%1\" are not START END").arg(offsets.toString()));
                continue;
            }
            file.spans.append(s);
        } else if (kind == u'E') {
            Event e{id, {}, {}, {}, r.line};
            bool good = !words.isEmpty();
            for (qsizetype i = 0; i < words.size() && good; ++i) {
                const qsizetype colon = words[i].indexOf(u':');
                good = colon > 0 && colon + 1 < words[i].size();
                if (!good)
                    break;
                const QString role = words[i].first(colon).toString(), target = words[i].sliced(colon + 1).toString();
                if (i == 0) {
                    e.type = role;
                    e.trigger = target;
                } else {
                    e.arguments.append({role, target});
                }
            }
            if (!good) {
                r.error(QStringLiteral("an event needs TYPE:TRIGGER ROLE:ID..."));
                continue;
            }
            file.events.append(e);
        } else if (kind == u'R') {
            if (words.size() != 3 || !words[1].startsWith(u"Arg1:") || !words[2].startsWith(u"Arg2:")) {
                r.error(QStringLiteral("a relation needs TYPE Arg1:ID Arg2:ID"));
                continue;
            }
            file.relations.append({id, words[0].toString(), words[1].sliced(5).toString(),
                                   words[2].sliced(5).toString(), r.line});
        } else if (kind == u'A' || kind == u'M') {
            if (words.size() < 2 || words.size() > 3) {
                r.error(QStringLiteral("an attribute needs NAME ID [VALUE]"));
                continue;
            }
            file.attributes[words[1].toString()].append(
                {words[0].toString(), words.size() == 3 ? words[2].toString() : QString(), r.line});
        } else if (kind == u'#') {
            if (words.size() != 2) {
                r.error(QStringLiteral("a note needs TYPE ID, a tab, then its text"));
                continue;
            }
            if (words[0] != u"AnnotatorNotes") {
                notes << QStringLiteral("%1:%2: notes of type %3 are not read").arg(fileName).arg(r.line).arg(words[0]);
                continue;
            }
            const QString target = words[1].toString();
            if (file.notes.contains(target)) {
                r.error(QStringLiteral("a second note on %1; only the first is kept").arg(target));
                continue;
            }
            // A note's text runs to the end of the line, tabs included.
            const qsizetype textStart = cols[0].size() + 1 + cols[1].size() + 1;
            file.notes.insert(target, {cols.size() > 2 ? raw.sliced(textStart).toString() : QString(), r.line});
        } else if (kind == u'N' || kind == u'*') {
            if (!toldNormalisations)
                notes << QStringLiteral("%1:%2: normalisation and equivalence lines (N, *) are not read")
                             .arg(fileName)
                             .arg(r.line);
            toldNormalisations = true;
        } else {
            r.error(QStringLiteral("unknown annotation id \"%1\" (brat ids start with T, E, R, A, M, N, * or #)")
                        .arg(id));
            continue;
        }
        seen.insert(id);
    }
    return file;
}

} // namespace dealdesk::brat
