#pragma once
// What a corpus holds, summed up for the desk's panels and filters in portable SQL: its
// entities with their mention counts, its distinct outlets and languages.

#include "core/store/sqlcontext.h"
#include "core/store/storetypes.h"

#include <QList>
#include <QStringList>

namespace dealdesk {

class CatalogTable
{
public:
    explicit CatalogTable(const SqlContext &context) : m_context(context) {}

    enum class Column { Outlet, Language };

    // Entity mentions not rejected, grouped by type and canonical name.
    [[nodiscard]] StoreResult<QList<EntityCount>> entityCounts() const;
    // The deal findings (not rejected) of the newest `limit` reports, newest first.
    [[nodiscard]] StoreResult<QList<StoredDeal>> recentDeals(int limit) const;
    // The distinct non-empty values of one article column, sorted case-blind.
    [[nodiscard]] StoreResult<QStringList> distinctValues(Column column) const;

private:
    const SqlContext &m_context;
};

} // namespace dealdesk
