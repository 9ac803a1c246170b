#include "core/exchange/annotationjson.h"

#include "core/exchange/articlemeta.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <cmath>

namespace dealdesk {
namespace {

const QString moneyLabel = u"MONEY"_qs;
const QString dateLabel = u"DATE"_qs;

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue number(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 9.007199254740992e15)
        return QJsonValue(qint64(v));
    return QJsonValue(v);
}

void addMoney(QJsonObject &o, const Money &m)
{
    o.insert(u"currency"_qs, m.currency);
    o.insert(u"low"_qs, number(m.low));
    o.insert(u"high"_qs, number(m.high));
    o.insert(u"qualifier"_qs, toString(m.qualifier));
}

void addReview(QJsonObject &o, const Annotation &a)
{
    o.insert(u"state"_qs, toString(a.state));
    o.insert(u"origin"_qs, toString(a.origin));
    o.insert(u"note"_qs, orNull(a.note));
}

QString labelOf(const FindingValue &v)
{
    if (const auto *e = std::get_if<EntityMention>(&v))
        return toString(e->type);
    return std::holds_alternative<Amount>(v) ? moneyLabel : dateLabel;
}

class RecordReader
{
public:
    RecordReader(AnnotatedArticle &doc, QStringList &errors) : m_doc(doc), m_errors(errors), m_map(doc.article.text) {}

    std::optional<TextRange> range(const QJsonObject &o, const QString &what)
    {
        const qint64 points = m_map.toCodePoints(m_doc.article.text.size());
        const qint64 start = o.value(u"start").toInteger(-1), end = o.value(u"end").toInteger(-1);
        if (start < 0 || end <= start || end > points) {
            m_errors << QStringLiteral("%1 %2-%3 is not inside the text (%4 code points); left out")
                            .arg(what).arg(start).arg(end).arg(points);
            return std::nullopt;
        }
        return TextRange{m_map.toUtf16(start), m_map.toUtf16(end)};
    }

    template <typename Enum, typename FromString>
    bool field(const QJsonObject &o, const char16_t *key, FromString fromString, Enum &out, const QString &what)
    {
        const QJsonValue v = o.value(QStringView(key));
        if (v.isUndefined() || v.isNull())
            return true;
        const auto e = fromString(v.toString());
        if (!e) {
            m_errors << QStringLiteral("%1: unknown %2 \"%3\"; left out").arg(what, QString::fromUtf16(key), v.toString());
            return false;
        }
        out = *e;
        return true;
    }

    bool review(const QJsonObject &o, Annotation &a, const QString &what)
    {
        a.origin = FindingOrigin::Person;
        if (!field(o, u"origin", findingOriginFromString, a.origin, what))
            return false;
        a.state = a.origin == FindingOrigin::Machine ? FindingState::Pending : FindingState::Accepted;
        a.note = o.value(u"note").toString();
        return field(o, u"state", findingStateFromString, a.state, what);
    }

    bool money(const QJsonObject &o, Money &m, const QString &what)
    {
        m.currency = o.value(u"currency").toString();
        m.low = o.value(u"low").toDouble();
        m.high = o.contains(u"high") && !o.value(u"high").isNull() ? o.value(u"high").toDouble() : m.low;
        return field(o, u"qualifier", qualifierFromString, m.qualifier, what);
    }

    void span(const QJsonObject &o)
    {
        const QString label = o.value(u"label").toString();
        const QString what = QStringLiteral("span %1").arg(label);
        const auto r = range(o, what);
        if (!r)
            return;
        const QString covered = m_doc.article.text.mid(r->start, r->length());
        Annotation a;
        if (!review(o, a, what))
            return;
        if (const auto type = entityTypeFromString(label)) {
            const QString canonical = o.value(u"canonical").toString();
            a.value = EntityMention{*r, covered, *type, canonical.isEmpty() ? covered.simplified() : canonical};
        } else if (label == moneyLabel) {
            Amount m{*r, covered, {}, MoneyRole::Other};
            if (!money(o, m.money, what) || !field(o, u"role", moneyRoleFromString, m.role, what))
                return;
            a.value = m;
        } else if (label == dateLabel) {
            DateMention d{*r, covered, o.value(u"value").toString(), DateGrain::Year};
            if (!field(o, u"grain", dateGrainFromString, d.grain, what))
                return;
            a.value = d;
        } else {
            m_errors << QStringLiteral("unknown label \"%1\" (ORG, PERSON, PLACE, PRODUCT, PROJECT, MONEY, DATE); "
                                       "left out").arg(label);
            return;
        }
        a.kind = kindOf(a.value);
        m_doc.annotations.append(a);
    }

    void deal(const QJsonObject &o)
    {
        const QString what = u"deal"_qs;
        const auto r = range(o.value(u"evidence").toObject(), u"deal evidence"_qs);
        if (!r)
            return;
        Annotation a;
        if (!review(o, a, what))
            return;
        Deal d;
        d.evidence = *r;
        d.investor = o.value(u"investor").toString();
        d.target = o.value(u"target").toString();
        d.date = o.value(u"date").toString();
        if (!o.value(u"currency").toString().isEmpty()) {
            Money m;
            if (!money(o, m, what))
                return;
            d.money = m;
        }
        if (!field(o, u"status", dealStatusFromString, d.status, what))
            return;
        a.kind = FindingKind::Deal;
        a.value = d;
        m_doc.annotations.append(a);
    }

private:
    AnnotatedArticle &m_doc;
    QStringList &m_errors;
    const CodePointMap m_map;
};

} // namespace

QJsonObject annotationJson(const AnnotatedArticle &doc)
{
    const CodePointMap map(doc.article.text);
    QJsonArray labels, spans, deals;
    for (const Annotation &a : doc.annotations) {
        QJsonObject o;
        if (const auto *deal = std::get_if<Deal>(&a.value)) {
            o.insert(u"investor"_qs, orNull(deal->investor));
            o.insert(u"target"_qs, orNull(deal->target));
            if (deal->money) {
                addMoney(o, *deal->money);
            } else {
                for (const QString &key : {u"currency"_qs, u"low"_qs, u"high"_qs, u"qualifier"_qs})
                    o.insert(key, QJsonValue());
            }
            o.insert(u"status"_qs, toString(deal->status));
            o.insert(u"date"_qs, orNull(deal->date));
            o.insert(u"evidence"_qs, QJsonObject{{u"start"_qs, map.toCodePoints(deal->evidence.start)},
                                                 {u"end"_qs, map.toCodePoints(deal->evidence.end)}});
            addReview(o, a);
            deals.append(o);
            continue;
        }
        const TextRange r = rangeOf(a.value);
        const qint64 start = map.toCodePoints(r.start), end = map.toCodePoints(r.end);
        const QString label = labelOf(a.value);
        if (a.state != FindingState::Rejected)
            labels.append(QJsonArray{start, end, label});
        o.insert(u"start"_qs, start);
        o.insert(u"end"_qs, end);
        o.insert(u"label"_qs, label);
        if (const auto *e = std::get_if<EntityMention>(&a.value)) {
            o.insert(u"text"_qs, e->text);
            o.insert(u"canonical"_qs, e->canonical);
        } else if (const auto *m = std::get_if<Amount>(&a.value)) {
            o.insert(u"text"_qs, m->text);
            addMoney(o, m->money);
            o.insert(u"role"_qs, toString(m->role));
        } else if (const auto *d = std::get_if<DateMention>(&a.value)) {
            o.insert(u"text"_qs, d->text);
            o.insert(u"value"_qs, d->value);
            o.insert(u"grain"_qs, toString(d->grain));
        }
        addReview(o, a);
        spans.append(o);
    }
    QJsonObject record;
    record.insert(u"id"_qs, doc.article.id);
    record.insert(u"text"_qs, doc.article.text);
    record.insert(u"meta"_qs, articleMetaJson(doc));
    record.insert(u"label"_qs, labels);
    record.insert(u"spans"_qs, spans);
    record.insert(u"deals"_qs, deals);
    return record;
}

AnnotatedArticle readAnnotationJson(const QJsonObject &record, QStringList &errors)
{
    AnnotatedArticle doc;
    doc.article.text = record.value(u"text").toString();
    doc.article.format = u"jsonl"_qs;
    if (const QString problem = readArticleMeta(record.value(u"meta").toObject(), doc); !problem.isEmpty())
        errors << QStringLiteral("meta: %1").arg(problem);
    // The record's own id wins: it is what doccano and spaCy users edit.
    if (record.value(u"id").isString() || record.value(u"id").isDouble())
        doc.article.id = record.value(u"id").toVariant().toString();
    RecordReader reader(doc, errors);
    if (record.contains(u"spans")) {
        for (const QJsonValue &v : record.value(u"spans").toArray())
            reader.span(v.toObject());
    } else if (record.value(u"entities").isArray()) {
        // doccano's newer export: {"label", "start_offset", "end_offset"} per span.
        for (const QJsonValue &v : record.value(u"entities").toArray()) {
            const QJsonObject e = v.toObject();
            reader.span(QJsonObject{{u"start"_qs, e.value(u"start_offset")},
                                    {u"end"_qs, e.value(u"end_offset")},
                                    {u"label"_qs, e.value(u"label")}});
        }
    } else {
        for (const QJsonValue &v : record.value(u"label").toArray()) {
            const QJsonArray l = v.toArray();
            reader.span(QJsonObject{{u"start"_qs, l.at(0)}, {u"end"_qs, l.at(1)}, {u"label"_qs, l.at(2)}});
        }
    }
    for (const QJsonValue &v : record.value(u"deals").toArray())
        reader.deal(v.toObject());
    sortCanonically(doc.annotations);
    doc.article.contentHash = QCryptographicHash::hash(doc.article.text.toUtf8(), QCryptographicHash::Sha256);
    return doc;
}

} // namespace dealdesk
