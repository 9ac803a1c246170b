#pragma once
// RSS 2.0 and Atom feeds: every item or entry becomes an article "path#n" (n from 1) with the
// channel's or feed's title as outlet. HTML in descriptions and content goes through the HTML
// text routine. Broken XML gives a problem naming the line; items read before it are kept.

#include "core/import/importproblem.h"
#include "core/text/article.h"

#include <QByteArray>
#include <QList>

namespace dealdesk {

struct FeedOutcome
{
    QList<Article> articles;
    QList<ImportProblem> problems;
};

// `xml` is already decoded: an encoding declaration in it is ignored.
[[nodiscard]] FeedOutcome readFeed(const QString &xml, const QString &path);

} // namespace dealdesk
