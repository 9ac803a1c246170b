#include "ui/selectionvalues.h"

#include "core/extract/extractor.h"

namespace dealdesk {
namespace {

const Extractor &extractor()
{
    // Lexicons load once, on the first label of a session.
    static const Extractor instance;
    return instance;
}

qsizetype overlap(TextRange a, TextRange b)
{
    return std::max<qsizetype>(0, std::min(a.end, b.end) - std::max(a.start, b.start));
}

// The finding of `found` that shares most characters with `range`, else the first one read in
// the selection alone (a reader's choice the extractor did not make in context).
template<typename T>
const T *bestMatch(const QList<T> &inArticle, const QList<T> &inSelection, TextRange range)
{
    const T *best = nullptr;
    qsizetype bestOverlap = 0;
    for (const T &f : inArticle) {
        const qsizetype o = overlap(f.range, range);
        if (o > bestOverlap) {
            best = &f;
            bestOverlap = o;
        }
    }
    if (!best && !inSelection.isEmpty())
        best = &inSelection.first();
    return best;
}

Article selectionOnly(const Article &article, TextRange range)
{
    Article part = article;
    part.text = article.text.mid(range.start, range.length());
    part.metadataRanges.clear();
    return part;
}

} // namespace

EntityMention entityFromSelection(const Article &article, TextRange range, EntityType type)
{
    const QString text = article.text.mid(range.start, range.length());
    return {range, text, type, text.simplified()};
}

Amount amountFromSelection(const Article &article, TextRange range)
{
    Amount result;
    const Findings found = extractor().run(article);
    const Findings alone = extractor().run(selectionOnly(article, range));
    if (const Amount *a = bestMatch(found.amounts, alone.amounts, range))
        result = *a;
    result.range = range;
    result.text = article.text.mid(range.start, range.length());
    return result;
}

DateMention dateFromSelection(const Article &article, TextRange range)
{
    DateMention result;
    const Findings found = extractor().run(article);
    const Findings alone = extractor().run(selectionOnly(article, range));
    if (const DateMention *d = bestMatch(found.dates, alone.dates, range))
        result = *d;
    result.range = range;
    result.text = article.text.mid(range.start, range.length());
    return result;
}

} // namespace dealdesk
