#include "core/corpus/corpusdeals.h"

#include "core/store/corpusstore.h"

namespace dealdesk {

CorpusDeals mergeStoredDeals(const QList<StoredDeal> &rows, const DealMergeOptions &options)
{
    CorpusDeals out;
    QList<SourcedDeal> sourced;
    sourced.reserve(rows.size());
    for (const StoredDeal &row : rows) {
        sourced.append({row.deal, row.articleSourceId, row.evidence});
        out.articles.insert(row.articleSourceId, {row.articleId, row.title, row.outlet, row.published});
    }
    out.deals = mergeDeals(sourced, options);
    return out;
}

CorpusDeals corpusDeals(const CorpusStore &store, bool acceptedOnly, const DealMergeOptions &options)
{
    return mergeStoredDeals(store.deals(acceptedOnly), options);
}

} // namespace dealdesk
