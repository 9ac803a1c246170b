#include "core/exchange/annotationcsv.h"

#include "core/exchange/annotatedarticle.h"
#include "core/exchange/articlemeta.h"
#include "core/exchange/csvwriter.h"
#include "core/text/tokenizer.h"

namespace dealdesk {
namespace {

QStringList articleColumns(const Article &a)
{
    return {a.id, a.title, a.outlet, a.published};
}

QStringList moneyColumns(const std::optional<Money> &m)
{
    if (!m)
        return {QString(), QString(), QString(), QString()};
    return {m->currency, numberText(m->low), numberText(m->high), toString(m->qualifier)};
}

QStringList reviewColumns(const Annotation &a)
{
    return {toString(a.state), toString(a.origin), a.note};
}

QString sentence(const QString &text, TextRange r)
{
    return text.mid(r.start, r.length()).simplified();
}

} // namespace

QString dealsCsvHeader()
{
    return csvRow({u"article"_qs, u"title"_qs, u"outlet"_qs, u"published"_qs, u"sentence"_qs, u"investor"_qs,
                   u"target"_qs, u"currency"_qs, u"low"_qs, u"high"_qs, u"qualifier"_qs, u"status"_qs, u"date"_qs,
                   u"state"_qs, u"origin"_qs, u"note"_qs});
}

QString dealsCsvRows(const AnnotatedArticle &doc)
{
    QString out;
    for (const Annotation &a : doc.annotations) {
        const auto *deal = std::get_if<Deal>(&a.value);
        if (!deal)
            continue;
        out += csvRow(articleColumns(doc.article) + QStringList{sentence(doc.article.text, deal->evidence),
                                                                deal->investor, deal->target}
                      + moneyColumns(deal->money) + QStringList{toString(deal->status), deal->date}
                      + reviewColumns(a));
    }
    return out;
}

QString amountsCsvHeader()
{
    return csvRow({u"article"_qs, u"title"_qs, u"outlet"_qs, u"published"_qs, u"sentence"_qs, u"text"_qs,
                   u"currency"_qs, u"low"_qs, u"high"_qs, u"qualifier"_qs, u"role"_qs, u"state"_qs, u"origin"_qs,
                   u"note"_qs});
}

QString amountsCsvRows(const AnnotatedArticle &doc)
{
    QString out;
    QList<TextRange> sentences; // split once, only for an article that has amounts
    for (const Annotation &a : doc.annotations) {
        const auto *amount = std::get_if<Amount>(&a.value);
        if (!amount)
            continue;
        if (sentences.isEmpty())
            sentences = SentenceSplitter().split(doc.article.text);
        TextRange around = amount->range;
        for (const TextRange &s : std::as_const(sentences)) {
            if (s.start <= amount->range.start && amount->range.start < s.end) {
                around = {s.start, std::max(s.end, amount->range.end)};
                break;
            }
        }
        out += csvRow(articleColumns(doc.article)
                      + QStringList{sentence(doc.article.text, around), amount->text}
                      + moneyColumns(amount->money) + QStringList{toString(amount->role)} + reviewColumns(a));
    }
    return out;
}

} // namespace dealdesk
