#include "core/exchange/bratreader.h"

#include "core/exchange/articlemeta.h"
#include "core/exchange/bratann.h"
#include "core/exchange/bratconf.h"
#include "core/exchange/bratnotes.h"
#include "core/text/tokenizer.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace dealdesk {
namespace {

const QStringList spanKeys{u"canonical"_qs, u"currency"_qs, u"low"_qs, u"high"_qs, u"value"_qs, u"note"_qs};
const QStringList dealKeys{u"investor"_qs, u"target"_qs, u"currency"_qs, u"low"_qs,
                           u"high"_qs,     u"qualifier"_qs, u"date"_qs, u"note"_qs};

// A date's grain from the shape of its ISO value, for dates made in brat without a Grain.
DateGrain grainOf(const QString &value)
{
    if (value.startsWith(u'P'))
        return DateGrain::Duration;
    if (value.contains(u'Q'))
        return DateGrain::Quarter;
    if (value.contains(u'T'))
        return DateGrain::DateTime;
    return value.size() >= 10 ? DateGrain::Day : value.size() >= 7 ? DateGrain::Month : DateGrain::Year;
}

class Assembler
{
public:
    Assembler(AnnotatedArticle &doc, const brat::AnnFile &file, const QString &annFile, QStringList &errors)
        : m_doc(doc), m_file(file), m_annFile(annFile), m_errors(errors), m_map(doc.article.text)
    {
    }

    void run()
    {
        for (const brat::Span &s : m_file.spans)
            readSpan(s);
        for (const brat::Event &e : m_file.events)
            readEvent(e);
        for (const brat::Relation &r : m_file.relations)
            readRelation(r);
        for (auto it = m_file.attributes.cbegin(); it != m_file.attributes.cend(); ++it) {
            if (!m_known.contains(it.key()))
                for (const brat::Attribute &a : it.value())
                    error(a.line, QStringLiteral("the attribute %1 points at %2, which is not read").arg(a.name, it.key()));
        }
        for (auto it = m_file.notes.cbegin(); it != m_file.notes.cend(); ++it) {
            if (!m_known.contains(it.key()))
                error(it.value().line, QStringLiteral("the note points at %1, which is not read").arg(it.key()));
        }
        sortCanonically(m_doc.annotations);
    }

private:
    void error(int line, const QString &reason) { m_errors << QStringLiteral("%1:%2: %3").arg(m_annFile).arg(line).arg(reason); }

    // Reads an enumerated attribute of `id`; `fallback` when absent, an error when unknown.
    template <typename Enum, typename FromString>
    bool attribute(const QString &id, const char16_t *name, FromString fromString, Enum &out)
    {
        for (const brat::Attribute &a : m_file.attributes.value(id)) {
            if (a.name != QStringView(name))
                continue;
            const auto v = fromString(a.value);
            if (!v) {
                // The annotation is still read, with the value it would have without this line.
                error(a.line, QStringLiteral("%1 \"%2\" is not one of the values annotation.conf lists; "
                                             "ignored").arg(a.name, a.value));
                continue;
            }
            out = *v;
        }
        return true;
    }

    // State and origin: ours say them; a person working in brat made and accepted it.
    bool review(const QString &id, Annotation &a)
    {
        a.origin = FindingOrigin::Person;
        if (!attribute(id, brat::originAttribute, findingOriginFromString, a.origin))
            return false;
        a.state = a.origin == FindingOrigin::Machine ? FindingState::Pending : FindingState::Accepted;
        return attribute(id, brat::stateAttribute, findingStateFromString, a.state);
    }

    NoteFields fields(const QString &id, const QStringList &keys, QString &freeNote)
    {
        const brat::Note note = m_file.notes.value(id);
        if (note.text.isEmpty())
            return {};
        if (const auto decoded = decodeNoteFields(note.text, keys)) {
            freeNote = noteField(*decoded, u"note"_qs);
            return *decoded;
        }
        freeNote = note.text;
        return {};
    }

    bool money(const NoteFields &f, int line, Money &m)
    {
        m.currency = noteField(f, u"currency"_qs);
        bool okLow = true, okHigh = true;
        if (hasNoteField(f, u"low"_qs))
            m.low = noteField(f, u"low"_qs).toDouble(&okLow);
        m.high = hasNoteField(f, u"high"_qs) ? noteField(f, u"high"_qs).toDouble(&okHigh) : m.low;
        if (!okLow || !okHigh)
            error(line, QStringLiteral("low or high in the note is not a number"));
        return okLow && okHigh;
    }

    void readSpan(const brat::Span &s)
    {
        const QString &text = m_doc.article.text;
        const qsizetype points = m_map.toCodePoints(text.size());
        if (s.end > points || s.start >= s.end) {
            error(s.line, QStringLiteral("the span %1-%2 is not inside the text (%3 code points)").arg(s.start).arg(s.end).arg(points));
            return;
        }
        const TextRange range{m_map.toUtf16(s.start), m_map.toUtf16(s.end)};
        QString covered = text.mid(range.start, range.length());
        QString oneLine = covered;
        oneLine.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        if (!s.text.isEmpty() && s.text != oneLine && s.text != covered) {
            error(s.line, QStringLiteral("the text at %1-%2 is \"%3\", the line says \"%4\" (offsets must count code points)")
                              .arg(s.start).arg(s.end).arg(oneLine, s.text));
            return;
        }
        if (s.type == QStringView(brat::dealType)) {
            m_triggers.insert(s.id, range);
            return;
        }
        Annotation a;
        if (!review(s.id, a))
            return;
        const NoteFields f = fields(s.id, spanKeys, a.note);
        if (const auto type = entityTypeFromString(s.type)) {
            const QString canonical = noteField(f, u"canonical"_qs);
            a.value = EntityMention{range, covered, *type, canonical.isEmpty() ? covered.simplified() : canonical};
        } else if (s.type == QStringView(brat::moneyType)) {
            Amount m{range, covered, {}, MoneyRole::Other};
            if (!money(f, s.line, m.money) || !attribute(s.id, brat::qualifierAttribute, qualifierFromString, m.money.qualifier)
                || !attribute(s.id, brat::roleAttribute, moneyRoleFromString, m.role))
                return;
            a.value = m;
        } else if (s.type == QStringView(brat::dateType)) {
            DateMention d{range, covered, noteField(f, u"value"_qs), DateGrain::Year};
            d.grain = grainOf(d.value);
            if (!attribute(s.id, brat::grainAttribute, dateGrainFromString, d.grain))
                return;
            a.value = d;
        } else {
            error(s.line, QStringLiteral("unknown type \"%1\" (annotation.conf lists ORG, PERSON, PLACE, PRODUCT, "
                                         "PROJECT, MONEY, DATE and Deal)").arg(s.type));
            return;
        }
        a.kind = kindOf(a.value);
        m_known.insert(s.id);
        m_values.insert(s.id, a.value);
        m_doc.annotations.append(a);
    }

    void readEvent(const brat::Event &e)
    {
        if (e.type != QStringView(brat::dealType) || !m_triggers.contains(e.trigger)) {
            error(e.line, QStringLiteral("only Deal events with a Deal trigger span are read"));
            return;
        }
        Annotation a;
        if (!review(e.id, a))
            return;
        const NoteFields f = fields(e.id, dealKeys, a.note);
        Deal deal;
        deal.evidence = m_triggers.value(e.trigger);
        for (const brat::Argument &arg : e.arguments) {
            const auto it = m_values.constFind(arg.target);
            if (it == m_values.cend()) {
                error(e.line, QStringLiteral("the argument %1:%2 is not a span that was read").arg(arg.role, arg.target));
                return;
            }
            fillFromArgument(deal, arg.role, *it);
        }
        // The note's fields are what our exports read back; arguments fill what it lacks.
        if (hasNoteField(f, u"investor"_qs))
            deal.investor = noteField(f, u"investor"_qs);
        if (hasNoteField(f, u"target"_qs))
            deal.target = noteField(f, u"target"_qs);
        if (hasNoteField(f, u"date"_qs))
            deal.date = noteField(f, u"date"_qs);
        if (hasNoteField(f, u"currency"_qs)) {
            Money m;
            if (!money(f, e.line, m))
                return;
            const auto qualifier = qualifierFromString(noteField(f, u"qualifier"_qs));
            m.qualifier = qualifier.value_or(Qualifier::Exact);
            deal.money = m;
        }
        if (!attribute(e.id, brat::statusAttribute, dealStatusFromString, deal.status))
            return;
        a.value = deal;
        a.kind = FindingKind::Deal;
        m_known.insert(e.id);
        m_doc.annotations.append(a);
    }

    static void fillFromArgument(Deal &deal, const QString &role, const FindingValue &value)
    {
        if (const auto *e = std::get_if<EntityMention>(&value)) {
            if (role == QStringView(brat::investorRole))
                deal.investor = e->canonical;
            else if (role == QStringView(brat::targetRole))
                deal.target = e->canonical;
        } else if (const auto *m = std::get_if<Amount>(&value)) {
            deal.money = m->money;
        } else if (const auto *d = std::get_if<DateMention>(&value)) {
            deal.date = d->value;
        }
    }

    // A relation "Deal Arg1:investor Arg2:target" as a person may draw it in brat: its
    // evidence is the sentence (or sentences) holding both mentions.
    void readRelation(const brat::Relation &r)
    {
        if (r.type.compare(QStringView(brat::dealType), Qt::CaseInsensitive) != 0) {
            error(r.line, QStringLiteral("relations of type %1 are not read (only Deal)").arg(r.type));
            return;
        }
        const auto first = m_values.constFind(r.arg1), second = m_values.constFind(r.arg2);
        const auto *investor = first == m_values.cend() ? nullptr : std::get_if<EntityMention>(&*first);
        const auto *target = second == m_values.cend() ? nullptr : std::get_if<EntityMention>(&*second);
        if (!investor || !target) {
            error(r.line, QStringLiteral("a Deal relation joins two entity mentions that were read"));
            return;
        }
        const qsizetype from = std::min(investor->range.start, target->range.start);
        const qsizetype to = std::max(investor->range.end, target->range.end);
        TextRange evidence{from, to};
        for (const TextRange &s : SentenceSplitter().split(m_doc.article.text)) {
            if (s.end > from && s.start <= from)
                evidence.start = s.start;
            if (s.start < to && s.end >= to)
                evidence.end = s.end;
        }
        Deal deal;
        deal.investor = investor->canonical;
        deal.target = target->canonical;
        deal.evidence = evidence;
        m_doc.annotations.append({FindingKind::Deal, FindingState::Accepted, FindingOrigin::Person, deal, {}});
        m_known.insert(r.id);
    }

    AnnotatedArticle &m_doc;
    const brat::AnnFile &m_file;
    const QString &m_annFile;
    QStringList &m_errors;
    const CodePointMap m_map;
    QHash<QString, TextRange> m_triggers;
    QHash<QString, FindingValue> m_values;
    QSet<QString> m_known;
};

std::optional<QString> readUtf8(const QString &path, QStringList &errors)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        errors << QStringLiteral("%1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(f.readAll());
    if (decoder.hasError()) {
        errors << QStringLiteral("%1: not UTF-8 text").arg(path);
        return std::nullopt;
    }
    return text;
}

} // namespace

AnnotatedArticle readBrat(const QString &text, const QString &ann, const QByteArray &meta, const QString &annFile,
                          QStringList &errors, QStringList &notes)
{
    AnnotatedArticle doc;
    doc.article.text = text;
    doc.article.format = u"txt"_qs;
    if (!meta.isEmpty()) {
        QJsonParseError parse;
        const QJsonDocument json = QJsonDocument::fromJson(meta, &parse);
        const QString metaFile = QFileInfo(annFile).path() + u'/' + QFileInfo(annFile).completeBaseName() + u".meta.json"_qs;
        if (!json.isObject())
            errors << QStringLiteral("%1: %2; the metadata is left empty").arg(metaFile, parse.errorString());
        else if (const QString problem = readArticleMeta(json.object(), doc); !problem.isEmpty())
            errors << QStringLiteral("%1: %2").arg(metaFile, problem);
    }
    const brat::AnnFile file = brat::parseAnn(ann, annFile, errors, notes);
    Assembler(doc, file, annFile, errors).run();
    doc.article.contentHash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
    return doc;
}

std::optional<AnnotatedArticle> readBratFiles(const QString &txtPath, QStringList &errors, QStringList &notes)
{
    const QFileInfo info(txtPath);
    const QString base = info.path() + u'/' + info.completeBaseName();
    const auto text = readUtf8(txtPath, errors);
    if (!text)
        return std::nullopt;
    QString ann;
    if (QFile::exists(base + u".ann"_qs)) {
        const auto read = readUtf8(base + u".ann"_qs, errors);
        if (!read)
            return std::nullopt;
        ann = *read;
    }
    QByteArray meta;
    if (QFile m(base + u".meta.json"_qs); m.open(QIODevice::ReadOnly))
        meta = m.readAll();
    AnnotatedArticle doc = readBrat(*text, ann, meta, base + u".ann"_qs, errors, notes);
    if (doc.article.id.isEmpty())
        doc.article.id = txtPath;
    if (doc.article.sourcePath.isEmpty())
        doc.article.sourcePath = txtPath;
    return doc;
}

QStringList bratTextFiles(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {info.path() + u'/' + info.completeBaseName() + u".txt"_qs};
    QStringList files;
    QDirIterator it(path, {u"*.txt"_qs}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace dealdesk
