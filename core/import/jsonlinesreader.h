#pragma once
// JSON Lines articles: one object per line with at least "text"; "id", "title", "author",
// "outlet", "published", "language" and "url" are read when present, and a header inside the
// text fills what the object leaves out. A bad line is a problem naming its line number; the
// other lines go on.

#include "core/import/importproblem.h"
#include "core/text/article.h"

#include <QList>
#include <QString>

namespace dealdesk {

struct JsonLinesOutcome
{
    QList<Article> articles;
    QList<ImportProblem> problems;
};

[[nodiscard]] JsonLinesOutcome readJsonLinesText(const QString &text, const QString &sourceName);

} // namespace dealdesk
