#include "core/exchange/bratwriter.h"

#include "core/exchange/annotatedarticle.h"
#include "core/exchange/articlemeta.h"
#include "core/exchange/bratconf.h"
#include "core/exchange/bratnotes.h"

#include <QJsonDocument>

namespace dealdesk {
namespace {

class AnnWriter
{
public:
    AnnWriter(const AnnotatedArticle &doc, QStringList &notes)
        : m_doc(doc), m_map(doc.article.text), m_notes(notes)
    {
    }

    QString write()
    {
        for (const Annotation &a : m_doc.annotations) {
            if (a.kind != FindingKind::Deal)
                writeSpan(a);
        }
        for (const Annotation &a : m_doc.annotations) {
            if (a.kind == FindingKind::Deal)
                writeDeal(a);
        }
        return m_out;
    }

private:
    struct Written
    {
        QString id;
        const Annotation *annotation;
        TextRange range;
    };

    [[nodiscard]] QString where() const { return exchangeFileStem(m_doc.article); }

    // "Tn\tTYPE start end\ttext"; nullopt-like empty id when the range is not in the text.
    QString writeTextBound(const QString &type, TextRange r)
    {
        const QString &text = m_doc.article.text;
        if (r.start < 0 || r.end > text.size() || r.start >= r.end) {
            m_notes << QStringLiteral("%1: a %2 annotation at %3-%4 lies outside the text; not written")
                           .arg(where(), type)
                           .arg(r.start)
                           .arg(r.end);
            return {};
        }
        QString covered = text.mid(r.start, r.length());
        if (covered.contains(u'\n') || covered.contains(u'\r') || covered.contains(u'\t')) {
            // The .ann text column is one line; brat reads the offsets, not this column.
            covered.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
        }
        const QString id = u'T' + QString::number(++m_t);
        m_out += id + u'\t' + type + u' ' + QString::number(m_map.toCodePoints(r.start)) + u' '
                 + QString::number(m_map.toCodePoints(r.end)) + u'\t' + covered + u'\n';
        return id;
    }

    void attribute(const QString &target, const char16_t *name, const QString &value)
    {
        m_out += u'A' + QString::number(++m_a) + u'\t' + QString::fromUtf16(name) + u' ' + target + u' ' + value
                 + u'\n';
    }

    void note(const QString &target, const NoteFields &fields)
    {
        if (fields.isEmpty())
            return;
        m_out += u'#' + QString::number(++m_n) + u"\tAnnotatorNotes "_qs + target + u'\t'
                 + encodeNoteFields(fields) + u'\n';
    }

    static void addMoney(NoteFields &fields, const Money &m)
    {
        fields.append({u"currency"_qs, m.currency});
        fields.append({u"low"_qs, numberText(m.low)});
        fields.append({u"high"_qs, numberText(m.high)});
    }

    void writeSpan(const Annotation &a)
    {
        NoteFields fields;
        QString id;
        if (const auto *e = std::get_if<EntityMention>(&a.value)) {
            id = writeTextBound(toString(e->type), e->range);
            fields.append({u"canonical"_qs, e->canonical});
        } else if (const auto *m = std::get_if<Amount>(&a.value)) {
            id = writeTextBound(QString::fromUtf16(brat::moneyType), m->range);
            addMoney(fields, m->money);
        } else if (const auto *d = std::get_if<DateMention>(&a.value)) {
            id = writeTextBound(QString::fromUtf16(brat::dateType), d->range);
            fields.append({u"value"_qs, d->value});
        }
        if (id.isEmpty())
            return;
        attribute(id, brat::stateAttribute, toString(a.state));
        attribute(id, brat::originAttribute, toString(a.origin));
        if (const auto *m = std::get_if<Amount>(&a.value)) {
            attribute(id, brat::qualifierAttribute, toString(m->money.qualifier));
            attribute(id, brat::roleAttribute, toString(m->role));
        } else if (const auto *d = std::get_if<DateMention>(&a.value)) {
            attribute(id, brat::grainAttribute, toString(d->grain));
        }
        if (!a.note.isEmpty())
            fields.append({u"note"_qs, a.note});
        note(id, fields);
        m_written.append({id, &a, rangeOf(a.value)});
    }

    // The written mention a deal's argument points at: one inside the evidence sentence
    // first, else the first one in the article.
    template <typename Match>
    QString argument(TextRange evidence, Match match) const
    {
        QString anywhere;
        for (const Written &w : m_written) {
            if (!match(*w.annotation))
                continue;
            if (w.range.start >= evidence.start && w.range.end <= evidence.end)
                return w.id;
            if (anywhere.isEmpty())
                anywhere = w.id;
        }
        return anywhere;
    }

    QString entityArgument(const Deal &deal, const QString &name) const
    {
        return argument(deal.evidence, [&](const Annotation &a) {
            const auto *e = std::get_if<EntityMention>(&a.value);
            return e && e->canonical == name;
        });
    }

    void writeDeal(const Annotation &a)
    {
        const Deal &deal = std::get<Deal>(a.value);
        const QString trigger = writeTextBound(QString::fromUtf16(brat::dealType), deal.evidence);
        if (trigger.isEmpty())
            return;
        const QString label = QStringLiteral("%1 -> %2").arg(deal.investor.isEmpty() ? u"?"_qs : deal.investor,
                                                             deal.target.isEmpty() ? u"?"_qs : deal.target);
        QString args;
        auto addArg = [&](const char16_t *role, const QString &id) {
            if (!id.isEmpty())
                args += u' ' + QString::fromUtf16(role) + u':' + id;
        };
        for (const auto &[role, name] : {std::pair{brat::investorRole, deal.investor},
                                         std::pair{brat::targetRole, deal.target}}) {
            if (name.isEmpty())
                continue;
            const QString id = entityArgument(deal, name);
            if (id.isEmpty())
                m_notes << QStringLiteral("%1: deal %2: %3 \"%4\" has no mention in the text; kept in the "
                                          "event's note only, brat draws no arc for it")
                               .arg(where(), label, QString::fromUtf16(role).toLower(), name);
            addArg(role, id);
        }
        if (deal.money) {
            addArg(brat::amountRole, argument(deal.evidence, [&](const Annotation &x) {
                       const auto *m = std::get_if<Amount>(&x.value);
                       return m && m->money == *deal.money;
                   }));
        }
        if (!deal.date.isEmpty()) {
            addArg(brat::dateRole, argument(deal.evidence, [&](const Annotation &x) {
                       const auto *d = std::get_if<DateMention>(&x.value);
                       return d && d->value == deal.date;
                   }));
        }
        const QString event = u'E' + QString::number(++m_e);
        m_out += event + u'\t' + QString::fromUtf16(brat::dealType) + u':' + trigger + args + u'\n';
        attribute(event, brat::statusAttribute, toString(deal.status));
        attribute(event, brat::stateAttribute, toString(a.state));
        attribute(event, brat::originAttribute, toString(a.origin));
        // The fields are written in full even where an argument shows them: the note is
        // what reads back, the arcs are for the eye.
        NoteFields fields;
        if (!deal.investor.isEmpty())
            fields.append({u"investor"_qs, deal.investor});
        if (!deal.target.isEmpty())
            fields.append({u"target"_qs, deal.target});
        if (deal.money) {
            addMoney(fields, *deal.money);
            fields.append({u"qualifier"_qs, toString(deal.money->qualifier)});
        }
        if (!deal.date.isEmpty())
            fields.append({u"date"_qs, deal.date});
        if (!a.note.isEmpty())
            fields.append({u"note"_qs, a.note});
        note(event, fields);
    }

    const AnnotatedArticle &m_doc;
    const CodePointMap m_map;
    QStringList &m_notes;
    QString m_out;
    QList<Written> m_written;
    int m_t = 0, m_a = 0, m_n = 0, m_e = 0;
};

} // namespace

BratDocument bratDocument(const AnnotatedArticle &doc, QStringList &notes)
{
    BratDocument out;
    out.stem = exchangeFileStem(doc.article);
    out.text = doc.article.text;
    out.ann = AnnWriter(doc, notes).write();
    out.meta = QJsonDocument(articleMetaJson(doc)).toJson(QJsonDocument::Indented);
    return out;
}

} // namespace dealdesk
