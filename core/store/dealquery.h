#pragma once
// The corpus's deals reported by the articles a list filter keeps (search, dates, outlet,
// language, entity): what a chart that follows the article list reads.

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <QList>

namespace dealdesk {

class DealQuery
{
public:
    explicit DealQuery(const SqlContext &context) : m_context(context) {}

    // Deal findings not rejected (only accepted ones when asked) of the articles `filter`
    // keeps, ordered by article date then id (as FindingTable::deals).
    [[nodiscard]] StoreResult<QList<StoredDeal>> deals(const ArticleQuery &filter, bool acceptedOnly) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
