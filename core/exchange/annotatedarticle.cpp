#include "core/exchange/annotatedarticle.h"

#include "core/store/corpusstore.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <algorithm>
#include <tuple>

namespace dealdesk {
namespace {

QString moneyKey(const Money &m)
{
    return m.currency + u' ' + QString::number(m.low, 'g', 17) + u' ' + QString::number(m.high, 'g', 17)
           + u' ' + toString(m.qualifier);
}

// Everything of the value after its range, so equal positions still sort one way only.
QString valueKey(const FindingValue &value)
{
    if (const auto *e = std::get_if<EntityMention>(&value))
        return toString(e->type) + u'\x1f' + e->canonical + u'\x1f' + e->text;
    if (const auto *a = std::get_if<Amount>(&value))
        return moneyKey(a->money) + u'\x1f' + toString(a->role) + u'\x1f' + a->text;
    if (const auto *d = std::get_if<DateMention>(&value))
        return d->value + u'\x1f' + toString(d->grain) + u'\x1f' + d->text;
    const Deal &deal = std::get<Deal>(value);
    return deal.investor + u'\x1f' + deal.target + u'\x1f' + (deal.money ? moneyKey(*deal.money) : QString())
           + u'\x1f' + toString(deal.status) + u'\x1f' + deal.date;
}

} // namespace

TextRange rangeOf(const FindingValue &value)
{
    return std::visit(
        [](const auto &v) -> TextRange {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, Deal>)
                return v.evidence;
            else
                return v.range;
        },
        value);
}

FindingKind kindOf(const FindingValue &value)
{
    switch (value.index()) {
    case 0: return FindingKind::Entity;
    case 1: return FindingKind::Amount;
    case 2: return FindingKind::Date;
    default: return FindingKind::Deal;
    }
}

void sortCanonically(QList<Annotation> &annotations)
{
    auto key = [](const Annotation &a) {
        const TextRange r = rangeOf(a.value);
        // Deals after the mentions, so a format can point from a deal to mentions it wrote.
        return std::make_tuple(a.kind == FindingKind::Deal, r.start, r.end, int(a.kind), valueKey(a.value),
                               int(a.origin), int(a.state), a.note);
    };
    std::stable_sort(annotations.begin(), annotations.end(),
                     [&](const Annotation &x, const Annotation &y) { return key(x) < key(y); });
}

std::optional<AnnotatedArticle> loadAnnotated(const CorpusStore &store, qint64 id, bool acceptedOnly)
{
    auto article = store.article(id);
    if (!article)
        return std::nullopt;
    AnnotatedArticle result;
    result.article = std::move(*article);
    for (const FindingRecord &r : store.findingRecords(id)) {
        if (acceptedOnly && r.state != FindingState::Accepted)
            continue;
        result.annotations.append({r.kind, r.state, r.origin, r.value, r.note});
    }
    result.note = store.articleNote(id);
    sortCanonically(result.annotations);
    return result;
}

QString exchangeFileStem(const Article &article)
{
    QString stem = QFileInfo(article.id.section(u'#', 0, 0)).completeBaseName();
    if (const qsizetype item = article.id.indexOf(u'#'); item >= 0)
        stem += u'-' + article.id.mid(item + 1);
    QString clean;
    for (const QChar c : std::as_const(stem)) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                           || c == u'-' || c == u'_';
        clean += plain ? c : u'_';
    }
    clean = clean.left(60);
    const QByteArray hash = article.contentHash.isEmpty()
                                ? QCryptographicHash::hash(article.text.toUtf8(), QCryptographicHash::Sha256)
                                : article.contentHash;
    const QString suffix = QString::fromLatin1(hash.toHex().left(8));
    return clean.isEmpty() ? suffix : clean + u'-' + suffix;
}

} // namespace dealdesk
