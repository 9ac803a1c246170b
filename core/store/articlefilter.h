#pragma once
// The article list's filter as SQL (FROM and WHERE over `articles a`, with the values to
// bind in order), for other queries over the articles a list shows: the chart's deals. Built
// by the same code as the list's own queries (articletable.cpp), so the two never disagree.

#include "core/store/storetypes.h"

#include <QString>
#include <QVariantList>

namespace dealdesk {

class SqlDialect;

struct ArticleFilterSql
{
    QString fromWhere; // " FROM articles a [JOIN ...] [WHERE ...]"
    QVariantList values;
};

// `filter`'s sort and paging are ignored.
[[nodiscard]] ArticleFilterSql articleFilterSql(const ArticleQuery &filter, const SqlDialect &dialect);

} // namespace dealdesk
