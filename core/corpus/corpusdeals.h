#pragma once
// The corpus-level deal view: every deal the corpus's articles state, the same deal reported
// by several articles merged into one with its list of sources (mergeDeals). What
// `dealdesk deals`, the deal panel and the charts show.

#include "core/extract/deals/dealmerger.h"

#include <QHash>

namespace dealdesk {

class CorpusStore;
struct StoredDeal;

struct CorpusDeals
{
    QList<MergedDeal> deals;
    // Article::id of a source -> its title, outlet and date, for showing where a deal comes from.
    struct SourceArticle
    {
        qint64 storeId = 0;
        QString title, outlet, published;
    };
    QHash<QString, SourceArticle> articles;
};

[[nodiscard]] CorpusDeals corpusDeals(const CorpusStore &store, bool acceptedOnly = false,
                                      const DealMergeOptions &options = {});
// The same from rows already read (tests and callers holding them).
[[nodiscard]] CorpusDeals mergeStoredDeals(const QList<StoredDeal> &rows,
                                           const DealMergeOptions &options = {});

} // namespace dealdesk
